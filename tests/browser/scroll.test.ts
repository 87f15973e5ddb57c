// Scrolling the built explainer in Chromium at a desktop and a phone size: flings, End and
// Home, a rotation, and deep links all end on the right step with its graphic settled. The
// step-by-step walk (every probe at every step) is in walk.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { mapViews } from '../../src/data/views';
import { chromiumPath, collectErrors, scrollToStep, setupSite, waitActive, waitLive, waitSettled } from './harness';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const site = setupSite();

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

/** Waits until step `id` is active and its graphic has settled. */
const settledOn = async (page: Page, id: string) => {
  await waitActive(page, id);
  await waitSettled(page);
};

const expected = (s: (typeof steps)[number]) => ({
  active: s.id,
  view: s.graphic.map.view,
  focus: s.graphic.timeline.join(' '),
});

const state = (page: Page) =>
  page.evaluate(() => ({
    active: document.querySelector('.scrolly')?.getAttribute('data-active'),
    view: document.querySelector('.map')?.getAttribute('data-view'),
    focus: document.querySelector('.timeline')?.getAttribute('data-focus'),
  }));

describe.skipIf(!chromiumPath).each(VIEWPORTS)('scrolling at $width×$height', (viewport) => {
  it('lands on the right step after a fling past several steps and after End and Home', async () => {
    const { page, trouble } = await open(viewport);
    const target = steps[10]!;
    // Down past ten steps, back up to the third and down again, without waiting in between.
    await scrollToStep(page, target.id);
    await scrollToStep(page, steps[2]!.id);
    await scrollToStep(page, target.id);
    await settledOn(page, target.id);
    expect(await state(page)).toEqual(expected(target));
    await page.keyboard.press('End');
    await settledOn(page, steps.at(-1)!.id);
    expect(await state(page)).toEqual(expected(steps.at(-1)!));
    await page.keyboard.press('Home');
    await settledOn(page, steps[0]!.id);
    expect(await state(page)).toEqual(expected(steps[0]!));
    expect(trouble).toEqual([]);
    await page.close();
  });

  it('keeps the step under the reading line through a resize or rotation', async () => {
    const { page, trouble } = await open(viewport);
    const s = steps[6]!;
    await scrollToStep(page, s.id);
    await settledOn(page, s.id);
    // Turned: the graphic re-measures and settles at the new size, still on the step.
    const before = await page.evaluate(() => document.querySelector('.scrolly .map__svg')!.getAttribute('viewBox'));
    await page.setViewportSize({ width: viewport.height, height: viewport.width });
    await page.waitForFunction(
      (vb) => document.querySelector('.scrolly .map__svg')!.getAttribute('viewBox') !== vb,
      before,
    );
    await scrollToStep(page, s.id);
    await settledOn(page, s.id);
    expect(await state(page)).toEqual(expected(s));
    expect(trouble).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)('deep links and the page without JavaScript', () => {
  it.each([
    ['?step=crimea', 'crimea'],
    // A shared link to a step on another layer than the first step's (the page was prerendered
    // at the first step; the graphic must not keep any of that picture).
    ['?step=seoul', 'seoul'],
    ['#gains', 'gains'],
    ['?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'capture'],
    ['?step=nope#also-nope', 'capture'],
  ])('%s opens on %s', async (path, id) => {
    const { page, trouble } = await open({ width: 1280, height: 800 }, path);
    await settledOn(page, id);
    const step = steps.find((s) => s.id === id)!;
    // The story and the graphic: the step's view, its layer drawn, its events in focus.
    expect(await state(page)).toEqual(expected(step));
    const layer = mapViews[step.graphic.map.view].layer;
    expect(
      await page.evaluate(
        (l) => ({
          layer: document.querySelector('.scrolly .map')?.getAttribute('data-layer'),
          drawn: document.querySelectorAll(`.scrolly .map-layer--${l} path.map-area`).length > 0,
        }),
        layer,
      ),
    ).toEqual({ layer, drawn: true });
    // The other layer, drawn once the browser is idle, stays out of the picture: on the wide
    // layer, the detailed one hidden and the wide one whole (neither clipped nor masked).
    if (layer === 'wide') {
      await page.waitForFunction(
        () => document.querySelectorAll('.scrolly .map-layer--region path.map-area').length > 0,
      );
      expect(
        await page.evaluate(() => {
          const region = document.querySelector('.scrolly .map-layer--region')!;
          const wide = document.querySelector('.scrolly .map-layer--wide')!;
          return {
            region: getComputedStyle(region).opacity,
            clip: wide.getAttribute('clip-path'),
            mask: wide.getAttribute('mask'),
          };
        }),
      ).toEqual({ region: '0', clip: null, mask: null });
    }
    expect(await page.content()).not.toContain('<script>alert(1)');
    expect(trouble).toEqual([]);
    await page.close();
  });
});
