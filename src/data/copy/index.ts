// The editions' words, for the server and the tests (the client loads one edition: load.ts).
// Each edition of ids.ts has a module of its own, `{id}.ts` exporting `{id}` (typed `satisfies
// StoryCopy`) with its classroom words (`{id}.classroom.ts`) and its side of the quotations
// (`{id}.quotes.ts`, exporting `{id}Quotes`) beside it, and its words for the publication record
// (`{id}.publication.ts`, exporting `{id}Publication`): found here by name, so adding an edition
// lists it nowhere else.
import type { StoryCopy } from '../story';
import type { EditionQuotes } from '../quotes';
import type { PublicationCopy } from '../publication';
import { localeIds, type LocaleId } from './ids';

export { localeIds, defaultLocale, languageNames, type LocaleId } from './ids';

const modules = import.meta.glob<Record<string, StoryCopy>>('./[a-z][a-z].ts', { eager: true });

const wordsOf = (locale: LocaleId): StoryCopy => {
  const words = modules[`./${locale}.ts`]?.[locale];
  if (!words) throw new Error(`[copy] the edition "${locale}" needs src/data/copy/${locale}.ts exporting "${locale}"`);
  return words;
};

export const locales = Object.fromEntries(localeIds.map((l) => [l, wordsOf(l)])) as Record<LocaleId, StoryCopy>;

/** An edition's module `./{id}.{part}.ts`, exporting `{id}{Part}`, found by name. */
const partOf = <T>(modules: Record<string, Record<string, T>>, part: string, locale: LocaleId): T => {
  const name = `${locale}${part.charAt(0).toUpperCase()}${part.slice(1)}`;
  const found = modules[`./${locale}.${part}.ts`]?.[name];
  if (!found)
    throw new Error(`[copy] the edition "${locale}" needs src/data/copy/${locale}.${part}.ts exporting "${name}"`);
  return found;
};

const quoteModules = import.meta.glob<Record<string, EditionQuotes>>('./[a-z][a-z].quotes.ts', { eager: true });
const publicationModules = import.meta.glob<Record<string, PublicationCopy>>('./[a-z][a-z].publication.ts', {
  eager: true,
});

/** Each edition's quotation marks, speakers' names and translations (for the server and the fact-check). */
export const quoteTables = Object.fromEntries(localeIds.map((l) => [l, partOf(quoteModules, 'quotes', l)])) as Record<
  LocaleId,
  EditionQuotes
>;

/** Each edition's words for the publication record: its updates and corrections (the server's). */
export const publicationWords = Object.fromEntries(
  localeIds.map((l) => [l, partOf(publicationModules, 'publication', l)]),
) as Record<LocaleId, PublicationCopy>;
