// Presentation mode in a real browser: every clicker key, the address following the slide, and
// the Present button on the page. Full screen, the black screen, the dialogs, the presenter
// window and axe are in deck-dialogs.test.ts; the print handout is in handout.test.ts.
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { slides } from '../../src/present/slides';
import { chromiumPath, setupSite, waitLive } from './harness';
import { openDeck as open, slideOf, waitSlide } from './deck';

const site = setupSite();
const ids = slides.map((s) => s.id);
const openDeck = (hash?: string, viewport?: { width: number; height: number }) => open(site, hash, viewport);

describe.skipIf(!chromiumPath)('presentation mode', () => {
  it('walks every slide forward with ArrowRight and back with ArrowLeft, the address following', async () => {
    const { page, errors } = await openDeck();
    expect(await slideOf(page)).toBe(ids[0]);
    for (const id of ids.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await waitSlide(page, id);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
    }
    await page.keyboard.press('ArrowRight');
    expect(await slideOf(page)).toBe(ids.at(-1));
    for (const id of ids.slice(0, -1).reverse()) {
      await page.keyboard.press('ArrowLeft');
      await waitSlide(page, id);
    }
    expect(new URL(page.url()).searchParams.has('present')).toBe(true);
    expect(errors).toEqual([]);
  });

  // Every other clicker pair moves one slide each way (the walk above reaches every slide).
  it.each([
    ['ArrowDown', 'ArrowUp'],
    ['PageDown', 'PageUp'],
    ['Space', 'Shift+Space'],
    ['n', 'p'],
  ])('%s goes to the next slide and %s back, the address following', async (next, previous) => {
    const { page, errors } = await openDeck(`#${ids[5]}`);
    await page.keyboard.press(next);
    await waitSlide(page, ids[6]!);
    expect(new URL(page.url()).hash).toBe(`#${ids[6]}`);
    await page.keyboard.press(previous);
    await waitSlide(page, ids[5]!);
    await page.keyboard.press(previous);
    await waitSlide(page, ids[4]!);
    expect(errors).toEqual([]);
  });

  it('shows each step with its map view, "n / total" and progress', async () => {
    const { page } = await openDeck('#capture');
    for (const [i, s] of steps.entries()) {
      await waitSlide(page, s.id);
      await page.waitForFunction(
        (v) => document.querySelector('.present .map')?.getAttribute('data-view') === v,
        s.graphic.map.view,
      );
      expect(await page.textContent('.present__count')).toContain(`${i + 1} / ${slides.length}`);
      expect(await page.textContent('.present__heading')).toBe(en.steps[s.id].heading);
      await page.keyboard.press('ArrowRight');
    }
    // Body type readable from the back of the room on a 1920×1080 projector.
    await page.keyboard.press('Home');
    await waitSlide(page, ids[0]!);
    const size = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.present__text p:not(.present__kicker)')!).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(32);
  });

  it('Home and End; Back, Forward and reload keep the slide', async () => {
    const { page } = await openDeck('#gains');
    await waitSlide(page, 'gains');
    await page.keyboard.press('End');
    await waitSlide(page, ids.at(-1)!);
    await page.keyboard.press('Home');
    await waitSlide(page, ids[0]!);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitSlide(page, ids[2]!);
    await page.goBack();
    await waitSlide(page, ids[1]!);
    await page.goForward();
    await waitSlide(page, ids[2]!);
    await page.reload();
    await waitSlide(page, ids[2]!);
  });

  it('is entered from the page with the Present button, on the step being read', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url()}#seoul`);
    await waitLive(page);
    await page.waitForFunction(() => document.querySelector('.scrolly')?.getAttribute('data-active') === 'seoul');
    // Activated where it is (a real click would first scroll the masthead into view).
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('.masthead__present')?.click());
    await waitSlide(page, 'seoul');
    expect(page.url()).toMatch(/\?present#seoul$/);
    // And from the classroom section, by keyboard.
    await page.keyboard.press('Escape');
    await page.waitForSelector('.classroom');
    await page.locator('.classroom').getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.present');
  });
});
