// The publication record (src/data/publication.ts): dates in order, dateModified the latest, the
// corrections note only when there is a correction, and no quotation marks in its words (the
// fact-check's rule: marks only around attested quotes, and none is quoted here).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/data/copy/ids';
import { locales } from '../../src/data/copy';
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
      updates: [{ date: '2026-02-01', what: { en: 'a', ko: 'a', uk: 'a' } }],
      corrections: [{ date: '2026-03-01', wrong: { en: 'a', ko: 'a', uk: 'a' }, right: { en: 'b', ko: 'b', uk: 'b' } }],
    };
    expect(dateModified(p)).toBe('2026-03-01');
    expect(dateModified({ ...p, corrections: [] })).toBe('2026-02-01');
    expect(dateModified({ ...p, updates: [], corrections: [] })).toBe('2026-01-01');
    expect(lastUpdated({ ...p, updates: [], corrections: [] })).toBeUndefined();
  });

  it.each(localeIds)('has words in %s, without quotation marks', (locale) => {
    const texts = [
      ...publication.updates.map((u) => u.what[locale]),
      ...publication.corrections.flatMap((c) => [c.wrong[locale], c.right[locale]]),
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
    expect(renderToStaticMarkup(<Corrections ui={ui} locale="en" corrections={[]} />)).toBe('');
    const html = renderToStaticMarkup(<Corrections ui={ui} locale="en" />);
    expect(html).toContain(ui.correctionsHeading);
    expect(html.match(/<li>/g)).toHaveLength(publication.corrections.length);
  });
});
