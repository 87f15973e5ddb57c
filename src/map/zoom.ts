// The map's zoom between two views: a smooth path over the drawing (van Wijk and Nuij, as d3's
// interpolateZoom computes it), turning as it goes so that north ends up where the view wants it.
import { interpolateZoom } from 'd3-interpolate';
import { applyTransform, type Size, type ZoomTransform } from './projection';

/** The zoom's time range, ms: long enough to follow, short enough not to wait for. */
export const ZOOM_MS = { min: 900, max: 1200 } as const;

/** Where the transform's inverse puts a point of the screen, in the drawing. */
const invert = ({ k, a, x, y }: ZoomTransform, [sx, sy]: [number, number]): [number, number] => {
  const r = (-a * Math.PI) / 180;
  const [dx, dy] = [(sx - x) / k, (sy - y) / k];
  return [Math.cos(r) * dx - Math.sin(r) * dy, Math.sin(r) * dx + Math.cos(r) * dy];
};

export type ZoomPath = {
  /** The transform at u in [0, 1]; exactly `from` at 0 and `to` at 1. */
  at: (u: number) => ZoomTransform;
  /** How long to take, ms. */
  duration: number;
};

/** The path from one view's transform to another's, on a map of the given size. */
export const zoomPath = (from: ZoomTransform, to: ZoomTransform, { width, height }: Size): ZoomPath => {
  const centre: [number, number] = [width / 2, height / 2];
  const camera = (t: ZoomTransform) => {
    const [cx, cy] = invert(t, centre);
    return [cx, cy, width / t.k] as [number, number, number];
  };
  const path = interpolateZoom(camera(from), camera(to));
  const turn = to.a - from.a;
  return {
    duration: Math.min(ZOOM_MS.max, Math.max(ZOOM_MS.min, path.duration * 0.4)),
    at: (u) => {
      if (u <= 0) return from;
      if (u >= 1) return to;
      const [cx, cy, w] = path(u);
      const k = width / w;
      const a = from.a + turn * u;
      // Put the camera's centre in the middle of the screen.
      const [rx, ry] = applyTransform({ k, a, x: 0, y: 0 }, [cx, cy]);
      return { k, a, x: centre[0] - rx, y: centre[1] - ry };
    },
  };
};

/** Ease in and out (cubic): the zoom starts and lands gently. */
export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
