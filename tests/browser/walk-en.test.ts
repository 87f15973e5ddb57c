// The English scroll story, walked once at every size readers use (see walk.ts for the probes).
import { describe, it } from 'vitest';
import { chromiumPath, setupSite } from './harness';
import { walkStory } from './walk';

const site = setupSite();

describe.skipIf(!chromiumPath).each([
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])('the en story at $width×$height', (viewport) => {
  it('shows every step as written, clear and accessible, under the shipped CSP', () => walkStory(site, 'en', viewport));
});
