// The fact-check's rules, so they cannot come back: quotation marks only around attested words
// (src/data/quotes.ts), reference pages dated by when they were read, and the corrections that
// were easy to get wrong (the NIS date, one day of capture, names, kickers, day ranges).
import { describe, expect, it } from 'vitest';
import { locales, publicationWords, quoteTables, type LocaleId } from '../../src/data/copy';
import { quotes, wordsIn as wordsOf, type Quote, type QuoteId } from '../../src/data/quotes';
import { events, sources, steps } from '../../src/data/story';
import type { SourceId } from '../../src/data/sources';
import type { StoryCopy } from '../../src/data/story';
import type { Source, StepQuote } from '../../src/data/types';
import { formatDateRange } from '../../src/data/format';
import { makeT } from '../../src/data/copy/text';
import { strings } from './strings';

const INTERVIEW = '2025-03-23';
const quoteIds = Object.keys(quotes) as QuoteId[];
const editions = Object.entries(locales) as [LocaleId, StoryCopy][];
const wordsIn = (id: QuoteId, locale: LocaleId) => wordsOf(id, locale, quoteTables[locale]);

/** Every character that opens or closes a quotation in the editions' languages. */
const QUOTATION_MARK = /["“”„‟«»‹›‘’‚‛「」『』]/u;

/**
 * A copy string without its attested quotes (the list's words between the edition's marks) and
 * without apostrophes: ’ or ' between two letters (Russia’s, інтерв’ю, без’ядерна), or closing an
 * English plural possessive (the soldiers’ fate). ‘ is never an apostrophe, so a quotation in
 * single marks is still caught by its opening mark. Ukrainian ʼ (U+02BC) is a letter, not a mark.
 */
const unquoted = (text: string, locale: LocaleId): string => {
  const [open, close] = quoteTables[locale].marks;
  let rest = text;
  for (const id of quoteIds) {
    const words = wordsIn(id, locale);
    if (words !== undefined) rest = rest.split(`${open}${words}${close}`).join(' ');
  }
  return rest.replace(/(?<=\p{L})[’'](?=\p{L})/gu, '').replace(/(?<=\p{L}s)’(?!\p{L})/gu, '');
};

describe('unquoted(text, locale)', () => {
  it('keeps apostrophes and attested quotes out, and everything else in', () => {
    expect(unquoted('Russia’s “premature” and the soldiers’ fate', 'en')).not.toMatch(QUOTATION_MARK);
    expect(unquoted('інтерв’ю, без’ядерна, «передчасно»', 'uk')).not.toMatch(QUOTATION_MARK);
    expect(unquoted('“I want to go to South Korea”', 'en')).toMatch(QUOTATION_MARK);
    expect(unquoted('‘협상 카드가 아니다’', 'ko')).toMatch(QUOTATION_MARK);
    expect(unquoted('«Не предмет торгу»', 'uk')).toMatch(QUOTATION_MARK);
    // An attested quote in the wrong edition's marks, or altered, is not the attested quote.
    expect(unquoted('«premature»', 'en')).toMatch(QUOTATION_MARK);
    expect(unquoted('“prematurely”', 'en')).toMatch(QUOTATION_MARK);
    expect(unquoted('『조선일보』', 'ko')).toMatch(QUOTATION_MARK);
  });
});

describe.each(editions)('quotation marks (%s)', (locale, copy) => {
  it('stand only around words from the list of attested quotes', () => {
    const stray = strings(copy)
      .filter(([, s]) => QUOTATION_MARK.test(unquoted(s, locale)))
      .map(([path, s]) => `${path}: ${s}`);
    expect(stray).toEqual([]);
  });

  it("every block quote is the list's: its words in the edition's language, the original and its speaker", () => {
    for (const { id } of steps) {
      const quote: StepQuote | undefined = copy.steps[id].quote;
      if (!quote) continue;
      const from = quoteIds.filter((q) => wordsIn(q, locale) === quote.text);
      expect(from, id).toHaveLength(1);
      const attested: Quote = quotes[from[0]!];
      expect(quote.cite, id).toBe(quoteTables[locale].speakers[attested.speaker]);
      if (attested.lang === locale) expect(quote.original, id).toBeUndefined();
      else expect([quote.original, quote.originalLang], id).toEqual([attested.words, attested.lang]);
    }
  });
});

describe('the list of attested quotes', () => {
  it.each(quoteIds)('%s names its speaker in every edition and cites sources that exist', (id) => {
    const q: Quote = quotes[id];
    expect(q.sources.length).toBeGreaterThan(0);
    for (const s of q.sources) expect(sources).toHaveProperty(s);
    for (const [locale] of editions) {
      expect(quoteTables[locale].speakers[q.speaker].trim(), locale).not.toBe('');
      const translation = quoteTables[locale].translations[id];
      if (translation === undefined) continue;
      expect(translation.trim(), locale).not.toBe('');
      expect(locale, 'a translation into the language of the original').not.toBe(q.lang);
    }
  });

  it('takes each phrase word for word from the quote it is part of, in every language', () => {
    for (const id of quoteIds) {
      const q: Quote = quotes[id];
      if (!q.partOf) continue;
      expect(quotes, id).toHaveProperty(q.partOf);
      const whole: Quote = quotes[q.partOf as QuoteId];
      expect(whole.words, id).toContain(q.words);
      for (const [locale] of editions) {
        const part = wordsIn(id, locale);
        if (part !== undefined) expect(wordsIn(q.partOf as QuoteId, locale), `${id} (${locale})`).toContain(part);
      }
    }
  });

  it("keeps the ambassador's words as the interview published them", () => {
    expect(quotes.notBargaining.words).toBe(
      'Ukraine does not view this matter as a bargaining issue, but rather as one that must be handled in strict accordance with international law and humanitarian principles.',
    );
    expect(quotes.asylum.words).toBe('I plan to apply for asylum and go to S. Korea');
  });

  it('are each printed by at least one edition', () => {
    const printed = (id: QuoteId) =>
      editions.some(([locale, copy]) => {
        const words = wordsIn(id, locale);
        if (words === undefined) return false;
        const [open, close] = quoteTables[locale].marks;
        return strings(copy).some(([, s]) => s.includes(`${open}${words}${close}`) || s === words);
      });
    expect(quoteIds.filter((id) => !printed(id))).toEqual([]);
  });
});

describe('source dates', () => {
  const REFERENCE_HOST = /(^|\.)wikipedia\.org$/;

  it('date a reference page by when it was read, never by an event it describes', () => {
    const wrong: string[] = [];
    for (const [id, s] of Object.entries(sources) as [SourceId, Source][]) {
      if (REFERENCE_HOST.test(new URL(s.url).hostname) && !s.accessed)
        wrong.push(`${id}: reference page, no accessed date`);
      if (!s.accessed) continue;
      if (s.date < INTERVIEW) wrong.push(`${id}: read on ${s.date}, before the interview the story is built on`);
      for (const [eventId, e] of Object.entries(events)) {
        const cited = (e.sources as readonly string[]).includes(id);
        if (cited && (s.date === e.date || ('end' in e && s.date === e.end)))
          wrong.push(`${id}: dated ${s.date}, the date of the ${eventId} event`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("date KBS World's report of the lawmaker's February 25 meeting in March 2025, when it was published", () => {
    expect(sources.kbsInjuries).toMatchObject({ date: '2025-03-01', precision: 'month' });
  });
});

describe.each(editions)('corrections (%s)', (locale, copy) => {
  const t = makeT(copy);
  const filled = strings(copy).map(([path, s]) => [path, t(s)] as const);

  it('never dates the NIS confirmation with the capture (January 9): it came on January 12', () => {
    const texts = [...copy.steps.capture.body, copy.events.capture.summary];
    const sentences = texts.flatMap((p) => p.split(/(?<=[.?!])\s+/));
    const { nis } = publicationWords[locale].names;
    const namesNis = (s: string) => nis.some((name) => s.includes(name));
    // The words name it where the record says they do.
    expect(texts.some(namesNis), `${locale}: no sentence names the NIS as ${nis.join(' or ')}`).toBe(true);
    expect(sentences.filter((s) => namesNis(s) && s.includes('{captureDate'))).toEqual([]);
  });

  it('starts every kicker with a capital (or a digit), once its figures are filled', () => {
    const lower = steps.map((s) => t(copy.steps[s.id].kicker)).filter((k) => /^\p{Ll}/u.test(k));
    expect(lower).toEqual([]);
  });

  it('writes day ranges with an unspaced en dash (9–11), in the words and on the timeline', () => {
    const spaced = /\d\s+–\s*\d|\d\s*–\s+\d/u;
    const ranges = Object.entries(events).map(
      ([id, e]) => [`event ${id}`, formatDateRange(e.date, 'end' in e ? e.end : undefined, copy.ui.page.lang)] as const,
    );
    expect([...filled, ...ranges].filter(([, s]) => spaced.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });

  it.runIf(locale === 'uk')('spells the Korean minister Чо Те Юль and names North Korea one way', () => {
    const all = filled.map(([, s]) => s).join('\n');
    expect(all).toContain('Чо Те Юль');
    expect(all).not.toMatch(/Йоль|КНДР/);
  });
});
