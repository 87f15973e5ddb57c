// A long lesson (npm run test:long): presentation mode stepped through 40 times after a warm-up
// leaves the heap, listeners and animation frames where they were.
import { describe, it } from 'vitest';
import { chromiumPath, setupSite } from '../browser/harness';
import { countFrames, expectNoGrowth } from './growth';
import { slides } from '../../src/present/slides';

const site = setupSite();

describe.skipIf(!chromiumPath)('a long session', () => {
  it('steps through presentation mode 40 times without growing', async () => {
    const page = await site.newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'no-preference' });
    await countFrames(page);
    await page.goto(`${site.url()}?present#capture`);
    await page.waitForSelector('.present .map[data-live]');
    const cdp = await page.context().newCDPSession(page);
    const run = async () => {
      // To the last slide, and back to the first.
      for (let i = 1; i < slides.length; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Home');
    };
    await expectNoGrowth(page, cdp, run);
  });
});
