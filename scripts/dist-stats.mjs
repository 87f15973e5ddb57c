// Sizes of the built site: the JavaScript a first visit must run (the entry, the app it starts
// after the first paint, their static imports, and the edition's words), the CSS, the HTML and
// the map data; gzip and brotli.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** @param {Buffer} buf */
const size = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** @param {{raw: number, gzip: number, brotli: number}} a @param {{raw: number, gzip: number, brotli: number}} b */
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

/** Files a module imports statically (not `import()`), relative to its folder. */
/** @param {string} code @returns {string[]} */
const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]);

/**
 * The editions built, by their pages' language: the root page's, then each folder's with an
 * index.html of its own (ko/, uk/). Listed nowhere else: src/data/copy/ids.ts decides them.
 * @param {string} dist
 * @returns {string[]}
 */
export const editionsOf = (dist) => {
  const lang = (/** @type {string} */ file) => /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  const folders = readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html')))
    .map((d) => lang(join(dist, d.name, 'index.html')));
  const found = [lang(join(dist, 'index.html')), ...folders].filter((l) => typeof l === 'string');
  return /** @type {string[]} */ (found);
};

/** @param {string} dist */
export const distStats = (dist) => {
  const html = readFileSync(join(dist, 'index.html'));
  const htmlText = html.toString();
  const assets = join(dist, 'assets');
  // The page names its entry in a meta tag, which its inline bootstrap loads after the first paint
  // (scripts/bootstrap.mjs); a build without that step has the module script itself.
  const entry =
    /<meta name="kx-entry" content="\.\/assets\/([^"]+\.js)"/.exec(htmlText)?.[1] ??
    /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(htmlText)?.[1];
  if (!entry) throw new Error('[dist-stats] no module entry in dist/index.html');
  const seen = new Set();
  /** @param {string} file */
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of staticImports(readFileSync(join(assets, file), 'utf8'))) walk(dep.slice(2));
  };
  walk(entry);
  // The app the entry starts once the page has painted (boot.ts: \`import('./main')\`).
  const started = [
    ...readFileSync(join(assets, entry), 'utf8').matchAll(/import\(\s*[`"']\.\/(main-[^`"']+\.js)[`"']\s*\)/g),
  ];
  if (started.length !== 1) throw new Error('[dist-stats] the entry does not start the app (import of main-*.js)');
  walk(started[0][1]);
  const files = readdirSync(assets);
  /** @param {string[]} names */
  const sum = (names) => names.reduce((s, f) => add(s, size(readFileSync(join(assets, f)))), ZERO);
  // Each edition also loads its own words before it hydrates (a chunk named after its locale).
  /** @param {string} locale */
  const words = (locale) => files.filter((f) => f.startsWith(`${locale}-`) && f.endsWith('.js'));
  /** @type {Record<string, ReturnType<typeof sum> & {files: string[]}>} */
  const editions = {};
  for (const locale of editionsOf(dist)) {
    const own = [...seen, ...words(locale)];
    editions[locale] = { ...sum(own), files: own };
  }
  return {
    /** The English page: the entry, the app, their static imports and the English words. */
    initialJs: editions.en,
    initialJsByEdition: editions,
    // The CSS the page needs to render (a lazy mode's stylesheet loads with its code; the print
    // stylesheet, linked with media="print", does not hold up rendering).
    css: sum(
      [...htmlText.matchAll(/<link rel="stylesheet"(?![^>]*media="print")[^>]*href="\.\/assets\/([^"]+\.css)"/g)].map(
        (m) => m[1],
      ),
    ),
    printCss: sum(
      [...htmlText.matchAll(/<link rel="stylesheet"[^>]*media="print"[^>]*href="\.\/assets\/([^"]+\.css)"/g)].map(
        (m) => m[1],
      ),
    ),
    allCss: sum(files.filter((f) => f.endsWith('.css'))),
    html: size(html),
    mapData: sum(files.filter((f) => f.startsWith('map-data'))),
    embedHtml: size(readFileSync(join(dist, 'embed.html'))),
    embedLoader: size(readFileSync(join(dist, 'embed.js'))),
    allJs: sum(files.filter((f) => f.endsWith('.js'))),
  };
};
