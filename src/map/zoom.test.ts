import { describe, expect, it } from 'vitest';
import { buildViews } from './mapModel';
import { covers, drawAhead, easeInOut, screenMove, zoomPath, ZOOM_MS, type ZoomPath } from './zoom';
import { applyTransform, type ZoomTransform } from './projection';

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

describe('the drawing moved on the compositor', () => {
  const size = { width: 390, height: 700 };
  const views = buildViews(size);
  const move = (path: ZoomPath, u: number) => path.at(u);

  it('screenMove takes the drawn drawing exactly where the target transform puts it', () => {
    const [drawn, target] = [views.kursk.transform, views.wide.transform];
    const m = screenMove(drawn, target);
    // A point of the drawing: drawn on screen at drawn(p); moved by m, at target(p).
    for (const p of [
      [0, 0],
      [120, -40],
      [-300, 250],
    ] as [number, number][]) {
      const [x, y] = applyTransform({ k: m.s, a: m.a, x: m.x, y: m.y }, applyTransform(drawn, p));
      const [tx, ty] = applyTransform(target, p);
      expect(x).toBeCloseTo(tx, 6);
      expect(y).toBeCloseTo(ty, 6);
    }
  });

  it('covers: a drawing fills the map moved a little, not scaled far down or up, nor moved off', () => {
    const t = views.wide.transform;
    // The same drawing zoomed by f about the middle of the map.
    const [cx, cy] = [size.width / 2, size.height / 2];
    const zoomed = (f: number) => ({ ...t, k: t.k * f, x: cx + f * (t.x - cx), y: cy + f * (t.y - cy) });
    expect(covers(t, t, size)).toBe(true);
    // The margin is a quarter on each side: the drawing is 1.5 times the map.
    expect(covers(t, zoomed(0.7), size)).toBe(true);
    // Scaled down past the margin: its edge shows.
    expect(covers(t, zoomed(0.6), size)).toBe(false);
    // Scaled up a little, and past what stays sharp.
    expect(covers(t, zoomed(1.2), size)).toBe(true);
    expect(covers(t, zoomed(1.3), size)).toBe(false);
    // Moved by more than the margin.
    expect(covers(t, { ...t, x: t.x + size.width * 0.3 }, size)).toBe(false);
    expect(covers(t, { ...t, x: t.x + size.width * 0.2 }, size)).toBe(true);
  });

  it('a whole move needs a handful of redraws, and every frame is filled and sharp', () => {
    for (const [a, b] of [
      ['kursk', 'wide'],
      ['wide', 'kursk'],
      ['wide', 'koreas'],
      ['crimea', 'kursk'],
    ] as const) {
      const path = zoomPath(views[a].transform, views[b].transform, size);
      let drawn: ZoomTransform | null = null;
      let redraws = 0;
      for (let i = 0; i <= 60; i++) {
        const u = easeInOut(i / 60);
        const now = move(path, u);
        if (!drawn || !covers(drawn, now, size)) {
          drawn = path.at(drawAhead(path, u, size));
          redraws++;
        }
        expect(covers(drawn, now, size), `${a} -> ${b} at ${u}`).toBe(true);
      }
      // 61 frames: a repaint at each was what the compositor saves.
      expect(redraws, `${a} -> ${b}`).toBeLessThanOrEqual(12);
    }
  });
});
