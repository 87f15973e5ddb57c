// What the long sessions (npm run test:long) measure: after a warm-up, 40 passes of a session
// leave the heap (by its slope per pass), the event listeners and the pending animation frames
// where they were. Each session is a file of its own, so the two run side by side.
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';

const MB = 1024 * 1024;

/** Heap after a forced collection, listeners on window and document, and animation frames still pending. */
const measure = async (page: Page, cdp: CDPSession) => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let listeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    listeners += found.length;
  }
  // A frame asked for once (a scroll handler, a timer's wake-up) runs at the next frame; a loop
  // asks again each time. Let two frames pass, then what is still pending is a loop.
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __frames: Set<number>; __raf: typeof requestAnimationFrame };
        w.__raf(() => w.__raf(() => resolve(w.__frames.size)));
      }),
  );
  return { heap: usedSize, listeners, frames };
};

const WARM_UP = 10;
const PASSES = 40;
const KB = 1024;

/** The least-squares slope of `ys` against their index. */
const slope = (ys: readonly number[]) => {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
};

/**
 * Runs `session` a few times to warm up (everything lazy loaded, caches full), then 40 times,
 * measuring after each run: the heap's growth per run (the slope, after a forced collection)
 * stays under 20 KB, and listeners and pending animation frames do not grow.
 */
export const expectNoGrowth = async (page: Page, cdp: CDPSession, session: () => Promise<void>) => {
  // Measured once the graphic has settled: a transition still running holds its frames.
  const settled = () => page.waitForFunction(() => document.querySelector('.graphic[data-settled]') !== null);
  for (let i = 0; i < WARM_UP; i++) await session();
  await settled();
  const before = await measure(page, cdp);
  const heaps: number[] = [];
  let after = before;
  for (let i = 0; i < PASSES; i++) {
    await session();
    await settled();
    after = await measure(page, cdp);
    heaps.push(after.heap);
  }
  const perPass = slope(heaps) / KB;
  console.log(`[endurance] heap ${(before.heap / MB).toFixed(1)} MB, ${perPass.toFixed(2)} KB per pass`);
  expect(perPass).toBeLessThan(20);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners);
  // A transition that was still finishing asks for frames until it ends; a loop asks forever. Let
  // up to 120 frames pass (counted, not timed) for the pending ones to come down to the bound.
  const bound = Math.max(before.frames, 1);
  const frames = await page.evaluate(
    (most) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __frames: Set<number>; __raf: typeof requestAnimationFrame };
        let n = 0;
        const tick = () => (w.__frames.size <= most || ++n >= 120 ? resolve(w.__frames.size) : w.__raf(tick));
        w.__raf(tick);
      }),
    bound,
  );
  expect(frames, `animation frames still pending after 120 frames (${after.frames} at first)`).toBeLessThanOrEqual(
    bound,
  );
};

/** Counts the animation frames asked for and not yet run or cancelled. */
export const countFrames = (page: Page) =>
  page.addInitScript(() => {
    const pending = new Set<number>();
    const request = window.requestAnimationFrame.bind(window);
    Object.assign(window, { __frames: pending, __raf: request });
    const cancel = window.cancelAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => {
      const id = request((t) => {
        pending.delete(id);
        cb(t);
      });
      pending.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      pending.delete(id);
      cancel(id);
    };
  });
