// The editions, declared once: each one's id and what the site needs to know of it before its
// words are loaded. Every other list of editions (the copy modules and their loaders, the
// prerendered pages, the embed's reserved heights, the headers, the tests) is derived from this
// record; the client loads only the words of the edition it shows (load.ts).

type Edition = {
  /** The language's name in itself, for the switcher (the same on every edition). */
  name: string;
  /** Language and territory as Open Graph writes it (og:locale). */
  ogLocale: string;
  /**
   * The height its embed takes, px, at 390 px wide (phone) and from 900 px (desktop): what a
   * snippet reserves before the frame reports its own (measured by
   * tests/browser/embed-height.test.ts).
   */
  embedHeight: { phone: number; desktop: number };
};

export const editions = {
  en: { name: 'English', ogLocale: 'en_US', embedHeight: { phone: 1620, desktop: 1130 } },
  ko: { name: '한국어', ogLocale: 'ko_KR', embedHeight: { phone: 1665, desktop: 1160 } },
  uk: { name: 'Українська', ogLocale: 'uk_UA', embedHeight: { phone: 1820, desktop: 1190 } },
} as const satisfies Record<string, Edition>;

export type LocaleId = keyof typeof editions;

/** The editions' ids, in the record's order (the switcher's). */
export const localeIds = /* @__PURE__ */ Object.keys(editions) as LocaleId[];

export const defaultLocale: LocaleId = 'en';

/** Each language's name in itself, for the switcher. */
export const languageNames = /* @__PURE__ */ Object.fromEntries(localeIds.map((l) => [l, editions[l].name])) as Record<
  LocaleId,
  string
>;

/** Each edition's language and territory as Open Graph writes it (og:locale). */
export const ogLocales = /* @__PURE__ */ Object.fromEntries(localeIds.map((l) => [l, editions[l].ogLocale])) as Record<
  LocaleId,
  string
>;
