// The editions' words, for the server and the tests (the client loads one edition: load.ts).
// Each edition of ids.ts has a module of its own, `{id}.ts` exporting `{id}` (typed `satisfies
// StoryCopy`) with its classroom words (`{id}.classroom.ts`) and its side of the quotations
// (`{id}.quotes.ts`, exporting `{id}Quotes`) beside it: found here by name, so adding an edition
// lists it nowhere else.
import type { StoryCopy } from '../story';
import type { EditionQuotes } from '../quotes';
import { localeIds, type LocaleId } from './ids';

export { localeIds, defaultLocale, languageNames, type LocaleId } from './ids';

const modules = import.meta.glob<Record<string, StoryCopy>>('./[a-z][a-z].ts', { eager: true });

const wordsOf = (locale: LocaleId): StoryCopy => {
  const words = modules[`./${locale}.ts`]?.[locale];
  if (!words) throw new Error(`[copy] the edition "${locale}" needs src/data/copy/${locale}.ts exporting "${locale}"`);
  return words;
};

export const locales = Object.fromEntries(localeIds.map((l) => [l, wordsOf(l)])) as Record<LocaleId, StoryCopy>;

const quoteModules = import.meta.glob<Record<string, EditionQuotes>>('./[a-z][a-z].quotes.ts', { eager: true });

const quotesOf = (locale: LocaleId): EditionQuotes => {
  const table = quoteModules[`./${locale}.quotes.ts`]?.[`${locale}Quotes`];
  if (!table)
    throw new Error(`[copy] the edition "${locale}" needs src/data/copy/${locale}.quotes.ts exporting "${locale}Quotes"`);
  return table;
};

/** Each edition's quotation marks, speakers' names and translations (for the server and the fact-check). */
export const quoteTables = Object.fromEntries(localeIds.map((l) => [l, quotesOf(l)])) as Record<LocaleId, EditionQuotes>;
