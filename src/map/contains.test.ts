import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { parseGeodata } from './geodata';
import { containsPoint, outlineCrosses } from './contains';

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

describe('outlineCrosses(shape, polygon)', () => {
  /** A box of `w` by `h` degrees around a point, as a polygon. */
  const around = ([lon, lat]: [number, number], w: number, h: number): [number, number][] => [
    [lon - w / 2, lat - h / 2],
    [lon + w / 2, lat - h / 2],
    [lon + w / 2, lat + h / 2],
    [lon - w / 2, lat + h / 2],
  ];

  it('says a box wholly inside or wholly outside a shape is clear of its outline', () => {
    const kursk = shape('region', 'RU.KS');
    expect(outlineCrosses(kursk, around([36.19, 51.73], 0.4, 0.2))).toBe(false); // Kursk, inside
    expect(outlineCrosses(kursk, around([30.5, 50.45], 0.4, 0.2))).toBe(false); // Kyiv, far outside
  });

  it('says a box astride the outline crosses it, however narrow the part across', () => {
    const kursk = shape('region', 'RU.KS');
    // Sudzha, a few kilometres from the border: a box reaching south and west over it.
    expect(outlineCrosses(kursk, around([35.27, 51.19], 1, 0.6))).toBe(true);
    // Across the whole region: every edge of the box is outside, the outline inside it.
    expect(outlineCrosses(kursk, around([36.2, 51.5], 8, 4))).toBe(true);
  });

  it('does not depend on the way round the polygon is given', () => {
    const kursk = shape('region', 'RU.KS');
    const box = around([35.27, 51.19], 1, 0.6);
    expect(outlineCrosses(kursk, [...box].reverse())).toBe(true);
    expect(outlineCrosses(kursk, around([36.2, 51.5], 8, 4).reverse())).toBe(true);
    expect(outlineCrosses(kursk, around([36.19, 51.73], 0.4, 0.2).reverse())).toBe(false);
  });
});
