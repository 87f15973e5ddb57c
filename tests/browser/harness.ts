// Real-browser test harness: every test file connects to the one Chromium the global setup
// started, and opens the site it serves (dist/, under the shipped headers). Without Chromium the
// browser tests are skipped loudly, or fail under CI=true.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumPath } from './serve';

export { chromiumPath, DIST, FAULT_DIST, shippedHeaders, serveDist } from './serve';

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

/** Scrolls so the step's top sits just above the reading line (the middle of the viewport). */
export const scrollToStep = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    if (!el) throw new Error(`no step ${stepId}`);
    const line = document.documentElement.clientHeight / 2;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 24);
  }, id);

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_INSTALL = `(() => { ${AXE}\n; return typeof axe; })()`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A and AA violations in a page or frame as it is now, as "rule: target"
 * lines; in the whole document, or only under `within` (selectors; those not on the page are
 * left out).
 */
export const axe = async (target: Page | Frame, within?: readonly string[]): Promise<string[]> => {
  // Evaluated, not added as a script tag: the shipped CSP refuses inline scripts.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_INSTALL);
  return target.evaluate(
    async ({ tags, scope }) => {
      const w = window as unknown as {
        axe: {
          run: (
            ctx: Document | { include: readonly string[] },
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const present = scope?.filter((sel) => document.querySelector(sel));
      const context = present ? { include: present } : document;
      const r = await w.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    },
    { tags: TAGS, scope: within ?? null },
  );
};

/** The smallest a word in the graphic may be on screen, px. */
export const MIN_LABEL_PX = 12;

/**
 * Words of the graphic (map labels, key, scale bar, credit, the timeline's labels and years) that
 * are smaller than `min` (MIN_LABEL_PX unless told) on screen, leave their drawing, or overlap another word in it,
 * by their rendered boxes; and the timeline's labels closer than 8 px to the map. Words faded out
 * or not displayed are not read.
 */
export const labelTrouble = (page: Page | Frame, scope = '.scrolly__graphic', min = MIN_LABEL_PX) =>
  page.evaluate(
    ({ scope, min }) => {
      const MAP_CLEARANCE = 8;
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg`)) {
        const frame = svg.getBoundingClientRect();
        if (!frame.width || !frame.height) continue;
        const words = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((t) => {
            const m = t.getScreenCTM();
            const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
            return { id: t.dataset.label ?? (t.textContent ?? '').slice(0, 32), r: t.getBoundingClientRect(), px };
          });
        for (const w of words) {
          if (w.px < min - 0.01) out.push(`${w.id} is ${w.px.toFixed(1)} px`);
          const r = w.r;
          if (
            r.left < frame.left - 1 ||
            r.right > frame.right + 1 ||
            r.top < frame.top - 1 ||
            r.bottom > frame.bottom + 1
          )
            out.push(`${w.id} clipped`);
        }
        for (let i = 0; i < words.length; i++)
          for (let j = i + 1; j < words.length; j++) {
            const a = words[i]!.r;
            const c = words[j]!.r;
            // Halos may touch; text may not overlap by more than 2 px.
            if (a.left < c.right - 2 && c.left < a.right - 2 && a.top < c.bottom - 2 && c.top < a.bottom - 2)
              out.push(`${words[i]!.id} overlaps ${words[j]!.id}`);
          }
      }
      // The timeline's labels sit in a band of their own, clear of the map above it.
      const map = document.querySelector(`${scope} .map__svg`)?.getBoundingClientRect();
      for (const t of document.querySelectorAll<SVGTextElement>(`${scope} .timeline-label text`)) {
        const r = t.getBoundingClientRect();
        if (map && r.width && r.top < map.bottom + MAP_CLEARANCE)
          out.push(`${t.dataset.label} is ${(r.top - map.bottom).toFixed(0)} px from the map`);
      }
      return out;
    },
    { scope, min },
  );

/**
 * Every uncaught exception and console error (and warning, with `warnings`) the page reports from
 * now on, as it happens, into `into` (a new list by default).
 */
export const collectErrors = (page: Page, { warnings = false, into = [] as string[] } = {}): string[] => {
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (warnings && m.type() === 'warning')) into.push(`console.${m.type()}: ${m.text()}`);
  });
  return into;
};

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
