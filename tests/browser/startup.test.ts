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
});
