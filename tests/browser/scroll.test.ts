// Scrolls the built explainer in Chromium at a desktop and a phone size: every step must put
// the right view on the map and the right event in focus, with labels clear of each other and
// of the edges, no layout shift and no error. Saves a screenshot per step in test-results/.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { chromiumPath, collectErrors, labelTrouble, scrollToStep, setupSite, waitLive } from './harness';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const SETTLE_MS = 1200;

const site = setupSite();

beforeAll(() => mkdirSync('test-results', { recursive: true }));

type Trouble = string[];

/** Opens a page that records errors and layout shifts. */
const open = async (
  viewport: { width: number; height: number },
  path = '',
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
) => {
  const page = await site.newPage({ viewport, reducedMotion });
  const trouble: Trouble = [];
  collectErrors(page, { warnings: true, into: trouble });
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.url() + path);
  await page.waitForLoadState('networkidle');
  await waitLive(page);
  return { page, trouble };
};

const state = (page: Page) =>
  page.evaluate(() => ({
    active: document.querySelector('.scrolly')?.getAttribute('data-active'),
    view: document.querySelector('.map')?.getAttribute('data-view'),
    focus: document.querySelector('.timeline')?.getAttribute('data-focus'),
  }));

/** True when the step's heading is on top at its centre: nothing covers the words. */
const headingVisible = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const h = document.getElementById(`${stepId}-heading`)!;
    const r = h.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
    return !!hit && h.contains(hit);
  }, id);

describe.skipIf(!chromiumPath).each(VIEWPORTS)('scrolling at $width×$height', (viewport) => {
  it('shows every step with its map view and timeline focus', async () => {
    const { page, trouble } = await open(viewport);
    for (const s of steps) {
      await scrollToStep(page, s.id);
      await page.waitForTimeout(SETTLE_MS);
      expect(await state(page), s.id).toEqual({
        active: s.id,
        view: s.graphic.map.view,
        focus: s.graphic.timeline.join(' '),
      });
      // The highlighted areas are exactly the step's.
      const lit = await page.evaluate(() =>
        [...document.querySelectorAll<SVGPathElement>('.map-highlight')]
          .filter(
            (p) =>
              Number(getComputedStyle(p.parentElement!).opacity) > 0.99 &&
              Number(getComputedStyle(p.parentElement!.parentElement!).opacity) > 0.99,
          )
          .map((p) => p.dataset.id)
          .sort(),
      );
      expect(lit, s.id).toEqual([...s.graphic.map.highlight].sort());
      expect(await labelTrouble(page), s.id).toEqual([]);
      expect(await headingVisible(page, s.id), `${s.id} heading covered`).toBe(true);
      await page.screenshot({
        path: `test-results/${viewport.width}x${viewport.height}-${String(steps.indexOf(s) + 1).padStart(2, '0')}-${s.id}.png`,
      });
    }
    const noHorizontalScroll = await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    expect(noHorizontalScroll).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    expect(trouble).toEqual([]);
    await page.close();
  });

  it('lands on the right step after a fling past several steps and after End and Home', async () => {
    const { page, trouble } = await open(viewport);
    const target = steps[10]!;
    await scrollToStep(page, target.id);
    await page.waitForTimeout(100);
    await scrollToStep(page, steps[2]!.id);
    await scrollToStep(page, target.id);
    await page.waitForTimeout(SETTLE_MS);
    expect(await state(page)).toMatchObject({ active: target.id, view: target.graphic.map.view });
    await page.keyboard.press('End');
    await page.waitForTimeout(SETTLE_MS);
    expect((await state(page)).active).toBe(steps.at(-1)!.id);
    await page.keyboard.press('Home');
    await page.waitForTimeout(SETTLE_MS);
    expect(await state(page)).toMatchObject({ active: steps[0]!.id, view: steps[0]!.graphic.map.view });
    expect(trouble).toEqual([]);
    await page.close();
  });

  it('keeps the step under the reading line through a resize or rotation', async () => {
    const { page, trouble } = await open(viewport);
    const s = steps[6]!;
    await scrollToStep(page, s.id);
    await page.waitForTimeout(SETTLE_MS);
    await page.setViewportSize({ width: viewport.height, height: viewport.width });
    await page.waitForTimeout(SETTLE_MS);
    await scrollToStep(page, s.id);
    await page.waitForTimeout(SETTLE_MS);
    expect((await state(page)).active).toBe(s.id);
    expect(trouble).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)('deep links and the page without JavaScript', () => {
  it.each([
    ['?step=crimea', 'crimea'],
    ['#gains', 'gains'],
    ['?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'capture'],
    ['?step=nope#also-nope', 'capture'],
  ])('%s opens on %s', async (path, expected) => {
    const { page, trouble } = await open({ width: 1280, height: 800 }, path);
    await page.waitForTimeout(SETTLE_MS);
    expect((await state(page)).active).toBe(expected);
    expect(await page.content()).not.toContain('<script>alert(1)');
    expect(trouble).toEqual([]);
    await page.close();
  });

  it('holds the whole story, the timeline list and a map before any script runs', async () => {
    const context = await site
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.url());
    const text = await page.evaluate(() => document.body.innerText);
    for (const s of steps) expect(text, s.id).toContain(en.steps[s.id].heading.replace(/\{.*?\}/g, ''));
    expect(await page.locator('.timeline-list time').count()).toBeGreaterThan(10);
    expect(await page.locator('.map__svg path.map-area').count()).toBeGreaterThan(50);
    expect(await page.locator('[style]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/no-js-390x844.png', fullPage: false });
    await context.close();
  });

  it('with reduced motion, jumps straight to each state', async () => {
    const { page, trouble } = await open({ width: 1280, height: 800 }, '', 'reduce');
    const s = steps.find((x) => x.graphic.map.view === 'wide')!;
    await scrollToStep(page, s.id);
    // As soon as the step is active, one frame later the map is already in its end state.
    await page.waitForFunction((id) => document.querySelector('.scrolly')?.getAttribute('data-active') === id, s.id);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const opacity = await page.evaluate(() => getComputedStyle(document.querySelector('.map-layer--wide')!).opacity);
    expect(Number(opacity)).toBe(1);
    expect(trouble).toEqual([]);
    await page.close();
  });
});
