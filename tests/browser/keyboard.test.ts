// Reading with the keyboard alone, at a desktop and a phone size: Tab reaches every link and
// control in document order, each in view, ringed and uncovered; the skip link comes first and
// jumps to the story; Space and Page Down reach every step, and End the end of the page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { chromiumPath, openLive, setupSite } from './harness';

const site = setupSite();
const open = (viewport: { width: number; height: number }) => openLive(site, viewport);

describe.skipIf(!chromiumPath).each([
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])('keyboard only at $width×$height', (viewport) => {
  it('tabs through every link in document order, each visible, ringed and uncovered', async () => {
    const page = await open(viewport);
    // Everything focusable that is rendered (the embed panel's codes wait behind its summary).
    const expected = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ]
        .filter((el) => el.checkVisibility())
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(expected.some((html) => html.startsWith('<summary'))).toBe(true);
    const seen: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        // The first line box: a link that wraps has a gap in its bounding box.
        const line = el.getClientRects()[0] ?? r;
        const x = Math.min(Math.max(line.left + Math.min(4, line.width / 2), 0), window.innerWidth - 1);
        const y = Math.min(Math.max(line.top + line.height / 2, 0), window.innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        return {
          html: el.outerHTML.slice(0, 80),
          inView: r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
          ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
          uncovered: !!hit && (el === hit || el.contains(hit)),
        };
      });
      seen.push(info.html);
      if (!info.inView) problems.push(`${info.html} out of view`);
      if (!info.ring) problems.push(`${info.html} has no focus ring`);
      if (!info.uncovered) problems.push(`${info.html} is covered`);
    }
    expect(seen).toEqual(expected);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has a skip link first that jumps to the story', async () => {
    const page = await open(viewport);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'story');
    await page.close();
  });

  it('reaches every step with the keyboard alone (Space / PageDown), and the end of the page (End)', async () => {
    const page = await open(viewport);
    // Record every step that becomes active, however briefly.
    await page.evaluate(() => {
      const w = window as unknown as { __visited: string[] };
      const scrolly = document.querySelector('.scrolly')!;
      w.__visited = [scrolly.getAttribute('data-active') ?? ''];
      new MutationObserver(() => w.__visited.push(scrolly.getAttribute('data-active') ?? '')).observe(scrolly, {
        attributes: true,
        attributeFilter: ['data-active'],
      });
    });
    const visited = async () =>
      new Set(await page.evaluate(() => (window as unknown as { __visited: string[] }).__visited));
    // Until the story's last step has been shown, or the page's end.
    const last = steps.at(-1)!.id;
    for (let i = 0; i < 60 && !(await atEnd(page)) && !(await visited()).has(last); i++) {
      const from = await page.evaluate(() => window.scrollY);
      await page.keyboard.press(i % 2 ? 'PageDown' : 'Space');
      await scrollStops(page, from);
    }
    expect([...(await visited())].sort()).toEqual(steps.map((s) => s.id).sort());
    // Then End: the end of the page, though the lists after the story, laid out only as the
    // reader nears them, grow on the way (src/islands/endKey.ts).
    await page.keyboard.press('End');
    await page.waitForFunction(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      undefined,
      { timeout: 10_000 },
    );
    await page.close();
  });
});

/** True once the page is scrolled to its end. */
const atEnd = (page: Page) =>
  page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);

/**
 * Waits until a key's scroll has moved the page from `from` and come to rest (three frames
 * still), or 120 frames have passed without it (the caller then finds the page short of its end).
 */
const scrollStops = (page: Page, from: number) =>
  page.evaluate(
    (start) =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        let frames = 0;
        const tick = () => {
          const y = window.scrollY;
          still = y === last && y !== start ? still + 1 : 0;
          last = y;
          if (still >= 3 || ++frames > 120) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    from,
  );
