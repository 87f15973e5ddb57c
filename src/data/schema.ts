// The shapes of the explainer's data that name no id of it: a leaf every data module may import.
// Structure (ids, dates, geometry, sources) lives in the data modules, and the shapes that name
// their ids sit beside them (TimelineEvent in events.ts, StepDef and the graphic's state in
// steps.ts, Figure in figures.ts); every word a reader sees lives in a locale's copy.

import type { LocaleId } from './copy/ids';

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

export type UiCopy = {
  /** The page: its title and headline, dates, corrections, language switcher and skip link. */
  page: {
    lang: string;
    /** The switcher's accessible name. */
    languageLabel: string;
    title: string;
    description: string;
    kicker: string;
    headline: string;
    dek: string;
    published: string;
    /** "Published {date}": when the explainer was published. */
    publishedOn: string;
    /** "Updated {date}": its latest update or correction. */
    updatedOn: string;
    /** "Printed {date}": the handout's date line, after the publication date. */
    printedOn: string;
    correctionsHeading: string;
    correctionsIntro: string;
    /** The share image's text alternative (og:image:alt). */
    shareImageAlt: string;
    skipToStory: string;
    credits: string;
  };
  /** The scroll story: its steps, progress, stepper and sharing a step. */
  story: {
    storyLabel: string;
    stepSources: string;
    progressLabel: string;
    stepAnnouncement: string;
    /** The embed's stepper: its name, its buttons, and "Step {n} of {total}". */
    stepperLabel: string;
    previous: string;
    next: string;
    stepCount: string;
    /** The button on each step's card, what it says once the link is copied, and before the link when it could not. */
    shareStep: string;
    shareCopied: string;
    shareFailed: string;
  };
  /** The timeline: its list and the graphic’s strip. */
  timeline: {
    heading: string;
    intro: string;
    afterInterview: string;
    /** In place of the timeline, or of the whole graphic, when it fails. */
    error: string;
  };
  /** The list of sources. */
  sources: {
    heading: string;
    intro: string;
    describedSource: string;
  };
  /** The map: its key, scale bar, credit and what shows when it fails. */
  map: {
    credit: string;
    /** The map's key: Ukraine, Russia, the area in focus and the occupied areas. */
    keyUkraine: string;
    keyRussia: string;
    keyFocus: string;
    keyOccupied: string;
    approximate: string;
    distanceLabel: string;
    kilometres: string;
    graphicLabel: string;
    loadError: string;
    graphicError: string;
  };
  /** The embed: its panel of snippets and the frame’s own words. */
  embed: {
    /** The embed's footer: where the sources are, and the way out to the full page. */
    sources: string;
    openFull: string;
    /** The "Embed this explainer" panel. */
    heading: string;
    intro: string;
    script: string;
    iframe: string;
    amp: string;
    frameTitle: string;
    overflow: string;
    copyCode: string;
    copied: string;
    copyFailed: string;
  };
  /** For the classroom: its section, the handout and the offline copy. */
  classroom: {
    /** Classroom: the section at the end of the story, its tools, presentation mode, print. */
    heading: string;
    intro: string;
    glossaryHeading: string;
    questionsHeading: string;
    present: string;
    printHandout: string;
    offlineCopy: string;
    offlineNote: string;
    handoutHeading: string;
    handoutFigure: string;
  };
  /** Presentation mode: its slides, keys and dialogs. */
  deck: {
    label: string;
    slideCount: string;
    exit: string;
    keysHeading: string;
    keysNext: string;
    keysPrevious: string;
    keysFirstLast: string;
    keysFullscreen: string;
    keysBlack: string;
    keysEscape: string;
    keysGoTo: string;
    keysHelp: string;
    keysNotes: string;
    goToHeading: string;
    close: string;
    fullscreenRefused: string;
    blackScreen: string;
  };
  /** The presenter’s notes. */
  notes: {
    heading: string;
    point: string;
    ask: string;
    explain: string;
    next: string;
    end: string;
  };
};

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
  /** Teacher notes, one per step. */
  notes: Record<StepId, TeacherNoteCopy>;
  glossary: Record<TermId, GlossaryCopy>;
  questions: Record<QuestionId, string>;
};
