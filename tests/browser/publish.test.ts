// @vitest-environment jsdom
// Ready to publish: every edition's head carries its share card (Open Graph, Twitter) and its
// NewsArticle structured data with the right values; the share images are 1200×630 PNG; the
// sitemap lists every edition with its alternates and robots.txt names it; the page shows when it
// was published and updated, and its corrections. Read from the built site (dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';
import { localeIds, ogLocales, type LocaleId } from '../../src/data/copy/ids';
import { locales, publicationWords } from '../../src/data/copy';
import { localeDir } from '../../src/routing/lang';
import { dateModified, publication } from '../../src/data/publication';
import { sources } from '../../src/data/sources';
import { byline, CANONICAL_URL } from '../../src/config';
import { formatDate } from '../../src/data/format';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const parse = (file: string) => new DOMParser().parseFromString(read(file), 'text/html');

/** The PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({
  signature: png.subarray(0, 8).toString('hex'),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

describe.each(localeIds.map((id) => [id] as [LocaleId]))('%s edition', (locale) => {
  const dir = localeDir(locale);
  const url = `${CANONICAL_URL}${dir}`;
  const ui = locales[locale].ui;

  describe.each(['index.html', 'embed.html'])('%s', (file) => {
    const doc = parse(`${dir}${file}`);
    const meta = (key: string) =>
      [...doc.head.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) =>
        m.getAttribute('content'),
      );

    it('carries the share card', () => {
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content');
      expect(description).toBeTruthy();
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('og:title')).toEqual([doc.title]);
      expect(meta('og:description')).toEqual([description]);
      expect(meta('og:url')).toEqual([url]);
      expect(meta('og:locale')).toEqual([ogLocales[locale]]);
      expect(meta('og:locale:alternate').sort()).toEqual(
        localeIds
          .filter((id) => id !== locale)
          .map((id) => ogLocales[id])
          .sort(),
      );
      expect(meta('og:image')).toEqual([`${url}share-image.png`]);
      expect(meta('og:image:width')).toEqual(['1200']);
      expect(meta('og:image:height')).toEqual(['630']);
      expect(meta('og:image:alt')).toEqual([ui.page.shareImageAlt]);
      expect(meta('article:published_time')).toEqual([publication.published]);
      expect(meta('article:modified_time')).toEqual([dateModified()]);
      expect(meta('twitter:card')).toEqual(['summary_large_image']);
    });

    it.skipIf(file === 'embed.html')('carries NewsArticle structured data, one data block in the head', () => {
      const inline = [...doc.querySelectorAll('script[type="application/ld+json"]')];
      expect(inline).toHaveLength(1);
      expect(inline[0]!.closest('head')).not.toBeNull();
      const ld = JSON.parse(inline[0]!.textContent ?? '') as Record<string, unknown>;
      expect(ld).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: doc.title,
        description: doc.querySelector('meta[name="description"]')?.getAttribute('content'),
        inLanguage: ui.page.lang,
        datePublished: publication.published,
        dateModified: dateModified(),
        image: { url: `${url}share-image.png`, width: 1200, height: 630 },
        author: byline.author,
        publisher: byline.publisher,
        isBasedOn: { url: sources.yonhapKng.url, headline: sources.yonhapKng.title },
      });
    });
  });

  it('embed.html carries no structured data (it is noindex)', () => {
    const doc = parse(`${dir}embed.html`);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('has its share image: a 1200×630 PNG', () => {
    const path = join(DIST, `${dir}share-image.png`);
    expect(existsSync(path)).toBe(true);
    expect(pngSize(readFileSync(path))).toEqual({ signature: '89504e470d0a1a0a', width: 1200, height: 630 });
  });

  it('shows when it was published and updated, and its corrections', () => {
    const doc = parse(`${dir}index.html`);
    const dates = doc.querySelector('.masthead__dek + .masthead__dates');
    expect(dates).not.toBeNull();
    const times = [...dates!.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual([publication.published, dateModified()]);
    expect(times.map((t) => t.textContent)).toEqual([
      formatDate(publication.published, ui.page.lang),
      formatDate(dateModified(), ui.page.lang),
    ]);
    expect(dates!.textContent).toBe(
      `${ui.page.publishedOn.replace('{date}', times[0]!.textContent!)} · ${ui.page.updatedOn.replace('{date}', times[1]!.textContent!)}`,
    );
    const note = doc.querySelector('section.corrections');
    expect(note?.querySelector('h2')?.textContent).toBe(ui.page.correctionsHeading);
    const items = [...(note?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items).toHaveLength(publication.corrections.length);
    publication.corrections.forEach((c, i) => {
      const words = publicationWords[locale].corrections[c.id];
      expect(items[i]).toContain(words.wrong);
      expect(items[i]).toContain(words.right);
    });
    // The note sits at the end of the story, after the sources.
    expect(note?.compareDocumentPosition(doc.querySelector('.source-list')!)).toBe(2);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every edition with its alternates', () => {
    const xml = new DOMParser().parseFromString(read('sitemap.xml'), 'text/xml');
    const urls = [...xml.getElementsByTagName('url')];
    expect(urls.map((u) => u.getElementsByTagName('loc')[0]?.textContent)).toEqual(
      localeIds.map((id) => `${CANONICAL_URL}${localeDir(id)}`),
    );
    for (const u of urls) {
      expect(u.getElementsByTagName('lastmod')[0]?.textContent).toBe(dateModified());
      const links = [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')];
      expect(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])).toEqual([
        ...localeIds.map((id) => [id, `${CANONICAL_URL}${localeDir(id)}`]),
        ['x-default', CANONICAL_URL],
      ]);
    }
  });

  it('robots.txt names the sitemap', () => {
    expect(read('robots.txt')).toMatch(
      new RegExp(`^Sitemap: ${CANONICAL_URL.replace(/[.?]/g, '\\$&')}sitemap\\.xml$`, 'm'),
    );
  });

  it('the offline copies carry no share card or structured data (they point at the site)', () => {
    for (const id of localeIds) {
      const html = read(`${localeDir(id)}kursk-explainer-offline.html`);
      expect(html).not.toMatch(/property="og:|name="twitter:|application\/ld\+json/);
    }
  });
});
