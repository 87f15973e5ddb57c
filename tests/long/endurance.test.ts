// Old browsers and long sessions: without ResizeObserver, IntersectionObserver or matchMedia the
// page falls back to a flat layout with a still graphic per step; scrolling the story down and
// up 50 times, and stepping through presentation mode 50 times, leaves the heap, the event
// listeners and the pending animation frames where they were.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { chromiumPath, collectErrors, setupSite, waitLive } from '../browser/harness';

const site = setupSite();
const MB = 1024 * 1024;

describe.skipIf(!chromiumPath)('an old browser', () => {
  it('without ResizeObserver, IntersectionObserver and matchMedia gets every step with a still graphic', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.ResizeObserver;
      delete w.IntersectionObserver;
      delete w.matchMedia;
    });
    await page.goto(site.url());
    await page.waitForSelector('.handout--screen');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.handout--screen .handout__figure .map svg').length === n,
      steps.length,
    );
    for (const s of steps)
      expect(await page.getByRole('heading', { name: en.steps[s.id].heading }).isVisible(), s.id).toBe(true);
    expect(await page.locator('.scrolly').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

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
  const frames = await page.evaluate(() => (window as unknown as { __frames: Set<number> }).__frames.size);
  return { heap: usedSize, listeners, frames };
};

/**
 * Runs `session` once to warm up, measures, runs it 50 times more and measures again: the heap
 * grows by less than 5 MB, and listeners and pending animation frames do not grow.
 */
const expectNoGrowth = async (page: Page, cdp: CDPSession, session: () => Promise<void>) => {
  await session();
  await page.waitForTimeout(1500);
  const before = await measure(page, cdp);
  for (let i = 0; i < 50; i++) await session();
  await page.waitForTimeout(1500);
  const after = await measure(page, cdp);
  expect((after.heap - before.heap) / MB).toBeLessThan(5);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners);
  expect(after.frames).toBeLessThanOrEqual(Math.max(before.frames, 1));
};

/** Counts the animation frames asked for and not yet run or cancelled. */
const countFrames = (page: Page) =>
  page.addInitScript(() => {
    const pending = new Set<number>();
    (window as unknown as { __frames: Set<number> }).__frames = pending;
    const request = window.requestAnimationFrame.bind(window);
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

describe.skipIf(!chromiumPath)('a long session', () => {
  it('scrolls the story down and up 50 times without growing', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await countFrames(page);
    await page.goto(site.url());
    await waitLive(page);
    const cdp = await page.context().newCDPSession(page);
    // One pass first, so everything lazy (the other map layer, motion) is in place.
    const pass = () =>
      page.evaluate(async () => {
        const story = document.querySelector('.scrolly')!;
        const top = story.getBoundingClientRect().top + window.scrollY;
        const height = story.getBoundingClientRect().height;
        const wait = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (let i = 0; i <= 14; i++) {
          window.scrollTo(0, top + (height * i) / 14);
          await wait();
        }
        for (let i = 14; i >= 0; i--) {
          window.scrollTo(0, top + (height * i) / 14);
          await wait();
        }
      });
    await expectNoGrowth(page, cdp, pass);
  });

  it('steps through presentation mode 50 times without growing', async () => {
    const page = await site.newPage({ viewport: { width: 1920, height: 1080 } });
    await countFrames(page);
    await page.goto(`${site.url()}?present#capture`);
    await page.waitForSelector('.present .map[data-live]');
    const cdp = await page.context().newCDPSession(page);
    const run = async () => {
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Home');
    };
    await expectNoGrowth(page, cdp, run);
  });
});
