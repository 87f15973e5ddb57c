// A long reading session (npm run test:long): the story scrolled down and up 40 times after a
// warm-up, with motion, leaves the heap, listeners and animation frames where they were.
import { describe, it } from 'vitest';
import { chromiumPath, setupSite, waitLive } from '../browser/harness';
import { countFrames, expectNoGrowth } from './growth';

const site = setupSite();

describe.skipIf(!chromiumPath)('a long session', () => {
  it('scrolls the story down and up 40 times without growing', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await countFrames(page);
    await page.goto(site.url());
    await waitLive(page);
    const cdp = await page.context().newCDPSession(page);
    // One pass first, so everything lazy (the other map layer, motion) is in place.
    const pass = () =>
      page.evaluate(async () => {
        const story = document.querySelector('.scrolly')!;
        const top = story.getBoundingClientRect().top + window.scrollY;
        const height = story.getBoundingClientRect().height;
        const wait = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (let i = 0; i <= 14; i++) {
          window.scrollTo(0, top + (height * i) / 14);
          await wait();
        }
        for (let i = 14; i >= 0; i--) {
          window.scrollTo(0, top + (height * i) / 14);
          await wait();
        }
      });
    await expectNoGrowth(page, cdp, pass);
  });
});
