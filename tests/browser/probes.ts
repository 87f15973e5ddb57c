// What the browser tests read off a page: axe-core's WCAG violations, the words of the graphic
// that are too small, clipped or overlapping, the map's frame left unfilled, and the errors the
// page reports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { areaShapes } from '../../src/data/views';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_INSTALL = `(() => { ${AXE}\n; return typeof axe; })()`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A and AA violations in a page or frame as it is now, as "rule: target"
 * lines; in the whole document, or only under `within` (selectors; those not on the page are
 * left out).
 */
export const axe = async (target: Page | Frame, within?: readonly string[]): Promise<string[]> => {
  // Evaluated, not added as a script tag: the shipped CSP refuses inline scripts.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_INSTALL);
  return target.evaluate(
    async ({ tags, scope }) => {
      const w = window as unknown as {
        axe: {
          run: (
            ctx: Document | { include: readonly string[] },
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const present = scope?.filter((sel) => document.querySelector(sel));
      const context = present ? { include: present } : document;
      const r = await w.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    },
    { tags: TAGS, scope: within ?? null },
  );
};

/** The smallest a word in the graphic may be on screen, px. */
export const MIN_LABEL_PX = 12;

/**
 * Words of the graphic (map labels, key, scale bar, credit, the timeline's labels and years) that
 * are smaller than `min` (MIN_LABEL_PX unless told) on screen, read under 4.5:1 against their
 * halo, come within 2 px of their drawing's edge (where their halo is cut), overlap another word
 * in it, or are crossed by a route line, by their rendered boxes; areas' names astride the outline of an area in focus; the timeline's labels closer than 8 px to the map, its rings around the
 * events in focus running into each other, and the events named above the strip (on narrow
 * screens) running out of their row. Words faded out or not displayed are not read.
 */
export const labelTrouble = (page: Page | Frame, scope = '.scrolly__graphic', min = MIN_LABEL_PX) =>
  page.evaluate(
    ({ scope, min, own }) => {
      const MAP_CLEARANCE = 8;
      // WCAG contrast of two computed colours ("rgb(…)"); null where one is not a colour (no halo).
      const luminance = (c: string) => {
        const v = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(c);
        if (!v) return null;
        const [r, g, b] = v.slice(1, 4).map((x) => {
          const u = Number(x) / 255;
          return u <= 0.03928 ? u / 12.92 : ((u + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [x, y] = [luminance(a), luminance(b)];
        return x === null || y === null ? null : (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
      };
      const EDGE = 2;
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg`)) {
        const frame = svg.getBoundingClientRect();
        if (!frame.width || !frame.height) continue;
        const words = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((t) => {
            const m = t.getScreenCTM();
            const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
            const cs = getComputedStyle(t);
            return {
              id: t.dataset.label ?? (t.textContent ?? '').slice(0, 32),
              r: t.getBoundingClientRect(),
              px,
              fill: cs.fill,
              halo: cs.stroke,
            };
          });
        for (const w of words) {
          if (w.px < min - 0.01) out.push(`${w.id} is ${w.px.toFixed(1)} px`);
          // Words are drawn over their halo: the two 4.5:1 apart, like text on a background.
          const ratio = contrast(w.fill, w.halo);
          if (ratio !== null && ratio < 4.5) out.push(`${w.id} reads ${ratio.toFixed(2)}:1 against its halo`);
          const r = w.r;
          if (
            r.left < frame.left + EDGE ||
            r.right > frame.right - EDGE ||
            r.top < frame.top + EDGE ||
            r.bottom > frame.bottom - EDGE
          )
            out.push(`${w.id} clipped`);
        }
        // A route drawn through a word: points every 3 px along each line, against each word's box.
        for (const arc of svg.querySelectorAll<SVGPathElement>('.map-arc')) {
          const m = arc.getScreenCTM();
          if (!m || !arc.checkVisibility({ opacityProperty: true })) continue;
          const length = arc.getTotalLength();
          const crossed = new Set<string>();
          for (let at = 0; at <= length; at += 3) {
            const p = new DOMPoint(arc.getPointAtLength(at).x, arc.getPointAtLength(at).y).matrixTransform(m);
            for (const w of words)
              if (p.x > w.r.left + 1 && p.x < w.r.right - 1 && p.y > w.r.top + 1 && p.y < w.r.bottom - 1)
                crossed.add(w.id);
          }
          for (const id of crossed) out.push(`${id} is crossed by the route`);
        }
        for (let i = 0; i < words.length; i++)
          for (let j = i + 1; j < words.length; j++) {
            const a = words[i]!.r;
            const c = words[j]!.r;
            // Halos may touch; text may not overlap by more than 2 px.
            if (a.left < c.right - 2 && c.left < a.right - 2 && a.top < c.bottom - 2 && c.top < a.bottom - 2)
              out.push(`${words[i]!.id} overlaps ${words[j]!.id}`);
          }
      }
      // An area's name stays off the outline of the areas in focus: inside one (its own name) or
      // clear of it, never astride the line. Points across each name's box, read against each
      // highlighted shape in its own frame.
      const highlights = [...document.querySelectorAll<SVGGeometryElement>(`${scope} .map-highlight`)].filter((h) =>
        h.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      );
      for (const t of document.querySelectorAll<SVGTextElement>(`${scope} .map-label--area`)) {
        if (!t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const r = t.getBoundingClientRect();
        const points = [0.05, 0.5, 0.95].flatMap((fy) =>
          [0.02, 0.25, 0.5, 0.75, 0.98].map((fx) => new DOMPoint(r.left + fx * r.width, r.top + fy * r.height)),
        );
        const area = (t.dataset.label ?? '').replace('area:', '');
        for (const h of highlights) {
          // The shapes a name may sit in (its own, the country it is part of): data/views.ts.
          if ((own as Record<string, readonly string[]>)[area]?.includes(h.dataset.id ?? '')) continue;
          const m = h.getScreenCTM()?.inverse();
          if (!m) continue;
          const inside = points.filter((p) => h.isPointInFill(p.matrixTransform(m))).length;
          if (inside > 0 && inside < points.length)
            out.push(`${t.dataset.label} is astride the outline of ${h.dataset.id}`);
        }
      }
      // The timeline's labels sit in a band of their own, clear of the map above it.
      const map = document.querySelector(`${scope} .map__svg`)?.getBoundingClientRect();
      for (const t of document.querySelectorAll<SVGTextElement>(`${scope} .timeline-label text`)) {
        const r = t.getBoundingClientRect();
        if (map && r.width && r.top < map.bottom + MAP_CLEARANCE)
          out.push(`${t.dataset.label} is ${(r.top - map.bottom).toFixed(0)} px from the map`);
      }
      // The rings around the events in focus (a circle, or one ring around dots stacked close
      // together), each clear of the others.
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} .timeline-axis svg`)) {
        const rings = [...svg.querySelectorAll<SVGGraphicsElement>('.timeline-event__ring')]
          .filter((c) => c.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((c) => ({
            id: c.dataset.events ?? c.closest<SVGGElement>('[data-event]')?.dataset.event,
            round: c.tagName === 'circle',
            r: c.getBoundingClientRect(),
          }));
        for (let i = 0; i < rings.length; i++)
          for (let j = i + 1; j < rings.length; j++) {
            const [a, b] = [rings[i]!, rings[j]!];
            const [p, q] = [a.r, b.r];
            const meet =
              a.round && b.round
                ? Math.hypot(p.x + p.width / 2 - q.x - q.width / 2, p.y + p.height / 2 - q.y - q.height / 2) <
                  (p.width + q.width) / 2
                : p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
            if (meet) out.push(`the rings of ${a.id} and ${b.id} overlap`);
          }
      }
      // On narrow screens the events in focus are named in a row above the strip: every line in it.
      const row = document.querySelector(`${scope} .graphic__focus`);
      const rowBox = row?.getBoundingClientRect();
      if (row && rowBox?.height)
        for (const li of row.querySelectorAll('li')) {
          const r = li.getBoundingClientRect();
          if (r.bottom > rowBox.bottom + 0.5)
            out.push(`"${li.textContent}" runs ${(r.bottom - rowBox.bottom).toFixed(0)} px out of its row`);
        }
      return out;
    },
    { scope, min, own: areaShapes },
  );

/**
 * Every uncaught exception and console error (and warning, with `warnings`) the page reports from
 * now on, as it happens, into `into` (a new list by default).
 */
export const collectErrors = (page: Page, { warnings = false, into = [] as string[] } = {}): string[] => {
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || (warnings && m.type() === 'warning')) into.push(`console.${m.type()}: ${m.text()}`);
  });
  return into;
};

/**
 * Points of the map (a 24×24 grid) that show the bare water behind it where the wide layer has
 * land, outside the detailed layer's extent: a frame the map does not fill. What shows at a point
 * is the first element of the map's drawing there whose layers are all at least half opaque.
 */
export const unfilled = (page: Page) =>
  page.evaluate(() => {
    // The map's box; its drawing (an <svg> larger than the box) and its words (one the box's size).
    const svg = document.querySelector<HTMLElement>('.scrolly .map');
    const drawing = svg?.querySelector<SVGSVGElement>('.map__layers');
    if (!svg || !drawing) return ['no map'];
    const water = drawing.querySelector(':scope > .map-water');
    const land = [...drawing.querySelectorAll<SVGPathElement>('.map-layer--wide .map-area')];
    // A map on the wide layer with none of it drawn shows only water: nothing below could see it.
    if (svg.getAttribute('data-layer') === 'wide' && land.length === 0) return ['the wide layer is not drawn'];
    const region = drawing.querySelector<SVGGElement>('.map-layer--region');
    const clipId = /url\(#([^)]+)\)/.exec(region?.getAttribute('clip-path') ?? '')?.[1];
    const extent = clipId ? document.getElementById(clipId)?.querySelector<SVGPathElement>('path') : null;
    // Each element's screen-to-local matrix, read once: the page does not move while it is probed.
    const inverse = new Map<Element, DOMMatrix | null>();
    const local = (el: SVGGraphicsElement, x: number, y: number) => {
      if (!inverse.has(el)) inverse.set(el, el.getScreenCTM()?.inverse() ?? null);
      const m = inverse.get(el);
      return m ? new DOMPoint(x, y).matrixTransform(m) : null;
    };
    // Each shape's own box, read once: a point outside it is outside the shape, without the
    // costlier test of its fill.
    const boxes = new Map<SVGGraphicsElement, DOMRect>();
    const inBox = (el: SVGGraphicsElement, q: DOMPoint) => {
      let b = boxes.get(el);
      if (!b) boxes.set(el, (b = el.getBBox()));
      return q.x >= b.x && q.x <= b.x + b.width && q.y >= b.y && q.y <= b.y + b.height;
    };
    const opaque = (el: Element) => {
      for (let e: Element | null = el; e && e !== svg; e = e.parentElement)
        if (Number(getComputedStyle(e).opacity) < 0.5) return false;
      return true;
    };
    const r = svg.getBoundingClientRect();
    const out: string[] = [];
    for (let i = 0; i < 24; i++)
      for (let j = 0; j < 24; j++) {
        const x = r.left + ((i + 0.5) * r.width) / 24;
        const y = r.top + ((j + 0.5) * r.height) / 24;
        // The map's own drawing at the point: the story's cards and list may lie over it.
        const shows = document
          .elementsFromPoint(x, y)
          .filter((e) => svg.contains(e) && !e.matches('.map__svg, .map__layers'))
          .find(opaque);
        if (shows !== water) continue;
        const inExtent = extent && region && local(region, x, y);
        if (extent && inExtent && extent.isPointInFill(inExtent)) continue;
        if (
          land.some((p) => {
            const q = local(p, x, y);
            return q ? inBox(p, q) && p.isPointInFill(q) : false;
          })
        )
          out.push(`${Math.round(x)},${Math.round(y)}`);
      }
    return out;
  });

/**
 * Where the story's cards pass over the map (narrow screens), the parts of a step's picture that
 * would be under its card at the moment the step starts (the card's top at the reading line, the
 * middle of the screen): its highlighted areas, its places and their words. Read at any scroll
 * position while the step is shown (the map is sticky; the card's offset in its step is kept).
 */
export const subjectCovered = (page: Page, stepId: string) =>
  page.evaluate((id) => {
    const step = document.getElementById(id);
    const card = step?.querySelector('.step__card')?.getBoundingClientRect();
    const map = document.querySelector('.scrolly .map__svg')?.getBoundingClientRect();
    if (!step || !card || !map) return [`no card or map for ${id}`];
    if (card.left >= map.right || card.right <= map.left) return [];
    const startsAt = document.documentElement.clientHeight / 2 + (card.top - step.getBoundingClientRect().top);
    const parts = [
      ...document.querySelectorAll<SVGGraphicsElement>(
        '.scrolly .map-highlight, .scrolly .map-marker, .scrolly .map-label--place',
      ),
    ].filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
    return parts
      .map((e) => ({
        what: e.dataset.label ?? e.dataset.id ?? e.getAttribute('class') ?? '?',
        under: e.getBoundingClientRect().bottom - startsAt,
      }))
      .filter((p) => p.under > 1)
      .map((p) => `${p.what} is ${p.under.toFixed(0)} px under the card as the step starts`);
  }, stepId);
