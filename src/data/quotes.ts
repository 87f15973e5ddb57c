// Every quotation the explainer prints: the exact words on record, who said them, where, in which
// language, and our translations. Copy never types quotation marks itself; it asks for a quote by
// id (`inline` in a sentence, `block` for a step's block quote), so only these words can stand
// between quotation marks, and an edition can quote only what has words in its language.
import type { LocaleId } from './copy/ids';
import type { SourceId } from './sources';
import type { StepQuote } from './schema';

export type Quote = {
  /** The words exactly as the source published them. */
  words: string;
  /** The language of `words` as published (not necessarily the language the speaker used). */
  lang: LocaleId;
  /** Who said them, as each edition names the speaker. */
  speaker: Readonly<Record<LocaleId, string>>;
  /** Where the words are on record. */
  sources: readonly SourceId[];
  /** Our translations; an edition with neither `words` nor a translation in its language paraphrases. */
  translations: Readonly<Partial<Record<LocaleId, string>>>;
  /** A phrase taken from a longer quote: that quote's id (its words and translations contain this one's). */
  partOf?: string;
};

const ponomarenko = {
  en: 'Dmytro Ponomarenko, Ukraine’s ambassador to South Korea',
  ko: '드미트로 포노마렌코 주한 우크라이나 대사',
  uk: 'Дмитро Пономаренко, посол України в Республіці Корея',
} as const;

export const quotes = {
  notBargaining: {
    words:
      'Ukraine does not view this matter as a bargaining issue, but rather as one that must be handled in strict accordance with international law and humanitarian principles.',
    lang: 'en',
    speaker: ponomarenko,
    sources: ['yonhapKng'],
    translations: {
      ko: '우크라이나는 이 문제를 협상 대상으로 보지 않으며, 국제법과 인도주의 원칙에 엄격히 따라 처리해야 할 문제로 본다.',
      uk: 'Україна розглядає це питання не як предмет торгу, а як таке, що має вирішуватися суворо відповідно до міжнародного права та гуманітарних принципів.',
    },
  },
  bargainingIssue: {
    words: 'bargaining issue',
    lang: 'en',
    speaker: ponomarenko,
    sources: ['yonhapKng', 'rbcUkraine'],
    translations: { ko: '협상 대상', uk: 'предмет торгу' },
    partOf: 'notBargaining',
  },
  premature: {
    words: 'premature',
    lang: 'en',
    speaker: ponomarenko,
    sources: ['yonhapKng'],
    translations: { ko: '시기상조', uk: 'передчасно' },
  },
  severeSecurityRisk: {
    words: 'severe security risk',
    lang: 'en',
    speaker: ponomarenko,
    sources: ['yonhapKng'],
    translations: { ko: '심각한 안보 위험', uk: 'серйозний ризик для безпеки' },
  },
  // As Chosun Ilbo printed the soldier's words in English. Translating that rendering back into
  // Korean (or on into Ukrainian) would put our words in his mouth: those editions paraphrase.
  asylum: {
    words: 'I plan to apply for asylum and go to S. Korea',
    lang: 'en',
    speaker: {
      en: 'One of the two captured soldiers, to Chosun Ilbo',
      ko: '생포된 북한군 병사 가운데 한 명, 조선일보 인터뷰',
      uk: 'Один із двох полонених військових в інтерв’ю Chosun Ilbo',
    },
    sources: ['kbsDefection', 'asiaEconomy'],
    translations: {},
  },
} as const satisfies Record<string, Quote>;

export type QuoteId = keyof typeof quotes;

type Quotes = typeof quotes;

/** The quotes an edition can print: those published in its language or translated into it. */
export type QuoteIn<L extends LocaleId> = {
  [K in QuoteId]: Quotes[K]['lang'] extends L ? K : L extends keyof Quotes[K]['translations'] ? K : never;
}[QuoteId];

/** Each edition's quotation marks, opening and closing. */
export const quotationMarks: Readonly<Record<LocaleId, readonly [string, string]>> = {
  en: ['“', '”'],
  ko: ['“', '”'],
  uk: ['«', '»'],
};

/** A quote's words in an edition's language: as published, or our translation (none: undefined). */
export const wordsIn = (id: QuoteId, locale: LocaleId): string | undefined => {
  const quote: Quote = quotes[id];
  return quote.lang === locale ? quote.words : quote.translations[locale];
};

const words = (id: QuoteId, locale: LocaleId): string => {
  const found = wordsIn(id, locale);
  if (found === undefined) throw new Error(`[quotes] "${id}" has no words in ${locale}`);
  return found;
};

/** A quote inside a sentence, between the edition's quotation marks. */
export const inline = <L extends LocaleId>(locale: L, id: QuoteIn<L>): string => {
  const [open, close] = quotationMarks[locale];
  return `${open}${words(id, locale)}${close}`;
};

/** A step's block quote: the words in the edition's language, the original beside a translation. */
export const block = <L extends LocaleId>(locale: L, id: QuoteIn<L>): StepQuote => {
  const quote: Quote = quotes[id];
  const cite = quote.speaker[locale];
  return quote.lang === locale
    ? { text: quote.words, cite }
    : { text: words(id, locale), original: quote.words, originalLang: quote.lang, cite };
};
