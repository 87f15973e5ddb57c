// Real-browser test harness: serves dist/ on localhost and drives the system Chromium through
// playwright-core. Without Chromium the browser tests are skipped loudly, or fail under CI=true.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
) as string[];

export const chromiumPath = CANDIDATES.find((p) => existsSync(p)) ?? null;

if (!chromiumPath) {
  const message = `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with: apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(`[browser-tests] ${message}`);
  console.warn(`\n\n!!!!!!!! BROWSER TESTS SKIPPED !!!!!!!!\n${message}\n\n`);
}

export const DIST = join(process.cwd(), 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The headers public/_headers gives every page (`/*`): the Content-Security-Policy and the rest. */
export const shippedHeaders = (): Record<string, string> => {
  const lines = readFileSync(join(process.cwd(), 'public', '_headers'), 'utf8').split('\n');
  const out: Record<string, string> = {};
  let inAll = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inAll = line.trim() === '/*';
    else if (inAll && line.trim()) {
      const i = line.indexOf(':');
      out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  if (!out['content-security-policy']) throw new Error('[browser-tests] public/_headers has no CSP for /*');
  return out;
};

/** A static server for dist/ (or another build, `root`) on an ephemeral port, with `headers` on every response. */
export const serveDist = async (
  headers: Record<string, string> = {},
  root: string = DIST,
): Promise<{ url: string; close: () => Promise<void> }> => {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`[browser-tests] ${root} is missing: run \`npm run build\` first (npm test does)`);
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // As static hosts like GitHub Pages send it: a sandboxed embed (an opaque origin) may then
      // load the explainer's module scripts. See docs/embedding.md.
      'access-control-allow-origin': '*',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://localhost:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
};

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath ?? undefined,
    args: CHROMIUM_FLAGS,
  });

export type Site = {
  /** The site's root URL. */
  url: () => string;
  /** A new page, closed after the test whether it passed or not. */
  newPage: (options?: Parameters<Browser['newPage']>[0]) => Promise<Page>;
  browser: () => Browser;
};

/**
 * Serves dist/ and starts Chromium for one test file. Every page a test opens is closed after
 * it, even when it failed: a forgotten tab can starve the next one of animation frames.
 */
export const setupSite = (
  options: { headers?: Record<string, string>; root?: string; before?: () => void | Promise<void> } = {},
): Site => {
  let browser: Browser | undefined;
  let site: { url: string; close: () => Promise<void> } | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    if (!chromiumPath) return;
    await options.before?.();
    site = await serveDist(options.headers, options.root);
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => {})));
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('[browser-tests] the site is not running');
    return v;
  };
  return {
    url: () => need(site).url,
    browser: () => need(browser),
    newPage: async (options) => {
      const page = await need(browser).newPage(options);
      opened.push(page);
      return page;
    },
  };
};

/** Waits until the graphic is live (its code loaded and hydrated), not just prerendered. */
export const waitLive = (page: Page) => page.waitForFunction(() => document.querySelector('.map[data-live]') !== null);

/** Scrolls so the step's top sits just above the reading line (the middle of the viewport). */
export const scrollToStep = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    if (!el) throw new Error(`no step ${stepId}`);
    const line = document.documentElement.clientHeight / 2;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 24);
  }, id);

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A and AA violations in a page or frame as it is now, as "rule: target" lines. */
export const axe = async (target: Page | Frame): Promise<string[]> => {
  if (!(await target.evaluate(() => 'axe' in window))) await target.addScriptTag({ content: AXE });
  return target.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, TAGS);
};

/** Map labels that overlap each other or leave the map, by their rendered boxes. */
export const labelTrouble = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('.map__svg')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll<SVGTextElement>('.map-label')].map((t) => ({
      id: t.dataset.label,
      r: t.getBoundingClientRect(),
    }));
    const out: string[] = [];
    for (const b of boxes) {
      if (b.r.left < svg.left - 1 || b.r.right > svg.right + 1 || b.r.top < svg.top - 1 || b.r.bottom > svg.bottom + 1)
        out.push(`${b.id} clipped`);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const c = boxes[j]!.r;
        // Halos may touch; text may not overlap by more than 2 px.
        if (a.left < c.right - 2 && c.left < a.right - 2 && a.top < c.bottom - 2 && c.top < a.bottom - 2)
          out.push(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
      }
    return out;
  });

/**
 * Every uncaught exception and console error (and warning, with `warnings`) the page reports from
 * now on, as it happens, into `into` (a new list by default).
 */
export const collectErrors = (page: Page, { warnings = false, into = [] as string[] } = {}): string[] => {
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (warnings && m.type() === 'warning')) into.push(`console.${m.type()}: ${m.text()}`);
  });
  return into;
};

/** Waits until the scroll story shows step `id`. */
export const waitActive = (page: Page | Frame, id: string) =>
  page.waitForFunction((s) => document.querySelector('.scrolly')?.getAttribute('data-active') === s, id);

/** Scrolls to every step in turn, waiting each time until the story shows it. */
export const visitSteps = async (page: Page, ids: readonly string[]) => {
  for (const id of ids) {
    await scrollToStep(page, id);
    await waitActive(page, id);
  }
};
