// @vitest-environment jsdom
// The words of the steps around the one shown are placed while the browser is idle, once each:
// whenIdle runs one job per idle period with time left, and stops when told; mapLabels keeps
// what it placed, so the step's change finds it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { steps } from '../data/steps';
import { en } from '../data/copy/en';
import { ko } from '../data/copy/ko';
import type { StoryCopy } from '../data/story';
import { parseGeodata } from './geodata';
import { buildViews } from './mapModel';
import { mapLabels } from './MapOverlay';
import { whenIdle } from './upcoming';

let idle: Map<number, IdleRequestCallback>;
let n = 0;
const runIdle = (timeRemaining: number) => {
  const due = [...idle.values()];
  idle = new Map();
  for (const f of due) f({ didTimeout: false, timeRemaining: () => timeRemaining });
};
beforeEach(() => {
  idle = new Map();
  vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback) => {
    idle.set(++n, f);
    return n;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

describe('whenIdle', () => {
  it('runs one job per idle period with time left, in order', () => {
    const done: string[] = [];
    whenIdle(['a', 'b'], (j) => done.push(j));
    expect(done).toEqual([]);
    runIdle(2);
    expect(done).toEqual([]);
    runIdle(40);
    expect(done).toEqual(['a']);
    runIdle(40);
    expect(done).toEqual(['a', 'b']);
    expect(idle.size).toBe(0);
  });

  it('stops when told', () => {
    const done: string[] = [];
    const stop = whenIdle(['a', 'b'], (j) => done.push(j));
    runIdle(40);
    stop();
    runIdle(40);
    expect(done).toEqual(['a']);
    expect(idle.size).toBe(0);
  });
});

describe('mapLabels', () => {
  const geo = parseGeodata(topology);
  const size = { width: 390, height: 640 };
  const views = buildViews(size);
  const job = (i: number, copy: StoryCopy = en) => {
    const state = steps[i]!.graphic.map;
    return { geo, view: views[state.view], state, copy, size, k: 1 };
  };

  it('places a step’s words once, and gives the same placement again', () => {
    const first = mapLabels(job(3));
    expect(first.length).toBeGreaterThan(0);
    // The same step, its state copied: the same placement, not placed again.
    const again = mapLabels({ ...job(3), state: structuredClone(steps[3]!.graphic.map) });
    expect(again).toBe(first);
  });

  it('places anew for another size, edition or step', () => {
    const first = mapLabels(job(3));
    const wider = { width: 768, height: 900 };
    expect(mapLabels({ ...job(3), size: wider, view: buildViews(wider)[steps[3]!.graphic.map.view] })).not.toBe(first);
    const korean = mapLabels(job(3, ko));
    expect(korean).not.toBe(first);
    expect(korean.map((l) => l.lines.join(' '))).not.toEqual(first.map((l) => l.lines.join(' ')));
    const other = steps.findIndex(
      (s, i) => i !== 3 && JSON.stringify(s.graphic.map) !== JSON.stringify(steps[3]!.graphic.map),
    );
    expect(mapLabels(job(other))).not.toBe(first);
  });
});
