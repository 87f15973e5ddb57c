// Start-up order: the prerendered words paint before the app is even requested. A page requests
// no script before its first paint: its entry follows it (scripts/bootstrap.mjs). The embed
// requests only its small entry (with its link to the parent page) at once. The components, the words' chunk
// and the graphic follow. Guards the LCP work in docs/performance.md. (That the editions make no
// Intl formatter in the browser is checked in every walk, walk.ts.) The graphic's code follows
// the reader's first input (src/islands/intent.ts), at once on a page opened at a later step.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, collectErrors, setupSite, waitLive } from './harness';
import { localeDir, localeIds } from '../../src/routing/lang';

const site = setupSite();

describe.skipIf(!chromiumPath)('start-up', () => {
  it.each([...localeIds.map(localeDir), 'embed.html'])(
    'paints /%s before requesting the app, then hydrates',
    async (path) => {
      const page = await site.newPage({ viewport: { width: 390, height: 844 } });
      const errors = collectErrors(page);
      await page.goto(site.url() + path);
      if (path === 'embed.html') await page.waitForSelector('.scrolly[data-live]');
      else await waitLive(page);
      const timing = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .map((r) => ({ file: r.name.split('/').pop()!, start: r.startTime }));
        return { fcp, scripts };
      });
      expect(Number.isFinite(timing.fcp)).toBe(true);
      const before = timing.scripts.filter((s) => s.start < timing.fcp).map((s) => s.file);
      if (path === 'embed.html') {
        // The embed requests its entry, with its link to the parent page (which reports the frame's
        // height at once), and the page's entry it runs first: nothing of the components, the app,
        // the words or the graphic.
        expect(before.filter((f) => !/^protocol-/.test(f)).sort()).toEqual([
          expect.stringMatching(/^boot-/),
          expect.stringMatching(/^embed-boot-/),
        ]);
      } else {
        // A page requests no script at all before its words are painted (scripts/bootstrap.mjs).
        expect(before).toEqual([]);
        expect(timing.scripts.some((s) => s.file.startsWith('boot-') && s.start >= timing.fcp)).toBe(true);
      }
      expect(timing.scripts.some((s) => s.file.startsWith('main-') && s.start > timing.fcp)).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  /** The scripts the page has requested so far, by file name. */
  const requested = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!));
  const GRAPHIC = /^(LoadedGraphic|map-data|features)-/;

  it.each(['', 'embed.html'])(
    "/%s fetches the graphic's code only when the reader goes on, and brings it to life then",
    async (path) => {
      const page = await site.newPage({ viewport: { width: 390, height: 844 } });
      const errors = collectErrors(page);
      await page.goto(site.url() + path);
      await page.waitForSelector('.scrolly[data-live]');
      await page.waitForLoadState('networkidle');
      // The story is live (it follows the scroll), the graphic still the prerendered first step's.
      expect((await requested(page)).filter((f) => GRAPHIC.test(f))).toEqual([]);
      expect(await page.locator('.scrolly .map[data-live]').count()).toBe(0);
      expect(await page.locator('.scrolly .map path').count()).toBeGreaterThan(0);
      await page.mouse.move(200, 400);
      await page.mouse.wheel(0, 120);
      await page.waitForSelector('.scrolly .map[data-live]');
      expect((await requested(page)).filter((f) => GRAPHIC.test(f)).length).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
    },
  );

  it('brings the graphic to life without any input on a page opened at a later step', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectErrors(page);
    await page.goto(`${site.url()}#seoul`);
    await page.waitForSelector('.scrolly .map[data-live]');
    await page.waitForFunction(() => document.querySelector('.scrolly')?.getAttribute('data-active') === 'seoul');
    expect(errors).toEqual([]);
  });

  // The lists after the story (timeline, glossary and questions, sources, corrections) are laid out
  // only as the reader comes near them, an entry at a time (`content-visibility: auto`,
  // src/styles/article.css): on load the browser lays out the story, not tens of thousands of words
  // below it, and scrolling lays out a few entries at once, not a whole list in one task. Scrolling
  // down through them a screen at a time moves nothing on screen; every list is laid out, and each
  // had its first entry laid out while its last was not yet.
  it.each(localeIds.map(localeDir))(
    '/%s lays out the lists after the story only as the reader nears them',
    async (path) => {
      const page = await site.newPage({ viewport: { width: 390, height: 844 } });
      const errors = collectErrors(page);
      await page.goto(site.url() + path);
      await page.waitForSelector('.scrolly[data-live]');
      const laidOut = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.timeline-list, .classroom, .source-list, .corrections')].map(
            (s) => s.querySelector('li > *, dd')?.checkVisibility({ contentVisibilityAuto: true }) ?? null,
          ),
        );
      expect(await laidOut()).toEqual([false, false, false, false]);
      // Each list laid out while it is on screen, and nothing on screen moving.
      const { shift, seen, inParts } = await page.evaluate(async () => {
        let shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) shift += e.value;
        }).observe({ type: 'layout-shift' });
        const lists = [...document.querySelectorAll('.timeline-list, .classroom, .source-list, .corrections')];
        const seen = lists.map(() => false);
        // An entry's contents (the entry itself is what the browser holds at an estimate).
        const laid = (el: Element | null | undefined) => el?.checkVisibility({ contentVisibilityAuto: true }) ?? false;
        const entries = (s: Element) => [...s.querySelectorAll('li > *, dd')];
        const inParts = lists.map(() => false);
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const start = (lists[0]?.getBoundingClientRect().top ?? 0) + scrollY - innerHeight;
        for (let y = start; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await frame();
          lists.forEach((s, i) => {
            const box = s.getBoundingClientRect();
            if (box.top < innerHeight && box.bottom > 0) seen[i] ||= laid(s.querySelector('li > *, dd'));
            inParts[i] ||= laid(entries(s)[0]) && !laid(entries(s).at(-1));
          });
        }
        await frame();
        return { shift, seen, inParts };
      });
      expect(shift).toBe(0);
      expect(seen).toEqual([true, true, true, true]);
      expect(inParts).toEqual([true, true, true, true]);
      expect(errors).toEqual([]);
    },
  );
});
