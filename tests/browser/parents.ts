// The publishers' pages the embed tests put the explainer in, cross-origin as on a news site:
// the parent is served from 127.0.0.1, the explainer from localhost. Parents: our loader
// (embed.js), the Pym.js Parent from the pym.js package, @newswire/frames, and a plain iframe
// (with and without sandbox). And what the tests read through them: the frame's fit, its
// layout, the messages it hears.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumPath, collectErrors, readerGoesOnInFrame, setupSite } from './harness';

const require = createRequire(import.meta.url);
export const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
// The package exports only its ES module; its UMD build (what a publisher's <script> loads) sits beside it.
export const FRAMES = readFileSync(join(dirname(require.resolve('@newswire/frames')), 'frames.umd.js'), 'utf8');
export type ParentKind = 'loader' | 'loader-ko' | 'pym' | 'pym-ask' | 'frames' | 'plain' | 'sandboxed';

const article = (n: number, from: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${from + i} of the publisher's article. It talks about the war and the region.</p>`,
  ).join('\n');

/** The publisher's page: an article with the explainer embedded in the middle. */
const parentPage = (kind: ParentKind, explainer: string) => {
  const embed = {
    loader: `<div data-kursk-explainer></div><script src="${explainer}embed.js" async></script>`,
    'loader-ko': `<div data-kursk-explainer data-lang="ko"></div><script src="${explainer}embed.js" async></script>`,
    pym: `<div id="pym-box"></div><script src="/pym.js"></script>
      <script>new pym.Parent('pym-box', '${explainer}embed.html', { trackscroll: true, title: 'Explainer' });</script>`,
    // Pym without trackscroll: it reports the frame's position only when the frame asks.
    'pym-ask': `<div id="pym-box"></div><script src="/pym.js"></script>
      <script>new pym.Parent('pym-box', '${explainer}embed.html', { title: 'Explainer' });</script>`,
    frames: `<div data-frame-src="${explainer}embed.html" data-frame-attribute-title="Explainer"></div>
      <script src="/frames.js"></script><script>newswireFrames.autoInitFrames();</script>`,
    plain: `<iframe src="${explainer}embed.html" title="Explainer" width="100%" height="900" style="border:0;display:block"></iframe>`,
    sandboxed: `<iframe id="sandboxed" src="${explainer}embed.html" title="Explainer" width="100%" height="900"
      sandbox="allow-scripts allow-popups" style="border:0;display:block"></iframe>
      <script src="/frames.js"></script><script>newswireFrames.observeIframe(document.getElementById('sandboxed'));</script>`,
  }[kind];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title>
    <link rel="icon" href="data:,">
    <style>body{margin:0;font:18px/1.5 Georgia,serif} main{max-width:760px;margin:0 auto;padding:0 16px}</style></head>
    <body><main><h1>A publisher's article</h1>${article(12, 1)}${embed}${article(14, 13)}</main></body></html>`;
};

export type Opened = { page: Page; frame: Frame; errors: string[]; requests: { url: string; frame: string }[] };

/**
 * The publisher's pages on another origin (127.0.0.1; the explainer is on localhost), served for
 * the file's tests, and `open`, which loads one with the embed live.
 */
export const setupParents = () => {
  const site = setupSite();
  let parent: Server | undefined;
  let parentUrl = '';

  beforeAll(async () => {
    if (!chromiumPath) return;
    parent = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/pym.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
      if (path === '/frames.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(FRAMES);
      const kind = path.slice(1) as ParentKind;
      if (!['loader', 'loader-ko', 'pym', 'pym-ask', 'frames', 'plain', 'sandboxed'].includes(kind))
        return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(parentPage(kind, site.url()));
    });
    await new Promise<void>((r) => parent?.listen(0, '127.0.0.1', r));
    const address = parent.address();
    parentUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });

  afterAll(async () => {
    await new Promise<void>((r) => (parent ? parent.close(() => r()) : r()));
  });

  /** Opens a parent page, brings the embed near the viewport (frames may load lazily) and waits for it to be live. */
  const open = async (
    kind: ParentKind,
    viewport = { width: 1280, height: 800 },
    reducedMotion: 'reduce' | 'no-preference' = 'reduce',
  ): Promise<Opened> => {
    const page = await site.newPage({ viewport, reducedMotion });
    const errors: string[] = [];
    const requests: Opened['requests'] = [];
    collectErrors(page, { warnings: true, into: errors });
    page.on('request', (r) => requests.push({ url: r.url(), frame: r.frame().url() }));
    await page.goto(parentUrl + kind);
    const handle = await page.waitForSelector('iframe');
    // As a reader arrives at it: a frame out of view gets no animation frames (Chromium throttles
    // them), so it hydrates when it comes into view.
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no frame');
    await readerGoesOnInFrame(page, frame);
    await frame.waitForFunction(() => document.querySelector('.map[data-live]') !== null);
    await page.evaluate(() => window.scrollTo(0, 0));
    return { page, frame, errors, requests };
  };

  return { site, open, url: () => parentUrl };
};

/**
 * The iframe's height on the parent page and its content's height inside, once they agree (or
 * the last reading). Measured with the frame in view: Chromium does not render a cross-origin
 * frame out of view, so it re-measures when the reader reaches it.
 */
export const fit = async ({ page, frame }: Opened) => {
  await page.locator('iframe').first().scrollIntoViewIfNeeded();
  let last = { outer: 0, inner: -1 };
  for (let i = 0; i < 50; i++) {
    const outer = await page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
    const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 2 && inner > 300) return last;
    await page.waitForTimeout(100);
  }
  return last;
};

export const layoutOf = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('.scrolly')?.getAttribute('data-layout'));

export type Heard = { __heard: number; __top: number | null };

/** Counts, in the frame, every message it receives and the iframe top of the last position report. */
export const listen = (frame: Frame) =>
  frame.evaluate(() => {
    const w = window as unknown as Heard;
    if (typeof w.__heard === 'number') return;
    w.__heard = 0;
    w.__top = null;
    // Registered after the app's listener, so it runs after the app has handled each message.
    window.addEventListener('message', (e) => {
      w.__heard++;
      if (typeof e.data !== 'string' || !e.data.includes('xPYMxviewport-iframe-positionxPYMx')) return;
      const top = Number(e.data.split('xPYMx')[3]?.trim().split(/\s+/)[2]);
      if (Number.isFinite(top)) w.__top = top;
    });
  });

/** Two animation frames in the frame: what a message asked for has rendered. */
export const frames2 = (frame: Frame) =>
  frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Scrolls the parent to `y` and waits until the frame has heard where it now is (its position
 * report) and rendered it. Returns false, without waiting, when the frame is out of view: the
 * browser gives such a frame no animation frames, so it renders nothing until it is back.
 */
export const scrollParent = async ({ page, frame }: Opened, y: number): Promise<boolean> => {
  await listen(frame);
  const moved = await page.evaluate((to) => {
    const from = window.scrollY;
    window.scrollTo(0, to);
    return window.scrollY !== from;
  }, y);
  const box = () =>
    page.evaluate(() => {
      const r = document.querySelector('iframe')!.getBoundingClientRect();
      return { top: r.top, inView: r.bottom > 0 && r.top < window.innerHeight };
    });
  if (!(await box()).inView) return false;
  // No scroll, no report: the parent only reports when the page moves. Otherwise the last
  // report must give where the frame is now (it may have moved again as the frame resized).
  for (let i = 0; moved; i++) {
    const now = (await box()).top;
    const heard = await frame.evaluate(() => (window as unknown as Heard).__top);
    if (heard !== null && Math.abs(heard - now) < 1.5) break;
    if (i === 300) throw new Error(`the frame never heard it is at ${now} (last report: ${heard})`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await frames2(frame);
  return true;
};
