// The client's way to the words: only the edition on screen is downloaded (each is a chunk of
// its own), before the prerendered page hydrates.
import type { StoryCopy } from '../story';
import type { LocaleId } from './ids';
import { provideFormats } from '../format';

// With the words comes their table of dates and numbers, formatted at build (scripts/format-table.ts).
const loaders: Record<LocaleId, () => Promise<[StoryCopy, Readonly<Record<string, string>>]>> = {
  en: () => Promise.all([import('./en').then((m) => m.en), import('virtual:formats/en').then((m) => m.default)]),
  ko: () => Promise.all([import('./ko').then((m) => m.ko), import('virtual:formats/ko').then((m) => m.default)]),
  uk: () => Promise.all([import('./uk').then((m) => m.uk), import('virtual:formats/uk').then((m) => m.default)]),
};

export const loadCopy = async (locale: LocaleId): Promise<StoryCopy> => {
  const [copy, table] = await loaders[locale]();
  provideFormats(table);
  return copy;
};
