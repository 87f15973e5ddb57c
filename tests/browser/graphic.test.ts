// The graphic as readers see it on phones and tablets: the map fills the screen and stays mostly
// in view while the cards pass over it, in light and dark. Every step in dark mode: its
// screenshot in test-results/ for review, every word of the graphic checked, the map filling its
// frame (probes.ts, unfilled), and axe-core at the top and at one step per map view (the light
// ones, with the same checks at every step, come from the walks: walk-en and walk-sizes). The
// zoom and the colours are in graphic-motion.test.ts.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import {
  axe,
  chromiumPath,
  labelTrouble,
  MIN_LABEL_PX,
  scrollToStep,
  setupSite,
  waitLive,
  waitSettled,
} from './harness';
import { subjectCovered, unfilled } from './probes';
import { firstOfView } from './walk';

const site = setupSite();

type Coverage = { mapShare: number; visible: number; samples: number };

/**
 * Scrolls through the whole story a sixth of a screen at a time; at every position where the
 * story fills the screen, how much of the map is on screen and not under a card.
 */
const coverage = async (page: Page): Promise<Coverage> =>
  page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const vh = document.documentElement.clientHeight;
    const vw = document.documentElement.clientWidth;
    const story = document.querySelector('.scrolly')!;
    const top = story.getBoundingClientRect().top + window.scrollY;
    const bottom = top + story.getBoundingClientRect().height;
    const area = (r: { left: number; right: number; top: number; bottom: number }) =>
      Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
    const clip = (r: DOMRect, c: { left: number; right: number; top: number; bottom: number }) => ({
      left: Math.max(r.left, c.left),
      right: Math.min(r.right, c.right),
      top: Math.max(r.top, c.top),
      bottom: Math.min(r.bottom, c.bottom),
    });
    let shares = 0;
    let visible = 0;
    let samples = 0;
    for (let y = top; y + vh <= bottom; y += vh / 6) {
      window.scrollTo(0, y);
      await frame();
      const map = document.querySelector('.scrolly .map')!.getBoundingClientRect();
      const onScreen = clip(map, { left: 0, right: vw, top: 0, bottom: vh });
      const covered = [...document.querySelectorAll('.scrolly .step__card')]
        .map((c) => area(clip(c.getBoundingClientRect(), onScreen)))
        .reduce((a, b) => a + b, 0);
      shares += map.height / vh;
      visible += (area(onScreen) - covered) / area(map);
      samples += 1;
    }
    return { mapShare: shares / samples, visible: visible / samples, samples };
  });

/**
 * Every step in turn: its screenshot, whether each word of the graphic reads (labelTrouble),
 * whether its picture is clear of its card as it starts (subjectCovered);
 * axe-core (WCAG 2.2 A and AA) on the whole page first, then, at the first step of each map view,
 * on what a step changes (its card, the graphic, the progress bar).
 */
const shoot = async (page: Page, prefix: string) => {
  mkdirSync('test-results', { recursive: true });
  const problems: string[] = (await axe(page)).map((v) => `top: ${v}`);
  for (const [i, s] of steps.entries()) {
    await scrollToStep(page, s.id);
    await page.waitForFunction((id) => document.querySelector('.scrolly')?.getAttribute('data-active') === id, s.id);
    await waitSettled(page);
    problems.push(...(await labelTrouble(page)).map((p) => `${s.id}: ${p}`));
    problems.push(...(await subjectCovered(page, s.id)).map((p) => `${s.id}: ${p}`));
    const bare = await unfilled(page);
    if (bare.length) problems.push(`${s.id}: water where the wide layer has land at ${bare.slice(0, 4).join(' ')}`);
    if (firstOfView.has(s.id))
      problems.push(...(await axe(page, [`#${s.id}`, '.scrolly__graphic', '.progress'])).map((v) => `${s.id}: ${v}`));
    await page.screenshot({ path: `test-results/graphic-${prefix}-${String(i + 1).padStart(2, '0')}-${s.id}.png` });
  }
  expect(problems).toEqual([]);
};

/**
 * What the map's share of the screen depends on: the story's box, the map's (sticky) box and
 * style, and every card's box, in page coordinates, read at the current scroll position.
 */
const geometry = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top + window.scrollY, r.width, r.height].map((v) => Math.round(v * 10) / 10);
    };
    const map = document.querySelector('.scrolly .map')!;
    const cs = getComputedStyle(document.querySelector('.scrolly__graphic')!);
    return {
      story: box(document.querySelector('.scrolly')!),
      map: box(map),
      sticky: [cs.position, cs.top, cs.height],
      cards: [...document.querySelectorAll('.scrolly .step__card')].map(box),
    };
  });

describe.skipIf(!chromiumPath).each([
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
])('on a $width×$height screen', (viewport) => {
  it('the map takes at least 80% of the height and is at least 60% in view on average, in dark and light', async () => {
    const page = await site.newPage({ viewport, colorScheme: 'dark' });
    await page.goto(site.url());
    await waitLive(page);
    const seen = await coverage(page);
    console.info(
      `[graphic] ${viewport.width}×${viewport.height}: map ${(seen.mapShare * 100).toFixed(1)}% of the height, ${(seen.visible * 100).toFixed(1)}% in view on average`,
    );
    expect(seen.samples).toBeGreaterThan(50);
    expect(seen.mapShare).toBeGreaterThanOrEqual(0.8);
    expect(seen.visible).toBeGreaterThanOrEqual(0.6);
    // The share is a function of the layout alone: in light mode every box it is measured from
    // is the same, so the same share holds there.
    const dark = await geometry(page);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
    expect(await geometry(page)).toEqual(dark);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, `${viewport.width}x${viewport.height}-dark`);
  });
});

describe.skipIf(!chromiumPath)('on a 1280×800 screen', () => {
  it('every step is drawn (dark)', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await page.goto(site.url());
    await waitLive(page);
    await shoot(page, '1280x800-dark');
  });
});

/** The on-screen font sizes of the map's place labels and the timeline's event labels, px. */
const wordSizes = (page: Page) =>
  page.evaluate(() => {
    const px = (sel: string) => {
      const t = document.querySelector<SVGTextElement>(sel);
      const m = t?.getScreenCTM();
      return t && m ? parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) : NaN;
    };
    return { map: px('.scrolly .map-label--place'), timeline: px('.scrolly .timeline-label text') };
  });

describe.skipIf(!chromiumPath)('the words of the graphic', () => {
  it('grow with it on a large screen, and are never under 12 px', async () => {
    const sized = async (viewport: { width: number; height: number }) => {
      const page = await site.newPage({ viewport });
      await page.goto(site.url());
      await waitLive(page);
      await waitSettled(page);
      const sizes = await wordSizes(page);
      await page.close();
      return sizes;
    };
    const laptop = await sized({ width: 1280, height: 800 });
    const large = await sized({ width: 1920, height: 1080 });
    console.info(`[graphic] labels at 1280×800: ${JSON.stringify(laptop)}; at 1920×1080: ${JSON.stringify(large)}`);
    for (const v of [...Object.values(laptop), ...Object.values(large)]) expect(v).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(large.map).toBeGreaterThan(laptop.map * 1.15);
    expect(large.timeline).toBeGreaterThan(laptop.timeline * 1.15);
  });
});
