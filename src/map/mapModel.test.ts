import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { mapViews, type MapViewId } from '../data/views';
import { places, type PlaceId } from '../data/places';
import { steps } from '../data/steps';
import { parseGeodata } from './geodata';
import { arcPath, buildLayer, buildMapModel, CANONICAL, layerPlacement, placePoint, prepareLayer } from './mapModel';
import { applyTransform, viewProjection } from './projection';
import { niceKm } from './scaleBar';

const geo = parseGeodata(topology);
const sizes = [
  { width: 320, height: 300 },
  { width: 768, height: 632 },
];

describe('parseGeodata(topology)', () => {
  it('gives the layers their features, Kursk and its neighbours included', () => {
    const region = new Set(geo.region.map((f) => f.id));
    for (const id of [
      'RU.KS',
      'RU.BL',
      'RU.BR',
      'RU.OL',
      'RU.VR',
      'RU.LP',
      'UA.SM',
      'UA.KK',
      'UA.CH',
      'UA.KR',
      'UA.SC',
    ])
      expect(region.has(id), id).toBe(true);
    expect(geo.wide.map((f) => f.id)).toEqual(expect.arrayContaining(['N643', 'N408', 'N410', 'UA']));
  });

  it('winds every shape the right way: none is larger than Russia, the largest country (0.42 sr)', () => {
    // A ring wound backwards reads on the sphere as the whole globe but that shape, and would
    // paint over the seas.
    for (const f of [...geo.wide, ...geo.region]) expect(geoArea(f), f.id).toBeLessThan(0.43);
  });

  it('rejects data that is not the map topology with a clear error', () => {
    expect(() => parseGeodata({})).toThrow(/\[kursk-map\]/);
    expect(() => parseGeodata(null)).toThrow(/\[kursk-map\]/);
  });
});

describe.each(sizes)('buildMapModel(geo, $width×$height)', (size) => {
  const model = buildMapModel(geo, size);

  it('draws every feature of both layers', () => {
    expect(model.layers.wide.paths.length).toBe(geo.wide.length);
    expect(model.layers.region.paths.length).toBe(geo.region.length);
    for (const p of [...model.layers.wide.paths, ...model.layers.region.paths]) expect(p.d).toMatch(/^M/);
  });

  it('shows every view as one similarity (scale, turn, translation) of the one canonical drawing', () => {
    // An independent canonical projection, not the model's.
    const canonical = viewProjection(mapViews.wide, CANONICAL);
    for (const id of Object.keys(mapViews) as MapViewId[]) {
      const view = model.views[id];
      for (const p of [places.sudzha, places.seoul, places.kyiv]) {
        const screen = view.projection([p.lon, p.lat])!;
        const [x, y] = applyTransform(view.transform, canonical([p.lon, p.lat])!);
        expect(x).toBeCloseTo(screen[0], 6);
        expect(y).toBeCloseTo(screen[1], 6);
      }
    }
    expect(model.views.kursk.transform.k / model.views.ukraine.transform.k).toBeGreaterThan(2);
    expect(model.views.kursk.transform.k / model.views.wide.transform.k).toBeGreaterThan(10);
  });

  it.each(Object.keys(mapViews) as MapViewId[])('puts north up in the middle of the %s view', (id) => {
    const [[w, s], [e, n]] = mapViews[id].bounds;
    const [lon, lat] = [(w + e) / 2, (s + n) / 2];
    const a = model.views[id].projection([lon, lat])!;
    const b = model.views[id].projection([lon, lat + 1])!;
    expect(Math.abs(b[0] - a[0])).toBeLessThan(0.01 * Math.abs(b[1] - a[1]));
    expect(b[1]).toBeLessThan(a[1]);
  });

  it('draws the same paths at every size', () => {
    // From boundaries parsed afresh: the layer cache (keyed by the parsed object) cannot answer.
    const fresh = buildMapModel(parseGeodata(topology), { width: 500, height: 500 }).layers;
    expect(fresh).not.toBe(model.layers);
    expect(fresh).toEqual(model.layers);
  });

  it.each(steps.map((s) => [s.id, s] as const))('puts the markers of step %s inside the map', (_, s) => {
    const view = model.views[s.graphic.map.view];
    for (const id of s.graphic.map.markers as readonly PlaceId[]) {
      const [x, y] = placePoint(view, id)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(size.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(size.height);
    }
  });

  it('has a scale bar of a round distance per view', () => {
    for (const id of Object.keys(mapViews) as MapViewId[]) {
      const { km, px } = model.views[id].scale;
      expect(niceKm(km)).toBe(km);
      expect(px).toBeGreaterThan(10);
      expect(px).toBeLessThan(size.width / 4);
    }
  });

  it('draws the Pyongyang–Kursk arc in the wide view', () => {
    const { d, mid } = arcPath(model.views.wide, 'pyongyang', 'kursk');
    expect(d).toMatch(/^M/);
    expect(mid).not.toBeNull();
  });
});

describe('layerPlacement(layer)', () => {
  it("puts the region layer's drawing where the wide layer's frame has the same places", () => {
    // Independent projections: the region layer is drawn in the Ukraine view's frame.
    const wide = viewProjection(mapViews.wide, CANONICAL);
    const region = viewProjection(mapViews.ukraine, CANONICAL);
    const placed = layerPlacement('region');
    for (const p of [places.sudzha, places.kyiv, places.seoul]) {
      const [x, y] = applyTransform(placed, region([p.lon, p.lat])!);
      const [wx, wy] = wide([p.lon, p.lat])!;
      expect(x).toBeCloseTo(wx, 6);
      expect(y).toBeCloseTo(wy, 6);
    }
    expect(layerPlacement('wide')).toMatchObject({ k: expect.closeTo(1, 9), a: expect.closeTo(0, 9) });
  });

  it('is computed once per layer, and cannot be changed by a caller', () => {
    expect(layerPlacement('region')).toBe(layerPlacement('region'));
    expect(Object.isFrozen(layerPlacement('region'))).toBe(true);
  });
});

describe('niceKm(max)', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect(niceKm(740)).toBe(500);
    expect(niceKm(199)).toBe(100);
    expect(niceKm(21)).toBe(20);
    expect(niceKm(0)).toBe(0);
    expect(niceKm(NaN)).toBe(0);
  });
});

describe('prepareLayer', () => {
  it.each(['region', 'wide'] as const)(
    'computes the %s layer in slices, pausing between them, to what buildLayer computes',
    async (layer) => {
      const fresh = parseGeodata(topology);
      let pauses = 0;
      await prepareLayer(fresh, layer, async () => void pauses++, 0);
      expect(pauses).toBeGreaterThan(10);
      // buildLayer now reads what was prepared: the same model as one computed in a single go.
      expect(buildLayer(fresh, layer)).toEqual(buildLayer(parseGeodata(topology), layer));
      expect(buildLayer(fresh, layer)).toBe(buildLayer(fresh, layer));
    },
  );
});
