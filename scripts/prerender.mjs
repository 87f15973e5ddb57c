// Prerenders the explainer's pages with React's server renderer, so the whole story reads before
// (and without) any script: dist/index.html (the full page) and dist/embed.html (the page a
// news site puts in an iframe). Runs after `vite build` and the SSR build.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const ssr = `${root}dist-ssr`;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const { render, CANONICAL_URL } = await import(pathToFileURL(`${ssr}/entry-server.js`).href);

// The page vite built from index.html: one bundle serves both pages.
const template = readFileSync(`${dist}/index.html`, 'utf8');

/** The embed's page: the same template, marked for the client entry and kept out of search results. */
const embedTemplate = template
  .replace('<div id="root">', '<div id="root" data-mode="embed">')
  .replace('<meta name="description"', '<meta name="robots" content="noindex" />\n    <meta name="description"');

/** One page: the template, with the rendered markup and the locale's head. */
const prerender = (file, page) => {
  const { html, ui, description } = render('en', page);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\sstyle="/i.test(html)) {
    throw new Error(`[prerender] ${file}: inline script or style attribute in the markup; strict CSP forbids it`);
  }
  const out = (page === 'embed' ? embedTemplate : template)
    .replace(/<html lang="en"/, `<html lang="${escapeHtml(ui.lang)}"`)
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(ui.title)}</title>`)
    .replace(
      '<meta name="description" content="" />',
      `<meta name="description" content="${escapeHtml(description)}" />\n` +
        `    <link rel="canonical" href="${escapeHtml(CANONICAL_URL)}" />`,
    )
    .replace('<!--app-->', html)
    // The words come first: the script (deferred anyway) must not compete with the HTML and CSS.
    .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
  if (
    out.includes('<!--app-->') ||
    !out.includes('rel="canonical"') ||
    (page === 'embed' && !out.includes('data-mode="embed"'))
  )
    throw new Error(`[prerender] ${file}: template not filled`);
  writeFileSync(`${dist}/${file}`, out);
  console.log(`prerendered dist/${file}: ${Buffer.byteLength(out)} bytes`);
};

prerender('index.html', 'page');
prerender('embed.html', 'embed');
rmSync(ssr, { recursive: true, force: true });
