// The timeline's labels over the axis, in every edition, at every step, at the widths and word
// scales the page and presentation mode show them at: inside the strip, and no leader line from
// a dot runs through another event's label (a review found one crossing "October 18, 2024 ·
// North Korea to send troops" on a 1024×768 slide).
import { describe, expect, it } from 'vitest';
import { steps } from '../data/steps';
import { locales } from '../data/copy';
import { localeIds } from '../data/copy/ids';
import { axisLabels, axisLayout } from './TimelineAxis';
import { typeScale } from '../styles/tokens';

const clamp = (lo: number, v: number, hi: number) => Math.min(hi, Math.max(lo, v));
/**
 * The strip's width, word scale and height where it is shown. On the page (wide layout, from 900
 * px): the graphic beside 27rem of text, about the screen less 480 px; words growing with it
 * (typeScale) and the strip clamp(9.5rem, 19vw - 97px, 13.3rem) (graphic.css). In presentation
 * mode: the graphic's column (1.2 of 2.2 parts of the screen, 1 of 2.8 with the speaker's notes
 * open), words scaled by the screen's height over 640, the strip clamp(12rem, 21vh, 16rem)
 * (present.css), on projectors and screens from 1024×768 to 2560×1440.
 */
const CASES = [
  ...Array.from({ length: 21 }, (_, i) => 900 + i * 50).map((vw) => {
    const width = vw - 480;
    return { mode: 'page', width, k: typeScale({ width }), height: clamp(152, 0.19 * vw - 97, 212.8) };
  }),
  ...[
    [1024, 768],
    [1280, 800],
    [1366, 768],
    [1280, 1024],
    [1920, 1080],
    [2560, 1440],
  ].flatMap(([vw = 0, vh = 0]) =>
    [1.2 / 2.2, 1 / 2.8].map((share) => ({
      mode: share > 0.5 ? 'slide' : 'slide with notes',
      width: Math.round(vw * 0.98 * share - 0.02 * vw),
      k: Math.max(1, Math.round((vh / 640) * 100) / 100),
      height: clamp(192, 0.21 * vh, 256),
    })),
  ),
];

describe.each(localeIds)('the %s timeline', (locale) => {
  const copy = locales[locale];
  it('keeps labels in the strip and leaders clear of other labels, on the page and on slides', () => {
    const trouble: string[] = [];
    for (const { mode, width, k, height } of CASES) {
      const layout = axisLayout(width, k, copy.ui.page.lang);
      const cross = height - 36 * k;
      for (const step of steps) {
        const labels = axisLabels(layout, step.graphic.timeline, { width, cross, k }, copy);
        const where = `${step.id}, ${mode}, ${width}×${height.toFixed(0)} px, scale ${k}`;
        for (const l of labels) {
          if (l.x0 < 0 || l.x1 > width || l.top < 0)
            trouble.push(`${where}: ${l.id} runs out (${l.x0.toFixed(0)}–${l.x1.toFixed(0)}, top ${l.top.toFixed(0)})`);
          for (const m of labels) {
            if (m === l) continue;
            const across = l.leader.x >= m.x0 - 2 && l.leader.x <= m.x1 + 2;
            const along = l.leader.y1 < m.bottom + m.size * 0.3 && l.leader.y0 > m.top;
            if (across && along) trouble.push(`${where}: ${l.id}'s leader crosses ${m.id}`);
          }
        }
      }
    }
    expect(trouble).toEqual([]);
  });
});
