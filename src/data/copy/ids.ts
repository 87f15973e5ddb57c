// The editions' ids and their names, without their words: the client loads only the words of
// the edition it shows (load.ts).
export const localeIds = ['en', 'ko', 'uk'] as const;

export type LocaleId = (typeof localeIds)[number];

export const defaultLocale: LocaleId = 'en';

/** Each language's name in itself, for the switcher (the same on every edition). */
export const languageNames: Record<LocaleId, string> = { en: 'English', ko: '한국어', uk: 'Українська' };

/** Each edition's language and territory as Open Graph writes it (og:locale). */
export const ogLocales: Record<LocaleId, string> = { en: 'en_US', ko: 'ko_KR', uk: 'uk_UA' };
