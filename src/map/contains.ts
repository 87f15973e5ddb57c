// Whether a point (longitude, latitude) lies inside a country or region, in the plane of
// longitude and latitude: the shapes are small enough, and split at the antimeridian as Natural
// Earth draws them, so a plane is exact enough for keeping a label off an outline, and it costs a
// few comparisons per vertex where d3's spherical geoContains takes trigonometry at each.
import type { Geometry, Position } from 'geojson';
import type { MapFeature } from './geodata';

type Ring = {
  xy: Float64Array;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /**
   * The ring's edges by horizontal band (an edge from vertex e to e + 1 is listed in every band
   * its latitudes span): edges `at[start[b]]` to `at[start[b + 1] - 1]` for band b. A point or a
   * box then reads only the edges of its bands, not the whole outline (Russia's has thousands).
   */
  bands: number;
  start: Int32Array;
  at: Int32Array;
};

const cache = new WeakMap<MapFeature, Ring[]>();

/** About this many edges to a band, on average. */
const EDGES_PER_BAND = 8;
const MAX_BANDS = 512;

const bandOf = (r: Pick<Ring, 'y0' | 'y1' | 'bands'>, y: number) =>
  Math.min(r.bands - 1, Math.max(0, Math.floor(((y - r.y0) / (r.y1 - r.y0 || 1)) * r.bands)));

const ringOf = (positions: Position[]): Ring => {
  const n = positions.length;
  const xy = new Float64Array(n * 2);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  positions.forEach(([x = 0, y = 0], i) => {
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  });
  const bands = Math.max(1, Math.min(MAX_BANDS, Math.floor(n / EDGES_PER_BAND)));
  const box = { y0, y1, bands };
  // Two passes: count each band's edges, then list them.
  const count = new Int32Array(bands + 1);
  const span = (e: number) => {
    const [ya, yb] = [xy[2 * e + 1] ?? 0, xy[2 * e + 3] ?? 0];
    return [bandOf(box, Math.min(ya, yb)), bandOf(box, Math.max(ya, yb))] as const;
  };
  for (let e = 0; e + 1 < n; e++) {
    const [from, to] = span(e);
    for (let b = from; b <= to; b++) count[b + 1] = (count[b + 1] ?? 0) + 1;
  }
  const start = new Int32Array(bands + 1);
  for (let b = 0; b < bands; b++) start[b + 1] = (start[b] ?? 0) + (count[b + 1] ?? 0);
  const at = new Int32Array(start[bands] ?? 0);
  const fill = start.slice(0, bands);
  for (let e = 0; e + 1 < n; e++) {
    const [from, to] = span(e);
    for (let b = from; b <= to; b++) at[(fill[b] = (fill[b] ?? 0) + 1) - 1] = e;
  }
  return { xy, x0, y0, x1, y1, bands, start, at };
};

const ringsOf = (g: Geometry): Position[][] => {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(ringsOf);
    default:
      return [];
  }
};

const rings = (f: MapFeature): Ring[] => {
  let r = cache.get(f);
  if (!r) cache.set(f, (r = ringsOf(f.geometry).map(ringOf)));
  return r;
};

/** Whether edge e of a ring (vertex e to e + 1) crosses the ray from (x, y) eastward. */
const crossesRay = (xy: Float64Array, e: number, x: number, y: number) => {
  const xi = xy[2 * e] ?? 0;
  const yi = xy[2 * e + 1] ?? 0;
  const xj = xy[2 * e + 2] ?? 0;
  const yj = xy[2 * e + 3] ?? 0;
  return yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
};

/**
 * Even-odd ray casting over every ring (outer rings and holes alike): the edges of the point's
 * band only (every edge across its latitude is there), and the edge that closes the ring.
 */
export const containsPoint = (f: MapFeature, [x, y]: readonly [number, number]): boolean => {
  let inside = false;
  for (const r of rings(f)) {
    if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) continue;
    const { xy, start, at } = r;
    const b = bandOf(r, y);
    for (let k = start[b] ?? 0, end = start[b + 1] ?? 0; k < end; k++)
      if (crossesRay(xy, at[k] ?? 0, x, y)) inside = !inside;
    // The closing edge, from the last vertex back to the first (none where the ring repeats it).
    const n = xy.length / 2;
    const [xi, yi, xj, yj] = [xy[2 * n - 2] ?? 0, xy[2 * n - 1] ?? 0, xy[0] ?? 0, xy[1] ?? 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** A shape's box in longitude and latitude: [[west, south], [east, north]]. */
export const lonLatBox = (f: MapFeature): [[number, number], [number, number]] => {
  const rs = rings(f);
  return [
    [Math.min(...rs.map((r) => r.x0)), Math.min(...rs.map((r) => r.y0))],
    [Math.max(...rs.map((r) => r.x1)), Math.max(...rs.map((r) => r.y1))],
  ];
};

/** Which side of the line through a and b the point p lies on: >0 left, <0 right, 0 on it. */
const side = (ax: number, ay: number, bx: number, by: number, px: number, py: number) =>
  (bx - ax) * (py - ay) - (by - ay) * (px - ax);

/** Whether segments ab and cd cross or touch. */
const segmentsMeet = (
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
) => {
  const [d1, d2] = [side(cx, cy, dx, dy, ax, ay), side(cx, cy, dx, dy, bx, by)];
  const [d3, d4] = [side(ax, ay, bx, by, cx, cy), side(ax, ay, bx, by, dx, dy)];
  return ((d1 >= 0 && d2 <= 0) || (d1 <= 0 && d2 >= 0)) && ((d3 >= 0 && d4 <= 0) || (d3 <= 0 && d4 >= 0));
};

/**
 * Whether a shape's outline passes through a convex polygon (longitude, latitude; a label's box
 * as it lies on the globe): some edge of the shape crosses the polygon's edges, or lies in it.
 * Then a name set in that box is partly inside the shape and partly out, across its border.
 */
export const outlineCrosses = (f: MapFeature, polygon: readonly (readonly [number, number])[]): boolean => {
  const n = polygon.length;
  if (n < 3) return false;
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const edges = polygon.map((a, i) => [a, polygon[(i + 1) % n] ?? a] as const);
  // The polygon's winding, so that "inside" is on the same side of every edge.
  const turn = Math.sign(edges.reduce((sum, [a, b]) => sum + a[0] * b[1] - b[0] * a[1], 0)) || 1;
  const inPolygon = (px: number, py: number) =>
    edges.every(([a, b]) => turn * side(a[0], a[1], b[0], b[1], px, py) >= 0);
  for (const r of rings(f)) {
    if (r.x1 < x0 || r.x0 > x1 || r.y1 < y0 || r.y0 > y1) continue;
    const { xy, start, at } = r;
    // The edges of the bands the polygon's latitudes span (an edge in two bands is read twice).
    for (let k = start[bandOf(r, y0)] ?? 0, end = start[bandOf(r, y1) + 1] ?? 0; k < end; k++) {
      const e = at[k] ?? 0;
      const ax = xy[2 * e] ?? 0;
      const ay = xy[2 * e + 1] ?? 0;
      const bx = xy[2 * e + 2] ?? 0;
      const by = xy[2 * e + 3] ?? 0;
      // Edges wholly to one side of the polygon's box cannot meet it.
      if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) continue;
      if (inPolygon(ax, ay)) return true;
      if (edges.some(([c, d]) => segmentsMeet(ax, ay, bx, by, c[0], c[1], d[0], d[1]))) return true;
    }
  }
  return false;
};
