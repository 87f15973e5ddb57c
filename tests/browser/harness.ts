// Real-browser test harness: every test file connects to the one Chromium the global setup
// started, and opens the site it serves (dist/, under the shipped headers). Without Chromium the
// browser tests are skipped loudly, or fail under CI=true.
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumPath } from './serve';

export { chromiumPath, DIST, FAULT_DIST, shippedHeaders, serveDist } from './serve';
export { axe, collectErrors, labelTrouble, MIN_LABEL_PX } from './probes';

export type Site = {
  /** The site's root URL. */
  url: () => string;
  /**
   * A new page, closed after the test whether it passed or not. It asks for reduced motion unless
   * the test asks otherwise: the same end states, without the transitions' rendering, which two
   * cores cannot afford in every test. Motion is tested where it is the subject (walk-en, scroll,
   * random jumps, the embed's scroll story, reduced motion itself, the long sessions).
   */
  newPage: (options?: Parameters<Browser['newPage']>[0]) => Promise<Page>;
  browser: () => Browser;
};

/**
 * Connects to the shared Chromium for one test file, on the shipped build (or the fault build,
 * `fault: true`). Every page a test opens is closed after it, even when it failed: a forgotten
 * tab can starve the next one of animation frames.
 */
export const setupSite = (options: { fault?: boolean } = {}): Site => {
  let browser: Browser | undefined;
  const opened: Page[] = [];
  const url = inject(options.fault ? 'faultUrl' : 'siteUrl');
  beforeAll(async () => {
    if (!chromiumPath) return;
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => {})));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('[browser-tests] the browser is not running');
    return v;
  };
  return {
    url: () => url,
    browser: () => need(browser),
    newPage: async (options) => {
      const page = await need(browser).newPage({ reducedMotion: 'reduce', ...options });
      opened.push(page);
      return page;
    },
  };
};

/**
 * The reader goes on: once the story listens (it is live), a first input (a press of Shift,
 * which moves nothing), at which the story's graphic comes alive (src/islands/intent.ts). A
 * page whose graphic is live already (an embed, a page opened past step 1) or that presents
 * gets none.
 */
export const readerGoesOn = async (page: Page | Frame) => {
  if (!('keyboard' in page)) return;
  await page.waitForFunction(() => document.querySelector('.scrolly[data-live], .map[data-live], .present') !== null);
  const waiting = () =>
    document.querySelector('.scrolly[data-live]') !== null &&
    document.querySelector('.scrolly .map[data-live]') === null;
  if (await page.evaluate(waiting)) await page.keyboard.press('Shift');
};

/**
 * The reader goes on in an embed `frame` on `page`: once its story is live, if its graphic is
 * not (no parent reported the frame near), a turn of the mouse wheel over the frame.
 */
export const readerGoesOnInFrame = async (page: Page, frame: Frame) => {
  await frame.waitForFunction(() => document.querySelector('.scrolly[data-live]') !== null);
  if (await frame.evaluate(() => document.querySelector('.scrolly .map[data-live]') !== null)) return;
  const box = await (await frame.frameElement()).boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error('[browser-tests] the frame is not laid out');
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, view.height);
  if (bottom <= top) throw new Error('[browser-tests] the frame is not in view');
  await page.mouse.move(box.x + box.width / 2, (top + bottom) / 2);
  await page.mouse.wheel(0, 1);
};

/** Waits until the graphic is live (its code loaded and hydrated), not just prerendered. */
export const waitLive = async (page: Page) => {
  await readerGoesOn(page);
  await page.waitForFunction(() => document.querySelector('.map[data-live]') !== null);
};

/**
 * Opens the story at `width`×`height` (reduced motion unless told) and waits until its graphic is
 * live (from the reader's first input) and its map drawn at its measured size.
 */
export const openLive = async (
  site: Site,
  {
    width,
    height,
    reducedMotion = 'reduce',
  }: { width: number; height: number; reducedMotion?: 'reduce' | 'no-preference' },
) => {
  const page = await site.newPage({ viewport: { width, height }, reducedMotion });
  await page.goto(site.url());
  await readerGoesOn(page);
  await page.waitForFunction(() => {
    const svg = document.querySelector<SVGSVGElement>('.map[data-live] .map__svg');
    return !!svg && Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 1;
  });
  return page;
};

/** Scrolls so the step's top sits just above the reading line (the middle of the viewport). */
export const scrollToStep = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    if (!el) throw new Error(`no step ${stepId}`);
    const line = document.documentElement.clientHeight / 2;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 24);
  }, id);

/**
 * Waits until the scroll story's graphic has settled: it shows the active step (it follows the
 * story in a transition of its own: `data-shows` beside the story's `data-active`), its state
 * drawn at its size, no transition running (`data-settled`, set by src/graphic/settle.ts).
 */
export const waitSettled = async (page: Page | Frame, scope = '.scrolly') => {
  if (scope === '.scrolly') await readerGoesOn(page);
  return page.waitForFunction((s) => {
    const root = document.querySelector(s);
    const slot = root?.querySelector('.scrolly__graphic');
    if (slot && slot.getAttribute('data-shows') !== root?.getAttribute('data-active')) return false;
    // Drawn at the size it is shown at: each drawing's viewBox matches its box (after a load or a
    // resize, until the graphic has measured itself, the browser stretches the old drawing).
    for (const svg of root?.querySelectorAll<SVGSVGElement>('.graphic svg[viewBox]') ?? []) {
      const r = svg.getBoundingClientRect();
      const v = svg.viewBox.baseVal;
      if (r.width && (Math.abs(r.width - v.width) > 1 || Math.abs(r.height - v.height) > 1)) return false;
    }
    return root?.querySelector('.graphic[data-settled]') != null;
  }, scope);
};

/** Waits until the scroll story shows step `id`. */
export const waitActive = (page: Page | Frame, id: string) =>
  page.waitForFunction((s) => document.querySelector('.scrolly')?.getAttribute('data-active') === s, id);

/** Scrolls to every step in turn, waiting each time until the story shows it. */
export const visitSteps = async (page: Page, ids: readonly string[]) => {
  for (const id of ids) {
    await scrollToStep(page, id);
    await waitActive(page, id);
  }
};
