// Every date and number one edition shows, formatted ahead of time: the build runs this (in
// Node, as the prerender does, so the text is the same) and ships the table with the edition's
// words; the browser then never needs Intl to hydrate or to follow the story.
import { locales } from '../src/data/copy';
import { isLocale } from '../src/routing/lang';
import { events } from '../src/data/events';
import { sources } from '../src/data/sources';
import { publication } from '../src/data/publication';
import {
  formatDate,
  formatDateRange,
  formatNumber,
  formatYear,
  recordFormats,
  sourceDateStyle,
} from '../src/data/format';
import { makeT } from '../src/data/copy/text';

/** Every string in a copy object. */
const strings = (o: unknown): string[] => {
  if (typeof o === 'string') return [o];
  return o && typeof o === 'object' ? Object.values(o).flatMap(strings) : [];
};

/** Years a timeline axis can label, and the counts the page writes (steps, slides, sources). */
const YEARS = { from: 1990, to: 2030 };
const COUNTS = 40;
/** Every length a map's scale bar can show at any size: 1, 2 or 5 times a power of ten. */
const SCALE_KM = [1, 10, 100, 1000, 10000].flatMap((p) => [1, 2, 5].map((s) => s * p));

export const formatTable = (locale: string): Record<string, string> => {
  if (!isLocale(locale)) throw new Error(`[format-table] no edition "${locale}"`);
  const copy = locales[locale];
  const lang = copy.ui.page.lang;
  const t = makeT(copy);
  return recordFormats(() => {
    // The figures in the words ({figure} and {figure:style}).
    for (const s of strings(copy)) t(s);
    for (const e of Object.values(events)) formatDateRange(e.date, 'end' in e ? e.end : undefined, lang);
    for (const s of Object.values(sources)) formatDate(s.date, lang, sourceDateStyle[s.precision]);
    // Published, updated and corrected (the masthead's dates and the corrections note).
    for (const d of [publication.published, ...publication.updates.map((u) => u.date)]) formatDate(d, lang);
    for (const c of publication.corrections) formatDate(c.date, lang);
    for (let y = YEARS.from; y <= YEARS.to; y++) formatYear(y, lang);
    for (let n = 0; n <= COUNTS; n++) formatNumber(n, lang);
    for (const km of SCALE_KM) formatNumber(km, lang);
  });
};
