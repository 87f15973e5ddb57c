import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { parseGeodata } from './geodata';
import { containsPoint, lonLatBox, outlineCrosses } from './contains';

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

describe('the outlines’ band index', () => {
  // The same tests over every edge of every ring, as before the index: the index must give the
  // same answer at every point and box, on every shape the map has.
  type Pt = readonly [number, number];
  const ringsOf = (f: (typeof geo.wide)[number]): Pt[][] => {
    const g = f.geometry;
    if (g.type === 'Polygon') return g.coordinates as unknown as Pt[][];
    if (g.type === 'MultiPolygon') return g.coordinates.flat() as unknown as Pt[][];
    return [];
  };
  const everyEdgeContains = (f: (typeof geo.wide)[number], [x, y]: Pt) => {
    let inside = false;
    for (const ring of ringsOf(f))
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    return inside;
  };
  // A fixed sequence of pseudo-random numbers, so a failure reproduces.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const shapes = [...geo.wide, ...geo.region, ...geo.outlines];

  it('finds the same points inside every shape as reading every edge', () => {
    const disagree: string[] = [];
    let inside = 0;
    for (const f of shapes) {
      const [[w, s], [e, n]] = lonLatBox(f);
      for (let k = 0; k < 300; k++) {
        const p: Pt = [w + random() * (e - w), s + random() * (n - s)];
        const want = everyEdgeContains(f, p);
        if (want) inside++;
        if (containsPoint(f, p) !== want) disagree.push(`${f.id} ${p.map((v) => v.toFixed(3)).join(',')}`);
      }
    }
    expect(inside).toBeGreaterThan(1000);
    expect(disagree.slice(0, 10)).toEqual([]);
  });

  it('finds the same outlines across every box as reading every edge', () => {
    const everyEdgeCrosses = (f: (typeof geo.wide)[number], box: readonly Pt[]) => {
      const [x0, x1] = [Math.min(...box.map((p) => p[0])), Math.max(...box.map((p) => p[0]))];
      const [y0, y1] = [Math.min(...box.map((p) => p[1])), Math.max(...box.map((p) => p[1]))];
      const inBox = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
      const meet = (a: Pt, b: Pt, c: Pt, d: Pt) => {
        const side = (p: Pt, q: Pt, r: Pt) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
        const [d1, d2, d3, d4] = [side(c, d, a), side(c, d, b), side(a, b, c), side(a, b, d)];
        return ((d1 >= 0 && d2 <= 0) || (d1 <= 0 && d2 >= 0)) && ((d3 >= 0 && d4 <= 0) || (d3 <= 0 && d4 >= 0));
      };
      return ringsOf(f).some((ring) =>
        ring.slice(0, -1).some((a, i) => {
          const b = ring[i + 1]!;
          return inBox(a[0], a[1]) || box.some((c, j) => meet(a, b, c, box[(j + 1) % box.length]!));
        }),
      );
    };
    const disagree: string[] = [];
    let crossing = 0;
    for (const f of shapes) {
      const [[w, s], [e, n]] = lonLatBox(f);
      for (let k = 0; k < 60; k++) {
        const [x, y] = [w + random() * (e - w), s + random() * (n - s)];
        const [dx, dy] = [0.05 + random() * (e - w) * 0.3, 0.05 + random() * (n - s) * 0.3];
        const box: Pt[] = [
          [x, y],
          [x + dx, y],
          [x + dx, y + dy],
          [x, y + dy],
        ];
        const want = everyEdgeCrosses(f, box);
        if (want) crossing++;
        if (outlineCrosses(f, box) !== want)
          disagree.push(`${f.id} ${x.toFixed(3)},${y.toFixed(3)} +${dx.toFixed(3)},${dy.toFixed(3)}`);
      }
    }
    expect(crossing).toBeGreaterThan(200);
    expect(disagree.slice(0, 10)).toEqual([]);
  });
});
