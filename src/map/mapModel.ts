// Everything the map draws, computed once. Path strings do not depend on the map's size: each
// layer is drawn once in a fixed canonical frame (its first view fitted to 1000×1000, so its
// paths need few digits), placed in the wide layer's frame by one fixed similarity; each view at
// each size is only a scale, turn and translation of that frame. A resize or a step change
// therefore never recomputes a path, and a move between any two views is a zoom.
import { geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import { mapViews, type MapViewId } from '../data/views';
import { places, type PlaceId } from '../data/places';
import type { MapLayer } from '../data/types';
import type { Geodata, MapFeature } from './geodata';
import { steps } from '../data/steps';
import { relativeTransform, viewProjection, type Size, type ZoomTransform } from './projection';
import extent from '../data/geo/extent.json';
import { scaleBar } from './scaleBar';
import { lonLatBox } from './contains';

export type PathDatum = { id: string; d: string; country?: 'UA' | 'RU' };

export type LayerModel = {
  /** Every area, in drawing order. */
  paths: PathDatum[];
  /** Areas some step highlights in a view of this layer, including outlines not drawn otherwise. */
  highlights: PathDatum[];
};

export type ViewModel = {
  id: MapViewId;
  layer: MapLayer;
  projection: GeoProjection;
  /** Transform from the layer's canonical frame to this view. */
  transform: ZoomTransform;
  scale: { px: number; km: number };
};

export type MapModel = { size: Size; layers: Record<MapLayer, LayerModel>; views: Record<MapViewId, ViewModel> };

const viewIds = Object.keys(mapViews) as MapViewId[];

/** The canonical frame paths are drawn in. */
export const CANONICAL: Size = { width: 1000, height: 1000 };

/** Decimal places in path strings (canonical units): enough for the deepest zoom into a layer. */
const DIGITS: Record<MapLayer, number> = { wide: 1, region: 1 };

/** The view whose frame each layer is drawn in. */
const LAYER_FRAME: Record<MapLayer, MapViewId> = { wide: 'wide', region: 'ukraine' };

/** The projection a layer is drawn in; the wide layer's is the frame every view transforms. */
export const canonicalProjection = (layer: MapLayer = 'wide') =>
  viewProjection(mapViews[LAYER_FRAME[layer]], CANONICAL);

const placements = new Map<MapLayer, Readonly<ZoomTransform>>();

/**
 * Where a layer's drawing sits in the wide layer's frame (the identity for the wide layer).
 * Fixed: computed once per layer (two fitted projections), not at every render of the map.
 */
export const layerPlacement = (layer: MapLayer): Readonly<ZoomTransform> => {
  let placed = placements.get(layer);
  if (!placed) {
    placed = Object.freeze(relativeTransform(canonicalProjection(layer), canonicalProjection('wide')));
    placements.set(layer, placed);
  }
  return placed;
};

/**
 * Where the region layer has data (its clip box, src/data/geo/extent.json), as a path in the wide
 * layer's frame: while a regional view is shown the wide layer is hidden inside it (its coarser
 * coasts would show through) and fills the rest of the frame.
 */
export const regionExtentPath = (): string => {
  const p = canonicalProjection('wide');
  // A twentieth of a degree inside the cut, so the outlines along it (drawn by the clipped
  // areas) fall outside the region layer's clip, and the two layers meet seamlessly.
  const INSET = 0.05;
  const [[w0, s0], [e0, n0]] = extent.region as [[number, number], [number, number]];
  const [w, s, e, n] = [w0 + INSET, s0 + INSET, e0 - INSET, n0 - INSET];
  // Along each edge in turn; enough points that the curved edges match the data's.
  const N = 64;
  const ring: [number, number][] = [];
  for (let i = 0; i < N; i++) ring.push([w + ((e - w) * i) / N, s]);
  for (let i = 0; i < N; i++) ring.push([e, s + ((n - s) * i) / N]);
  for (let i = 0; i < N; i++) ring.push([e - ((e - w) * i) / N, n]);
  for (let i = 0; i < N; i++) ring.push([w, n - ((n - s) * i) / N]);
  const points = ring.map((c) => p(c)).filter((xy): xy is [number, number] => xy !== null);
  return `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
};

/** Ids that any step highlights in a view of the given layer. */
export const highlightIds = (layer: MapLayer): Set<string> =>
  new Set(steps.filter((s) => mapViews[s.graphic.map.view].layer === layer).flatMap((s) => s.graphic.map.highlight));

const layerCache = new WeakMap<Geodata, Partial<Record<MapLayer, LayerModel>>>();

/** The layers already computed for this data. */
const layersOf = (geo: Geodata) => {
  let layers = layerCache.get(geo);
  if (!layers) layerCache.set(geo, (layers = {}));
  return layers;
};

/** A layer's paths and highlight outlines, in its canonical frame; computed once per data and layer. */
export const buildLayer = (geo: Geodata, l: MapLayer): LayerModel =>
  (layersOf(geo)[l] ??= computeLayer(geo, l, drawer(l)));

type Draw = (f: MapFeature) => PathDatum;

const drawer = (l: MapLayer): Draw => {
  const path = geoPath(canonicalProjection(l)).digits(DIGITS[l]);
  return (f) => ({ id: f.id, d: path(f) ?? '', country: f.properties.c });
};

const computeLayer = (geo: Geodata, l: MapLayer, draw: Draw): LayerModel => {
  const paths = geo[l].map(draw).filter((p) => p.d !== '');
  const wanted = highlightIds(l);
  const candidates = new Map([...geo.outlines, ...geo[l]].map((f) => [f.id, f]));
  // Ukraine's outline last, so it can be redrawn over the highlights beneath it.
  const highlights = [...candidates.values()]
    .filter((f) => wanted.has(f.id))
    .sort((a, b) => Number(a.id === 'UA') - Number(b.id === 'UA'))
    .map(draw);
  return { paths, highlights };
};

/**
 * buildLayer's work ahead of time, in slices of about `sliceMs`, awaiting `pause()` between them
 * (a new task), so projecting every boundary never blocks the page for long.
 */
export const prepareLayer = async (
  geo: Geodata,
  l: MapLayer,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<void> => {
  if (layersOf(geo)[l]) return;
  const draw = drawer(l);
  const done = new Map<MapFeature, PathDatum>();
  let start = performance.now();
  for (const f of [...geo[l], ...geo.outlines]) {
    if (performance.now() - start > sliceMs) {
      await pause();
      start = performance.now();
    }
    done.set(f, draw(f));
  }
  layersOf(geo)[l] ??= computeLayer(geo, l, (f) => done.get(f) ?? draw(f));
};

/** Every view's projection, zoom transform and scale bar at one size (cheap: no paths). */
export const buildViews = (size: Size): Record<MapViewId, ViewModel> => {
  const base = canonicalProjection();
  return Object.fromEntries(
    viewIds.map((id) => {
      const view = mapViews[id];
      const projection = viewProjection(view, size);
      return [
        id,
        {
          id,
          layer: view.layer,
          projection,
          transform: relativeTransform(base, projection),
          scale: scaleBar(projection, size.width, size.height),
        },
      ];
    }),
  ) as Record<MapViewId, ViewModel>;
};

export const buildMapModel = (geo: Geodata, size: Size): MapModel => ({
  size,
  layers: { wide: buildLayer(geo, 'wide'), region: buildLayer(geo, 'region') },
  views: buildViews(size),
});

/** Where a place falls in a view, px; null if the projection cannot show it. */
export const placePoint = (view: ViewModel, id: PlaceId): [number, number] | null => {
  const p = places[id];
  return view.projection([p.lon, p.lat]) ?? null;
};

/** Points taken along an arc for the labels to keep off it: close enough to follow its curve. */
const ARC_POINTS = 48;

/**
 * A great-circle arc between two places in a view, with its midpoint for a label and points
 * along it (px) that labels keep clear of.
 */
export const arcPath = (
  view: ViewModel,
  from: PlaceId,
  to: PlaceId,
): { d: string; mid: [number, number] | null; points: [number, number][] } => {
  const a: [number, number] = [places[from].lon, places[from].lat];
  const b: [number, number] = [places[to].lon, places[to].lat];
  const d = geoPath(view.projection).digits(1)({ type: 'LineString', coordinates: [a, b] }) ?? '';
  const along = geoInterpolate(a, b);
  const points = Array.from({ length: ARC_POINTS + 1 }, (_, i) => view.projection(along(i / ARC_POINTS))).filter(
    (p): p is [number, number] => p !== null,
  );
  return { d, mid: view.projection(along(0.5)) ?? null, points };
};

/** The occupied areas, hatched in the regional layer. */
export const OCCUPIED_AREAS: readonly string[] = ['UA.KR', 'UA.SC'];

/**
 * Whether a view at `size` shows any occupied area (hatched in the regional layer): its box, as
 * projected, reaches into the map's frame.
 */
export const occupiedInFrame = (geo: Geodata, view: ViewModel, size: Size): boolean =>
  view.layer === 'region' &&
  geo.region
    .filter((f) => OCCUPIED_AREAS.includes(f.id))
    .some((f) => {
      const [[w, s], [e, n]] = lonLatBox(f);
      const corners = [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [(w + e) / 2, (s + n) / 2],
      ].flatMap((p) => {
        const q = view.projection(p as [number, number]);
        return q ? [q] : [];
      });
      const xs = corners.map((q) => q[0]);
      const ys = corners.map((q) => q[1]);
      return (
        Math.max(...xs) > 0 && Math.min(...xs) < size.width && Math.max(...ys) > 0 && Math.min(...ys) < size.height
      );
    });
