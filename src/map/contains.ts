// Whether a point (longitude, latitude) lies inside a country or region, in the plane of
// longitude and latitude: the shapes are small enough, and split at the antimeridian as Natural
// Earth draws them, so a plane is exact enough for keeping a label off an outline, and it costs a
// few comparisons per vertex where d3's spherical geoContains takes trigonometry at each.
import type { Geometry, Position } from 'geojson';
import type { MapFeature } from './geodata';

type Ring = { xy: Float64Array; x0: number; y0: number; x1: number; y1: number };

const cache = new WeakMap<MapFeature, Ring[]>();

const ringOf = (positions: Position[]): Ring => {
  const xy = new Float64Array(positions.length * 2);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  positions.forEach(([x = 0, y = 0], i) => {
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  });
  return { xy, x0, y0, x1, y1 };
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

/** Even-odd ray casting over every ring (outer rings and holes alike). */
export const containsPoint = (f: MapFeature, [x, y]: readonly [number, number]): boolean => {
  let inside = false;
  for (const r of rings(f)) {
    if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) continue;
    const { xy } = r;
    const n = xy.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [xi, yi, xj, yj] = [xy[2 * i] ?? 0, xy[2 * i + 1] ?? 0, xy[2 * j] ?? 0, xy[2 * j + 1] ?? 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
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
    const { xy } = r;
    const m = xy.length / 2;
    for (let i = 0; i + 1 < m; i++) {
      const [ax, ay, bx, by] = [xy[2 * i] ?? 0, xy[2 * i + 1] ?? 0, xy[2 * i + 2] ?? 0, xy[2 * i + 3] ?? 0];
      // Edges wholly to one side of the polygon's box cannot meet it.
      if ((ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) continue;
      if (inPolygon(ax, ay)) return true;
      if (edges.some(([c, d]) => segmentsMeet(ax, ay, bx, by, c[0], c[1], d[0], d[1]))) return true;
    }
  }
  return false;
};
