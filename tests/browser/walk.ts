// One walk through the scroll story per edition and viewport, under the shipped CSP, running
// every per-step probe in that one walk: the active step, map view, highlighted areas, timeline
// focus, the heading (in the edition's words, uncovered), label collisions, place names across
// a border or the outline of an area in focus, overflow and axe;
// then, for the whole walk, layout shift, CSP violations, requests to other hosts, console
// errors and Intl formatters made in the browser. A screenshot per step (and one mid-transition
// frame per change of map view) goes to test-results/.
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { steps, type MapState } from '../../src/data/steps';
import { locales, type LocaleId } from '../../src/data/copy';
import { places } from '../../src/data/places';
import { makeT } from '../../src/data/copy/text';
import { axe, collectErrors, labelTrouble, scrollToStep, waitSettled, waitLive, type Site } from './harness';

export type Viewport = { width: number; height: number };

export type WalkOptions = {
  /**
   * 'reduce' asks for reduced motion: the same end states without transitions. The walks that
   * check layout, words and labels at more sizes and editions use it; the motion itself is
   * walked at a phone and a desktop size, in English. Default 'no-preference'.
   */
  reducedMotion?: 'reduce' | 'no-preference';
};

/** The first step of each map view: where axe runs in the walks with reduced motion, and in the dark walks. */
export const firstOfView = new Set([
  ...new Map(steps.map((s) => [s.graphic.map.view, s.id] as const).reverse()).values(),
]);

/** Records layout shifts, CSP violations and Intl formatters and collators from the first script on. */
const probes = () => {
  const w = window as unknown as { __cls: number; __csp: string[]; __intl: string[] };
  w.__cls = 0;
  w.__csp = [];
  w.__intl = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
      if (!e.hadRecentInput) w.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sourceFile}:${e.lineNumber}`),
  );
  // localeCompare starts ICU's collator, as costly as a formatter.
  const compare = String.prototype.localeCompare;
  String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof compare>) {
    w.__intl.push('localeCompare');
    return compare.apply(this, args);
  };
  for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator'] as const) {
    const Original = Intl[name];
    Intl[name] = new Proxy(Original, {
      construct: (target, args) => (w.__intl.push(name), Reflect.construct(target, args)),
      apply: (target, self, args) => (w.__intl.push(name), Reflect.apply(target, self, args)),
    }) as never;
  }
};

type Probed = { __cls: number; __csp: string[]; __intl: string[] };
const read = <K extends keyof Probed>(page: Page, key: K) =>
  page.evaluate((k) => (window as unknown as Probed)[k], key) as Promise<Probed[K]>;

/** The graphic's state as the page shows it. */
const state = (page: Page) =>
  page.evaluate(() => ({
    active: document.querySelector('.scrolly')?.getAttribute('data-active'),
    view: document.querySelector('.scrolly .map')?.getAttribute('data-view'),
    focus: document.querySelector('.scrolly .timeline')?.getAttribute('data-focus'),
  }));

/** The highlighted areas fully shown (their groups at full opacity). */
const lit = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.scrolly .map-highlight')]
      .filter(
        (p) =>
          Number(getComputedStyle(p.parentElement!).opacity) > 0.99 &&
          Number(getComputedStyle(p.parentElement!.parentElement!).opacity) > 0.99,
      )
      .map((p) => p.dataset.id!)
      .sort(),
  );

/** The text of each place's label, visible, by place id. */
const placeLabels = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<SVGTextElement>('.scrolly .map-label--place')]
        .filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        .map((t) => [
          t.dataset.label!.slice('place:'.length),
          [...t.querySelectorAll('tspan')].map((l) => l.textContent),
        ]),
    ),
  );

/**
 * Places whose name lies over the other side of the Ukrainian-Russian border: a Russian place's
 * over Ukraine, a Ukrainian place's over Russia, read on the drawn areas of the layer on screen.
 */
const acrossTheBorder = (page: Page) =>
  page.evaluate(
    (countries) => {
      const layer = [...document.querySelectorAll<SVGGElement>('.scrolly .map-layer')].find(
        (g) => Number(getComputedStyle(g).opacity) > 0.99,
      );
      if (!layer) return [];
      const out: string[] = [];
      for (const t of document.querySelectorAll<SVGTextElement>('.scrolly .map-label--place')) {
        if (!t.checkVisibility({ opacityProperty: true })) continue;
        const id = t.dataset.label!.slice('place:'.length);
        const other = { RU: 'ua', UA: 'ru' }[countries[id] as 'RU' | 'UA'];
        if (!other) continue;
        const r = t.getBoundingClientRect();
        const points = [0.1, 0.5, 0.9].flatMap((fy) =>
          [0.02, 0.5, 0.98].map((fx) => new DOMPoint(r.left + fx * r.width, r.top + fy * r.height)),
        );
        const over = [...layer.querySelectorAll<SVGPathElement>(`.map-area--${other}`)].some((p) => {
          const m = p.getScreenCTM()?.inverse();
          return !!m && points.some((q) => p.isPointInFill(q.matrixTransform(m)));
        });
        if (over) out.push(`${id}'s name lies over ${other === 'ua' ? 'Ukraine' : 'Russia'}`);
      }
      return out;
    },
    Object.fromEntries(Object.entries(places).map(([id, p]) => [id, p.country])),
  );

/**
 * Place names set across the outline of an area in focus (part of the name inside it, part
 * outside), where the area has room for the name inside it: across the place it is land for at
 * least twice the name's width, and up and down through it for twice its height (Kyiv's name
 * across Ukraine's western border on a wide screen; not Seoul's on a phone, where South Korea is
 * narrower than that). Read on the highlighted shapes as drawn, at points across the letters (the
 * text's box less the room above and below them). Sudzha's note, in the Kursk region's corner,
 * is checked on the map's own geometry (src/map/placeNames.test.tsx).
 */
const acrossFocus = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const lit = [...document.querySelectorAll<SVGPathElement>('.scrolly .map-highlight')].filter(
      (p) => Number(getComputedStyle(p.parentElement!).opacity) > 0.99,
    );
    for (const t of document.querySelectorAll<SVGTextElement>('.scrolly .map-label--place')) {
      if (!t.checkVisibility({ opacityProperty: true })) continue;
      const id = t.dataset.label!.slice('place:'.length);
      const dot = document.querySelector(`.scrolly .map-marker[data-place="${id}"]`)?.getBoundingClientRect();
      if (!dot) {
        out.push(`${id} is named without its marker`);
        continue;
      }
      const [px, py] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
      const r = t.getBoundingClientRect();
      const lines = t.querySelectorAll('tspan').length || 1;
      const points = Array.from({ length: lines }, (_, i) => (i + 0.5) / lines)
        .flatMap((mid) => [mid - 0.3 / lines, mid, mid + 0.3 / lines])
        .flatMap((fy) =>
          [0.02, 0.25, 0.5, 0.75, 0.98].map((fx) => new DOMPoint(r.left + fx * r.width, r.top + fy * r.height)),
        );
      for (const p of lit) {
        const shape = p.getBoundingClientRect();
        const m = p.getScreenCTM()?.inverse();
        if (!m) continue;
        const fill = (x: number, y: number) => p.isPointInFill(new DOMPoint(x, y).matrixTransform(m));
        const inside = points.filter((q) => fill(q.x, q.y)).length;
        if (inside === 0 || inside === points.length) continue;
        // Across: how much of the shape's width, through the place, and of its height, is land.
        let across = 0;
        for (let x = shape.left; x <= shape.right; x += 2) across += fill(x, py) ? 2 : 0;
        let down = 0;
        for (let y = shape.top; y <= shape.bottom; y += 2) down += fill(px, y) ? 2 : 0;
        if (across >= 2 * r.width && down >= 2 * r.height)
          out.push(`${id}'s name lies across the outline of ${p.dataset.id}`);
      }
    }
    return out;
  });

/** True when the step's heading is on top at its start: nothing covers the words. */
const headingVisible = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const h = document.getElementById(`${stepId}-heading`)!;
    const r = h.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
    return !!hit && h.contains(hit);
  }, id);

/** Text that overflows its card or the page. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
      out.push('page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('.step__card, .masthead, .lang-switch, .timeline-focus'))
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} overflows`);
    return out;
  });

/** Walks every step of `locale`'s scroll story at `viewport`; fails with every problem found. */
export const walkStory = async (
  site: Site,
  locale: LocaleId,
  viewport: Viewport,
  { reducedMotion = 'no-preference' }: WalkOptions = {},
) => {
  mkdirSync('test-results', { recursive: true });
  const copy = locales[locale];
  const t = makeT(copy);
  const context = await site.browser().newContext({ viewport, reducedMotion });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(probes);
  const page = await context.newPage();
  const errors = collectErrors(page, { warnings: true });
  try {
    await page.goto(`${site.url()}${locale === 'en' ? '' : `${locale}/`}`);
    await waitLive(page);
    await waitSettled(page);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.title()).toBe(copy.ui.page.title);
    const problems: string[] = (await axe(page)).map((v) => `top: ${v}`);
    const motion = reducedMotion === 'reduce' ? '-still' : '';
    const name = (i: number, id: string) =>
      `test-results/${locale}-${viewport.width}x${viewport.height}${motion}-${String(i + 1).padStart(2, '0')}-${id}`;
    for (const [i, s] of steps.entries()) {
      const viewChanges = i > 0 && steps[i - 1]!.graphic.map.view !== s.graphic.map.view;
      await scrollToStep(page, s.id);
      await page.waitForFunction(
        ({ id, view }) =>
          document.querySelector('.scrolly')?.getAttribute('data-active') === id &&
          document.querySelector('.scrolly .map')?.getAttribute('data-view') === view,
        { id: s.id, view: s.graphic.map.view },
      );
      if (viewChanges && reducedMotion === 'no-preference') {
        // Mid-move: the old view's words have faded out and the drawing's scale on screen has
        // changed by half again since (every move zooms by more than that), or, on a machine
        // too busy to catch that, the move is over and the frame is its end.
        await page.waitForFunction(
          () => {
            const w = window as unknown as { __zoomFrom?: number };
            const map = document.querySelector('.scrolly .map');
            if (!map?.hasAttribute('data-moving')) return delete w.__zoomFrom;
            const m = map.querySelector<SVGGElement>('.map-zoom')?.getScreenCTM();
            if (!m || map.querySelector('.map-words')?.getAttribute('opacity') !== '0.000') return false;
            const k = Math.hypot(m.a, m.b);
            w.__zoomFrom ??= k;
            const change = k / w.__zoomFrom;
            if (change > 1.5 || change < 1 / 1.5) return delete w.__zoomFrom;
            return false;
          },
          undefined,
          { polling: 'raf' },
        );
        await page.screenshot({ path: `${name(i, s.id)}-moving.png` });
      }
      await waitSettled(page);
      const where = (p: string) => `${s.id}: ${p}`;
      const shown = await state(page);
      const want = { active: s.id, view: s.graphic.map.view, focus: s.graphic.timeline.join(' ') };
      if (JSON.stringify(shown) !== JSON.stringify(want))
        problems.push(where(`shows ${JSON.stringify(shown)}, not ${JSON.stringify(want)}`));
      const areas = await lit(page);
      if (areas.join() !== [...s.graphic.map.highlight].sort().join()) problems.push(where(`lights ${areas.join()}`));
      // A marked place is named, with its note where the step gives one: a dot without its name
      // tells the reader nothing.
      const named = await placeLabels(page);
      const map: MapState = s.graphic.map;
      for (const id of map.markers) {
        const lines = [copy.places[id], ...(map.notes?.includes(id) ? [copy.placeNotes[id]] : [])];
        // A note may be split onto more lines: its words are all there, in order.
        const got = named[id];
        if (!got || got[0] !== lines[0] || got.join(' ') !== lines.join(' '))
          problems.push(where(`${id} is labelled ${JSON.stringify(named[id] ?? null)}`));
      }
      const heading = await page.textContent(`#${s.id}-heading`);
      if (heading !== t(copy.steps[s.id].heading)) problems.push(where(`heading reads ${heading}`));
      if (!(await headingVisible(page, s.id))) problems.push(where('heading covered'));
      problems.push(...(await labelTrouble(page)).map(where));
      problems.push(...(await acrossTheBorder(page)).map(where));
      problems.push(...(await acrossFocus(page)).map(where));
      problems.push(...(await overflow(page)).map(where));
      // The whole page was checked at the top; what a step changes is its own card (now the
      // active one), the graphic and the progress bar: at every step in the walks with motion,
      // and at the first step of each map view with reduced motion (the same cards and graphic,
      // in other layouts and editions).
      if (reducedMotion === 'no-preference' || firstOfView.has(s.id))
        problems.push(...(await axe(page, [`#${s.id}`, '.scrolly__graphic', '.progress'])).map(where));
      await page.screenshot({ path: `${name(i, s.id)}.png` });
    }
    expect(problems).toEqual([]);
    // The map's credit is on the map, in the edition's words.
    expect(await page.textContent('.scrolly .map-credit')).toBe(copy.ui.map.credit);
    expect(await read(page, '__cls')).toBe(0);
    expect(await read(page, '__csp')).toEqual([]);
    const origin = new URL(site.url()).origin;
    expect(requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
    // Dates and numbers came formatted with the words; and the probe counts a formatter made now.
    expect(await read(page, '__intl')).toEqual([]);
    await page.evaluate(() => new Intl.NumberFormat('en').format(1));
    expect(await read(page, '__intl')).toEqual(['NumberFormat']);
  } finally {
    await context.close();
  }
};
