// The browser tests run in Chromium's headless shell (serve.ts), which lacks the full browser's
// settings, among them the faces it gives the generic `serif` and `sans-serif` for each script. So
// that what the tests measure is what the full browser shows, every edition must be set in the
// same faces and laid out to the same heights in both: read here from the page without scripts
// (the prerendered article, map and timeline) at a phone's width, where lines are shortest and a
// face's widths change their breaks most.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { localeDir, localeIds } from '../../src/routing/lang';
import { chromiumPath, setupSite } from './harness';

const site = setupSite();
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const shell = !!chromiumPath?.endsWith('headless-shell');
if (shell && !FULL && process.env.CI === 'true')
  throw new Error('[engine] no full Chromium to compare the headless shell with: apt-get install -y chromium');

/**
 * Text whose faces are read: the story's words, a heading (bold), a quote's original, a map label
 * (bold), the other editions' names in the language switch (Hangul in a page
 * in another language); each edition has the first four.
 */
const SAMPLES = [
  '.step__body',
  '.step__heading',
  '.step__quote blockquote p',
  '.map-label',
  '.lang-switch [lang="ko"]',
  '.lang-switch [lang="uk"]',
];

/** The faces each sample's glyphs were drawn with, and the heights of the page and of every card. */
const read = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const faces: Record<string, string> = {};
  for (const selector of SAMPLES) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) continue;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    faces[selector] = fonts.map((f) => f.postScriptName || f.familyName).join(' + ');
  }
  const heights = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.step__card')].map(
      (el) => Math.round(el.getBoundingClientRect().height * 10) / 10,
    ),
  );
  return { faces, heights };
};

const layouts = async (browser: Browser) => {
  const out: Record<string, Awaited<ReturnType<typeof read>>> = {};
  for (const lang of localeIds) {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    try {
      await page.goto(`${site.url()}${localeDir(lang)}`);
      await page.evaluate(() => document.fonts.ready);
      out[lang] = await read(page);
    } finally {
      await page.close();
    }
  }
  return out;
};

describe.skipIf(!shell || !FULL)('the headless shell the tests run in', () => {
  it('sets every edition in the faces the full browser uses, at the same heights', async () => {
    const full = await chromium.launch({ executablePath: FULL, args: CHROMIUM_FLAGS });
    try {
      const inFull = await layouts(full);
      const inShell = await layouts(site.browser());
      // The samples every edition has were found, and drawn.
      for (const seen of Object.values(inShell))
        for (const selector of SAMPLES.slice(0, 4)) expect(seen.faces[selector], selector).toMatch(/\w/);
      expect(inShell).toEqual(inFull);
    } finally {
      await full.close();
    }
  });
});
