// Every edition at runtime: the same shape as English, nothing empty, the same figures in each
// string, the quotes' English originals exact. (A missing or extra key is already a type error.)
import { describe, expect, it } from 'vitest';
import { locales, defaultLocale, type LocaleId } from '../../src/data/copy';
import type { StoryCopy } from '../../src/data/story';
import { placeholders } from '../../src/data/format';
import { steps } from '../../src/data/steps';
import { glossary, questions } from '../../src/data/classroom';
import { strings } from './strings';

const en: StoryCopy = locales[defaultLocale];
const ids = Object.keys(locales) as LocaleId[];

/** Every string with its path, e.g. ".steps.capture.body.0". */

/** The paths a translation must have: English's, with a quote's `original` and its language optional. */
const shape = (o: unknown) =>
  strings(o)
    .map(([p]) => p)
    .filter((p) => !p.endsWith('.quote.original') && !p.endsWith('.quote.originalLang'))
    .sort();

describe('the editions', () => {
  it('are English, Korean and Ukrainian', () => {
    expect(ids.sort()).toEqual(['en', 'ko', 'uk']);
  });

  describe.each(ids)('%s', (id) => {
    const copy: StoryCopy = locales[id];
    const all = strings(copy);

    it('declares its language', () => {
      expect(copy.ui.lang).toBe(id);
    });

    it('has exactly the keys of the English edition', () => {
      expect(shape(copy)).toEqual(shape(en));
      expect(Object.keys(copy.steps).sort()).toEqual(steps.map((s) => s.id).sort());
      expect(Object.keys(copy.glossary).sort()).toEqual(Object.keys(glossary).sort());
      expect(Object.keys(copy.questions).sort()).toEqual(Object.keys(questions).sort());
    });

    it('has no empty string', () => {
      expect(all.filter(([, s]) => s.trim() === '').map(([p]) => p)).toEqual([]);
    });

    it('uses the same figures and runtime values in each string as English', () => {
      const english = new Map(strings(en));
      const wrong = all
        .filter(([p]) => english.has(p))
        .filter(
          ([p, s]) =>
            placeholders(s).sort().join() !==
            placeholders(english.get(p) ?? '')
              .sort()
              .join(),
        )
        .map(([p]) => p);
      expect(wrong).toEqual([]);
    });

    it('keeps the English original of every quote, exactly, beside its translation', () => {
      for (const s of steps) {
        const quote = en.steps[s.id].quote;
        if (!quote) continue;
        const translated = copy.steps[s.id].quote;
        expect(translated, s.id).toBeDefined();
        if (id === defaultLocale) continue;
        expect(translated?.original).toBe(quote.text);
        expect(translated?.originalLang).toBe('en');
        expect(translated?.text).not.toBe(quote.text);
      }
    });

    it.skipIf(id === defaultLocale)('leaves no English sentence untranslated', () => {
      const english = new Map(strings(en));
      const same = all
        .filter(([p, s]) => !p.endsWith('.quote.original') && english.get(p) === s)
        // Symbols, numbers and placeholders only (e.g. "{n} / {total}") read the same everywhere.
        .filter(([, s]) => /\p{L}{2,}/u.test(s.replace(/\{[^}]*\}/g, '')))
        .map(([p]) => p);
      expect(same).toEqual([]);
    });
  });
});
