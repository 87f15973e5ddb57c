// What the browser tests read off a page: axe-core's WCAG violations, the words of the graphic
// that are too small, clipped or overlapping, and the errors the page reports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

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
 * are smaller than `min` (MIN_LABEL_PX unless told) on screen, leave their drawing, or overlap another word in it,
 * by their rendered boxes; and the timeline's labels closer than 8 px to the map. Words faded out
 * or not displayed are not read.
 */
export const labelTrouble = (page: Page | Frame, scope = '.scrolly__graphic', min = MIN_LABEL_PX) =>
  page.evaluate(
    ({ scope, min }) => {
      const MAP_CLEARANCE = 8;
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg`)) {
        const frame = svg.getBoundingClientRect();
        if (!frame.width || !frame.height) continue;
        const words = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
          .map((t) => {
            const m = t.getScreenCTM();
            const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
            return { id: t.dataset.label ?? (t.textContent ?? '').slice(0, 32), r: t.getBoundingClientRect(), px };
          });
        for (const w of words) {
          if (w.px < min - 0.01) out.push(`${w.id} is ${w.px.toFixed(1)} px`);
          const r = w.r;
          if (
            r.left < frame.left - 1 ||
            r.right > frame.right + 1 ||
            r.top < frame.top - 1 ||
            r.bottom > frame.bottom + 1
          )
            out.push(`${w.id} clipped`);
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
      // The timeline's labels sit in a band of their own, clear of the map above it.
      const map = document.querySelector(`${scope} .map__svg`)?.getBoundingClientRect();
      for (const t of document.querySelectorAll<SVGTextElement>(`${scope} .timeline-label text`)) {
        const r = t.getBoundingClientRect();
        if (map && r.width && r.top < map.bottom + MAP_CLEARANCE)
          out.push(`${t.dataset.label} is ${(r.top - map.bottom).toFixed(0)} px from the map`);
      }
      return out;
    },
    { scope, min },
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
