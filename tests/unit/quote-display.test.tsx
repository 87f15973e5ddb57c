// @vitest-environment jsdom
// The ambassador's quote wherever an edition shows it outside the scroll story: the print handout
// and presentation mode keep the words as published, marked with their language, beside the
// edition's translation, as the step card does.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { locales } from '../../src/data/copy';
import type { StepQuote } from '../../src/data/types';
import { Handout } from '../../src/components/Handout';
import Presentation from '../../src/present/Presentation';
import { makeT } from '../../src/data/copy/text';

const NoGraphic = () => null;

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe.each(['ko', 'uk'] as const)('the %s quote', (locale) => {
  const copy = locales[locale];
  const quote: StepQuote | undefined = copy.steps.envoy.quote;

  it('is a translation of the English words as published', () => {
    expect(quote?.original).toBeTruthy();
    expect(quote?.originalLang).toBe('en');
  });

  it('prints in the handout: the original marked as English, then the translation', () => {
    const { container } = render(<Handout copy={copy} Graphic={NoGraphic} t={makeT(copy)} />);
    const quotes = container.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.getAttribute('lang')).toBe('en');
    expect(quotes[0]?.textContent).toBe(quote?.original);
    const translation = [...container.querySelectorAll('p')].find((p) => p.textContent === quote?.text);
    expect(translation?.closest('[lang="en"]')).toBeNull();
  });

  it('shows in presentation mode: the original marked as English, the translation in the edition', () => {
    window.history.replaceState(null, '', '/?present#envoy');
    const { container } = render(<Presentation copy={copy} Graphic={NoGraphic} t={makeT(copy)} locale={locale} />);
    const figure = container.querySelector('.present__quote');
    expect(figure?.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(figure?.querySelector('blockquote p')?.textContent).toBe(quote?.original);
    const translation = [...(figure?.querySelectorAll('p') ?? [])].find((p) => p.textContent === quote?.text);
    expect(translation?.getAttribute('lang')).toBe(locale);
    expect(figure?.querySelector('figcaption')?.getAttribute('lang')).toBe(locale);
  });
});
