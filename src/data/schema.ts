// The shapes of the explainer's data that name no id of it: a leaf every data module may import.
// Structure (ids, dates, geometry, sources) lives in the data modules, and the shapes that name
// their ids sit beside them (TimelineEvent in events.ts, StepDef and the graphic's state in
// steps.ts, Figure in figures.ts); every word a reader sees lives in a locale's copy.

import type { LocaleId } from './copy/ids';
import type { UiCopy } from './uiCopy';

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;

/** How precisely a date is known: a day, a month or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

export type Source = {
  /** Publication or organisation, as it names itself. */
  outlet: string;
  /** The headline, or (when `described`) our description of the document. */
  title: string;
  /** True when `title` is a description of the document rather than its headline. */
  described?: boolean;
  /**
   * Publication date; for a reference page with none (`accessed`), when it was read. Never the
   * date of the event a page describes.
   */
  date: IsoDate;
  precision: DatePrecision;
  /** `date` is when the page was read: a reference page (Wikipedia) that has no publication date. */
  accessed?: true;
  url: string;
};

export type Place = {
  /** Degrees north (WGS84). */
  lat: number;
  /** Degrees east (WGS84). */
  lon: number;
  /** Which country's marker style it takes. */
  country: 'UA' | 'RU' | 'KP' | 'KR';
};

/**
 * A stretch of the broken time axis: each gets a share of the axis by weight. A short stretch
 * is labelled once with its year (`middle`); a long one at its start and every January 1.
 */
export type AxisSegment = { from: IsoDate; to: IsoDate; weight: number; ticks: 'middle' | 'years' };

export type MapLayer = 'wide' | 'region';

export type MapView = {
  layer: MapLayer;
  /** [[west, south], [east, north]] in degrees: what the view must show. */
  bounds: readonly [readonly [number, number], readonly [number, number]];
  /** Area labels placed at fixed points (key into the copy's `areas`). */
  labels: readonly { area: string; lon: number; lat: number }[];
  /** Entries of the map's key left out in this view: areas it does not show. */
  omitFromKey?: readonly ('ukraine' | 'russia')[];
};

// ---- Copy: every string for one locale. Keys are checked against the structure's ids. ----

export type StepCopy = {
  kicker: string;
  heading: string;
  /** Paragraphs; `{name}` inserts a formatted figure. */
  body: readonly string[];
  /** An exact quote, shown as a block quote after the body: made by `block()` from src/data/quotes.ts. */
  quote?: StepQuote;
  /** What the graphic shows at this step, for readers who cannot see it. */
  alt: string;
};

/** A block quote as an edition shows it: its words, or a translation beside the original. */
export type StepQuote = { text: string; /** Who said it. */ cite: string } & (
  | { original?: undefined; originalLang?: undefined }
  | { /** The words as published, when `text` is a translation. */ original: string; originalLang: LocaleId }
);

export type EventCopy = { title: string; summary: string };

/** What a teacher sees beside a step in presentation mode (and in the handout). */
export type TeacherNoteCopy = {
  /** What to point at on the graphic or in the words. */
  point: string;
  /** A question to ask the class. */
  ask: string;
  /** A term to explain, in the glossary's own words if it has one (optional). */
  explain?: string;
};

export type GlossaryCopy = { term: string; definition: string };

export type Copy<
  StepId extends string,
  EventId extends string,
  PlaceId extends string,
  AreaId extends string,
  TermId extends string,
  QuestionId extends string,
> = {
  ui: UiCopy;
  steps: Record<StepId, StepCopy>;
  events: Record<EventId, EventCopy>;
  places: Record<PlaceId, string>;
  /** A place's status where a step notes it (the second line of its map label). */
  placeNotes: Partial<Record<PlaceId, string>>;
  areas: Record<AreaId, string>;
  /**
   * An area's shorter name, the way maps abbreviate it (N. KOREA), or its name without what the
   * map's key says (Crimea, its hatching keyed as occupied since 2014): set only where its name
   * does not fit beside its country, on one to three lines, or where only the shorter one fits
   * inside its shape in focus.
   */
  areasShort: Partial<Record<AreaId, string>>;
  /** Teacher notes, one per step. */
  notes: Record<StepId, TeacherNoteCopy>;
  glossary: Record<TermId, GlossaryCopy>;
  questions: Record<QuestionId, string>;
};
