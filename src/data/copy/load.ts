// The client's way to the words: only the edition on screen is downloaded (each is a chunk of
// its own), before the prerendered page hydrates. Every edition of ids.ts has its module here
// (`{id}.ts`, exporting `{id}`), found by name: nothing lists them.
import type { StoryCopy } from '../story';
import type { LocaleId } from './ids';
import { provideFormats } from '../format';
import formatTables from 'virtual:formats';

const copies = import.meta.glob<Record<string, StoryCopy>>('./[a-z][a-z].ts');

export const loadCopy = async (locale: LocaleId): Promise<StoryCopy> => {
  const copy = copies[`./${locale}.ts`];
  const table = formatTables[locale];
  if (!copy || !table) throw new Error(`[copy] no words for the edition "${locale}"`);
  // With the words comes their table of dates and numbers, formatted at build (scripts/format-table.ts).
  const [module, formats] = await Promise.all([copy(), table()]);
  const words = module[locale];
  if (!words) throw new Error(`[copy] src/data/copy/${locale}.ts exports no "${locale}"`);
  provideFormats(formats.default);
  return words;
};
