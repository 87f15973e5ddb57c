import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followActive, PASSING_MS } from './hold';
import type { ActiveStep } from './story';

/** A story whose active step the test sets. */
const story = () => {
  let index = 0;
  const listeners = new Set<() => void>();
  const active: ActiveStep = {
    get: () => index,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return {
    active,
    go: (i: number) => {
      index = i;
      for (const l of listeners) l();
    },
    listeners,
  };
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.advanceTimersByTime(10_000);
});
afterEach(() => vi.useRealTimers());

describe('the graphic following the story', () => {
  it('shows the step it starts on at once, and a step the reader comes to after a pause in the next task', () => {
    const s = story();
    const shown: number[] = [];
    followActive(s.active, (i) => shown.push(i));
    expect(shown).toEqual([0]);
    vi.advanceTimersByTime(PASSING_MS * 3);
    s.go(1);
    // Not inside the scroll engine's frame: in a task of its own, with no wait.
    expect(shown).toEqual([0]);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual([0, 1]);
    vi.advanceTimersByTime(PASSING_MS * 3);
    s.go(2);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual([0, 1, 2]);
  });

  it('through a fling, waits for where the reader lands and shows only that step', () => {
    const s = story();
    const shown: number[] = [];
    followActive(s.active, (i) => shown.push(i));
    vi.advanceTimersByTime(PASSING_MS * 3);
    // The first step the fling reaches shows at once: nothing says yet that it passes.
    s.go(1);
    vi.advanceTimersByTime(0);
    for (const i of [2, 3, 4, 5, 6]) {
      vi.advanceTimersByTime(PASSING_MS / 3);
      s.go(i);
    }
    expect(shown).toEqual([0, 1]);
    vi.advanceTimersByTime(PASSING_MS - 1);
    expect(shown).toEqual([0, 1]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([0, 1, 6]);
    // And nothing more comes of the steps passed.
    vi.advanceTimersByTime(PASSING_MS * 10);
    expect(shown).toEqual([0, 1, 6]);
  });

  it('stops: no step shows after, and it no longer listens', () => {
    const s = story();
    const shown: number[] = [];
    const stop = followActive(s.active, (i) => shown.push(i));
    vi.advanceTimersByTime(PASSING_MS * 3);
    s.go(1);
    vi.advanceTimersByTime(0);
    s.go(2);
    stop();
    vi.advanceTimersByTime(PASSING_MS * 3);
    expect(shown).toEqual([0, 1]);
    expect(s.listeners.size).toBe(0);
  });
});
