// The editions' addresses: English at the root, every other language in a folder of its own
// (ko/, uk/), each page prerendered. `?lang=` on any page leads to the same page in that
// language; anything else there is ignored.
import { defaultLocale, languageNames, localeIds, type LocaleId } from '../data/copy/ids';
import { parseHref } from './address';

export { localeIds };

export const isLocale = (value: unknown): value is LocaleId =>
  typeof value === 'string' && (localeIds as readonly string[]).includes(value);

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES = languageNames;

/** The folder of a locale's pages, relative to the site root: '' or 'ko/'. */
export const localeDir = (locale: LocaleId) => (locale === defaultLocale ? '' : `${locale}/`);

/** From a page in `from` to the same page in `to`, as a relative address. */
export const relativeLocalePath = (from: LocaleId, to: LocaleId, page: 'index' | 'embed' = 'index') => {
  const up = from === defaultLocale ? './' : '../';
  const file = page === 'embed' ? 'embed.html' : '';
  return `${up}${localeDir(to)}${file}` || './';
};

/** Where `?lang=` asks to go from this page (in `pageLocale`), or null to stay. */
export const langRedirect = (href: string, pageLocale: LocaleId): string | null => {
  const url = parseHref(href);
  if (!url) return null;
  const wanted = url.searchParams.get('lang');
  url.searchParams.delete('lang');
  if (!isLocale(wanted) || wanted === pageLocale) return null;
  const slash = url.pathname.lastIndexOf('/');
  const dir = url.pathname.slice(0, slash + 1);
  const file = url.pathname.slice(slash + 1);
  const own = localeDir(pageLocale);
  const root = own && dir.endsWith(`/${own}`) ? dir.slice(0, dir.length - own.length) : dir;
  url.pathname = `${root}${localeDir(wanted)}${file}`;
  return url.href;
};
