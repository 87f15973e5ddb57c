// The embed's height on a publisher's page, timed: the frame where an article puts it (1,200 px
// down, below the first screen), on another site (the page from 127.0.0.1, the explainer from
// localhost, so the frame runs in a process of its own and is throttled out of view as on a news
// site), inside our loader, the real Pym.js Parent (with and without `trackscroll`) and the real
// @newswire/frames parent. The frame must fit its content within 500 ms of the page's `load`, or
// of the frame's when the browser starts the lazy frame later (1,500 ms with the CPU slowed 4×,
// page and frame), and keep that height when the reader scrolls to it and the app comes alive:
// no height taken back, no layout shift.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumPath, collectErrors, readerGoesOn, readerGoesOnInFrame, setupSite } from './harness';
import { RESERVED } from '../../src/embed/snippets';
import { localeDir, localeIds } from '../../src/routing/lang';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
const FRAMES = readFileSync(join(dirname(require.resolve('@newswire/frames')), 'frames.umd.js'), 'utf8');

const site = setupSite();

/** Where the frame's top sits on the publisher's page. */
const FRAME_TOP = 1200;

type Kind = 'loader' | 'pym' | 'pym-track' | 'frames';

const embedFor = (kind: Kind, explainer: string) =>
  ({
    loader: `<div data-kursk-explainer></div><script src="${explainer}embed.js" async></script>`,
    pym: `<div id="box"></div><script src="/pym.js"></script>
      <script>new pym.Parent('box', '${explainer}embed.html', { title: 'Explainer' });</script>`,
    'pym-track': `<div id="box"></div><script src="/pym.js"></script>
      <script>new pym.Parent('box', '${explainer}embed.html', { title: 'Explainer', trackscroll: true });</script>`,
    frames: `<div id="box" data-frame-src="${explainer}embed.html" data-frame-attribute-title="Explainer"></div>
      <script src="/frames.js"></script><script>newswireFrames.autoInitFrames();</script>`,
  })[kind];

/**
 * The publisher's page. From its first line it records, in its own clock: its `load` event, every
 * height the iframe takes (a ResizeObserver on it, which runs: this page is on screen), every
 * message the frame sends, and every layout shift.
 */
const hostPage = (kind: Kind, explainer: string, box = '') => `<!doctype html><html lang="en"><head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>A news article</title><link rel="icon" href="data:,">
  <style>body{margin:0;font:18px/1.5 Georgia,serif} .lede{height:${FRAME_TOP}px;margin:0;padding:1rem;box-sizing:border-box}
  #wrap{${box}}</style>
  <script>
    window.__host = { load: null, heights: [], sizes: 0, log: [], shifts: [] };
    addEventListener('load', () => { __host.load = performance.now(); });
    addEventListener('message', (e) => {
      if (document.querySelector('iframe')?.contentWindow !== e.source) return;
      // Pym's "height" and frames' "embed-size": the frame telling its height.
      if (/xPYMxheightxPYMx/.test(e.data) || e.data?.type === 'embed-size') __host.sizes++;
      __host.log.push(Math.round(performance.now()) + ' ' + JSON.stringify(e.data).slice(0, 80));
    });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) __host.shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((_, mo) => {
      const f = document.querySelector('iframe');
      if (!f) return;
      mo.disconnect();
      new ResizeObserver(() => __host.heights.push({ h: f.getBoundingClientRect().height, t: performance.now() })).observe(f);
    }).observe(document.documentElement, { childList: true, subtree: true });
  </script></head>
  <body><p class="lede">The publisher's article, a screen and a half of it before the explainer.</p>
  <div id="wrap">${embedFor(kind, explainer)}</div>
  <p style="height:3000px">More of the article.</p></body></html>`;

let server: Server | undefined;
let hostUrl = '';
/** Extra CSS for the frame's container, by test: `?box=` picks one. */
const BOXES: Record<string, string> = { '': '', zero: 'width:0', hidden: 'display:none' };

beforeAll(async () => {
  if (!chromiumPath) return;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/pym.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
    if (url.pathname === '/frames.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(FRAMES);
    const kind = url.pathname.slice(1) as Kind;
    const box = BOXES[url.searchParams.get('box') ?? ''];
    if (!['loader', 'pym', 'pym-track', 'frames'].includes(kind) || box === undefined)
      return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(kind, site.url(), box));
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  const address = server.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

type Host = {
  load: number | null;
  heights: { h: number; t: number }[];
  /** How many messages from the frame told its height. */
  sizes: number;
  /** Every message from the frame: when (ms) and what (its first 80 characters). */
  log: string[];
  shifts: number[];
};
const readHost = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host);

/**
 * Slows the CPU `rate` times on the page and on every frame it opens in another process (each
 * is a target of its own: it is held at its start until it is throttled too).
 */
const throttle = async (page: Page, rate: number) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  let id = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, waitingForDebugger }) => {
    const send = (method: string, params: object = {}) =>
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) });
    void send('Emulation.setCPUThrottlingRate', { rate })
      .then(() => (waitingForDebugger ? send('Runtime.runIfWaitingForDebugger') : undefined))
      .catch(() => {});
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
};

const frameOf = async (page: Page): Promise<Frame> => {
  const frame = await (await page.waitForSelector('iframe', { state: 'attached' })).contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
};

const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** The iframe's height at host time `t`: the last one it took by then. */
const heightAt = (host: Host, t: number) => host.heights.filter((e) => e.t <= t).at(-1)?.h ?? 0;

/** Scrolls the host page down to the frame as a reader does, a third of a screen at a time. */
const scrollToFrame = async (page: Page) => {
  for (;;) {
    const top = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
    if (top <= 0) return;
    await page.mouse.wheel(0, Math.min(top, 280));
    await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().top < before, top);
  }
};

const KINDS: readonly Kind[] = ['loader', 'pym', 'pym-track', 'frames'];
const CASES = [1, 4].flatMap((rate) =>
  KINDS.flatMap((kind) => [390, 1280].map((width) => ({ kind, width, rate, deadline: rate === 1 ? 500 : 1500 }))),
);

describe.skipIf(!chromiumPath)('the embed below the fold', () => {
  it.each(CASES)(
    'fits at once in $kind at $width px, CPU ÷$rate, and keeps that height when the reader arrives',
    async ({ kind, width, rate, deadline }) => {
      const page = await site.newPage({ viewport: { width, height: width < 900 ? 844 : 800 } });
      const errors = collectErrors(page);
      if (rate > 1) await throttle(page, rate);
      await page.goto(hostUrl + kind);
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
    await page.goto(`${hostUrl}frames?box=${box}`);
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
    await page.goto(hostUrl + 'loader');
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
