// The embed in real parents, cross-origin as on a news site: the parent page is served from
// 127.0.0.1, the explainer from localhost. Parents: our loader (embed.js), the Pym.js
// Parent from the pym.js package, @newswire/frames, and a plain iframe (with and without sandbox).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { axe, chromiumPath, collectErrors, readerGoesOnInFrame, setupSite, waitLive } from './harness';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
// The package exports only its ES module; its UMD build (what a publisher's <script> loads) sits beside it.
const FRAMES = readFileSync(join(dirname(require.resolve('@newswire/frames')), 'frames.umd.js'), 'utf8');
const ids = steps.map((s) => s.id);

const site = setupSite();

type ParentKind = 'loader' | 'loader-ko' | 'pym' | 'pym-ask' | 'frames' | 'plain' | 'sandboxed';

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

type Opened = { page: Page; frame: Frame; errors: string[]; requests: { url: string; frame: string }[] };

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

/**
 * The iframe's height on the parent page and its content's height inside, once they agree (or
 * the last reading). Measured with the frame in view: Chromium does not render a cross-origin
 * frame out of view, so it re-measures when the reader reaches it.
 */
const fit = async ({ page, frame }: Opened) => {
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

const layoutOf = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('.scrolly')?.getAttribute('data-layout'));

type Heard = { __heard: number; __top: number | null };

/** Counts, in the frame, every message it receives and the iframe top of the last position report. */
const listen = (frame: Frame) =>
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
const frames2 = (frame: Frame) =>
  frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Scrolls the parent to `y` and waits until the frame has heard where it now is (its position
 * report) and rendered it. Returns false, without waiting, when the frame is out of view: the
 * browser gives such a frame no animation frames, so it renders nothing until it is back.
 */
const scrollParent = async ({ page, frame }: Opened, y: number): Promise<boolean> => {
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

describe.skipIf(!chromiumPath).each(['loader', 'pym', 'frames'] as const)('embedded with %s', (kind) => {
  it('fits its content after load, at 390 px wide, and back', async () => {
    const opened = await open(kind);
    const sizes = [await fit(opened)];
    await opened.page.setViewportSize({ width: 390, height: 844 });
    sizes.push(await fit(opened));
    await opened.page.setViewportSize({ width: 1280, height: 800 });
    sizes.push(await fit(opened));
    for (const { outer, inner } of sizes)
      expect(Math.abs(outer - inner), `${outer} vs ${inner}`).toBeLessThanOrEqual(2);
    // The narrow layout is a different height: the frame really followed it.
    expect(sizes[1]?.inner).not.toBe(sizes[0]?.inner);
    expect(opened.errors).toEqual([]);
  });
});

/** Scrolls the parent through the whole frame; records the active step and where the graphic is. */
const scrollThrough = async (opened: Opened) => {
  const { page, frame } = opened;
  const top = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY);
  const height = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  const vh = await page.evaluate(() => document.documentElement.clientHeight);
  const seen: string[] = [];
  const misplaced: string[] = [];
  // Half a screen at a time: steps are at least 60% of a screen apart, so each is read.
  for (let y = Math.max(0, top - vh); y <= top + height; y += Math.round(vh / 2)) {
    if (!(await scrollParent(opened, y))) continue;
    const read = () =>
      frame.evaluate(() => {
        const story = document.querySelector('.scrolly')!.getBoundingClientRect();
        const graphic = document.querySelector('.scrolly__graphic')!.getBoundingClientRect();
        return { active: document.querySelector('.scrolly')!.getAttribute('data-active'), story, graphic };
      });
    // Settled: two readings two frames apart agree (a step change renders in between).
    let state = await read();
    for (let i = 0; i < 10; i++) {
      await frames2(frame);
      const again = await read();
      const same = again.active === state.active && again.graphic.top === state.graphic.top;
      state = again;
      if (same) break;
    }
    const frameTop = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
    if (state.active && seen.at(-1) !== state.active) seen.push(state.active);
    // While the story fills the viewport, the graphic must be in it, at its top.
    const storyTop = frameTop + state.story.top;
    const storyBottom = frameTop + state.story.bottom;
    const graphicTop = frameTop + state.graphic.top;
    if (storyTop <= 0 && storyBottom >= vh && Math.abs(graphicTop) > 2)
      misplaced.push(`at ${y}: graphic top ${graphicTop.toFixed(1)}`);
  }
  return { seen, misplaced };
};

// Each parent's way of telling the frame where it is (our loader's messages, Pym's trackscroll,
// the frame asking Pym), at a desktop and a phone size: our loader at both, Pym's two ways at one
// each, so every parent and every size is walked.
const SCROLL_WALKS = [
  { kind: 'loader', width: 1280, height: 800 },
  { kind: 'loader', width: 390, height: 844 },
  { kind: 'pym', width: 390, height: 844 },
  { kind: 'pym-ask', width: 1280, height: 800 },
] as const;

describe.skipIf(!chromiumPath)('scroll story inside the frame, with position messages', () => {
  it.each(SCROLL_WALKS)(
    'from $kind: walks every step in order and keeps the graphic in view at $width×$height',
    async ({ kind, ...viewport }) => {
      const opened = await open(kind, viewport);
      await opened.page.mouse.wheel(0, 10);
      await opened.frame.waitForFunction(
        () => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track',
      );
      // The parent has the story's full height before the reader scrolls through it (fit scrolls
      // the frame into view), and the reader starts from the top, on the first step.
      await fit(opened);
      // Back up until the frame's top is halfway down the screen: it is in view (a frame out of
      // view gets no animation frames, so it could not follow), and its story on the first step.
      await opened.page.evaluate(() =>
        window.scrollTo(
          0,
          document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2,
        ),
      );
      await opened.frame.waitForFunction(
        (first) => document.querySelector('.scrolly')?.getAttribute('data-active') === first,
        ids[0]!,
      );
      const { seen, misplaced } = await scrollThrough(opened);
      expect(seen).toEqual(ids);
      expect(misplaced).toEqual([]);
      const { outer, inner } = await fit(opened);
      expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
      expect(opened.errors).toEqual([]);
    },
  );
});

/**
 * Steps through the stepper with its Next button; returns the active step after each press and
 * every height the frame's content took on the way.
 */
const walkStepper = async (frame: Frame) => {
  const seen = [await frame.getAttribute('.scrolly', 'data-active')];
  const height = () => frame.evaluate(() => Math.round(document.documentElement.getBoundingClientRect().height));
  const heights = new Set([await height()]);
  for (let i = 1; i < ids.length; i++) {
    await frame.getByRole('button', { name: 'Next' }).click();
    const id = ids[i]!;
    await frame.waitForFunction((s) => document.querySelector('.scrolly')?.getAttribute('data-active') === s, id);
    // The step's words are on screen and not cut off by the frame.
    const visible = await frame.evaluate((s) => {
      const card = document.getElementById(s)!.getBoundingClientRect();
      return getComputedStyle(document.getElementById(s)!).visibility === 'visible' && card.height > 50;
    }, id);
    expect(visible, id).toBe(true);
    seen.push(id);
    heights.add(await height());
  }
  return { seen, heights: [...heights] };
};

describe.skipIf(!chromiumPath)('without position messages', () => {
  it.each(['plain', 'frames', 'sandboxed'] as const)(
    'uses the stepper in a %s iframe: every step reads, at one height',
    async (kind) => {
      const opened = await open(kind, { width: 390, height: 844 });
      expect(await layoutOf(opened.frame)).toBe('stepper');
      const { seen, heights } = await walkStepper(opened.frame);
      expect(seen).toEqual(ids);
      // One height from step to step: the page around the frame does not jump.
      expect(heights, 'heights of the frame from step to step').toHaveLength(1);
      // Previous goes back.
      await opened.frame.getByRole('button', { name: 'Previous' }).click();
      await opened.frame.waitForFunction(
        (s) => document.querySelector('.scrolly')?.getAttribute('data-active') === s,
        ids.at(-2)!,
      );
      // However long it has been live, nothing switched it to the scroll story.
      expect(await layoutOf(opened.frame)).toBe('stepper');
      if (kind !== 'plain') {
        const { outer, inner } = await fit(opened);
        expect(Math.abs(outer - inner), `${outer} vs ${inner}`).toBeLessThanOrEqual(2);
      }
      expect(opened.errors).toEqual([]);
    },
  );
});

describe.skipIf(!chromiumPath)('hostile messages', () => {
  it('ignores garbage from the parent and messages from another window', async () => {
    const opened = await open('loader');
    const { page, frame } = opened;
    await page.mouse.wheel(0, 10);
    await frame.waitForFunction(() => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track');
    const iframeTop = await page.evaluate(
      () => document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY,
    );
    await scrollParent(opened, iframeTop + 3000);
    const before = {
      active: await frame.getAttribute('.scrolly', 'data-active'),
      height: await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height),
    };
    const childId = await frame.evaluate(() => new URLSearchParams(location.search).get('childId'));
    const heardBefore = await frame.evaluate(() => (window as unknown as Heard).__heard);
    const sent = await page.evaluate((id) => {
      const marker = window as unknown as { __marker: boolean };
      marker.__marker = false;
      window.addEventListener('message', (e) => {
        if (e.data === 'kx-test-marker') marker.__marker = true;
      });
      const target = document.querySelector('iframe')!.contentWindow!;
      const pym = (type: string, payload: string) => ['pym', id, type, payload].join('xPYMx');
      const deep: Record<string, unknown> = {};
      let cur = deep;
      for (let i = 0; i < 2000; i++) cur = cur.next = {} as Record<string, unknown>;
      const garbage: unknown[] = [
        'hello',
        42,
        null,
        true,
        [1, 2, 3],
        { sentinel: 'amp', type: 'embed-size', height: 5 },
        { sentinel: 'amp', type: 'frames-init', extra: '<img src=x onerror=alert(1)>' },
        'x'.repeat(1_000_000),
        deep,
        new Array(100_000).fill('x'),
        pym('viewport-iframe-position', 'NaN NaN NaN NaN NaN NaN'),
        pym('viewport-iframe-position', 'Infinity 800 -Infinity 0 1e309 1280'),
        pym('viewport-iframe-position', '-1280 -800 -5000 0 -4000 1280'),
        pym('viewport-iframe-position', '1280 800 -99999999999 0 5 1280'),
        pym('viewport-iframe-position', '1280 800 <script>alert(1)</script> 0 5 1280'),
        pym('width', 'javascript:alert(1)'),
        pym('navigateTo', 'https://example.com/'),
        pym('scrollToChildPos', '100'),
        ['pym', 'another-child', 'viewport-iframe-position', '1280 800 0 0 800 1280'].join('xPYMx'),
      ];
      for (const g of garbage) target.postMessage(g, '*');
      // A flood: 10,000 well-formed messages for the wrong child.
      for (let i = 0; i < 10_000; i++) target.postMessage(['pym', 'x', 'width', String(i)].join('xPYMx'), '*');
      // Another window on the page (a sibling frame, as an ad would be) posts a well-formed
      // position for our child, which would jump to the top, and a height for the loader.
      const sibling = document.createElement('iframe');
      sibling.title = 'An ad';
      document.body.append(sibling);
      const w = sibling.contentWindow as Window & typeof globalThis;
      w.eval(`parent.document.querySelector('iframe').contentWindow.postMessage(${JSON.stringify(pym('viewport-iframe-position', '1280 800 5000 0 20000 1280'))}, '*');
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 7 }, '*');
        parent.postMessage(${JSON.stringify(['pym', id, 'height', '9'].join('xPYMx'))}, '*');`);
      // Posted after the sibling's: when the page hears it, it has handled theirs.
      window.postMessage('kx-test-marker', '*');
      // To the frame: the garbage, the flood and the sibling's position.
      return garbage.length + 10_000 + 1;
    }, childId);
    expect(sent).toBeGreaterThan(10_000);
    // Every message handled (the frame's and the parent's), and whatever they asked for rendered.
    await frame.waitForFunction((n) => (window as unknown as Heard).__heard >= n, heardBefore + sent, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => (window as unknown as { __marker: boolean }).__marker);
    await frames2(frame);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // None of it moved the story or resized the frame.
    expect(await frame.getAttribute('.scrolly', 'data-active')).toBe(before.active);
    expect(await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)).toBe(
      before.height,
    );
    // No script without a source (the page's JSON-LD data block is not one that runs), no image.
    expect(
      await frame.evaluate(
        () => document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), img').length,
      ),
    ).toBe(0);
    // Nothing a message said is in the page (the map may have drawn its second layer meanwhile:
    // compare content, not size).
    expect(await frame.evaluate(() => /alert\(1\)|onerror|example\.com/.test(document.documentElement.outerHTML))).toBe(
      false,
    );
    // And the frame is still responsive: a real scroll still moves the story.
    await page.evaluate((y) => window.scrollTo(0, y), iframeTop + 9000);
    await frame.waitForFunction(
      (a) => document.querySelector('.scrolly')?.getAttribute('data-active') !== a,
      before.active,
    );
    expect(opened.errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('the embedded page', () => {
  it('has no axe-core violations, in the stepper and the scroll story', async () => {
    const stepper = await open('frames', { width: 390, height: 844 });
    expect(await axe(stepper.frame)).toEqual([]);
    const tracked = await open('loader', { width: 1280, height: 800 });
    await tracked.page.mouse.wheel(0, 10);
    await tracked.frame.waitForFunction(
      () => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track',
    );
    expect(await axe(tracked.frame)).toEqual([]);
  });

  it('opens every link in a new tab, has no page chrome, and asks nothing of another host', async () => {
    const opened = await open('loader');
    // The language switcher changes the frame's own language in place (keeping its child id, so
    // the parent keeps sizing it); every other link leaves for a new tab.
    const switcher = await opened.frame.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('.lang-switch a'), (a) => ({
        href: a.href,
        target: a.target,
      })),
    );
    expect(switcher).toHaveLength(3);
    for (const l of switcher) {
      expect(l.target).toBe('');
      expect(l.href).toMatch(/\/embed\.html\?childId=kursk-explainer-1$/);
    }
    const links = await opened.frame.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('a:not(.lang-switch a)'), (a) => ({
        href: a.href,
        target: a.target,
        rel: a.rel,
      })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l.target, l.href).toBe('_blank');
      expect(l.rel, l.href).toContain('noopener');
    }
    expect(
      await opened.frame.evaluate(() => document.querySelectorAll('.skip-link, .progress, .source-list').length),
    ).toBe(0);
    expect(await opened.frame.getByRole('link', { name: /Open the full explainer/ }).count()).toBe(1);
    const explainer = new URL(site.url()).origin;
    const parentOrigin = new URL(parentUrl).origin;
    const originOf = (url: string) => (URL.canParse(url) ? new URL(url).origin : url);
    for (const r of opened.requests) {
      const origin = originOf(r.url);
      if (originOf(r.frame) === explainer) expect(origin, r.url).toBe(explainer);
      else expect([parentOrigin, explainer], r.url).toContain(origin);
    }
    expect(opened.requests.some((r) => r.url.includes('/assets/map-data'))).toBe(true);
  });
});

describe.skipIf(!chromiumPath)('"Embed this explainer" on the full page', () => {
  it('opens from the keyboard and copies each snippet, built from the canonical URL', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url()).origin });
    await page.goto(site.url());
    await waitLive(page);
    await page.focus('.embed-panel summary');
    await page.keyboard.press('Enter');
    const copies = page.getByRole('button', { name: 'Copy' });
    await expect.poll(() => copies.count()).toBe(3);
    const codes = await page.locator('.embed-panel code').allTextContents();
    expect(codes[0]).toMatch(
      /^<div data-kursk-explainer><\/div>\n<script src="https:\/\/[^"]+\/embed\.js" async><\/script>$/,
    );
    expect(codes[1]).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\.html" title="[^"]+"/);
    expect(codes[2]).toMatch(/^<amp-iframe src="https:\/\/[^"]+\/embed\.html"[^>]* resizable[^>]*>\n\s+<div overflow/);
    for (let i = 0; i < 3; i++) {
      await copies.nth(i).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.embed-panel__status').nth(i).textContent())
        .toBe('Copied to the clipboard');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes[i]);
    }
    expect(await axe(page)).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('a pinned edition', () => {
  it('data-lang="ko" embeds the Korean page, which fits and follows the scroll', async () => {
    const opened = await open('loader-ko');
    expect(await opened.page.getAttribute('iframe', 'src')).toMatch(/\/ko\/embed\.html\?childId=/);
    expect(await opened.frame.evaluate(() => document.documentElement.lang)).toBe('ko');
    await opened.page.mouse.wheel(0, 10);
    await opened.frame.waitForFunction(
      () => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track',
    );
    const { outer, inner } = await fit(opened);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    expect(await axe(opened.frame)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('?embed on the full page', () => {
  it('opens the embed page, on the linked step', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url()}?embed&step=gains`);
    await page.waitForURL(/\/embed\.html\?step=gains$/);
    await page.waitForFunction(() => document.querySelector('.scrolly')?.getAttribute('data-active') === 'gains');
    expect(await layoutOf(page.mainFrame())).toBe('stepper');
  });
});
