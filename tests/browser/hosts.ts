// The publisher's page the embed-height tests time the frame on: the frame where an article puts
// it (FRAME_TOP px down, below the first screen), on another site (the page from 127.0.0.1, the
// explainer from localhost), inside our loader, the Pym.js Parent (with and without
// `trackscroll`) or @newswire/frames; it records every height the frame takes and every layout
// shift (`readHost`). And the tools the tests time it with: CPU throttling of the page and its
// frames, the frame's content height, a reader's scroll to it.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumPath, setupSite } from './harness';
import { FRAMES, PYM } from './parents';

/** Where the frame's top sits on the publisher's page. */
export const FRAME_TOP = 1200;

export type Kind = 'loader' | 'pym' | 'pym-track' | 'frames';

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

/** The publisher's pages on another origin (127.0.0.1), served for the file's tests: `url()` + a kind. */
export const setupHosts = () => {
  const site = setupSite();
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

  return { site, url: () => hostUrl };
};

export type Host = {
  load: number | null;
  heights: { h: number; t: number }[];
  /** How many messages from the frame told its height. */
  sizes: number;
  /** Every message from the frame: when (ms) and what (its first 80 characters). */
  log: string[];
  shifts: number[];
};
export const readHost = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host);

/**
 * Slows the CPU `rate` times on the page and on every frame it opens in another process (each
 * is a target of its own: it is held at its start until it is throttled too).
 */
export const throttle = async (page: Page, rate: number) => {
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

export const frameOf = async (page: Page): Promise<Frame> => {
  const frame = await (await page.waitForSelector('iframe', { state: 'attached' })).contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
};

export const contentHeight = (frame: Frame) =>
  frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** The iframe's height at host time `t`: the last one it took by then. */
export const heightAt = (host: Host, t: number) => host.heights.filter((e) => e.t <= t).at(-1)?.h ?? 0;

/** Scrolls the host page down to the frame as a reader does, a third of a screen at a time. */
export const scrollToFrame = async (page: Page) => {
  for (;;) {
    const top = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
    if (top <= 0) return;
    await page.mouse.wheel(0, Math.min(top, 280));
    await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().top < before, top);
  }
};
