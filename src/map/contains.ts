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
