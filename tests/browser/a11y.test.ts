// Accessibility in a real browser: reflow at 320 px and 200% text; no motion when reduced motion
// is asked for. axe-core runs in the walks (light, every step, every edition and size: walk.ts)
// and in the dark walks (graphic.test.ts); keyboard-only reading is in keyboard.test.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { chromiumPath, openLive, scrollToStep, setupSite } from './harness';

const site = setupSite();

const open = (options: { width: number; height: number; reducedMotion?: 'reduce' | 'no-preference' }) =>
  openLive(site, options);

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
            // The zoom: the drawing's transform, which the map's motion sets (and its box's, which
            // a move turns and scales on the compositor), and the words' opacity.
            const zoom = document.querySelector<SVGGElement>('.scrolly .map-zoom');
            if (!zoom) return reject(new Error('no map drawing'));
            const tick = () => {
              const m = zoom.getScreenCTM();
              out.push({
                running: document.getAnimations().filter((a) => a.playState === 'running').length,
                transform: `${m ? [m.a, m.b, m.c, m.d, m.e, m.f].map((v) => v.toFixed(3)).join(' ') : ''} ${document.querySelector('.scrolly .map-words')?.getAttribute('opacity')}`,
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
