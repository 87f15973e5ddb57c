// The English scroll story at the other sizes readers use: a small phone, a tablet and a large
// screen, with reduced motion (the same end states; the transitions are walked in walk-en).
import { describe, it } from 'vitest';
import { chromiumPath, setupSite } from './harness';
import { walkStory } from './walk';

const site = setupSite();

describe.skipIf(!chromiumPath).each([
  { width: 360, height: 640 },
  { width: 768, height: 1024 },
  { width: 1920, height: 1080 },
])('the en story at $width×$height', (viewport) => {
  it('shows every step as written, clear and accessible, under the shipped CSP', () =>
    walkStory(site, 'en', viewport, { reducedMotion: 'reduce' }));
});
