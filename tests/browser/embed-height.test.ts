// The embed's height on a publisher's page (tests/browser/hosts.ts), timed: the frame where an
// article puts it (1,200 px down, below the first screen), on another site (the page from
// 127.0.0.1, the explainer from localhost, so the frame runs in a process of its own and is
// throttled out of view as on a news site), inside our loader, the real Pym.js Parent (with and without `trackscroll`) and the real
// @newswire/frames parent. The frame must fit its content within 500 ms of the page's `load`, or
// of the frame's when the browser starts the lazy frame later (1,500 ms with the CPU slowed 4×,
// page and frame, at a phone's width), and keep that height when the reader scrolls to it and the app comes alive:
// no height taken back, no layout shift.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumPath, collectErrors, readerGoesOn, readerGoesOnInFrame } from './harness';
import { RESERVED } from '../../src/embed/snippets';
import { localeDir, localeIds } from '../../src/routing/lang';
import {
  contentHeight,
  FRAME_TOP,
  frameOf,
  heightAt,
  readHost,
  scrollToFrame,
  setupHosts,
  throttle,
  type Host,
  type Kind,
} from './hosts';

const hosts = setupHosts();
const { site } = hosts;

const KINDS: readonly Kind[] = ['loader', 'pym', 'pym-track', 'frames'];
// Every parent at a phone's and a desktop's width at full speed, and at the phone's width with
// the CPU slowed 4× (a slow phone; the desktop layout is the same code, timed at full speed).
const CASES = [
  ...KINDS.flatMap((kind) => [390, 1280].map((width) => ({ kind, width, rate: 1, deadline: 500 }))),
  ...KINDS.map((kind) => ({ kind, width: 390, rate: 4, deadline: 1500 })),
];

describe.skipIf(!chromiumPath)('the embed below the fold', () => {
  it.each(CASES)(
    'fits at once in $kind at $width px, CPU ÷$rate, and keeps that height when the reader arrives',
    async ({ kind, width, rate, deadline }) => {
      const page = await site.newPage({ viewport: { width, height: width < 900 ? 844 : 800 } });
      const errors = collectErrors(page);
      if (rate > 1) await throttle(page, rate);
      await page.goto(hosts.url() + kind);
      const frame = await frameOf(page);
      expect(await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top)).toBe(FRAME_TOP);
      // The deadline runs from the page's `load` or the frame's, whichever comes later, in the
      // page's own clock: a lazy frame's `load` may come after the page's (the browser starts
      // it when it decides the frame is near), and nothing in the frame runs before it starts.
      const frameLoad = await frame.evaluate(async () => {
        if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
        await new Promise((r) => setTimeout(r));
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return performance.timeOrigin + nav.loadEventStart;
      });
      const start = await page.waitForFunction((frameLoad) => {
        const load = (window as unknown as { __host: Host }).__host.load;
        return load !== null && Math.max(load, frameLoad - performance.timeOrigin);
      }, frameLoad);
      const from = (await start.jsonValue()) as number;
      await page.waitForFunction((at) => performance.now() >= at, from + deadline, { polling: 'raf' });
      const atDeadline = await readHost(page);
      const fitted = heightAt(atDeadline, from + deadline);
      expect(
        Math.abs(fitted - (await contentHeight(frame))),
        `${kind}: ${fitted} px at the deadline`,
      ).toBeLessThanOrEqual(2);

      const settled = fitted;
      const before = atDeadline.heights.length;
      await scrollToFrame(page);
      // Live: hydrated, the graphic drawn and settled.
      await readerGoesOnInFrame(page, frame);
      await frame.waitForFunction(() => document.querySelector('.scrolly[data-live] .graphic[data-settled]') !== null);
      const after = await readHost(page);
      const later = after.heights.slice(before).map((e) => e.h);
      for (const h of later) expect(Math.abs(h - settled), `${kind}: ${settled} then ${h}`).toBeLessThanOrEqual(2);
      expect(Math.abs(heightAt(after, Infinity) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
      expect(after.shifts, 'layout shifts on the host page').toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

/** Waits until the iframe's height matches its content (both read again each time). */
const expectFit = async (page: Page, frame: Frame) =>
  expect
    .poll(
      async () =>
        Math.abs(
          (await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)) -
            (await contentHeight(frame)),
        ),
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);

describe.skipIf(!chromiumPath)('the embed height, given a hard time', () => {
  it.each([
    { box: 'zero', show: 'width:auto', why: 'a frame 0 px wide, widened' },
    { box: 'hidden', show: 'display:block', why: 'a frame in display:none, shown' },
  ])('converges for $why', async ({ box, show }) => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectErrors(page);
    await page.goto(`${hosts.url()}frames?box=${box}`);
    const frame = await frameOf(page);
    await page.waitForFunction(() => (window as unknown as { __host: Host }).__host.load !== null);
    await page.evaluate((css) => document.getElementById('wrap')!.setAttribute('style', css), show);
    await expectFit(page, frame);
    expect(Math.abs((await contentHeight(frame)) - RESERVED.en.phone)).toBeLessThan(RESERVED.en.phone * 0.03);
    expect(errors).toEqual([]);
  });

  it('converges after 100 resizes in a second, and then sends nothing more', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    // Counts, in every frame, the timer callbacks that ran after a wait of exactly IDLE_EVERY
    // (a second): the embed's idle checks of its height, once its burst of checks is over.
    await page.addInitScript(() => {
      const w = window as unknown as { __idleChecks: number };
      w.__idleChecks = 0;
      const set = window.setTimeout.bind(window);
      window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) =>
        set(
          () => {
            if (ms === 1000) w.__idleChecks++;
            fn();
          },
          ms,
          ...rest,
        )) as typeof setTimeout;
    });
    await page.goto(hosts.url() + 'loader');
    const frame = await frameOf(page);
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const wrap = document.getElementById('wrap')!;
          let n = 0;
          const next = () => {
            wrap.style.width = `${300 + ((n * 137) % 980)}px`;
            if (++n < 100) setTimeout(next, 10);
            else {
              wrap.style.width = '';
              done();
            }
          };
          next();
        }),
    );
    // Out of view, the frame never paints, so its app starts on its three-second timer: the
    // height to converge to is the live page's.
    await frame.waitForSelector('.scrolly[data-live]', { state: 'attached' });
    await expectFit(page, frame);
    // No loop: while the frame checks its height twice more with nothing changed, it tells its
    // height no more.
    const { sizes: sent, log } = await readHost(page);
    const checks = await frame.evaluate(() => (window as unknown as { __idleChecks: number }).__idleChecks);
    // (Polled on a timer: a frame out of view gets no animation frames to poll on.)
    await frame.waitForFunction((n) => (window as unknown as { __idleChecks: number }).__idleChecks >= n + 2, checks, {
      polling: 100,
    });
    const after = await readHost(page);
    expect(
      after.sizes,
      `more heights after these messages:\n${log.slice(-6).join('\n')}\nthen:\n${after.log.slice(log.length).join('\n')}`,
    ).toBe(sent);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('the prerendered embed', () => {
  it.each(localeIds)('is the height it will be live, and what the snippets reserve (%s)', async (lang) => {
    const dir = localeDir(lang);
    for (const width of [390, 1280]) {
      const heights: number[] = [];
      for (const scripts of [false, true]) {
        const page = await site.newPage({ viewport: { width, height: 800 } });
        if (!scripts) await page.route('**/*.js', (r) => r.abort());
        await page.goto(`${site.url()}${dir}embed.html`);
        if (scripts) {
          await readerGoesOn(page);
          await page.waitForSelector('.scrolly[data-live] .graphic[data-settled]');
        } else await page.evaluate(() => document.fonts.ready);
        heights.push(await page.evaluate(() => document.documentElement.getBoundingClientRect().height));
        await page.close();
      }
      const [prerendered, live] = heights as [number, number];
      expect(Math.abs(prerendered - live), `${lang} at ${width}: ${prerendered} vs ${live}`).toBeLessThanOrEqual(1);
      const reserved = width === 390 ? RESERVED[lang].phone : RESERVED[lang].desktop;
      expect(
        Math.abs(reserved - live) / live,
        `${lang} at ${width}: reserved ${reserved}, is ${live} (src/data/copy/ids.ts)`,
      ).toBeLessThan(0.03);
    }
  });
});
