// Projections for the map's views. Every view is the same projection (azimuthal equal-area,
// centred on the wide view) up to scale, rotation and translation, so every move between views
// is a zoom of one drawing (an SVG transform), never a redraw; each view is turned so that north
// is up at its centre.
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import type { MapView } from '../data/types';
import type { Size } from '../graphic/types';

export type { Size };

/** Where the one projection is centred (lon, lat): the middle of the wide view. */
const CENTRE: [number, number] = [80, 47];

/** Padding inside the map, px; room for labels at the edges. */
export const PAD = 12;

/**
 * On a tall (portrait) map, the graphic's rows above it, px: the events in focus and the strip of
 * years (`.graphic`'s grid in styles/graphic.css: 0.5rem + 3.6rem + 3rem). The map runs from
 * under them to the bottom of the screen.
 */
const ROWS_ABOVE = 114;

/** Room kept between a view's subject and the card that starts its step, px. */
const CARD_CLEAR = 8;

/**
 * Where a view's subject is fitted inside the map down to, px. On a tall (portrait) map the
 * story's cards pass over its lower part, and a step starts as its card's top reaches the middle
 * of the screen (the reading line): the subject ends above that, so it is whole as its step
 * starts.
 */
const subjectBottom = (size: Size): number =>
  portrait(size) ? (size.height - ROWS_ABOVE) / 2 - CARD_CLEAR : size.height - PAD;

const portrait = ({ width, height }: Size) => height > width * 1.15;

/** The locator's box on the map, px: top right, a quarter of the width (84 to 150 px). */
export const locatorBox = ({ width }: Size) => {
  const w = Math.round(Math.min(150, Math.max(84, width * 0.25)));
  const h = Math.round(w * 0.62);
  return { x0: width - w - 8, y0: 8, x1: width - 8, y1: 8 + h };
};

/** Where the subject's box starts: on a tall map, below the key and the locator, which sit above it. */
const subjectTop = (size: Size) => (portrait(size) ? locatorBox(size).y1 + 6 : PAD);

/** Points along a bounding box's edges, so the fit follows the curved edges of the projection. */
export const boundsOutline = ([[w, s], [e, n]]: MapView['bounds']) => {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const x = w + ((e - w) * i) / 8;
    const y = s + ((n - s) * i) / 8;
    coordinates.push([x, s], [x, n], [w, y], [e, y]);
  }
  return { type: 'MultiPoint' as const, coordinates };
};

const base = () => geoAzimuthalEqualArea().rotate([-CENTRE[0], -CENTRE[1]]);

/** The middle of a view's box (lon, lat). */
const middle = ({ bounds: [[w, s], [e, n]] }: MapView): [number, number] => [(w + e) / 2, (s + n) / 2];

/** Where a projection puts a point; the centre of the frame for the rare point it cannot show. */
const at = (p: GeoProjection, lonLat: [number, number]): [number, number] => p(lonLat) ?? [0, 0];

/** The turn (degrees, d3's `angle`) that puts north up at a view's middle. */
export const northUp = (view: MapView): number => {
  const p = base().scale(1000).translate([0, 0]);
  const [lon, lat] = middle(view);
  const a = at(p, [lon, lat]);
  const b = at(p, [lon, lat + 0.5]);
  // The meridian's direction on screen (y down); up is -90°.
  const heading = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return Math.round((90 + heading) * 1000) / 1000;
};

/** The projection that fits a view into a box of the given size, north up at its middle. */
export const viewProjection = (view: MapView, size: Size): GeoProjection => {
  const { width, height } = size;
  const top = Math.min(subjectTop(size), height / 3);
  const bottom = Math.max(top + 1, subjectBottom(size));
  return base()
    .angle(northUp(view))
    .fitExtent(
      [
        [PAD, top],
        [Math.max(PAD + 1, width - PAD), Math.max(PAD + 1, bottom)],
      ],
      boundsOutline(view.bounds),
    );
};

/** A similarity: a point p of the drawing goes to (x, y) + k × (p turned by `a` degrees). */
export type ZoomTransform = { k: number; a: number; x: number; y: number };

/** The transform that takes points projected by `from` to where `to` projects them. */
export const relativeTransform = (from: GeoProjection, to: GeoProjection): ZoomTransform => {
  // Two points fix a similarity; the projections differ by one, so any two will do.
  const east: [number, number] = [CENTRE[0] + 10, CENTRE[1]];
  const [p0, p1] = [at(from, CENTRE), at(from, east)];
  const [q0, q1] = [at(to, CENTRE), at(to, east)];
  const [dpx, dpy] = [p1[0] - p0[0], p1[1] - p0[1]];
  const [dqx, dqy] = [q1[0] - q0[0], q1[1] - q0[1]];
  // (dq) / (dp) as complex numbers: k·e^(ia).
  const n = dpx * dpx + dpy * dpy;
  const re = (dqx * dpx + dqy * dpy) / n;
  const im = (dqy * dpx - dqx * dpy) / n;
  return {
    k: Math.hypot(re, im),
    a: (Math.atan2(im, re) * 180) / Math.PI,
    x: q0[0] - (re * p0[0] - im * p0[1]),
    y: q0[1] - (im * p0[0] + re * p0[1]),
  };
};

/** Where the transform puts a point of the drawing. */
export const applyTransform = ({ k, a, x, y }: ZoomTransform, [px, py]: [number, number]): [number, number] => {
  const r = (a * Math.PI) / 180;
  return [x + k * (Math.cos(r) * px - Math.sin(r) * py), y + k * (Math.sin(r) * px + Math.cos(r) * py)];
};

/** The transform as an SVG transform attribute. */
export const transformAttr = ({ k, a, x, y }: ZoomTransform): string => {
  const r = (v: number, d = 1000) => Math.round(v * d) / d;
  return `translate(${r(x)} ${r(y)}) rotate(${r(a)}) scale(${r(k, 1e5)})`;
};
