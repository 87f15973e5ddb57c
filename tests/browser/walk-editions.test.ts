// The Korean and Ukrainian scroll stories, walked once at a phone and a desktop size (walk.ts),
// with reduced motion: the same end states; the transitions are walked in walk-en.
import { describe, it } from 'vitest';
import { chromiumPath, setupSite } from './harness';
import { walkStory } from './walk';

const site = setupSite();

describe.skipIf(!chromiumPath).each([
  { locale: 'ko', width: 390, height: 844 },
  { locale: 'ko', width: 1280, height: 800 },
  { locale: 'uk', width: 390, height: 844 },
  { locale: 'uk', width: 1280, height: 800 },
] as const)('the $locale story at $width×$height', ({ locale, ...viewport }) => {
  it('shows every step in its language, clear and accessible, under the shipped CSP', () =>
    walkStory(site, locale, viewport, { reducedMotion: 'reduce' }));
});
