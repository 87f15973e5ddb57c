// The graphic's motion and colours in Chromium: a move between views is a zoom (an intermediate
// frame is neither the old view nor the new one), and with reduced motion there is none; the
// highlight keeps its contrast against its neighbours, in light and dark, and in grey.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { chromiumPath, scrollToStep, setupSite, waitActive, waitLive, waitSettled } from './harness';

const site = setupSite();

/**
 * The drawing's scale on screen: its transform (which the map's motion redraws now and then)
 * and the CSS transform its box is moved by in between, together.
 */
const scaleOf = (page: Page) =>
  page.evaluate(() => {
    const m = document.querySelector<SVGGElement>('.scrolly .map-zoom')?.getScreenCTM();
    return m ? Math.hypot(m.a, m.b) : NaN;
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
    // The page records the drawing's scale at every frame, and whether the map says it is moving:
    // a frame in the middle is found whenever the test process gets to look (on a loaded machine
    // that may be after the move).
    await page.evaluate(() => {
      const w = window as unknown as { __frames: { k: number; moving: boolean }[] };
      w.__frames = [];
      const zoom = document.querySelector<SVGGElement>('.scrolly .map-zoom')!;
      const map = document.querySelector('.scrolly .map')!;
      const tick = () => {
        const m = zoom.getScreenCTM()!;
        const k = Math.hypot(m.a, m.b);
        w.__frames.push({ k, moving: map.getAttribute('data-moving') === 'true' });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await scrollToStep(page, steps[to]!.id);
    // Mid-move, for the eye: the scale has left the first view's by a tenth (the words fade out
    // first). The frame seen here is recorded too: the motion may have drawn it after the frame's
    // record above, and the screenshot then holds up the frames after it, on a loaded machine
    // until the move is over.
    await page.waitForFunction((k0) => {
      const m = document.querySelector<SVGGElement>('.scrolly .map-zoom')?.getScreenCTM();
      if (!m || Math.hypot(m.a, m.b) >= k0 * 0.9) return false;
      (window as unknown as { __frames: { k: number; moving: boolean }[] }).__frames.push({
        k: Math.hypot(m.a, m.b),
        moving: document.querySelector('.scrolly .map')?.getAttribute('data-moving') === 'true',
      });
      return true;
    }, start);
    await page.screenshot({ path: 'test-results/graphic-390x844-zoom-mid.png' });
    await waitSettled(page);
    const end = await scaleOf(page);
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: { k: number; moving: boolean }[] }).__frames,
    );
    expect(end).toBeLessThan(start);
    // Frames strictly between the two views' scales, each with the map marked as moving.
    const between = frames.filter((f) => f.k < start * 0.9 && f.k > end * 1.1);
    expect(between.length, JSON.stringify(frames.map((f) => f.k))).toBeGreaterThan(0);
    expect(between.every((f) => f.moving)).toBe(true);
  });

  it('sets the map groups’ attributes only when they change (a set to the same value restyles the whole map)', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'no-preference' });
    await page.goto(`${site.url()}?step=${steps[from]!.id}`);
    await waitLive(page);
    await waitSettled(page);
    // Every attribute set on the map's groups during the move, with the value it replaced.
    await page.evaluate(() => {
      const w = window as unknown as { __sets: MutationRecord[]; __watch: MutationObserver };
      w.__sets = [];
      w.__watch = new MutationObserver((records) => w.__sets.push(...records));
      for (const el of document.querySelectorAll(
        '.scrolly .map-layer, .scrolly .map-words, .scrolly .map-zoom, .scrolly mask path',
      ))
        w.__watch.observe(el, { attributes: true, attributeOldValue: true });
    });
    await scrollToStep(page, steps[to]!.id);
    await waitActive(page, steps[to]!.id);
    await waitSettled(page);
    const { sets, same } = await page.evaluate(() => {
      const w = window as unknown as { __sets: MutationRecord[]; __watch: MutationObserver };
      w.__sets.push(...w.__watch.takeRecords());
      w.__watch.disconnect();
      // A set changed nothing when the value it left is the value it found: the value it left is
      // the next set's old value (of the same attribute on the same element), or the value now.
      const same: string[] = [];
      w.__sets.forEach((r, i) => {
        const next = w.__sets.slice(i + 1).find((n) => n.target === r.target && n.attributeName === r.attributeName);
        const after = next ? next.oldValue : (r.target as Element).getAttribute(r.attributeName!);
        if (after === r.oldValue)
          same.push(`${(r.target as Element).getAttribute('class')} ${r.attributeName}=${r.oldValue}`);
      });
      return {
        sets: w.__sets.length,
        same: [...new Set(same)].slice(0, 6).concat(same.length ? [`${same.length} in all`] : []),
      };
    });
    expect(sets).toBeGreaterThan(5);
    expect(same).toEqual([]);
    await page.close();
  });

  it('changes the highlights at once with the view, and fades them within one (a fade through a zoom repaints the map at every frame)', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'no-preference' });
    await page.goto(`${site.url()}?step=${steps[from]!.id}`);
    await waitLive(page);
    await waitSettled(page);
    // At every frame, the highlights part-way through a change of opacity.
    const record = () =>
      page.evaluate(() => {
        const w = window as unknown as { __between: string[]; __stop: boolean };
        w.__between = [];
        w.__stop = false;
        const tick = () => {
          for (const p of document.querySelectorAll<SVGElement>('.scrolly .map-highlight')) {
            const o = Number(getComputedStyle(p.parentElement!).opacity);
            if (o > 0.02 && o < 0.98) w.__between.push(`${p.dataset.id} ${o.toFixed(2)}`);
          }
          if (!w.__stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    const between = () =>
      page.evaluate(() => {
        const w = window as unknown as { __between: string[]; __stop: boolean };
        w.__stop = true;
        return w.__between;
      });
    // A new view: the highlights switch (kursk's off, North Korea's on) with no frame between.
    await record();
    await scrollToStep(page, steps[to]!.id);
    await waitActive(page, steps[to]!.id);
    await waitSettled(page);
    expect(await between()).toEqual([]);
    // The same view, another highlight: a fade, seen part-way.
    const next = steps[to + 1]!;
    expect(next.graphic.map.view).toBe(steps[to]!.graphic.map.view);
    expect(next.graphic.map.highlight).not.toEqual(steps[to]!.graphic.map.highlight);
    await record();
    await scrollToStep(page, next.id);
    await waitActive(page, next.id);
    await waitSettled(page);
    expect((await between()).length).toBeGreaterThan(3);
    await page.close();
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
          const zoom = document.querySelector<SVGGElement>('.scrolly .map-zoom')!;
          const tick = () => {
            const m = zoom.getScreenCTM()!;
            out.push(Math.hypot(m.a, m.b));
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

/** A colour at `alpha` over another, as the browser composites them (in sRGB). */
const over = (top: string, alpha: number, under: string) => {
  const [a, b] = [top, under].map((c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)) as [number[], number[]];
  return `rgb(${a.map((v, i) => Math.round(alpha * v + (1 - alpha) * b[i]!)).join(', ')})`;
};

describe.skipIf(!chromiumPath)('the words of a move', () => {
  it("fade out as the old step's: no route or place of the new step is drawn in the old view", async () => {
    // Seoul's stance (the peninsula, no route) to the ministers' call (the wide view, the
    // Kyiv-Seoul route).
    const from = steps.findIndex((s) => s.graphic.map.view === 'koreas');
    const to = from + 1;
    expect(steps[to]!.graphic.map.arcs.length).toBeGreaterThan(0);
    expect(steps[from]!.graphic.map.arcs.length).toBe(0);
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await page.goto(`${site.url()}?step=${steps[from]!.id}`);
    await waitLive(page);
    await waitSettled(page);
    const startK = await page.evaluate(() => {
      const m = document.querySelector<SVGGElement>('.scrolly .map-zoom')?.getScreenCTM();
      return m ? Math.hypot(m.a, m.b) : NaN;
    });
    await page.evaluate(() => {
      const w = window as unknown as { __words: { k: number; routes: number; words: number }[] };
      w.__words = [];
      const zoom = document.querySelector<SVGGElement>('.scrolly .map-zoom')!;
      const tick = () => {
        const m = zoom.getScreenCTM()!;
        w.__words.push({
          k: Math.hypot(m.a, m.b),
          routes: document.querySelectorAll('.scrolly .map-arc').length,
          words: Number(document.querySelector('.scrolly .map-words')?.getAttribute('opacity') ?? 1),
        });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await scrollToStep(page, steps[to]!.id);
    await waitActive(page, steps[to]!.id);
    await waitSettled(page);
    const frames = await page.evaluate(
      () => (window as unknown as { __words: { k: number; routes: number; words: number }[] }).__words,
    );
    // The zoom ran (the scale left the peninsula's).
    expect(frames.some((f) => Math.abs(f.k / startK - 1) > 0.05)).toBe(true);
    // While the peninsula is still on screen (its scale) and its words still show, no route.
    const early = frames.filter((f) => Math.abs(f.k / startK - 1) < 1e-3 && f.words > 0 && f.routes > 0);
    expect(early, JSON.stringify(frames.slice(0, 30))).toEqual([]);
    // And the new step's route is there at the end.
    expect(frames.at(-1)!.routes).toBeGreaterThan(0);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)('a resize', () => {
  it('moves the map and its places together: the markers jump with their words, none slides', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await page.goto(site.url());
    await waitLive(page);
    await waitSettled(page);
    // Every marker's place on screen: now, before the resize (the first frame after this script
    // may come after it), then at each frame until it has settled.
    await page.evaluate(() => {
      const w = window as unknown as { __marks: string[]; __stop?: boolean };
      w.__marks = [];
      const record = () =>
        w.__marks.push(
          [...document.querySelectorAll<SVGGElement>('.scrolly .map-marker')]
            .map((g) => {
              const r = g.getBoundingClientRect();
              return `${Math.round(r.x)},${Math.round(r.y)}`;
            })
            .join(' '),
        );
      const tick = () => {
        record();
        if (!w.__stop) requestAnimationFrame(tick);
      };
      record();
      requestAnimationFrame(tick);
    });
    await page.setViewportSize({ width: 1100, height: 760 });
    // Settled: the markers have left their first places and stayed put for 10 frames. A loaded
    // machine may take many frames to apply the resize, so no fixed count of frames is waited for;
    // markers that never move end the wait at its timeout, and the assertions below say so.
    await page
      .waitForFunction(
        () => {
          const m = (window as unknown as { __marks: string[] }).__marks;
          const last = m.at(-1);
          return m.length > 10 && last !== m[0] && m.slice(-10).every((x) => x === last);
        },
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    await page.evaluate(() => {
      (window as unknown as { __stop: boolean }).__stop = true;
    });
    const marks = await page.evaluate(() => (window as unknown as { __marks: string[] }).__marks);
    // Where they were, and where they are: nothing in between (a frame drawn in the new box
    // before the map has measured it may be a pixel or two off either; a slide is many frames).
    const at = (m: string) => m.split(' ').map((p) => p.split(',').map(Number));
    const far = (a: string, b: string) =>
      at(a).some((p, i) => Math.hypot(p[0]! - at(b)[i]![0]!, p[1]! - at(b)[i]![1]!) > 3);
    const between = marks.filter((m) => far(m, marks[0]!) && far(m, marks.at(-1)!));
    expect(between, marks.join('\n')).toEqual([]);
    expect(far(marks[0]!, marks.at(-1)!)).toBe(true);
    await page.close();
  });
});

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
    // The key sits on a panel over the map: every swatch outlined 3:1 against it, whatever part
    // of the map is under it, and every word and swatch of the key on the panel.
    const key = await page.evaluate(() => {
      const panel = document.querySelector<SVGRectElement>('.scrolly .map-key__panel');
      if (!panel) return null;
      const box = panel.getBoundingClientRect();
      const parts = [...document.querySelectorAll<SVGGraphicsElement>('.scrolly .map-key > :not(.map-key__panel)')];
      return {
        fill: getComputedStyle(panel).fill,
        alpha: Number(getComputedStyle(panel).fillOpacity),
        swatches: [...document.querySelectorAll('.scrolly .map-key rect:not(.map-key__panel)')].map((r) => ({
          cls: r.getAttribute('class'),
          stroke: getComputedStyle(r).stroke,
          width: parseFloat(getComputedStyle(r).strokeWidth),
        })),
        outside: parts
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom).length,
      };
    });
    expect(key, 'the key has a panel').not.toBeNull();
    expect(key!.outside, 'parts of the key off its panel').toBe(0);
    expect(key!.swatches.length).toBeGreaterThanOrEqual(2);
    for (const sw of key!.swatches) {
      expect(sw.width, `${sw.cls} outlined`).toBeGreaterThanOrEqual(1);
      for (const n of ['ukraine', 'russia', 'other', 'water'] as const)
        expect(
          contrast(sw.stroke, over(key!.fill, key!.alpha, colours[n])),
          `${sw.cls} outline against the key's panel over ${n}`,
        ).toBeGreaterThanOrEqual(3);
    }
    // In greyscale (a photocopy, a reader who cannot tell the hues apart) the three still differ.
    expect(contrast(colours.ukraine, colours.russia), 'Ukraine against Russia').toBeGreaterThanOrEqual(1.5);
    expect(contrast(colours.fill, colours.ukraine), 'highlight against Ukraine').toBeGreaterThanOrEqual(1.5);
    // A greyscale picture to look at.
    await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
    await page.screenshot({ path: `test-results/graphic-390x844-${colorScheme}-greyscale.png` });
  });

  it('keep a route readable over the highlight: the line on a casing 3:1 apart, wider on each side', async () => {
    // The route from Moscow to Pyongyang runs over Russia, all of it in focus.
    const page = await site.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
    await page.goto(`${site.url()}?step=gains`);
    await waitLive(page);
    await waitSettled(page);
    const route = await page.evaluate(() => {
      const read = (sel: string) => {
        const el = document.querySelector(`.scrolly ${sel}`);
        if (!el) throw new Error(`nothing drawn for ${sel}`);
        const cs = getComputedStyle(el);
        return { stroke: cs.stroke, width: parseFloat(cs.strokeWidth), d: el.getAttribute('d') };
      };
      return { line: read('.map-arc'), casing: read('.map-arc-casing'), fill: read('.map-highlight[data-id="N643"]') };
    });
    expect(route.casing.d).toBe(route.line.d);
    expect(route.casing.width - route.line.width, 'casing on each side of the line').toBeGreaterThanOrEqual(2);
    expect(contrast(route.line.stroke, route.casing.stroke), 'route against its casing').toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
