import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { parseGeodata } from './geodata';
import { containsPoint } from './contains';

const geo = parseGeodata(topology);
const shape = (layer: 'wide' | 'region', id: string) => {
  const f = [...geo.outlines, ...geo[layer]].find((g) => g.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
};

describe('containsPoint(shape, [lon, lat])', () => {
  it('agrees with d3’s spherical geoContains on a grid of points over the shapes in focus', () => {
    const shapes = [
      shape('wide', 'N643'),
      shape('wide', 'N408'),
      shape('wide', 'N410'),
      shape('wide', 'UA'),
      shape('region', 'RU.KS'),
      shape('region', 'UA.KR'),
    ];
    let checked = 0;
    const disagree: string[] = [];
    for (const f of shapes)
      for (let lon = 20; lon <= 140; lon += 0.7)
        for (let lat = 32; lat <= 72; lat += 0.7) {
          checked++;
          if (containsPoint(f, [lon, lat]) !== geoContains(f, [lon, lat]))
            disagree.push(`${f.id} ${lon.toFixed(1)},${lat.toFixed(1)}`);
        }
    // Along long east-west edges the sphere and the plane differ by a hair: a few points in
    // thousands, none of them far inside or outside.
    expect(disagree.length / checked).toBeLessThan(0.002);
    expect(containsPoint(shape('wide', 'N643'), [37.6, 55.75])).toBe(true); // Moscow
    expect(containsPoint(shape('wide', 'N643'), [30.5, 50.45])).toBe(false); // Kyiv
    expect(containsPoint(shape('region', 'RU.KS'), [36.19, 51.73])).toBe(true); // Kursk
    expect(containsPoint(shape('region', 'RU.KS'), [34.8, 50.9])).toBe(false); // Sumy
  });
});
