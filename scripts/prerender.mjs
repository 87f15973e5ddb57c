// Prerenders the explainer into dist/index.html with React's server renderer, so the whole story
// reads before (and without) any script. Runs after `vite build` and the SSR build.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const ssr = `${root}dist-ssr`;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const { render } = await import(pathToFileURL(`${ssr}/entry-server.js`).href);
const template = readFileSync(`${dist}/index.html`, 'utf8');
const { html, ui } = render('en');

if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\sstyle="/i.test(html)) {
  throw new Error('[prerender] the markup has an inline script or style attribute; strict CSP forbids it');
}

const page = template
  .replace('<html lang="en">', `<html lang="${escapeHtml(ui.lang)}">`)
  .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(ui.title)}</title>`)
  .replace(
    '<meta name="description" content="" />',
    `<meta name="description" content="${escapeHtml(ui.description.replace(/\{\w+(?::\w+)?\}/g, ''))}" />`,
  )
  .replace('<!--app-->', html)
  // The words come first: the script (deferred anyway) must not compete with the HTML and CSS.
  .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');

writeFileSync(`${dist}/index.html`, page);
rmSync(ssr, { recursive: true, force: true });
console.log(`prerendered dist/index.html: ${Buffer.byteLength(page)} bytes`);
