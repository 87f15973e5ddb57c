// Every edition at runtime: nothing empty, the same figures in each string, the quotes' English
// originals exact. (A missing or extra key is a type error: `satisfies StoryCopy`.)
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locales, defaultLocale, localeIds, type LocaleId } from '../../src/data/copy';
import type { StoryCopy } from '../../src/data/story';
import { placeholders } from '../../src/data/format';
import { steps } from '../../src/data/steps';
import { strings } from './strings';

const en: StoryCopy = locales[defaultLocale];
const ids = Object.keys(locales) as LocaleId[];

describe('the editions', () => {
  it('are the ones ids.ts declares, each with its words, classroom words, quotes and publication words, and no other', () => {
    // The copy modules are found by name (index.ts, load.ts): a module for an edition ids.ts does
    // not declare would be dead, and an edition without one fails to load.
    const files = readdirSync(fileURLToPath(new URL('../../src/data/copy/', import.meta.url)));
    const named = (re: RegExp) => files.flatMap((f) => re.exec(f)?.[1] ?? []).sort();
    expect(named(/^([a-z]{2})\.ts$/)).toEqual([...localeIds].sort());
    for (const part of ['classroom', 'quotes', 'publication'])
      expect(named(new RegExp(`^([a-z]{2})\\.${part}\\.ts$`)), part).toEqual([...localeIds].sort());
    expect(ids.sort()).toEqual([...localeIds].sort());
  });

  describe.each(ids)('%s', (id) => {
    const copy: StoryCopy = locales[id];
    const all = strings(copy);

    it('declares its language', () => {
      expect(copy.ui.page.lang).toBe(id);
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
