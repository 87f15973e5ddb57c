// Prerenders the explainer's pages with React's server renderer, so the whole story reads before
// (and without) any script: dist/index.html (the full page) and dist/embed.html (the page a
// news site puts in an iframe). Runs after `vite build` and the SSR build.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRERENDER_DIST and PRERENDER_SSR: another pair of builds (the fault-tolerance tests make one).
const dist = resolve(root, process.env.PRERENDER_DIST ?? 'dist');
const ssr = resolve(root, process.env.PRERENDER_SSR ?? 'dist-ssr');

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const { render, CANONICAL_URL, localeIds, localeDir } = await import(pathToFileURL(`${ssr}/entry-server.js`).href);

// The page vite built from index.html: one bundle serves both pages.
const template = readFileSync(`${dist}/index.html`, 'utf8');

/** The embed's page: the same template, marked for the client entry and kept out of search results. */
const embedTemplate = template
  .replace('<div id="root">', '<div id="root" data-mode="embed">')
  .replace('<meta name="description"', '<meta name="robots" content="noindex" />\n    <meta name="description"');

/** Every edition's address, for hreflang alternates (x-default: English). */
const alternates = (file) =>
  [
    ...localeIds.map(
      (id) =>
        `<link rel="alternate" hreflang="${id}" href="${escapeHtml(`${CANONICAL_URL}${localeDir(id)}${file}`)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(`${CANONICAL_URL}${file}`)}" />`,
  ].join('\n    ');

/** One page in one language: the template, with the rendered markup and the locale's head. */
const prerender = (locale, page) => {
  const file = page === 'embed' ? 'embed.html' : 'index.html';
  const dir = localeDir(locale);
  const { html, ui, description } = render(locale, page);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\sstyle="/i.test(html)) {
    throw new Error(`[prerender] ${dir}${file}: inline script or style attribute in the markup; strict CSP forbids it`);
  }
  let out = (page === 'embed' ? embedTemplate : template)
    .replace(/<html lang="en"/, `<html lang="${escapeHtml(ui.lang)}"`)
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(ui.title)}</title>`)
    .replace(
      '<meta name="description" content="" />',
      `<meta name="description" content="${escapeHtml(description)}" />\n` +
        `    <link rel="canonical" href="${escapeHtml(`${CANONICAL_URL}${dir}`)}" />\n    ` +
        alternates(page === 'embed' ? 'embed.html' : ''),
    )
    .replace('<div id="root"', `<div id="root" data-locale="${escapeHtml(locale)}"`)
    .replace('<!--app-->', html)
    // The words come first: the script (deferred anyway) must not compete with the HTML and CSS.
    .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
  // A page in a folder reaches the shared assets one level up.
  if (dir) out = out.replaceAll('="./assets/', '="../assets/');
  if (
    out.includes('<!--app-->') ||
    !out.includes('rel="canonical"') ||
    (page === 'embed' && !out.includes('data-mode="embed"'))
  )
    throw new Error(`[prerender] ${dir}${file}: template not filled`);
  mkdirSync(`${dist}/${dir}`, { recursive: true });
  writeFileSync(`${dist}/${dir}${file}`, out);
  console.log(`prerendered dist/${dir}${file}: ${Buffer.byteLength(out)} bytes`);
};

for (const locale of localeIds) {
  prerender(locale, 'page');
  prerender(locale, 'embed');
}
rmSync(ssr, { recursive: true, force: true });
