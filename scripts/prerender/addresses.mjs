// What the prerender writes about addresses and escaping: HTML attribute text, JSON inside a
// script element, each page's hreflang alternates, the sitemap and robots.txt, for every edition.

/** Text safe inside an HTML attribute or element. */
export const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside a script element: nothing in it may end the element or open a comment. */
export const scriptJson = (value) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The site's addresses, from its canonical root and its editions (x-default: English, at the root). */
export const addresses = ({ canonical, localeIds, localeDir }) => {
  const pageUrl = (locale) => `${canonical}${localeDir(locale)}`;

  /** Every edition's address of a file, for hreflang alternates. */
  const alternates = (file) =>
    [
      ...localeIds.map(
        (id) => `<link rel="alternate" hreflang="${id}" href="${escapeHtml(`${canonical}${localeDir(id)}${file}`)}" />`,
      ),
      `<link rel="alternate" hreflang="x-default" href="${escapeHtml(`${canonical}${file}`)}" />`,
    ].join('\n    ');

  /** Every edition's page, each listing all the editions as alternates, last modified `modified`. */
  const sitemap = (modified) => {
    const links = localeIds
      .map((id) => `    <xhtml:link rel="alternate" hreflang="${id}" href="${escapeHtml(pageUrl(id))}" />`)
      .concat(`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(canonical)}" />`)
      .join('\n');
    const urls = localeIds.map(
      (id) =>
        `  <url>\n    <loc>${escapeHtml(pageUrl(id))}</loc>\n    <lastmod>${modified}</lastmod>\n${links}\n  </url>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
      `${urls.join('\n')}\n</urlset>\n`
    );
  };

  // The embeds and the offline copies carry noindex themselves; robots.txt only names the sitemap.
  const robots = () => `User-agent: *\nAllow: /\n\nSitemap: ${canonical}sitemap.xml\n`;

  return { pageUrl, alternates, sitemap, robots };
};
