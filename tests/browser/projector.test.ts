// Presentation mode on a classroom projector, in every edition: at 4:3 (1024×768) and 16:9
// (1920×1080) every slide keeps the map beside the words and at least 45% of the screen's height,
// the slide's words fit without scrolling or spilling sideways, the sources are 14 px or more, and
// at 1920×1080 every word of the graphic is 20 px or more. Screenshots of every slide go to
// test-results/ for review.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeIds } from '../../src/data/copy/ids';
import { slides } from '../../src/present/slides';
import { chromiumPath, collectErrors, labelTrouble, setupSite, waitSettled } from './harness';

const site = setupSite();

/** What a slide shows that a room needs: the map's share of the height, words that fit, sizes. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const vh = document.documentElement.clientHeight;
    const vw = document.documentElement.clientWidth;
    const map = document.querySelector('.present .map__svg')?.getBoundingClientRect();
    const text = document.querySelector<HTMLElement>('.present__text')!;
    const sideways = [...text.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.getBoundingClientRect().right > text.getBoundingClientRect().right + 1,
    );
    const sources = document.querySelector('.present__sources');
    return {
      mapShare: map ? map.height / vh : null,
      mapBesideText: map ? map.right <= text.getBoundingClientRect().left + 1 : null,
      textFits: text.scrollHeight <= text.clientHeight + 1,
      sideways: sideways.map((el) => el.tagName.toLowerCase()),
      pageFits: document.documentElement.scrollWidth <= vw && document.documentElement.scrollHeight <= vh,
      sourcesPx: sources ? parseFloat(getComputedStyle(sources).fontSize) : null,
      textPx: parseFloat(getComputedStyle(text).fontSize),
    };
  });

describe.skipIf(!chromiumPath).each(
  localeIds.flatMap((locale) => [
    { locale, width: 1024, height: 768 },
    { locale, width: 1920, height: 1080 },
  ]),
)('presentation mode, $locale, at $width×$height', ({ locale, ...viewport }) => {
  it('keeps the map beside the words, large enough for a room, and the words on the slide', async () => {
    mkdirSync('test-results', { recursive: true });
    const page = await site.newPage({ viewport });
    const errors = collectErrors(page);
    await page.goto(`${site.url()}${locale === 'en' ? '' : `${locale}/`}?present`);
    await page.waitForSelector('.present');
    const large = viewport.width >= 1920;
    const problems: string[] = [];
    let smallestText = Infinity;
    for (const [i, slide] of slides.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (id) => document.querySelector('.present')?.getAttribute('data-slide') === id,
        slide.id,
      );
      if (slide.kind === 'step') await waitSettled(page, '.present');
      await page.evaluate(() => document.fonts.ready);
      const m = await measure(page);
      const at = (p: string) => problems.push(`${slide.id}: ${p}`);
      if (slide.kind === 'step') {
        if (m.mapShare === null || m.mapShare < 0.45) at(`map ${((m.mapShare ?? 0) * 100).toFixed(0)}% of the height`);
        if (!m.mapBesideText) at('map not beside the words');
        problems.push(
          ...(await labelTrouble(page, '.present__graphic', large ? 20 : 12)).map((p) => `${slide.id}: ${p}`),
        );
      }
      // Every slide's sources, the glossary's and the questions' too, at 14 px or more.
      if ((m.sourcesPx ?? 0) < 14) at(`sources ${m.sourcesPx} px`);
      if (!m.textFits) at('words need scrolling');
      if (m.sideways.length) at(`words spill sideways (${m.sideways.join(', ')})`);
      if (!m.pageFits) at('the slide overflows the screen');
      smallestText = Math.min(smallestText, m.textPx);
      await page.screenshot({
        path: `test-results/present-${locale}-${viewport.width}x${viewport.height}-${String(i + 1).padStart(2, '0')}-${slide.id}.png`,
      });
    }
    console.info(
      `[projector] ${locale} ${viewport.width}×${viewport.height}: smallest slide text ${smallestText.toFixed(1)} px`,
    );
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
