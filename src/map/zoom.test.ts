import { describe, expect, it } from 'vitest';
import { buildViews } from './mapModel';
import { easeInOut, zoomPath, ZOOM_MS } from './zoom';

const size = { width: 390, height: 700 };
const views = buildViews(size);

describe('zoomPath', () => {
  const path = zoomPath(views.kursk.transform, views.wide.transform, size);

  it('starts at the first view and lands exactly on the second', () => {
    expect(path.at(0)).toEqual(views.kursk.transform);
    expect(path.at(1)).toEqual(views.wide.transform);
  });

  it('passes through intermediate zooms and turns, not a jump', () => {
    const ks = [0.25, 0.5, 0.75].map((u) => path.at(u));
    const [from, to] = [views.kursk.transform, views.wide.transform];
    for (const t of ks) {
      expect(t.k).toBeLessThan(from.k);
      expect(t.k).toBeGreaterThan(to.k * 0.5);
      expect(t.a).toBeGreaterThan(Math.min(from.a, to.a));
      expect(t.a).toBeLessThan(Math.max(from.a, to.a));
    }
    // Zooming out: the scale falls all the way.
    expect(ks[0]!.k).toBeGreaterThan(ks[1]!.k);
    expect(ks[1]!.k).toBeGreaterThan(ks[2]!.k);
  });

  it('takes 0.9 to 1.2 s', () => {
    for (const [a, b] of [
      ['kursk', 'wide'],
      ['ukraine', 'kursk'],
      ['wide', 'ukraine'],
    ] as const) {
      const d = zoomPath(views[a].transform, views[b].transform, size).duration;
      expect(d).toBeGreaterThanOrEqual(ZOOM_MS.min);
      expect(d).toBeLessThanOrEqual(ZOOM_MS.max);
    }
  });

  it('eases in and out', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5, 9);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });
});
