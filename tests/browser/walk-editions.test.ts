// The Korean and Ukrainian scroll stories, walked once at a phone and a desktop size (walk.ts),
// with reduced motion: the same end states; the transitions are walked in walk-en.
import { describe, it } from 'vitest';
import { chromiumPath, setupSite } from './harness';
import { walkStory } from './walk';
import { defaultLocale, localeIds } from '../../src/data/copy/ids';

const site = setupSite();

const others = localeIds.filter((l) => l !== defaultLocale);

describe.skipIf(!chromiumPath).each(
  others.flatMap((locale) => [
    { locale, width: 390, height: 844 },
    { locale, width: 1280, height: 800 },
  ]),
)('the $locale story at $width×$height', ({ locale, ...viewport }) => {
  it('shows every step in its language, clear and accessible, under the shipped CSP', () =>
    walkStory(site, locale, viewport, { reducedMotion: 'reduce' }));
});
