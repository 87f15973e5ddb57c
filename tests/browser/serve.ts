// Serving the built site for the browser tests, and finding Chromium. No test hooks here: the
// global setup (global-setup.ts) uses it in vitest's main process.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

// Chromium's headless shell first (Debian's chromium-headless-shell, the same engine and version
// as its chromium): a tab costs it about a third of the CPU the full browser's headless mode
// spends (0.22 s against 0.6 s to open and close one, measured), and the browser tests open about
// 150. The benchmark measures in the full browser (scripts/bench.mjs).
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean) as string[];

export const chromiumPath = CANDIDATES.find((p) => existsSync(p)) ?? null;

if (!chromiumPath) {
  const message = `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with: apt-get install -y chromium-headless-shell`;
  if (process.env.CI === 'true') throw new Error(`[browser-tests] ${message}`);
  console.warn(`\n\n!!!!!!!! BROWSER TESTS SKIPPED !!!!!!!!\n${message}\n\n`);
}

export const DIST = join(process.cwd(), 'dist');
export const FAULT_DIST = join(process.cwd(), 'dist-fault');

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

/** The path that answers once the build being served is ready: 200, or 500 with why it failed. */
export const BUILT_PATH = '/__built';

/**
 * A static server for dist/ (or another build, `root`) on an ephemeral port, with `headers` on
 * every response. With `built` (the build still running), every request waits for it, and
 * BUILT_PATH says how it ended.
 */
export const serveDist = async (
  headers: Record<string, string> = {},
  root: string = DIST,
  built?: Promise<unknown>,
): Promise<{ url: string; close: () => Promise<void> }> => {
  const missing = () => !existsSync(join(root, 'index.html'));
  const why = `[browser-tests] ${root} is missing: run \`npm run build\` first (npm test does)`;
  if (!built && missing()) throw new Error(why);
  const ready = (built ?? Promise.resolve()).then(
    () => (missing() ? why : null),
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const server: Server = createServer(async (req, res) => {
    const failed = await ready;
    if (req.url === BUILT_PATH) {
      res.writeHead(failed ? 500 : 200, { 'content-type': 'text/plain; charset=utf-8' }).end(failed ?? 'built');
      return;
    }
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
