// Turns the copy's `{figure}` and `{figure:style}` placeholders into text for a locale.
import { figures, type FigureId } from './figures';
import { places } from './places';
import type { IsoDate } from './schema';

export type DateStyle = 'full' | 'short' | 'month' | 'year';

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { year: 'numeric', month: 'long', day: 'numeric' },
  short: { month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

export const EARTH_RADIUS_KM = 6371;

/**
 * ICU versions differ in the spaces they put in dates and numbers (Node 20 writes thin spaces
 * around a range's dash, Chromium plain ones; Korean ranges come as 9일~11일 or 9일 ~ 11일;
 * Ukrainian "2025 р." with a plain or a narrow space),
 * which would make hydration mismatch. One form for each.
 */
const spaces = (s: string) =>
  s
    .replace(/[\u00a0\u2009\u202f]/g, '\u00a0')
    .replace(/\s*\u2013\s*/g, '\u00a0\u2013 ')
    .replace(/\s*~\s*/g, '~')
    // Ukrainian years end in "р." (рік): joined to the year by a plain or narrow space.
    .replace(/[ \u00a0\u2009\u202f](?=р{1,2}\.)/g, '\u00a0');

/** Parses an ISO date as a UTC day, so every time zone shows the same date. */
export const parseIsoDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);

// Building an Intl formatter is costly (milliseconds on a phone); each is made once and reused.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const dateFormat = (locale: string, style: DateStyle): Intl.DateTimeFormat => {
  const key = `d:${locale}:${style}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...dateOptions[style], timeZone: 'UTC' })));
  return f;
};
const numberFormat = (locale: string): Intl.NumberFormat => {
  const key = `n:${locale}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale)));
  return f;
};

// Formatted text made ahead of time: at build, every date and number an edition shows is
// formatted once (scripts/format-table.ts) and shipped with its words, so the browser reads them
// instead of starting its Intl machinery, which costs tens of milliseconds on a phone. Anything
// not in the table is formatted here as before.
const known = new Map<string, string>();
let recording: Map<string, string> | null = null;

const remember = (key: string, make: () => string): string => {
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const made = make();
  recording?.set(key, made);
  return made;
};

/** Adds formatted text made ahead of time (an edition's table). */
export const provideFormats = (table: Readonly<Record<string, string>>): void => {
  for (const [key, text] of Object.entries(table)) if (typeof text === 'string') known.set(key, text);
};

/** Runs `work` and returns every text it formatted, by key: how the tables are made. */
export const recordFormats = (work: () => void): Record<string, string> => {
  const outer = recording;
  recording = new Map();
  try {
    work();
    return Object.fromEntries(recording);
  } finally {
    recording = outer;
  }
};

export const formatDate = (iso: IsoDate, locale: string, style: DateStyle = 'full'): string =>
  remember(`d|${locale}|${style}|${iso}`, () => spaces(dateFormat(locale, style).format(parseIsoDate(iso))));

/** A year as the locale writes it on its own (1994, 1994년, 1994 р.). */
export const formatYear = (year: number, locale: string): string =>
  remember(`y|${locale}|${year}`, () => spaces(dateFormat(locale, 'year').format(Date.UTC(year, 6, 1))));

/** A span of days, e.g. "February 27 – March 18, 2014"; a single date when there is no end. */
export const formatDateRange = (start: IsoDate, end: IsoDate | undefined, locale: string): string =>
  remember(`r|${locale}|${start}|${end ?? ''}`, () => {
    const f = dateFormat(locale, 'full');
    return spaces(
      end && end !== start ? f.formatRange(parseIsoDate(start), parseIsoDate(end)) : f.format(parseIsoDate(start)),
    );
  });

export const formatNumber = (value: number, locale: string): string =>
  remember(`n|${locale}|${value}`, () => spaces(numberFormat(locale).format(value)));

/** The style a source's date is written in, by its precision. */
export const sourceDateStyle = { day: 'full', month: 'month', year: 'year' } as const satisfies Record<
  string,
  DateStyle
>;

const RAD = Math.PI / 180;

/**
 * The great-circle angle between two [lon, lat] points, in radians: d3-geo's geoDistance formula
 * (the spherical Vincenty form), here so the words need no map code.
 */
export const angularDistance = ([lon0, lat0]: [number, number], [lon1, lat1]: [number, number]): number => {
  const dLon = Math.abs(lon1 - lon0) * RAD;
  const [sin0, cos0, sin1, cos1] = [
    Math.sin(lat0 * RAD),
    Math.cos(lat0 * RAD),
    Math.sin(lat1 * RAD),
    Math.cos(lat1 * RAD),
  ];
  const x = cos1 * Math.sin(dLon);
  const y = cos0 * sin1 - sin0 * cos1 * Math.cos(dLon);
  const z = sin0 * sin1 + cos0 * cos1 * Math.cos(dLon);
  return Math.atan2(Math.sqrt(x * x + y * y), z);
};

/** Great-circle distance between two places, in km. */
export const distanceKm = (from: keyof typeof places, to: keyof typeof places): number => {
  const a = places[from];
  const b = places[to];
  return angularDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
};

/** The distance between two places, rounded to `round` km, in the locale's pattern ("about {km} km"). */
export const formatDistance = (
  from: keyof typeof places,
  to: keyof typeof places,
  round: number,
  locale: string,
  unitKm: string,
): string => unitKm.replace('{km}', formatNumber(Math.round(distanceKm(from, to) / round) * round, locale));

/** A figure as text; `unitKm` is the locale's pattern for distances, e.g. "about {km} km". */
export const formatFigure = (id: FigureId, locale: string, unitKm: string, style?: string): string => {
  const figure = figures[id];
  switch (figure.kind) {
    case 'number':
      return formatNumber(figure.value, locale);
    case 'date':
      return formatDate(figure.date, locale, isDateStyle(style) ? style : 'full');
    case 'distance': {
      return formatDistance(figure.from, figure.to, figure.round, locale, unitKm);
    }
  }
};

const isDateStyle = (s: string | undefined): s is DateStyle => s !== undefined && s in dateOptions;

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

/** Names of the placeholders in a text, for the data tests. */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

export const isFigureId = (name: string): name is FigureId => Object.hasOwn(figures, name);

/** Fills a copy string's placeholders; unknown names are left as written so tests can catch them. */
export const fill = (text: string, locale: string, unitKm: string, extra: Record<string, string> = {}): string =>
  text.replace(PLACEHOLDER, (whole, name: string, style?: string) => {
    const given = extra[name];
    if (given !== undefined) return given;
    return isFigureId(name) ? formatFigure(name, locale, unitKm, style) : whole;
  });
