// The tables of dates and numbers each edition ships (formatted at build, scripts/format-table.ts)
// hold every text the server renders, exactly as it renders it: the browser then hydrates and
// follows the story without Intl, and without a mismatch.
// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/modes/App';
import { Handout } from '../../src/components/Handout';
import LoadedGraphic from '../../src/graphic/LoadedGraphic';
import { locales } from '../../src/data/copy';
import { localeIds } from '../../src/data/copy/ids';
import { formatTable } from '../../scripts/format-table';
import { formatDateRange, provideFormats, recordFormats } from '../../src/data/format';
import { makeT } from '../../src/data/copy/text';
import { events } from '../../src/data/events';
import { niceKm } from '../../src/map/scaleBar';

describe.each([...localeIds])('the %s table', (locale) => {
  const table = formatTable(locale);
  const copy = locales[locale];

  it('holds every date and number the page, the embed and the handout render', () => {
    const rendered = recordFormats(() => {
      renderToString(<App locale={locale} copy={copy} Graphic={LoadedGraphic} />);
      renderToString(<App locale={locale} copy={copy} Graphic={LoadedGraphic} embed />);
      renderToString(<Handout copy={copy} Graphic={LoadedGraphic} t={makeT(copy)} />);
    });
    expect(Object.keys(rendered).length).toBeGreaterThan(20);
    // The one date a build cannot know: the handout's "Printed …", today's, formatted when printed.
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const printed = `d|${locale}|full|${today}`;
    expect(rendered[printed]).toBeTruthy();
    const missing = Object.keys(rendered).filter((k) => k !== printed && !(k in table));
    expect(missing).toEqual([]);
    for (const [key, text] of Object.entries(rendered)) if (key !== printed) expect(table[key], key).toBe(text);
  });

  it("covers every event's dates, which the timeline shows as the story moves", () => {
    for (const [id, e] of Object.entries(events)) {
      const text = table[`r|${locale}|${e.date}|${'end' in e ? e.end : ''}`] ?? '';
      // The event's own date in it: its year and its day of the month.
      expect(text, id).toContain(e.date.slice(0, 4));
      expect(text, id).toMatch(new RegExp(`(^|\\D)${Number(e.date.slice(8, 10))}(\\D|$)`));
    }
  });

  it('covers every length a scale bar can show, at any map size', () => {
    for (let max = 1; max < 20_000; max *= 1.07) expect(table[`n|${locale}|${niceKm(max)}`], String(max)).toBeTruthy();
  });

  it('is read once provided, instead of formatting', () => {
    // An event with a span, so the range formatter is the one read.
    const e = events.crimea;
    const key = `r|${locale}|${e.date}|${'end' in e ? e.end : ''}`;
    provideFormats({ [key]: 'from the table' });
    try {
      expect(formatDateRange(e.date, 'end' in e ? e.end : undefined, locale)).toBe('from the table');
    } finally {
      // Put the real text back, so the other tests in this file read what Intl makes.
      provideFormats({ [key]: table[key] ?? '' });
    }
  });
});
