// Old browsers: without ResizeObserver or matchMedia the page falls back
// to a flat layout with a still graphic per step.
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { chromiumPath, collectErrors, setupSite } from './harness';

const site = setupSite();

describe.skipIf(!chromiumPath)('an old browser', () => {
  it('without ResizeObserver and matchMedia gets every step with a still graphic', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w.ResizeObserver;
      delete w.matchMedia;
    });
    await page.goto(site.url());
    await page.waitForSelector('.handout--screen');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.handout--screen .handout__figure .map__svg').length === n,
      steps.length,
    );
    for (const s of steps)
      expect(await page.getByRole('heading', { name: en.steps[s.id].heading }).isVisible(), s.id).toBe(true);
    expect(await page.locator('.scrolly').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
