// The graphic as readers see it on phones and tablets: the map fills the screen and stays mostly
// in view while the cards pass over it; a move between views is a zoom (an intermediate frame is
// neither the old view nor the new one), and with reduced motion there is none. Screenshots of
// every step in dark mode go to test-results/ for review (the light ones, with the same checks of
// every word, come from the walks: walk-en and walk-sizes).
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { chromiumPath, labelTrouble, MIN_LABEL_PX, scrollToStep, setupSite, waitLive, waitSettled } from './harness';

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

/** Every step in turn: its screenshot, and whether each word of the graphic reads (labelTrouble). */
const shoot = async (page: Page, prefix: string) => {
  mkdirSync('test-results', { recursive: true });
  const problems: string[] = [];
  for (const [i, s] of steps.entries()) {
    await scrollToStep(page, s.id);
    await page.waitForFunction((id) => document.querySelector('.scrolly')?.getAttribute('data-active') === id, s.id);
    await waitSettled(page);
    problems.push(...(await labelTrouble(page)).map((p) => `${s.id}: ${p}`));
    await page.screenshot({ path: `test-results/graphic-${prefix}-${String(i + 1).padStart(2, '0')}-${s.id}.png` });
  }
  expect(problems).toEqual([]);
};

describe.skipIf(!chromiumPath).each([
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
])('on a $width×$height screen', (viewport) => {
  it.each(['light', 'dark'] as const)(
    'the map takes at least 80% of the height and is at least 60% in view on average (%s)',
    async (colorScheme) => {
      const page = await site.newPage({ viewport, colorScheme });
      await page.goto(site.url());
      await waitLive(page);
      const seen = await coverage(page);
      console.info(
        `[graphic] ${viewport.width}×${viewport.height} ${colorScheme}: map ${(seen.mapShare * 100).toFixed(1)}% of the height, ${(seen.visible * 100).toFixed(1)}% in view on average`,
      );
      expect(seen.samples).toBeGreaterThan(50);
      expect(seen.mapShare).toBeGreaterThanOrEqual(0.8);
      expect(seen.visible).toBeGreaterThanOrEqual(0.6);
      if (colorScheme === 'dark') await shoot(page, `${viewport.width}x${viewport.height}-dark`);
    },
  );
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

/** The drawing's scale, from the zoom's transform attribute. */
const scaleOf = (page: Page) =>
  page.evaluate(() => {
    const t = document.querySelector('.scrolly .map-zoom')?.getAttribute('transform') ?? '';
    return Number(/scale\(([\d.e-]+)\)/.exec(t)?.[1] ?? NaN);
  });

describe.skipIf(!chromiumPath)('a move between views', () => {
  const from = steps.findIndex((s) => s.graphic.map.view === 'kursk');
  const to = steps.findIndex((s, i) => i > from && s.graphic.map.view === 'wide');

  it('zooms: a frame in the middle is at a scale between the two views', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'no-preference' });
    await page.goto(`${site.url()}?step=${steps[from]!.id}`);
    await waitLive(page);
    await waitSettled(page);
    const start = await scaleOf(page);
    await scrollToStep(page, steps[to]!.id);
    // Mid-move: the scale has left the first view's by a tenth (the words fade out first).
    await page.waitForFunction((k0) => {
      const t = document.querySelector('.scrolly .map-zoom')?.getAttribute('transform') ?? '';
      const k = Number(/scale\(([\d.e-]+)\)/.exec(t)?.[1]);
      return k < k0 * 0.9;
    }, start);
    const mid = await scaleOf(page);
    const moving = await page.getAttribute('.scrolly .map', 'data-moving');
    await page.screenshot({ path: 'test-results/graphic-390x844-zoom-mid.png' });
    await waitSettled(page);
    const end = await scaleOf(page);
    expect(moving).toBe('true');
    expect(end).toBeLessThan(start);
    expect(mid).toBeLessThan(start * 0.9);
    expect(mid).toBeGreaterThan(end * 1.1);
  });

  it('with reduced motion, jumps: the next frame is already the new view', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(`${site.url()}?step=${steps[from]!.id}`);
    await waitLive(page);
    await waitSettled(page);
    const start = await scaleOf(page);
    await scrollToStep(page, steps[to]!.id);
    await page.waitForFunction(
      (id) => document.querySelector('.scrolly__graphic')?.getAttribute('data-shows') === id,
      steps[to]!.id,
    );
    const scales = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const out: number[] = [];
          const tick = () => {
            const t = document.querySelector('.scrolly .map-zoom')?.getAttribute('transform') ?? '';
            out.push(Number(/scale\(([\d.e-]+)\)/.exec(t)?.[1]));
            if (out.length < 6) requestAnimationFrame(tick);
            else resolve(out);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(new Set(scales).size).toBe(1);
    expect(scales[0]).toBeLessThan(start);
    expect(await page.getAttribute('.scrolly .map', 'data-moving')).toBeNull();
  });
});

/** WCAG relative luminance of a computed colour ("rgb(r, g, b)"). */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe.skipIf(!chromiumPath).each(['light', 'dark'] as const)('the colours, %s', (colorScheme) => {
  it('keep their meaning: the highlight 3:1 against its neighbours, and Ukraine, Russia and it apart in grey', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
    await page.goto(site.url());
    await waitLive(page);
    await waitSettled(page);
    const colours = await page.evaluate(() => {
      const style = (sel: string) => {
        const el = document.querySelector(`.scrolly ${sel}`);
        if (!el) throw new Error(`nothing drawn for ${sel}`);
        return getComputedStyle(el);
      };
      return {
        ukraine: style('.map-area--ua').fill,
        russia: style('.map-area--ru').fill,
        other: style('.map-area:not(.map-area--ua):not(.map-area--ru):not(.map-area--occupied)').fill,
        water: style('.map-water').fill,
        fill: style('.map-highlight[data-id="RU.KS"]').fill,
        stroke: style('.map-highlight[data-id="RU.KS"]').stroke,
      };
    });
    for (const n of ['ukraine', 'russia', 'other', 'water'] as const)
      expect(contrast(colours.stroke, colours[n]), `highlight outline against ${n}`).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.fill, colours.russia), 'highlight against Russia').toBeGreaterThanOrEqual(3);
    // In greyscale (a photocopy, a reader who cannot tell the hues apart) the three still differ.
    expect(contrast(colours.ukraine, colours.russia), 'Ukraine against Russia').toBeGreaterThanOrEqual(1.3);
    expect(contrast(colours.fill, colours.ukraine), 'highlight against Ukraine').toBeGreaterThanOrEqual(1.3);
    // A greyscale picture to look at.
    await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
    await page.screenshot({ path: `test-results/graphic-390x844-${colorScheme}-greyscale.png` });
  });
});
