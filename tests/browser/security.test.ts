// Hardening, in Chromium, with the site served under the policy it ships (public/_headers):
// zero CSP violations and no request leaving the site in every mode and edition; a sample of the
// hostile addresses (all of them go through the parsers in tests/unit/addresses.test.ts) that
// render the story and reflect nothing; the story without JavaScript in every
// edition; a graphic that follows 500 random jumps.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { locales, localeIds } from '../../src/data/copy';
import { makeT } from '../../src/data/copy/text';
import { chromiumPath, collectErrors, setupSite, waitLive } from './harness';
import { hostileAddresses, sampleAddresses } from '../hostile';

const site = setupSite();

type Watch = { violations: () => Promise<string[]>; requests: string[]; errors: string[] };

/** A context that records every request, error and CSP violation of its pages. */
const watch = async (context: BrowserContext): Promise<Watch> => {
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => collectErrors(p, { into: errors }));
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const pages: Page[] = [];
  context.on('page', (p) => pages.push(p));
  return {
    requests,
    errors,
    violations: async () =>
      (
        await Promise.all(
          pages
            .filter((p) => !p.isClosed())
            .map((p) => p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])),
        )
      ).flat(),
  };
};

const sameOrigin = (requests: string[]) => {
  const origin = new URL(site.url()).origin;
  return requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin);
};

describe.skipIf(!chromiumPath)('under the shipped Content-Security-Policy', () => {
  it('serves the policy from public/_headers', async () => {
    const response = await fetch(site.url());
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it.each(localeIds)(
    'the %s edition: print, presentation and embed with no violation and no request elsewhere',
    async (locale) => {
      const context = await site
        .browser()
        .newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      const w = await watch(context);
      const page = await context.newPage();
      const dir = locale === 'en' ? '' : `${locale}/`;
      await page.goto(`${site.url()}${dir}`);
      await waitLive(page);
      // (The scroll story step by step, under this policy, is walked in walk.ts.)
      // Print.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForSelector('.handout__figure .map', { state: 'attached' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      // Presentation, with its lazy code and styles.
      await page.goto(`${site.url()}${dir}?present#capture`);
      await page.waitForSelector('.present .map[data-live]');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('?');
      await page.keyboard.press('Escape');
      // The embed page, stepping.
      await page.goto(`${site.url()}${dir}embed.html`);
      await waitLive(page);
      for (let i = 0; i < 3; i++) await page.locator('.stepper button').last().click();
      expect(await w.violations()).toEqual([]);
      expect(sameOrigin(w.requests)).toEqual([]);
      expect(w.errors).toEqual([]);
      await context.close();
    },
  );
});

describe.skipIf(!chromiumPath)('hostile addresses', () => {
  it(`renders the story for ${sampleAddresses.length} of them, reflecting nothing and logging no error`, async () => {
    expect(sampleAddresses.every((c) => hostileAddresses.includes(c))).toBe(true);
    const context = await site.browser().newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const w = await watch(context);
    const page = await context.newPage();
    const failures: string[] = [];
    for (const c of sampleAddresses) {
      const name = c.length > 80 ? `${c.slice(0, 80)}…` : c;
      w.errors.length = 0;
      await page.goto(site.url() + c);
      // Live (or presenting): the address has been read and acted on.
      const live = await page
        .waitForFunction(() => !!document.querySelector('.scrolly[data-live], .map[data-live], .present'), undefined, {
          timeout: 15_000,
        })
        .then(
          () => true,
          () => false,
        );
      if (!live) failures.push(`${name}: never came alive (${w.errors.join('; ').slice(0, 200)})`);
      const state = await page.evaluate(() => ({
        // A slide in presentation mode, or the whole story.
        story: document.querySelector('.present')
          ? (document.querySelector('.present__heading')?.textContent ?? '').length > 3
          : (document.getElementById('story')?.textContent ?? '').length > 5000,
        html: document.documentElement.outerHTML,
      }));
      if (!state.story) failures.push(`${name}: the story is missing`);
      if (/kxm/i.test(state.html)) failures.push(`${name}: reflected into the page`);
      if (w.errors.length) failures.push(`${name}: ${w.errors.join('; ').slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await w.violations()).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('without JavaScript', () => {
  it.each(localeIds)('the %s edition reads in full: every step, the timeline, the sources', async (locale) => {
    const context = await site
      .browser()
      .newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url()}${locale === 'en' ? '' : `${locale}/`}`);
    const copy = locales[locale];
    const t = makeT(copy);
    const text = await page.evaluate(() => document.body.innerText);
    const missing = steps.filter((s) => !text.includes(t(copy.steps[s.id].heading))).map((s) => s.id);
    expect(missing).toEqual([]);
    expect(await page.locator('.timeline-list li').count()).toBeGreaterThan(10);
    expect(await page.locator('.source-list li').count()).toBeGreaterThan(20);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    // A static map, and nothing the CSP would refuse: no style attribute anywhere.
    expect(await page.locator('.map path.map-area').count()).toBeGreaterThan(50);
    expect(await page.locator('[style]').count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('fast and hostile scrolling', () => {
  it('ends every burst of random jumps (500 in all) with the graphic of the step on screen', async () => {
    // With motion: jumps interrupt transitions halfway.
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await page.goto(site.url());
    await waitLive(page);
    const wrong: string[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // Five bursts of a hundred: each ends waiting for the story to settle, the jumps are what count.
    for (let burst = 0; burst < 5; burst++) {
      const ys = Array.from({ length: 100 }, () => random());
      await page.evaluate(async (fractions) => {
        const max = document.querySelector('.scrolly')!.getBoundingClientRect().height;
        const top = document.querySelector('.scrolly')!.getBoundingClientRect().top + window.scrollY;
        for (const f of fractions) {
          window.scrollTo(0, top + f * max);
          await new Promise((r) => setTimeout(r, f < 0.5 ? 0 : 5));
        }
      }, ys);
      // The step under the reading line once the jumps stop; the story must come to it.
      const expected = await page.evaluate(() => {
        const line = document.documentElement.clientHeight / 2;
        const on = [...document.querySelectorAll<HTMLElement>('.step')].filter(
          (s) => s.getBoundingClientRect().top <= line,
        );
        return on.at(-1)?.id ?? document.querySelector('.step')!.id;
      });
      const view = steps.find((s) => s.id === expected)!.graphic.map.view;
      const arrived = await page
        .waitForFunction(
          ({ id, v }) =>
            document.querySelector('.scrolly')?.getAttribute('data-active') === id &&
            document.querySelector('.scrolly .map')?.getAttribute('data-view') === v &&
            document.querySelector('.scrolly .graphic[data-settled]') !== null,
          { id: expected, v: view },
          { timeout: 5_000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (!arrived)
        wrong.push(
          `burst ${burst}: expected ${expected}, shows ${await page.evaluate(() => document.querySelector('.scrolly')?.getAttribute('data-active'))}`,
        );
    }
    expect(wrong).toEqual([]);
  });
});
