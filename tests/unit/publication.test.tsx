// The publication record (src/data/publication.ts): dates in order, dateModified the latest, the
// corrections note only when there is a correction, and no quotation marks in its words (the
// fact-check's rule: marks only around attested quotes, and none is quoted here).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/data/copy/ids';
import { locales, publicationWords } from '../../src/data/copy';
import { dateModified, lastUpdated, publication, type Publication } from '../../src/data/publication';
import { Corrections } from '../../src/components/Corrections';
import { PublicationDates } from '../../src/components/Header';

const MARKS = /[“”"«»„‘’「」]/;
/** An apostrophe (Korea’s, інтерв’ю) is not a quotation mark. */
const withoutApostrophes = (s: string) => s.replace(/(?<=\p{L})’(?=\p{L})/gu, '');

describe('the publication record', () => {
  it('dates every update and correction on or after publication', () => {
    for (const entry of [...publication.updates, ...publication.corrections])
      expect(entry.date >= publication.published, entry.date).toBe(true);
  });

  it('modified is the latest update or correction, or the publication when there is none', () => {
    const p: Publication = {
      published: '2026-01-01',
      updates: [{ id: 'a', date: '2026-02-01' }],
      corrections: [{ id: 'b', date: '2026-03-01' }],
    };
    expect(dateModified(p)).toBe('2026-03-01');
    expect(dateModified({ ...p, corrections: [] })).toBe('2026-02-01');
    expect(dateModified({ ...p, updates: [], corrections: [] })).toBe('2026-01-01');
    expect(lastUpdated({ ...p, updates: [], corrections: [] })).toBeUndefined();
  });

  it.each(localeIds)('has words in %s for every entry, and only for those, without quotation marks', (locale) => {
    const words = publicationWords[locale];
    expect(Object.keys(words.updates)).toEqual(publication.updates.map((u) => u.id));
    expect(Object.keys(words.corrections)).toEqual(publication.corrections.map((c) => c.id));
    const texts = [
      ...publication.updates.map((u) => words.updates[u.id]),
      ...publication.corrections.flatMap((c) => [words.corrections[c.id].wrong, words.corrections[c.id].right]),
    ];
    for (const t of texts) {
      expect(t.trim().length, t).toBeGreaterThan(10);
      expect(MARKS.test(withoutApostrophes(t)), t).toBe(false);
    }
  });
});

describe('on the page', () => {
  it.each(localeIds)('shows published and updated in %s', (locale) => {
    const html = renderToStaticMarkup(<PublicationDates ui={locales[locale].ui} />);
    expect(html).toContain(`<time datetime="${publication.published}">`);
    expect(html).toContain(`<time datetime="${dateModified()}">`);
  });

  it('shows the corrections note only when there is a correction', () => {
    const ui = locales.en.ui.page;
    const words = publicationWords.en;
    expect(renderToStaticMarkup(<Corrections ui={ui} words={words} corrections={[]} />)).toBe('');
    const html = renderToStaticMarkup(<Corrections ui={ui} words={words} />);
    expect(html).toContain(ui.correctionsHeading);
    expect(html.match(/<li>/g)).toHaveLength(publication.corrections.length);
  });
});
