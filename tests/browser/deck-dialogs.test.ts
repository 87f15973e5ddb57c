// Presentation mode's rooms beyond the slides, in a real browser: full screen (or why not), the
// black screen, leaving with Esc, the help and go-to dialogs by keyboard, the presenter window
// that follows the projector and drives it, and axe-core on a step, the glossary, the questions
// and the help.
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { axe, chromiumPath, setupSite } from './harness';
import { openDeck as open, slideOf, waitSlide } from './deck';
import { slides } from '../../src/present/slides';

const site = setupSite();
const openDeck = (hash?: string, viewport?: { width: number; height: number }) => open(site, hash, viewport);

describe.skipIf(!chromiumPath)('presentation mode', () => {
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
    // The glossary's first slide and the questions' last, from the end.
    const last = slides.length - 1;
    for (const id of ['glossary', slides[last]!.id]) {
      await page.keyboard.press('End');
      for (let i = slides.findIndex((s) => s.id === id); i < last; i++) await page.keyboard.press('ArrowLeft');
      await waitSlide(page, id);
      found.push(...(await axe(page)).map((v) => `${id} ${v}`));
    }
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor();
    found.push(...(await axe(page)).map((v) => `help ${v}`));
    expect(found).toEqual([]);
  });
});
