// Prerenders the explainer's pages with React's server renderer, so the whole story reads before
// (and without) any script: dist/index.html (the full page) and dist/embed.html (the page a
// news site puts in an iframe), per edition, each with its share card tags (Open Graph, Twitter),
// its NewsArticle structured data and its share image (share-image.png, scripts/share-image.mjs);
// then dist/sitemap.xml and dist/robots.txt for every edition. Runs after `vite build` and the SSR
// build.
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addresses, escapeHtml, scriptJson } from './prerender/addresses.mjs';
import { SHARE_HEIGHT, SHARE_MAP_SIZE, SHARE_WIDTH, renderShareImage, shareFonts } from './share-image.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRERENDER_DIST and PRERENDER_SSR: another pair of builds (the fault-tolerance tests make one).
const dist = resolve(root, process.env.PRERENDER_DIST ?? 'dist');
const ssr = resolve(root, process.env.PRERENDER_SSR ?? 'dist-ssr');

const { render, shareCard, article, CANONICAL_URL, localeIds, localeDir, ogLocales, locales } = await import(
  pathToFileURL(`${ssr}/entry-server.js`).href
);

/** Each edition's share image, beside its page. */
const SHARE_FILE = 'share-image.png';
const fonts = shareFonts();
const { pageUrl, alternates, sitemap, robots } = addresses({ canonical: CANONICAL_URL, localeIds, localeDir });

/**
 * The share card's tags (Open Graph and Twitter) of an edition, and on its page (not the embed,
 * which is noindex and whose frame holds no inline script) the NewsArticle structured data.
 */
const publishingHead = (locale, ui, description, page) => {
  const url = pageUrl(locale);
  const image = `${url}${SHARE_FILE}`;
  const meta = (property, content) => `<meta property="${property}" content="${escapeHtml(content)}" />`;
  const tags = [
    meta('og:type', 'article'),
    meta('og:title', ui.page.title),
    meta('og:description', description),
    meta('og:url', url),
    meta('og:site_name', article.byline.publisher.name),
    meta('og:locale', ogLocales[locale]),
    ...localeIds.filter((id) => id !== locale).map((id) => meta('og:locale:alternate', ogLocales[id])),
    meta('og:image', image),
    meta('og:image:type', 'image/png'),
    meta('og:image:width', String(SHARE_WIDTH)),
    meta('og:image:height', String(SHARE_HEIGHT)),
    meta('og:image:alt', ui.page.shareImageAlt),
    meta('article:published_time', article.published),
    meta('article:modified_time', article.modified),
    `<meta name="twitter:card" content="summary_large_image" />`,
  ];
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: ui.page.title,
    description,
    inLanguage: ui.page.lang,
    url,
    mainEntityOfPage: url,
    datePublished: article.published,
    dateModified: article.modified,
    image: { '@type': 'ImageObject', url: image, width: SHARE_WIDTH, height: SHARE_HEIGHT },
    author: article.byline.author,
    publisher: article.byline.publisher,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: article.basedOn.title,
      url: article.basedOn.url,
      datePublished: article.basedOn.date,
      publisher: { '@type': 'Organization', name: article.basedOn.outlet },
    },
  };
  if (page === 'embed') return tags.join('\n    ');
  return [...tags, `<script type="application/ld+json">\n${scriptJson(ld)}\n    </script>`].join('\n    ');
};

// The page vite built from index.html: one bundle serves both pages.
const template = readFileSync(`${dist}/index.html`, 'utf8');

/** The embed page's entry, from the build's manifest (which does not ship). */
const manifestFile = `${dist}/.vite/manifest.json`;
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
rmSync(`${dist}/.vite`, { recursive: true, force: true });
const embedEntry = manifest['src/embed-boot.ts'];
if (!embedEntry?.isEntry) throw new Error(`[prerender] ${manifestFile}: no entry for src/embed-boot.ts`);
/** Every chunk an entry imports statically (at any depth), to fetch with it rather than one by one. */
const staticImports = (chunk, seen = new Set()) => {
  for (const key of chunk.imports ?? []) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticImports(manifest[key], seen);
  }
  return [...seen].map((key) => manifest[key].file);
};
const pageScript = /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)">/.exec(template)?.[1];
if (!pageScript) throw new Error('[prerender] dist/index.html: no module script');
const embedPreloads = staticImports(embedEntry).map(
  (file) => `<link rel="modulepreload" crossorigin href="./${file}">`,
);
// The embed's entry runs the page's first: it must be one of the chunks it fetches.
if (!embedPreloads.some((tag) => tag.includes(`href="${pageScript}"`)))
  throw new Error(`[prerender] ${embedEntry.file} does not import the page's entry ${pageScript}`);

/**
 * The embed's page: the same template with the embed's entry, marked for the client entry and
 * kept out of search results.
 */
const embedTemplate = template
  .replace(`src="${pageScript}"`, `src="./${embedEntry.file}"`)
  // Fetched as the script is, not before: the words and styles come first.
  .replace('<script type="module"', `${embedPreloads.join('\n    ')}\n    <script type="module"`)
  .replace('<div id="root">', '<div id="root" data-mode="embed">')
  .replace('<meta name="description"', '<meta name="robots" content="noindex" />\n    <meta name="description"');

/** One page in one language: the template, with the rendered markup and the locale's head. */
const prerender = (locale, page) => {
  const file = page === 'embed' ? 'embed.html' : 'index.html';
  const dir = localeDir(locale);
  const { html, ui, description } = render(locale, page);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\sstyle="/i.test(html)) {
    throw new Error(`[prerender] ${dir}${file}: inline script or style attribute in the markup; strict CSP forbids it`);
  }
  let out = (page === 'embed' ? embedTemplate : template)
    .replace(/<html lang="en"/, `<html lang="${escapeHtml(ui.page.lang)}"`)
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(ui.page.title)}</title>`)
    .replace(
      '<meta name="description" content="" />',
      `<meta name="description" content="${escapeHtml(description)}" />\n` +
        `    <link rel="canonical" href="${escapeHtml(`${CANONICAL_URL}${dir}`)}" />\n    ` +
        alternates(page === 'embed' ? 'embed.html' : '') +
        `\n    ${publishingHead(locale, ui, description, page)}`,
    )
    .replace('<div id="root"', `<div id="root" data-locale="${escapeHtml(locale)}"`)
    .replace('<!--app-->', html)
    // The words come first: the script (deferred anyway) must not compete with the HTML and CSS.
    .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
  // A page in a folder reaches the shared assets one level up.
  if (dir) out = out.replaceAll('="./assets/', '="../assets/');
  // The one inline script a page may carry: its structured data, a data block the browser never
  // runs (and the CSP does not block); the embed has none. Any other script must load from a file.
  const inline = (out.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !/\bsrc=/i.test(tag));
  const allowed = page === 'embed' ? [] : ['<script type="application/ld+json">'];
  if (inline.join(' ') !== allowed.join(' '))
    throw new Error(`[prerender] ${dir}${file}: inline scripts other than the JSON-LD data block: ${inline.join(' ')}`);
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

/** The edition's share image, 1200×630 PNG, drawn from its map and headline. */
const shareImage = (locale) => {
  const png = renderShareImage(shareCard(locale, SHARE_MAP_SIZE), fonts);
  const path = `${dist}/${localeDir(locale)}${SHARE_FILE}`;
  mkdirSync(`${dist}/${localeDir(locale)}`, { recursive: true });
  writeFileSync(path, png);
  console.log(`share image dist/${localeDir(locale)}${SHARE_FILE}: ${png.length} bytes`);
};

for (const locale of localeIds) {
  if (!locales[locale] || !ogLocales[locale])
    throw new Error(`[prerender] edition ${locale} has no words or og:locale`);
  prerender(locale, 'page');
  prerender(locale, 'embed');
  shareImage(locale);
}
writeFileSync(`${dist}/sitemap.xml`, sitemap(article.modified));
writeFileSync(`${dist}/robots.txt`, robots());
console.log(`wrote dist/sitemap.xml (${localeIds.length} editions) and dist/robots.txt`);
rmSync(ssr, { recursive: true, force: true });
