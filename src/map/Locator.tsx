// The locator: a small map from Europe to East Asia in the corner of every regional view, with a
// box on what the big map shows, so a close-up of one Russian region says where it is. It draws
// no boundaries of its own: it shows the wide layer's drawing again (an SVG <use>).
import { useId } from 'react';
import { mapViews, type MapViewId } from '../data/views';
import type { Box } from './labels';
import { canonicalProjection, type ViewModel } from './mapModel';
import { boundsOutline, locatorBox, type Size, type ZoomTransform } from './projection';

/** Where the wide view's box falls in the wide drawing (canonical units). */
const wideExtent = (() => {
  let cached: Box | null = null;
  return (): Box => {
    if (cached) return cached;
    const p = canonicalProjection('wide');
    const pts = boundsOutline(mapViews.wide.bounds).coordinates.flatMap((c) => {
      const q = p(c);
      return q ? [q] : [];
    });
    const xs = pts.map((q) => q[0]);
    const ys = pts.map((q) => q[1]);
    cached = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    return cached;
  };
})();

/** Where a point of the screen is in the wide drawing: the inverse of the view's transform. */
const toDrawing = ({ k, a, x, y }: ZoomTransform, sx: number, sy: number): [number, number] => {
  const r = (-a * Math.PI) / 180;
  const [dx, dy] = [(sx - x) / k, (sy - y) / k];
  return [Math.cos(r) * dx - Math.sin(r) * dy, Math.sin(r) * dx + Math.cos(r) * dy];
};

/** What a view at `size` shows, as the corners of a (turned) box in the wide drawing. */
const viewCorners = (size: Size, view: ViewModel) =>
  (
    [
      [0, 0],
      [size.width, 0],
      [size.width, size.height],
      [0, size.height],
    ] as const
  ).map(([sx, sy]) => toDrawing(view.transform, sx, sy));

/** Room kept around what the locator frames, as a share of its width and height. */
const LOCATOR_MARGIN = 0.04;

/**
 * The locator's layout at `size`: its box on the map, how the wide drawing is placed in it, and
 * the box of `view` in it. It frames the wide view and every regional view's box at this size (a
 * close-up on a tall screen reaches past the wide view's edge), so every box is drawn whole and
 * the locator keeps one scale from step to step.
 */
export const locatorLayout = (size: Size, views: Record<MapViewId, ViewModel>, view: ViewModel) => {
  const box = locatorBox(size);
  const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
  const e = wideExtent();
  const pts = Object.values(views)
    .filter((v) => v.id !== 'wide')
    .flatMap((v) => viewCorners(size, v));
  const xs = [e.x0, e.x1, ...pts.map((q) => q[0])];
  const ys = [e.y0, e.y1, ...pts.map((q) => q[1])];
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [mx, my] = [(x1 - x0) * LOCATOR_MARGIN, (y1 - y0) * LOCATOR_MARGIN];
  const s = Math.min(w / (x1 - x0 + 2 * mx), h / (y1 - y0 + 2 * my));
  const tx = w / 2 - (s * (x0 + x1)) / 2;
  const ty = h / 2 - (s * (y0 + y1)) / 2;
  const corners = viewCorners(size, view).map(([dx, dy]): [number, number] => [tx + s * dx, ty + s * dy]);
  return { box, w, h, s, tx, ty, corners };
};

export type LocatorProps = {
  size: Size;
  /** Every view at this size. */
  views: Record<MapViewId, ViewModel>;
  /** The view on screen. */
  view: ViewModel;
  /** The id of the wide layer's drawing, to show again. */
  drawing: string;
};

export const Locator = ({ size, views, view, drawing }: LocatorProps) => {
  const clip = `kx-locator${useId().replace(/[^\w-]/g, '')}`;
  const { box, w, h, s, tx, ty, corners } = locatorLayout(size, views, view);
  return (
    <g className="map-locator" transform={`translate(${box.x0} ${box.y0})`} data-locator={view.id}>
      <clipPath id={clip}>
        <rect width={w} height={h} />
      </clipPath>
      <rect className="map-locator__bg" width={w} height={h} />
      <g clipPath={`url(#${clip})`}>
        <g transform={`translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${s.toFixed(5)})`}>
          <use href={`#${drawing}`} />
        </g>
        <polygon
          className="map-locator__view"
          points={corners.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        />
      </g>
      <rect className="map-locator__frame" width={w} height={h} />
    </g>
  );
};
