// The locator: a small map from Europe to East Asia in the corner of every regional view, with a
// box on what the big map shows, so a close-up of one Russian region says where it is. It draws
// no boundaries of its own: it shows the wide layer's drawing again (an SVG <use>).
import { useId } from 'react';
import { mapViews } from '../data/views';
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

export type LocatorProps = {
  size: Size;
  /** The view on screen. */
  view: ViewModel;
  /** The id of the wide layer's drawing, to show again. */
  drawing: string;
};

export const Locator = ({ size, view, drawing }: LocatorProps) => {
  const clip = `kx-locator${useId().replace(/[^\w-]/g, '')}`;
  const box = locatorBox(size);
  const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
  const e = wideExtent();
  const s = Math.min(w / (e.x1 - e.x0), h / (e.y1 - e.y0));
  const tx = (w - s * (e.x1 - e.x0)) / 2 - s * e.x0;
  const ty = (h - s * (e.y1 - e.y0)) / 2 - s * e.y0;
  // What the big map shows, as a (turned) box in the locator.
  const corners = (
    [
      [0, 0],
      [size.width, 0],
      [size.width, size.height],
      [0, size.height],
    ] as const
  ).map(([sx, sy]) => {
    const [dx, dy] = toDrawing(view.transform, sx, sy);
    return `${(tx + s * dx).toFixed(1)},${(ty + s * dy).toFixed(1)}`;
  });
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
        <polygon className="map-locator__view" points={corners.join(' ')} />
      </g>
      <rect className="map-locator__frame" width={w} height={h} />
    </g>
  );
};
