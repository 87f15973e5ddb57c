// The English scroll story at a phone and a desktop size, with its transitions (walk.ts).
import { describe, it } from 'vitest';
import { chromiumPath, setupSite } from './harness';
import { walkStory } from './walk';

const site = setupSite();

describe.skipIf(!chromiumPath).each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('the en story at $width×$height', (viewport) => {
  it('shows every step as written, clear and accessible, under the shipped CSP', () => walkStory(site, 'en', viewport));
});
