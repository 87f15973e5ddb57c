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

/**
 * How much larger than the map the drawing is drawn, on every side, as a share of the map's width
 * and height. A move shows the drawing through a CSS transform and redraws it only when that
 * transform would show an edge: zooming out, the margin is what comes into view.
 */
export const DRAWN_MARGIN = 0.25;

/**
 * How far a drawing may be scaled up on screen before it is redrawn: a little, which in motion
 * does not show; further, it blurs.
 */
const MAX_UPSCALE = 1.25;

/** The map's drawing, drawn at `drawn`, shown at `target`: the similarity between the two on screen. */
export type ScreenMove = { s: number; a: number; x: number; y: number };

/** The move on screen that takes the drawing drawn at `drawn` to where `target` puts it. */
export const screenMove = (drawn: ZoomTransform, target: ZoomTransform): ScreenMove => {
  const s = target.k / drawn.k;
  const a = target.a - drawn.a;
  // q -> target.t + s·R(a)·(q - drawn.t), as one turn and scale then a translation.
  const [rx, ry] = applyTransform({ k: s, a, x: 0, y: 0 }, [drawn.x, drawn.y]);
  return { s, a, x: target.x - rx, y: target.y - ry };
};

/** The move as a CSS transform, about the map's top left corner. */
export const cssTransform = ({ s, a, x, y }: ScreenMove): string => {
  const r = (v: number, d = 100) => Math.round(v * d) / d;
  return `translate(${r(x)}px, ${r(y)}px) rotate(${r(a, 1000)}deg) scale(${r(s, 1e5)})`;
};

/**
 * Whether the drawing drawn at `drawn`, moved on screen to `target`, fills the map (its box,
 * with its margin, covers every corner) and is scaled up no more than it can be without blurring.
 */
export const covers = (drawn: ZoomTransform, target: ZoomTransform, { width, height }: Size): boolean => {
  const m = screenMove(drawn, target);
  if (m.s > MAX_UPSCALE) return false;
  const [mx, my] = [width * DRAWN_MARGIN, height * DRAWN_MARGIN];
  const back = invertMove(m);
  return (
    [
      [0, 0],
      [width, 0],
      [0, height],
      [width, height],
    ] as [number, number][]
  ).every((corner) => {
    const [x, y] = applyTransform(back, corner);
    return x >= -mx - 0.5 && x <= width + mx + 0.5 && y >= -my - 0.5 && y <= height + my + 0.5;
  });
};

const invertMove = ({ s, a, x, y }: ScreenMove): ZoomTransform => {
  const [rx, ry] = applyTransform({ k: 1 / s, a: -a, x: 0, y: 0 }, [x, y]);
  return { k: 1 / s, a: -a, x: -rx, y: -ry };
};

/**
 * Where to draw the drawing for the frame at `u` of a move: as far along the path as still fills
 * the map at `u` and is no coarser than the frame at `u`, so the frames after it need no redraw
 * for as long as possible. Zooming in, that is a drawing larger than the frame shows (crisp,
 * scaled down); zooming out, the frame's own, which its margin keeps filled as it shrinks.
 */
export const drawAhead = (path: ZoomPath, u: number, size: Size, step = 0.01): number => {
  const now = path.at(u);
  let best = u;
  for (let v = u + step; v <= 1 + 1e-9; v += step) {
    const ahead = path.at(Math.min(1, v));
    // Never drawn coarser than the frame shows it.
    if (ahead.k < now.k || !covers(ahead, now, size)) break;
    best = Math.min(1, v);
  }
  return best;
};
