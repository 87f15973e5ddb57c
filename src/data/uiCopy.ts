// The shape of an edition's interface words (`ui` in its copy), grouped by the feature that
// shows them; a component that needs one group takes that group.
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
