// Every quotation the explainer prints: the exact words on record, who said them and where. Copy
// never types quotation marks itself; it asks for a quote by id (`inline` in a sentence, `block`
// for a step's block quote), so only these words can stand between quotation marks. Each edition's
// side of it (its quotation marks, how it names the speakers, our translations) is in its own copy
// files (`copy/{id}.quotes.ts`), so an edition can quote only what has words in its language.
import type { LocaleId } from './copy/ids';
import type { SourceId } from './sources';
import type { StepQuote } from './schema';

/** Who is quoted (each edition names them in its `speakers`). */
export type SpeakerId = 'ponomarenko' | 'soldier';

export type Quote = {
  /** The words exactly as the source published them. */
  words: string;
  /** The language of `words` as published (not necessarily the language the speaker used). */
  lang: LocaleId;
  speaker: SpeakerId;
  /** Where the words are on record. */
  sources: readonly SourceId[];
  /** A phrase taken from a longer quote: that quote's id (its words and translations contain this one's). */
  partOf?: string;
};

export const quotes = {
  notBargaining: {
    words:
      'Ukraine does not view this matter as a bargaining issue, but rather as one that must be handled in strict accordance with international law and humanitarian principles.',
    lang: 'en',
    speaker: 'ponomarenko',
    sources: ['yonhapKng'],
  },
  bargainingIssue: {
    words: 'bargaining issue',
    lang: 'en',
    speaker: 'ponomarenko',
    sources: ['yonhapKng', 'rbcUkraine'],
    partOf: 'notBargaining',
  },
  premature: { words: 'premature', lang: 'en', speaker: 'ponomarenko', sources: ['yonhapKng'] },
  severeSecurityRisk: { words: 'severe security risk', lang: 'en', speaker: 'ponomarenko', sources: ['yonhapKng'] },
  // As Chosun Ilbo printed the soldier's words in English. Translating that rendering back into
  // Korean (or on into Ukrainian) would put our words in his mouth: those editions paraphrase.
  asylum: {
    words: 'I plan to apply for asylum and go to S. Korea',
    lang: 'en',
    speaker: 'soldier',
    sources: ['kbsDefection', 'asiaEconomy'],
  },
} as const satisfies Record<string, Quote>;

export type QuoteId = keyof typeof quotes;

/** An edition's side of the quotations. */
export type EditionQuotes = {
  /** Its quotation marks, opening and closing. */
  marks: readonly [string, string];
  /** How it names each speaker under a block quote. */
  speakers: Readonly<Record<SpeakerId, string>>;
  /** Our translations; a quote with neither its words nor a translation in the language is paraphrased. */
  translations: Readonly<Partial<Record<QuoteId, string>>>;
};

/** The quotes an edition can print: those published in its language or translated into it. */
export type QuoteIn<L extends LocaleId, T extends EditionQuotes> = {
  [K in QuoteId]: (typeof quotes)[K]['lang'] extends L ? K : K extends keyof T['translations'] ? K : never;
}[QuoteId];

/** A quote's words in an edition's language: as published, or our translation (none: undefined). */
export const wordsIn = (id: QuoteId, locale: LocaleId, edition: EditionQuotes): string | undefined => {
  const quote: Quote = quotes[id];
  return quote.lang === locale ? quote.words : edition.translations[id];
};

/** The two ways an edition's copy quotes, bound to its language and its table. */
export const quoting = <L extends LocaleId, T extends EditionQuotes>(locale: L, edition: T) => {
  const words = (id: QuoteId): string => {
    const found = wordsIn(id, locale, edition);
    if (found === undefined) throw new Error(`[quotes] "${id}" has no words in ${locale}`);
    return found;
  };
  const [open, close] = edition.marks;
  return {
    /** A quote inside a sentence, between the edition's quotation marks. */
    inline: (id: QuoteIn<L, T>): string => `${open}${words(id)}${close}`,
    /** A step's block quote: the words in the edition's language, the original beside a translation. */
    block: (id: QuoteIn<L, T>): StepQuote => {
      const quote: Quote = quotes[id];
      const cite = edition.speakers[quote.speaker];
      return quote.lang === locale
        ? { text: quote.words, cite }
        : { text: words(id), original: quote.words, originalLang: quote.lang, cite };
    },
  };
};
