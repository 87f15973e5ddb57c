// The offline copy for teachers (scripts/offline.mjs): one HTML file that must work from file://
// with every other request refused, under its own strict CSP, and hold everything it needs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { localeDir, localeIds } from '../../src/routing/lang';
import { chromiumPath, collectErrors, DIST, scrollToStep, setupSite, waitLive, waitSettled } from './harness';

const site = setupSite();

const FILE = join(DIST, 'kursk-explainer-offline.html');
const URL_ = pathToFileURL(FILE).href;
// Every edition's copy: the whole story twice (as HTML, and as the words its script renders from),
// the map data, React and the motion code. The uk edition's longer words make it the largest.
// 800 KiB and 250 KiB since the wide view's boundaries are 1:50m (the map data grew by some 6 KB
// gzip, within its own 30 KB budget); uk measured 783 KiB and 242 KiB then.
const MAX_BYTES = 800 * 1024;
const MAX_GZIP_BYTES = 250 * 1024;
const EDITIONS = localeIds.map((l) => `${localeDir(l)}kursk-explainer-offline.html`);

const isTheFile = (url: string) =>
  url.startsWith('file://') && new URL(url).pathname.endsWith('kursk-explainer-offline.html');

type Opened = { context: BrowserContext; page: Page; requests: string[]; trouble: string[] };

/** The file in a fresh context that refuses everything but itself, recording requests and errors. */
const open = async (browser: Browser, suffix = ''): Promise<Opened> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const requests: string[] = [];
  const trouble: string[] = [];
  await context.route('**/*', (route) => (isTheFile(route.request().url()) ? route.continue() : route.abort()));
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  collectErrors(page, { warnings: true, into: trouble });
  page.on('requestfailed', (r) => trouble.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(URL_ + suffix);
  return { context, page, requests, trouble };
};

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe.skipIf(!chromiumPath)('the offline copy', () => {
  it('loads from file:// with nothing else requested, no error and no CSP violation', async () => {
    const { context, page, requests, trouble } = await open(site.browser());
    await waitLive(page);
    await page.waitForLoadState('networkidle');
    // Resources that never went through the network stack (data: URLs) show up here if at all.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(requests).toEqual([URL_]);
    expect(resources.filter((r) => !r.startsWith('data:'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(trouble).toEqual([]);
    // The CSP is the file's own, by hashes: no 'unsafe-inline', no network source.
    const csp = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    // Two style blocks: the page's, and the handout's print-only one.
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(csp).not.toContain('unsafe');
    await context.close();
  });

  it('hydrates, shows the graphic, and follows the scroll through every step', async () => {
    const { context, page, requests, trouble } = await open(site.browser());
    await waitLive(page);
    // Hydrated, not only prerendered: only the live graphic marks itself settled, and only the
    // live story changes the map's view as it scrolls (below).
    const settled = await waitSettled(page).then(
      () => true,
      () => false,
    );
    expect(settled).toBe(true);
    for (const s of steps) {
      await scrollToStep(page, s.id);
      await page.waitForFunction(
        ({ id, view }) =>
          document.querySelector('.scrolly')?.getAttribute('data-active') === id &&
          document.querySelector('.map')?.getAttribute('data-view') === view,
        { id: s.id, view: s.graphic.map.view },
        { timeout: 10_000 },
      );
    }
    expect(steps).toHaveLength(14);
    expect(requests).toEqual([URL_]);
    expect(await cspViolations(page)).toEqual([]);
    expect(trouble).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('the offline copy in class', () => {
  it('presents: every slide with the keys, the address following', async () => {
    const { context, page, requests, trouble } = await open(site.browser(), '?present#capture');
    await page.waitForSelector('.present[data-slide="capture"] .map[data-live]');
    for (const s of steps.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`.present[data-slide="${s.id}"]`);
    }
    expect(new URL(page.url()).hash).toBe(`#${steps.at(-1)!.id}`);
    expect(requests.every(isTheFile)).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    expect(trouble).toEqual([]);
    await context.close();
  });

  it('prints the handout: one still graphic per step', async () => {
    const { context, page, trouble } = await open(site.browser());
    await waitLive(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(
      (n) => document.querySelectorAll('.handout__figure .map__svg').length === n,
      steps.length,
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(50_000);
    expect(await cspViolations(page)).toEqual([]);
    expect(trouble).toEqual([]);
    await context.close();
  });
});

describe('the offline file', () => {
  it('is self-contained: no script, link or img refers to a file or the network', () => {
    expect(existsSync(FILE), `${FILE} is missing: run \`npm run build\` first`).toBe(true);
    const html = readFileSync(FILE, 'utf8');
    // The page's own tags, without the inline code (whose strings hold the embed snippets).
    const markup = html.replace(/(<(script|style)\b[^>]*>)[^]*?<\/\2>/gi, '$1');
    const tags = markup.match(/<(?:script|link|img|source|iframe|embed|object)\b[^>]*>/gi) ?? [];
    const refs = tags.flatMap((t) => [...t.matchAll(/\s(?:src|href|srcset|data)="([^"]*)"/gi)].map((m) => m[1]!));
    expect(refs.filter((r) => !r.startsWith('data:'))).toEqual([]);
    expect(markup.match(/<script\b[^>]*>/gi)).toEqual(['<script type="module">']);
    expect(markup).not.toMatch(/<link\b[^>]*rel="(?:stylesheet|modulepreload|preload)"/i);
    expect(markup.match(/<style>/g)).toHaveLength(1);
    // The story is in it before any script runs.
    expect(markup).toMatch(/<div id="root"[^>]*><a [^>]*class="skip-link"/);
    for (const s of steps) expect(markup, s.id).toContain(`id="${s.id}"`);
  });

  it.each(EDITIONS)(`dist/%s is under ${MAX_BYTES / 1024} KiB, ${MAX_GZIP_BYTES / 1024} KiB gzip`, (name) => {
    const file = join(DIST, name);
    const raw = statSync(file).size;
    const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    console.log(
      `[offline] dist/${name}: ${raw} bytes (${(raw / 1024).toFixed(1)} KiB), gzip ${gzip} bytes (${(gzip / 1024).toFixed(1)} KiB)`,
    );
    expect(raw).toBeLessThan(MAX_BYTES);
    expect(gzip).toBeLessThan(MAX_GZIP_BYTES);
  });
});
