// Presentation mode in a real browser: every clicker key, the address following the slide, the
// presenter window, the help and go-to dialogs, axe, and the Present button on the page. The
// print handout is in handout.test.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { slides } from '../../src/present/slides';
import { axe, chromiumPath, collectErrors, setupSite, waitLive } from './harness';

const site = setupSite();
const ids = slides.map((s) => s.id);

const openDeck = async (hash = '', viewport = { width: 1920, height: 1080 }) => {
  const page = await site.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${site.url()}?present${hash}`);
  await page.waitForSelector('.present');
  return { page, errors };
};

const slideOf = (page: Page) => page.getAttribute('.present', 'data-slide');
const waitSlide = (page: Page, id: string) =>
  page.waitForFunction((s) => document.querySelector('.present')?.getAttribute('data-slide') === s, id);

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

  it('F asks for full screen (or says why not); B and . black the screen and back; Esc leaves', async () => {
    const { page } = await openDeck('#envoy');
    await page.evaluate(() => {
      const w = window as unknown as { asked: number };
      w.asked = 0;
      const original = Element.prototype.requestFullscreen;
      Element.prototype.requestFullscreen = function (this: Element, o?: FullscreenOptions) {
        w.asked += 1;
        return original.call(this, o);
      };
    });
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
    await expect
      .poll(() => page.evaluate(() => !!document.fullscreenElement || !!document.querySelector('.present__message')))
      .toBe(true);
    if (await page.evaluate(() => !!document.fullscreenElement)) {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    }
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await page.waitForSelector('.present__black');
      await page.keyboard.press('ArrowRight');
      expect(await slideOf(page)).toBe('envoy');
      await page.keyboard.press(key);
      await page.waitForSelector('.present__black', { state: 'detached' });
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('.present', { state: 'detached' });
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    await page.waitForFunction(() => {
      const r = document.getElementById('envoy')?.getBoundingClientRect();
      return !!r && r.top < window.innerHeight && r.bottom > 0;
    });
  });

  it('has a keyboard-accessible help overlay and go-to dialog', async () => {
    const { page } = await openDeck('#capture');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys' });
    await help.waitFor();
    expect(await help.textContent()).toContain('Page Down');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await slideOf(page)).toBe('capture');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await slideOf(page)).toBe('capture');

    await page.keyboard.press('g');
    const goTo = page.getByRole('dialog', { name: 'Go to' });
    await goTo.waitFor();
    // Tab to the eleventh entry, with the Tab key only, and choose it with Enter.
    const target = steps[10]!.id;
    const name = en.steps[target].heading;
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    let tabs = 0;
    while ((await focused()) !== name && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focused()).toBe(name);
    // Focus stays in the dialog on the way, and it took about ten presses, not one.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(tabs).toBeGreaterThanOrEqual(10);
    await page.keyboard.press('Enter');
    await waitSlide(page, target);
    await goTo.waitFor({ state: 'hidden' });
  });

  it('opens the presenter view, which follows the main window', async () => {
    const { page } = await openDeck('#capture');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('.notes[data-slide="capture"]');
    expect(await popup.textContent('.notes')).toContain(en.notes.capture.ask);
    await page.keyboard.press('ArrowRight');
    await popup.waitForSelector('.notes[data-slide="soldiers"]');
    expect(await popup.textContent('.notes')).toContain(en.notes.soldiers.point);
    // The presenter's own keys drive the projector.
    await popup.keyboard.press('ArrowRight');
    await waitSlide(page, 'incursion');
    await popup.close();
  });

  it.each([
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ])('has no axe-core violations at $width×$height, on a step, the glossary and the questions', async (viewport) => {
    const { page } = await openDeck('#deployment', viewport);
    await page.waitForSelector('.present .map[data-live]');
    const found = (await axe(page)).map((v) => `deployment ${v}`);
    for (const id of ['glossary', 'questions']) {
      await page.keyboard.press('End');
      if (id === 'glossary') await page.keyboard.press('ArrowLeft');
      await waitSlide(page, id);
      found.push(...(await axe(page)).map((v) => `${id} ${v}`));
    }
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor();
    found.push(...(await axe(page)).map((v) => `help ${v}`));
    expect(found).toEqual([]);
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
