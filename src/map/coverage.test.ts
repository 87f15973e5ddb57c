// No country the map's frame shows is left out of its data: where Natural Earth has a country
// inside the frame of any view at any of the map's sizes (within the box the wide layer is cut
// to), the data draws it. Left out, a country is drawn as sea (Bangladesh to Vietnam and Taiwan
// at the bottom of the wide view, Germany west of Ukraine's view on a tablet; Kosovo, which has no
// ISO number, a hole in the Balkans).
import { describe, expect, it } from 'vitest';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import topology from '../data/geo/region.topo.json';
import { mapViews, type MapViewId } from '../data/views';
import { parseGeodata } from './geodata';
import { buildViews } from './mapModel';
import { MAP_SIZES } from './mapSizes';
import { countryCode } from '../../scripts/map/geometry.mjs';

const geo = parseGeodata(topology);
const countries = feature(
  world as unknown as Topology,
  (world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>).objects.countries,
).features;
/** What the wide layer is cut to (scripts/build-map.mjs): beyond it, no view claims to show land. */
const CLIP = { west: 10, south: 10, east: 160, north: 85 };
const drawn = new Set(
  [...geo.wide, ...geo.region, ...geo.outlines]
    .map((f) => f.id)
    .concat(geo.outlines.some((f) => f.id === 'UA') ? ['N804'] : []),
);

describe('the map data', () => {
  it.each(MAP_SIZES)('draws every country the frame shows at $width×$height', (size) => {
    const views = buildViews(size);
    const missing = new Set<string>();
    for (const id of Object.keys(mapViews) as MapViewId[]) {
      const { projection } = views[id];
      for (const c of countries) {
        const [lon, lat] = geoCentroid(c);
        if (lon < CLIP.west || lon > CLIP.east || lat < CLIP.south || lat > CLIP.north) continue;
        const p = projection([lon, lat]);
        if (!p || p[0] < 0 || p[0] > size.width || p[1] < 0 || p[1] > size.height) continue;
        if (!drawn.has(`N${countryCode(c)}`)) missing.add(`${c.properties?.name ?? c.id} (${id})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
