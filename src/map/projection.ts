// Projections for the map's views. Views of one layer share a projection up to scale and
// translation, so moving between them is a pure zoom (a CSS transform), not a redraw.
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import type { MapLayer, MapView } from '../data/types';

/** Where each layer's projection is centred (lon, lat). */
const CENTRES: Record<MapLayer, [number, number]> = { wide: [80, 47], region: [32, 48.5] };

export type Size = { width: number; height: number };

/** Padding inside the map, px; room for labels at the edges. */
export const PAD = 12;

/** Points along a bounding box's edges, so the fit follows the curved edges of the projection. */
const boundsOutline = ([[w, s], [e, n]]: MapView['bounds']) => {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const x = w + ((e - w) * i) / 8;
    const y = s + ((n - s) * i) / 8;
    coordinates.push([x, s], [x, n], [w, y], [e, y]);
  }
  return { type: 'MultiPoint' as const, coordinates };
};

/** The projection that fits a view into a box of the given size. */
export const viewProjection = (view: MapView, { width, height }: Size): GeoProjection => {
  const [lon, lat] = CENTRES[view.layer];
  return geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitExtent(
      [
        [PAD, PAD],
        [Math.max(PAD + 1, width - PAD), Math.max(PAD + 1, height - PAD)],
      ],
      boundsOutline(view.bounds),
    );
};

export type ZoomTransform = { k: number; x: number; y: number };

/** The transform that takes points projected by `from` to where `to` projects them. */
export const relativeTransform = (from: GeoProjection, to: GeoProjection): ZoomTransform => {
  const k = to.scale() / from.scale();
  const [fx, fy] = from.translate();
  const [tx, ty] = to.translate();
  return { k, x: tx - k * fx, y: ty - k * fy };
};
