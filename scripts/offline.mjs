// The offline copy for teachers: dist/kursk-explainer-offline.html, ONE file that opens from
// file:// with no network. It holds the prerendered story of dist/index.html, the whole client
// (graphic and map data included) as one inline module script, and the CSS as one inline style.
// Runs last in `npm run build`, after scripts/prerender.mjs: the markup it takes from dist/index.html
// must come from the same sources as the bundle it builds, or hydration fails (React error 418).
//
// The real site forbids inline script and style (strict CSP, see prerender.mjs); this file is the
// documented exception. It carries its own CSP, which allows exactly its two inline blocks by
// their SHA-256 hashes and nothing else: no network, no other script or style.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const OFFLINE_FILE = 'kursk-explainer-offline.html';

const fail = (message) => {
  throw new Error(`[offline] ${message}`);
};

// 1. The prerendered pages, one per edition (dist/index.html, dist/ko/index.html, ...): the
// story's markup and head, as the real site serves them.
const editions = [
  '',
  ...readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${dist}/${d.name}/index.html`))
    .map((d) => `${d.name}/`),
];
for (const dir of editions) {
  if (!existsSync(`${dist}/${dir}index.html`))
    fail(`dist/${dir}index.html is missing: run vite build and prerender first`);
  if (readFileSync(`${dist}/${dir}index.html`, 'utf8').includes('<!--app-->'))
    fail(`dist/${dir}index.html is not prerendered (scripts/prerender.mjs runs first)`);
}

// 2. A second client build with the project's config, as one chunk: the lazy graphic, the map
// data and framer-motion's features are inlined into the entry (no dynamic chunk to fetch), one
// stylesheet, every asset inlined as a data: URL, and no module-preload polyfill. Nothing is
// written: the output is taken from memory.
// The HTML parser turns CR LF into LF before the browser hashes a block: hash what it will see.
const lf = (s) => s.replace(/\r\n?/g, '\n');

/** Only one edition's words in the bundle: the offline file is one language. */
const oneEdition = (locale) => ({
  name: 'offline-one-edition',
  enforce: 'pre',
  load(id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/data/copy/load.ts')) return null;
    return (
      `import { ${locale} } from './${locale}';\nimport table from 'virtual:formats/${locale}';\n` +
      `import { provideFormats } from '../format';\nprovideFormats(table);\n` +
      `export const loadCopy = () => Promise.resolve(${locale});\n`
    );
  },
});

const bundle = async (locale) => {
  const result = await build({
    root,
    plugins: [oneEdition(locale)],
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: `${root}node_modules/.cache/offline-build`,
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      // `false` replaces the config's codeSplitting groups (rolldown: "inline all dynamic imports
      // into a single bundle", the old inlineDynamicImports: true).
      // The page's entry only (the embed's is not in the offline copy), and no manifest.
      manifest: false,
      rolldownOptions: { input: `${root}index.html`, output: { codeSplitting: false } },
    },
  });
  const files = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = files.filter((f) => f.type === 'chunk');
  const styles = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
  // embed.js is the loader for publishers' pages (vite.config.ts, embedLoader): not the copy's.
  const others = files.filter(
    (f) => f.type === 'asset' && !f.fileName.endsWith('.css') && !['index.html', 'embed.js'].includes(f.fileName),
  );
  if (chunks.length !== 1) fail(`expected one JS chunk, got ${chunks.map((c) => c.fileName).join(', ')}`);
  if (styles.length !== 1) fail(`expected one stylesheet, got ${styles.map((c) => c.fileName).join(', ')}`);
  if (others.length) fail(`assets that would need a file of their own: ${others.map((f) => f.fileName).join(', ')}`);

  let js = lf(chunks[0].code);
  let css = lf(
    typeof styles[0].source === 'string' ? styles[0].source : Buffer.from(styles[0].source).toString('utf8'),
  );

  // Nothing may reach for another file: no dynamic import of a path, no asset URL beside the page.
  if (/\bimport\(\s*["'`]/.test(js)) fail('the bundle still imports a chunk dynamically');
  if (/\bnew URL\(\s*["'`](?!data:)/.test(js)) fail('the bundle builds an asset URL (new URL(..., import.meta.url))');
  if (/url\(\s*["']?(?!data:|#)/i.test(css)) fail('the CSS refers to a file (url(...) other than data: or #id)');

  // 3. Inline-safe text. In a script element the parser ends at `</script` and treats `<!--` as
  // the start of an escape that can swallow the end tag; both only occur inside strings, regular
  // expressions or comments in a minified module, where `<\/script` and `\x3C!--` mean the same.
  js = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
  // In CSS, `\/` is an escaped slash: `</style` can only be in a string or comment.
  css = css.replace(/<\/(style)/gi, '<\\/$1');
  return { js, css };
};

const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const makeCsp = (js, css, printCss) =>
  [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)} ${sha256(printCss)}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

// 4. Each edition's page: the prerendered head and body, the external script and stylesheet
// swapped for the inline blocks. Replacements are functions, so a `$` in the code is never a pattern.
for (const dir of editions) {
  const { js, css } = await bundle(dir ? dir.slice(0, -1) : 'en');
  let html = lf(readFileSync(`${dist}/${dir}index.html`, 'utf8'));
  // The print stylesheet (linked with media="print") is inlined as a print-only style block.
  const printLink = /<link\b[^>]*\bmedia="print"[^>]*\bhref="([^"]+\.css)"[^>]*>/.exec(html);
  if (!printLink) fail(`no print stylesheet in dist/${dir}index.html`);
  const printCss = lf(readFileSync(new URL(printLink[1], `file://${dist}/${dir}`), 'utf8')).replace(
    /<\/(style)/gi,
    '<\\/$1',
  );
  // In the head, after the page's own style block (put there below), so its rules win.
  html = html.replace(printLink[0], () => '');
  const csp = makeCsp(js, css, printCss);
  const swap = (pattern, make, what) => {
    const before = html;
    html = html.replace(pattern, make);
    if (html === before) fail(`could not ${what} in dist/${dir}index.html`);
  };
  swap(
    '<meta charset="utf-8" />',
    () =>
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />` +
      '\n    <meta name="robots" content="noindex" />',
    'add the CSP',
  );
  // One file, one language: the other editions are not beside it.
  swap(/<html lang="([^"]+)"/, (_, lang) => `<html lang="${lang}" class="is-offline"`, 'mark the page as offline');
  // An offline copy is not the page to index: no canonical link (and no URL outside the file).
  swap(/\s*<link rel="canonical"[^>]*>/, () => '', 'drop the canonical link');
  // The editions' alternates point at the site; the offline copy links its languages in the page.
  html = html.replace(/\s*<link rel="alternate"[^>]*>/g, () => '');
  // Share cards and structured data describe the page on the site, not this file: they go too, so
  // the copy's only script is its own inline module (the one its CSP hashes).
  html = html.replace(/\s*<meta (?:property|name)="(?:og|article|twitter):[^"]*"[^>]*>/g, () => '');
  swap(/\s*<script type="application\/ld\+json">[^]*?<\/script>/, () => '', 'drop the structured data');
  swap(/\s*<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, () => '', 'drop the external script');
  html = html.replace(/\s*<link\b[^>]*\brel="modulepreload"[^>]*>/g, () => '');
  swap(
    /<link\b[^>]*\brel="stylesheet"[^>]*>/,
    () => `<style>${css}</style>\n    <style media="print">${printCss}</style>`,
    'inline the stylesheets',
  );
  if (/<link\b[^>]*\brel="stylesheet"/.test(html)) fail('more than one stylesheet in dist/index.html');
  // Module scripts run after parsing anyway; at the end the story's words come first in the file.
  swap(/<\/body>/, () => `<script type="module">${js}</script>\n  </body>`, 'add the script');

  // 5. Self-check: every script, link and img of the page (not the code's own strings, such as the
  // embed snippets) refers to nothing outside the file.
  const markup = html.replace(/(<script\b[^>]*>)[^]*?<\/script>/gi, '$1').replace(/<style>[^]*?<\/style>/gi, '');
  for (const tag of markup.match(/<(?:script|link|img|source|iframe)\b[^>]*>/gi) ?? []) {
    const ref = /\s(?:src|href)="([^"]*)"/i.exec(tag)?.[1];
    if (ref !== undefined && !ref.startsWith('data:')) fail(`a tag refers to ${ref}: ${tag.slice(0, 120)}`);
  }

  writeFileSync(`${dist}/${dir}${OFFLINE_FILE}`, html);
  const raw = Buffer.byteLength(html);
  const gz = gzipSync(html, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `offline copy dist/${dir}${OFFLINE_FILE}: ${raw} bytes (${kb(raw)}), gzip ${gz} bytes (${kb(gz)}); ` +
      `script ${kb(Buffer.byteLength(js))}, style ${kb(Buffer.byteLength(css))}`,
  );
}
