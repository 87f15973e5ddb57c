// Planar geometry for the map build (scripts/build-map.mjs): rounding, ring areas and winding,
// clipping to a lon/lat box, and the bounding-box filter.
import { geoBounds, geoIdentity, geoStream } from 'd3-geo';

/** Rounds every coordinate so the output does not depend on float noise. */
export const round = (geometry, digits = 4) => {
  const f = 10 ** digits;
  const r = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f] : c.map(r));
  return { type: geometry.type, coordinates: r(geometry.coordinates) };
};

/** A ring's signed planar area in square degrees (shoelace); its sign is the ring's winding. */
export const signedArea = (ring) => {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a / 2;
};
export const ringArea = (ring) => Math.abs(signedArea(ring));

/** Whether a point lies inside a planar ring (even-odd rule). */
export const inside = ([x, y], ring) => {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
};

/**
 * The clip hands back the rings of a cut polygon together, outer rings and holes alike: they are
 * told apart by their winding (the same as the largest ring's, which is an outer one), and each
 * hole goes with the outer ring around it. Outer rings under `minPolygon` are dropped, holes too.
 */
export const polygonsOf = (rings, minPolygon) => {
  if (!rings.length) return [];
  const sign = Math.sign(signedArea(rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a))));
  const outers = rings.filter((r) => Math.sign(signedArea(r)) === sign).map((r) => [r]);
  for (const hole of rings.filter((r) => Math.sign(signedArea(r)) !== sign)) {
    const around = outers.find(([outer]) => inside(hole[0], outer));
    if (around && ringArea(hole) >= minPolygon) around.push(hole);
  }
  return outers.filter(([outer]) => ringArea(outer) >= minPolygon);
};

/**
 * Russia's far east wraps across the antimeridian (a jump of more than half the globe between two
 * points), which read in the plane spans the whole map: such rings are unwrapped east of 180°
 * before a planar clip, which then cuts them off cleanly (no view shows that far east).
 */
export const unwrap = ({ type, coordinates }) =>
  (type === 'Polygon' ? [coordinates] : coordinates).map((polygon) =>
    polygon.map((ring) =>
      ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)
        ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y])
        : ring,
    ),
  );

/**
 * Clips a geometry to a lon/lat rectangle (planar, which is what the views need at this scale),
 * so far-off coasts of a neighbour do not ship. Returns null when nothing is left.
 */
export const clip = (geometry, [[x0, y0], [x1, y1]], minPolygon = 0) => {
  const polygons = [];
  let polygon, ring;
  const sink = {
    point: (x, y) => ring.push([x, y]),
    lineStart: () => (ring = []),
    lineEnd: () => {
      if (ring.length > 2) polygon.push([...ring, ring[0]]);
    },
    polygonStart: () => (polygon = []),
    polygonEnd: () => polygons.push(...polygonsOf(polygon, minPolygon)),
    sphere: () => {},
  };
  const stream = geoIdentity()
    .clipExtent([
      [x0, y0],
      [x1, y1],
    ])
    .stream(sink);
  geoStream(
    { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: unwrap(geometry) }, properties: {} },
    stream,
  );
  if (!polygons.length) return null;
  return round({ type: 'MultiPolygon', coordinates: polygons });
};

/**
 * Natural Earth's areas with no ISO 3166 number (world-atlas gives them no id), by name: codes of
 * their own, so that they are drawn like any country and not left as holes (Kosovo in the
 * Balkans, the Siachen Glacier in Kashmir, the north of Cyprus).
 */
export const UNNUMBERED = {
  Kosovo: 'XKX',
  'N. Cyprus': 'XNC',
  Somaliland: 'XSL',
  'Siachen Glacier': 'XSG',
  'Indian Ocean Ter.': 'XIO',
};

/** A world-atlas country's code: its ISO 3166 number, or its code in UNNUMBERED. */
export const countryCode = (f) => f.id ?? UNNUMBERED[f.properties?.name];

/** Keeps features whose bounding box meets [[west, south], [east, north]], and that have an id. */
export const inBox =
  ([[x0, y0], [x1, y1]]) =>
  (f) => {
    const [[a, b], [c, d]] = geoBounds(f);
    return f.id !== undefined && a <= x1 && c >= x0 && b <= y1 && d >= y0;
  };
