// Accessibility in a real browser: axe-core (WCAG 2.2 A and AA) in dark mode and with reduced
// motion (light mode at every step is in the walks); keyboard-only reading; reflow at 320 px and
// 200% text; no motion when reduced motion is asked for.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { axe, chromiumPath, readerGoesOn, scrollToStep, setupSite, waitActive, waitSettled } from './harness';

const site = setupSite();

type Options = {
  width: number;
  height: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
};

const open = async ({ width, height, colorScheme = 'light', reducedMotion = 'reduce' }: Options, path = '') => {
  const page = await site.newPage({ viewport: { width, height }, colorScheme, reducedMotion });
  await page.goto(site.url() + path);
  // Settled: the graphic is live (from the reader's first input) and the map drawn at its
  // measured size.
  await readerGoesOn(page);
  await page.waitForFunction(() => {
    const svg = document.querySelector<SVGSVGElement>('.map[data-live] .map__svg');
    return !!svg && Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 1;
  });
  return page;
};

// Light mode at every step is in the walks (walk.ts). Dark mode and reduced motion change
// colours and motion, not the words: axe at the top and at one step per map view.
const MATRIX: Options[] = [
  { width: 1280, height: 800, colorScheme: 'dark', reducedMotion: 'no-preference' },
  { width: 390, height: 844, colorScheme: 'dark', reducedMotion: 'no-preference' },
  { width: 1280, height: 800, reducedMotion: 'reduce' },
  { width: 390, height: 844, colorScheme: 'dark', reducedMotion: 'reduce' },
];

const onePerView = [...new Map(steps.map((s) => [s.graphic.map.view, s])).values()];

describe.skipIf(!chromiumPath).each(MATRIX)('axe-core, $width×$height $colorScheme $reducedMotion', (options) => {
  it(`reports no WCAG 2.2 A/AA violation at the top and at one step per map view (${onePerView.length})`, async () => {
    const page = await open(options);
    const found: string[] = (await axe(page)).map((v) => `top ${v}`);
    for (const s of onePerView) {
      await scrollToStep(page, s.id);
      await waitActive(page, s.id);
      await waitSettled(page);
      // The whole page was checked at the top; a step changes its card, the graphic, the progress bar.
      found.push(...(await axe(page, [`#${s.id}`, '.scrolly__graphic', '.progress'])).map((v) => `${s.id} ${v}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!chromiumPath).each([
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])('keyboard only at $width×$height', (viewport) => {
  it('tabs through every link in document order, each visible, ringed and uncovered', async () => {
    const page = await open(viewport);
    // Everything focusable that is rendered (the embed panel's codes wait behind its summary).
    const expected = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ]
        .filter((el) => el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(expected.some((html) => html.startsWith('<summary'))).toBe(true);
    const seen: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        // The first line box: a link that wraps has a gap in its bounding box.
        const line = el.getClientRects()[0] ?? r;
        const x = Math.min(Math.max(line.left + Math.min(4, line.width / 2), 0), window.innerWidth - 1);
        const y = Math.min(Math.max(line.top + line.height / 2, 0), window.innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        return {
          html: el.outerHTML.slice(0, 80),
          inView: r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
          ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
          uncovered: !!hit && (el === hit || el.contains(hit)),
        };
      });
      seen.push(info.html);
      if (!info.inView) problems.push(`${info.html} out of view`);
      if (!info.ring) problems.push(`${info.html} has no focus ring`);
      if (!info.uncovered) problems.push(`${info.html} is covered`);
    }
    expect(seen).toEqual(expected);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has a skip link first that jumps to the story', async () => {
    const page = await open(viewport);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'story');
    await page.close();
  });

  it('reaches every step with the keyboard alone (Space / PageDown)', async () => {
    const page = await open(viewport);
    // Record every step that becomes active, however briefly.
    await page.evaluate(() => {
      const w = window as unknown as { __visited: string[] };
      const scrolly = document.querySelector('.scrolly')!;
      w.__visited = [scrolly.getAttribute('data-active') ?? ''];
      new MutationObserver(() => w.__visited.push(scrolly.getAttribute('data-active') ?? '')).observe(scrolly, {
        attributes: true,
        attributeFilter: ['data-active'],
      });
    });
    for (let i = 0; i < 60 && !(await atEnd(page)); i++) {
      const from = await page.evaluate(() => window.scrollY);
      await page.keyboard.press(i % 2 ? 'PageDown' : 'Space');
      await scrollStops(page, from);
    }
    expect(await atEnd(page)).toBe(true);
    const visited = new Set(await page.evaluate(() => (window as unknown as { __visited: string[] }).__visited));
    expect([...visited].sort()).toEqual(steps.map((s) => s.id).sort());
    await page.close();
  });
});

/** True once the page is scrolled to its end. */
const atEnd = (page: Page) =>
  page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);

/**
 * Waits until a key's scroll has moved the page from `from` and come to rest (three frames
 * still), or 120 frames have passed without it (the caller then finds the page short of its end).
 */
const scrollStops = (page: Page, from: number) =>
  page.evaluate(
    (start) =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        let frames = 0;
        const tick = () => {
          const y = window.scrollY;
          still = y === last && y !== start ? still + 1 : 0;
          last = y;
          if (still >= 3 || ++frames > 120) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    from,
  );

/** Text elements that stick out of the viewport sideways, or that clip their own text. */
const clipped = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw)
      out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`);
    for (const el of document.querySelectorAll<HTMLElement>(
      'main p, main h1, main h2, main li, main a, main time, header *, .timeline-focus li',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).position === 'absolute') continue;
      if (r.right > vw + 1 || r.left < -1) out.push(`${el.tagName}.${el.className} leaves the viewport`);
      const cs = getComputedStyle(el);
      if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName}.${el.className} clips its text`);
    }
    return out;
  });

describe.skipIf(!chromiumPath)('reflow and text size', () => {
  it('at 320 CSS px (400% zoom of 1280) nothing scrolls sideways or leaves the screen', async () => {
    const page = await open({ width: 320, height: 640 });
    expect(await clipped(page)).toEqual([]);
    await page.close();
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('at 200% text size ($width px) nothing is clipped', async (viewport) => {
    const page = await open(viewport);
    // Through the CSSOM: the shipped CSP refuses an added <style>, as it should.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await clipped(page)).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)('reduced motion', () => {
  it('runs no transition: states jump to their end values, and nothing moves on its own', async () => {
    const page = await open({ width: 1280, height: 800, reducedMotion: 'reduce' });
    for (const s of [steps[3]!, steps[11]!, steps[0]!]) {
      await scrollToStep(page, s.id);
      // The story shows the step, and so does the graphic (which follows it in a transition).
      await page.waitForFunction(
        (id) =>
          document.querySelector('.scrolly')?.getAttribute('data-active') === id &&
          document.querySelector('.scrolly__graphic')?.getAttribute('data-shows') === id,
        s.id,
      );
      const frames = await page.evaluate(
        () =>
          new Promise<{ running: number; transform: string }[]>((resolve, reject) => {
            const out: { running: number; transform: string }[] = [];
            // The zoom: the drawing's transform, which the map's motion sets frame by frame.
            const zoom = document.querySelector('.scrolly .map-zoom');
            if (!zoom) return reject(new Error('no map drawing'));
            const tick = () => {
              out.push({
                running: document.getAnimations().filter((a) => a.playState === 'running').length,
                transform: `${zoom.getAttribute('transform')} ${document.querySelector('.scrolly .map-words')?.getAttribute('opacity')}`,
              });
              if (out.length < 12) requestAnimationFrame(tick);
              else resolve(out);
            };
            requestAnimationFrame(tick);
          }),
      );
      // From the first frame on: no running animation, and the zoom already at its end.
      expect(frames.every((f) => f.running === 0)).toBe(true);
      expect(new Set(frames.slice(1).map((f) => f.transform)).size, JSON.stringify(frames)).toBe(1);
    }
    // Nothing moves on its own: a second later (60 frames, counted, not timed) the same pixels.
    const a = await page.screenshot();
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let n = 0;
          const tick = () => (++n >= 60 ? resolve(null) : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    const b = await page.screenshot();
    expect(a.equals(b)).toBe(true);
    await page.close();
  });
});
