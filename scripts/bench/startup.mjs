// Start-up: the JavaScript a reader downloads, by when.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

/**
 * The explainer at 390×844, loaded as a reader opens it: the JavaScript (gzip bytes as served)
 * requested before the first contentful paint, downloaded before the reader's first input
 * (once the story is live and the network has been quiet for a second), and downloaded once
 * that input (a key press) has brought the graphic to life.
 */
export const startupRun = async ({ chrome: CHROME, url }) => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.js'))
        .map((r) => ({
          file: new URL(r.name).pathname.split('/').pop(),
          start: r.startTime,
          bytes: r.encodedBodySize,
        })),
    );
  /** Resolves once no request has started or ended for `ms` (the page's own resource timings). */
  const quiet = async (ms) => {
    for (let last = ''; ;) {
      const now = JSON.stringify(await scripts());
      if (now === last) return JSON.parse(now);
      last = now;
      await page.waitForTimeout(ms);
    }
  };
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('.scrolly[data-live]') !== null);
  const before = await quiet(1000);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.querySelector('.scrolly .map[data-live]') !== null);
  const after = await quiet(1000);
  await browser.close();
  const sum = (list) => list.reduce((t, r) => t + r.bytes, 0);
  return {
    beforeFcp: sum(before.filter((r) => r.start < fcp)),
    beforeInput: sum(before),
    beforeInputFiles: before.map((r) => r.file),
    afterInput: sum(after),
  };
};
