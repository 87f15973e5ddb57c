// @vitest-environment jsdom
// In a page, the graphic follows in the next task by a message, not a timer: a frame out of view
// may have its timers held back a second each.
import { afterEach, expect, it, vi } from 'vitest';
import { followActive, PASSING_MS } from './hold';
import type { ActiveStep } from './story';

afterEach(() => vi.useRealTimers());

/** Resolves after a task queued now by a message (so after one queued before it). */
const afterMessage = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => (port1.close(), resolve());
    port2.postMessage(null);
  });

it('shows a step reached after a pause in the next task, with every timer held', async () => {
  let index = 0;
  let listener = () => {};
  const active: ActiveStep = { get: () => index, subscribe: (l) => ((listener = l), () => {}) };
  const shown: number[] = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.advanceTimersByTime(PASSING_MS * 3);
  const stop = followActive(active, (i) => shown.push(i));
  vi.advanceTimersByTime(PASSING_MS * 3);
  index = 3;
  listener();
  expect(shown).toEqual([0]);
  // No timer runs (they are fake and never advanced): only a message can show it.
  await afterMessage();
  expect(shown).toEqual([0, 3]);
  stop();
});
