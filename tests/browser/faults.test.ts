// Faults: a graphic that throws must never take the words with it. A test build (VITE_FAULT=1,
// in dist-fault/, made by the global setup) lets `?fault=map|timeline|graphic` make that part throw in the browser; the
// error boundaries must put a static note in its place while the story, the rest of the graphic,
// presentation mode, print and the embed go on working. The shipped build carries none of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { en } from '../../src/data/copy/en';
import { uk } from '../../src/data/copy/uk';
import { slides } from '../../src/present/slides';
import {
  chromiumPath,
  collectErrors,
  DIST,
  FAULT_DIST,
  readerGoesOn,
  scrollToStep,
  setupSite,
  waitActive,
} from './harness';

const site = setupSite({ fault: true });

const scripts = (dir: string) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .join('\n');

/** The injected fault was reported (so it fired), and nothing else was: anything else is a second failure. */
const expectOnlyFault = (errors: string[], part: string) => {
  expect(errors.some((e) => e.includes(`injected fault: ${part}`))).toBe(true);
  expect(errors.filter((e) => !e.includes('injected fault'))).toEqual([]);
};

const open = async (query: string, viewport = { width: 1280, height: 800 }) => {
  const page = await site.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${site.url()}${query}`);
  await page.waitForSelector('.scrolly[data-live], .present');
  await readerGoesOn(page);
  return { page, errors };
};

/** The fallback note at `selector`, once it shows, with exactly `text`. */
const expectNote = async (page: Page, selector: string, text: string) => {
  const note = page.locator(selector);
  await note.waitFor();
  expect(await note.textContent()).toBe(text);
  return note;
};

const stepHeading = (id: string) => en.steps[id as keyof typeof en.steps].heading.replace(/\{.*?\}/g, '');

/** Scrolls to each step in turn; `check` sees the page once that step is active. */
const everyStep = async (page: Page, check: (s: (typeof steps)[number]) => Promise<void>) => {
  for (const s of steps) {
    await scrollToStep(page, s.id);
    await waitActive(page, s.id);
    expect(await page.getByRole('heading', { name: stepHeading(s.id), exact: true }).isVisible(), s.id).toBe(true);
    await check(s);
  }
};

describe.skipIf(!chromiumPath)('faults', () => {
  it('the shipped build carries no fault injection; the test build does', () => {
    expect(scripts(DIST)).not.toContain('injected fault');
    expect(scripts(FAULT_DIST)).toContain('injected fault');
  });

  it('a map that throws: a note in its place, the timeline and every step go on', async () => {
    const { page, errors } = await open('?fault=map');
    const note = await expectNote(page, '.scrolly .graphic__map .graphic__note', en.ui.map.loadError);
    expect(await page.locator('.scrolly .map').count()).toBe(0);
    await everyStep(page, async (s) => {
      await page.waitForFunction(
        (focus) => document.querySelector('.scrolly .timeline')?.getAttribute('data-focus') === focus,
        s.graphic.timeline.join(' '),
      );
      expect(await note.isVisible()).toBe(true);
    });
    // The live region still names each step.
    expect(await page.locator('.sr-only[aria-live]').textContent()).toBe(stepHeading(steps.at(-1)!.id));
    expectOnlyFault(errors, 'map');
  });

  it('a timeline that throws: a note in its place, the map and every step go on', async () => {
    const { page, errors } = await open('?fault=timeline');
    await expectNote(page, '.scrolly .graphic__timeline .graphic__note', en.ui.timeline.error);
    await page.waitForSelector('.scrolly .map[data-live]');
    await everyStep(page, async (s) => {
      await page.waitForFunction(
        (view) => document.querySelector('.scrolly .map')?.getAttribute('data-view') === view,
        s.graphic.map.view,
      );
    });
    // The events are all still in the page, in the timeline list below the story.
    expect(await page.locator('.timeline-list li').count()).toBe(Object.keys(en.events).length);
    expectOnlyFault(errors, 'timeline');
  });

  it('the whole graphic throwing: one note, every step still reads and scrolls in order', async () => {
    const { page, errors } = await open('?fault=graphic', { width: 390, height: 844 });
    await expectNote(page, '.scrolly__graphic > .graphic__note', en.ui.map.graphicError);
    await everyStep(page, async () => {});
    expectOnlyFault(errors, 'graphic');
  });

  it('in another language the note is in that language', async () => {
    const { page, errors } = await open('uk/?fault=map');
    await expectNote(page, '.scrolly .graphic__map .graphic__note', uk.ui.map.loadError);
    expectOnlyFault(errors, 'map');
  });

  it('presentation mode walks every slide with the graphic failing', async () => {
    const { page, errors } = await open('?fault=graphic&present', { width: 1920, height: 1080 });
    expect(await page.locator('.present .graphic__note').first().textContent()).toBe(en.ui.map.graphicError);
    for (const s of slides.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((id) => document.querySelector('.present')?.getAttribute('data-slide') === id, s.id);
    }
    expectOnlyFault(errors, 'graphic');
  });

  it('the print handout keeps every step, a note in place of each map', async () => {
    const { page, errors } = await open('?fault=map');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.handout');
    expect(await page.locator('.handout__step').count()).toBe(steps.length);
    // The still graphics load lazily: wait until every figure has its note (or time out).
    await page.waitForFunction(
      (n) => document.querySelectorAll('.handout__figure .graphic__map .graphic__note').length === n,
      steps.length,
    );
    // The timeline part of each still graphic is unaffected.
    expect(await page.locator('.handout__figure .graphic--still').count()).toBe(steps.length);
    for (const s of steps)
      expect(
        await page
          .locator('.handout')
          .getByRole('heading', { name: stepHeading(s.id), exact: true })
          .count(),
      ).toBe(1);
    expectOnlyFault(errors, 'map');
  });

  it('the embed stepper goes through every step with the map failing', async () => {
    const page = await site.newPage({ viewport: { width: 400, height: 700 } });
    const errors = collectErrors(page);
    await page.goto(`${site.url()}embed.html?fault=map`);
    await page.waitForSelector('.scrolly[data-layout="stepper"][data-live]');
    await readerGoesOn(page);
    expect(await page.locator('.graphic__map .graphic__note').textContent()).toBe(en.ui.map.loadError);
    for (const s of steps.slice(1)) {
      await page.getByRole('button', { name: en.ui.story.next }).click();
      await waitActive(page, s.id);
    }
    expectOnlyFault(errors, 'map');
  });
});
