// The Korean and Ukrainian editions in a real browser: no English left on the page, ?lang=, the
// switcher, and the edition in presentation mode and print. Every step of each edition, with
// overflow, labels and axe, is walked in walk-editions.test.ts.
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/data/steps';
import { locales, type LocaleId } from '../../src/data/copy';
import { makeT } from '../../src/data/copy/text';
import { defaultLocale, localeIds } from '../../src/data/copy/ids';
import { axe, chromiumPath, collectErrors, setupSite, waitLive } from './harness';

const site = setupSite();
const en = locales.en;
const tEn = makeT(en);

/** Every English sentence or label a reader could see, with its figures filled in. */
const englishStrings = (() => {
  const out: string[] = [];
  const walk = (o: unknown, path: string) => {
    if (typeof o === 'string') {
      // The quote's English original is meant to be there; so are names and symbols. The key's
      // country names stand in that quote and in outlets' names too (RBC-Ukraine, Interfax-Ukraine).
      if (path.endsWith('.quote.text') || path.endsWith('.lang') || /\.map\.key(Ukraine|Russia)$/.test(path)) return;
      const text = tEn(o, { n: '1', total: '2', count: '3', km: '4', heading: '' });
      if (/[a-z]{3}/i.test(text)) out.push(text);
      return;
    }
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) walk(v, `${path}.${k}`);
  };
  walk(en, '');
  return out;
})();

const open = async (locale: LocaleId, viewport: { width: number; height: number }, path = '') => {
  const page = await site.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${site.url()}${locale}/${path}`);
  await waitLive(page);
  return { page, errors };
};

describe.skipIf(!chromiumPath).each(localeIds.filter((l) => l !== defaultLocale))('the %s edition', (locale) => {
  const copy = locales[locale];

  it('shows no English UI string or sentence (only source titles and the quoted original)', async () => {
    const { page } = await open(locale, { width: 1280, height: 800 });
    // Everything but the sources list, whose titles are the publications' own (in English)
    const text = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      // (and the outlets' names where a step or term cites them: "The Kyiv Independent").
      copy.querySelectorAll('.source-list, [class$="__sources"]').forEach((el) => el.remove());
      document.body.append(copy);
      copy.hidden = false;
      const t = copy.innerText;
      copy.remove();
      return t.replace(/\s+/g, ' ');
    });
    expect(text.length).toBeGreaterThan(5000);
    // Whole words or sentences: "Sources", "Next" or a whole paragraph, wherever it stands.
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const left = englishStrings.filter((s) =>
      new RegExp(`(^|[^\\p{L}])${escape(s.replace(/\s+/g, ' '))}($|[^\\p{L}])`, 'u').test(text),
    );
    expect(left).toEqual([]);
    // The accessible names of the controls too.
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
    );
    expect(names.filter((n) => englishStrings.includes(n))).toEqual([]);
  });

  it('has hreflang alternates, and a language switcher that leads to the other editions', async () => {
    const { page } = await open(locale, { width: 1280, height: 800 });
    const alternates = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('hreflang')),
    );
    expect(alternates.sort()).toEqual([...localeIds, 'x-default'].sort());
    const nav = page.getByRole('navigation', { name: copy.ui.page.languageLabel });
    expect(await nav.getByRole('link').count()).toBe(localeIds.length);
    expect(await nav.locator('[aria-current="page"]').getAttribute('hreflang')).toBe(locale);
    await nav.getByRole('link', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('presents and prints in its language', async () => {
    const { page } = await open(locale, { width: 1920, height: 1080 }, '?present#envoy');
    await page.waitForSelector('.present[data-slide="envoy"]');
    expect(await page.textContent('.present__heading')).toBe(makeT(copy)(copy.steps.envoy.heading));
    // The quote: the English original, marked as English, and beside it the translation, marked
    // as the edition's language (so it is read, and hyphenated, as such).
    const quoted = (root: string) =>
      page.evaluate((sel) => {
        const scope = document.querySelector(sel);
        const original = scope?.querySelector('blockquote > p:first-child');
        const translation = scope?.querySelector('.present__translation, .step__translation');
        return {
          original: original?.textContent ?? null,
          originalLang: original?.closest('[lang]')?.getAttribute('lang') ?? null,
          translation: translation?.textContent ?? null,
          translationLang: translation?.closest('[lang]')?.getAttribute('lang') ?? null,
        };
      }, root);
    const quote = copy.steps.envoy.quote!;
    const marked = { original: quote.original, originalLang: 'en', translation: quote.text, translationLang: locale };
    expect(await quoted('.present__quote')).toEqual(marked);
    expect((await axe(page)).length).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.scrolly');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(
      (n) => document.querySelectorAll('.handout__figure .map__svg').length === n,
      steps.length,
    );
    expect(await page.textContent('.handout h2')).toBe(copy.ui.classroom.handoutHeading);
    // The handout quotes the same way: original and translation, each in its language.
    expect(await quoted('.handout .step__quote')).toEqual(marked);
  });
});

describe.skipIf(!chromiumPath)('?lang=', () => {
  it.each([
    ['?lang=ko', '/ko/', 'ko'],
    ['?lang=uk&step=gains', '/uk/', 'uk'],
    ['ko/?lang=en', '/', 'en'],
    ['?lang=de', '/', 'en'],
    ['?lang=%3Cscript%3E', '/', 'en'],
    ['embed.html?lang=uk', '/uk/embed.html', 'uk'],
  ])('%s opens %s', async (path, pathname, lang) => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url() + path);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await waitLive(page);
    expect(new URL(page.url()).pathname).toBe(pathname);
    expect(errors).toEqual([]);
  });
});
