// The embed in real parents (tests/browser/parents.ts: our loader, Pym.js, @newswire/frames,
// plain and sandboxed iframes), cross-origin as on a news site: it fits its content, follows the
// parent's scroll with position messages, falls back to its stepper without them, and a pinned
// edition embeds its language. What the frame does with hostile messages, and the embedded page
// itself, are in embed-frame.test.ts.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { steps } from '../../src/data/steps';
import { axe, chromiumPath } from './harness';
import { fit, frames2, layoutOf, scrollParent, setupParents, type Opened } from './parents';

const ids = steps.map((s) => s.id);
const { open } = setupParents();

describe.skipIf(!chromiumPath).each(['loader', 'pym', 'frames'] as const)('embedded with %s', (kind) => {
  it('fits its content after load, at 390 px wide, and back', async () => {
    const opened = await open(kind);
    const sizes = [await fit(opened)];
    await opened.page.setViewportSize({ width: 390, height: 844 });
    sizes.push(await fit(opened));
    await opened.page.setViewportSize({ width: 1280, height: 800 });
    sizes.push(await fit(opened));
    for (const { outer, inner } of sizes)
      expect(Math.abs(outer - inner), `${outer} vs ${inner}`).toBeLessThanOrEqual(2);
    // The narrow layout is a different height: the frame really followed it.
    expect(sizes[1]?.inner).not.toBe(sizes[0]?.inner);
    expect(opened.errors).toEqual([]);
  });
});

/** Scrolls the parent through the whole frame; records the active step and where the graphic is. */
const scrollThrough = async (opened: Opened) => {
  const { page, frame } = opened;
  const top = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY);
  const height = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  const vh = await page.evaluate(() => document.documentElement.clientHeight);
  const seen: string[] = [];
  const misplaced: string[] = [];
  // Half a screen at a time: steps are at least 60% of a screen apart, so each is read.
  for (let y = Math.max(0, top - vh); y <= top + height; y += Math.round(vh / 2)) {
    if (!(await scrollParent(opened, y))) continue;
    const read = () =>
      frame.evaluate(() => {
        const story = document.querySelector('.scrolly')!.getBoundingClientRect();
        const graphic = document.querySelector('.scrolly__graphic')!.getBoundingClientRect();
        return { active: document.querySelector('.scrolly')!.getAttribute('data-active'), story, graphic };
      });
    // Settled: two readings two frames apart agree (a step change renders in between).
    let state = await read();
    for (let i = 0; i < 10; i++) {
      await frames2(frame);
      const again = await read();
      const same = again.active === state.active && again.graphic.top === state.graphic.top;
      state = again;
      if (same) break;
    }
    const frameTop = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
    if (state.active && seen.at(-1) !== state.active) seen.push(state.active);
    // While the story fills the viewport, the graphic must be in it, at its top.
    const storyTop = frameTop + state.story.top;
    const storyBottom = frameTop + state.story.bottom;
    const graphicTop = frameTop + state.graphic.top;
    if (storyTop <= 0 && storyBottom >= vh && Math.abs(graphicTop) > 2)
      misplaced.push(`at ${y}: graphic top ${graphicTop.toFixed(1)}`);
  }
  return { seen, misplaced };
};

// Each parent's way of telling the frame where it is (our loader's messages, Pym's trackscroll,
// the frame asking Pym), at a desktop and a phone size: our loader at both, Pym's two ways at one
// each, so every parent and every size is walked.
const SCROLL_WALKS = [
  { kind: 'loader', width: 1280, height: 800 },
  { kind: 'loader', width: 390, height: 844 },
  { kind: 'pym', width: 390, height: 844 },
  { kind: 'pym-ask', width: 1280, height: 800 },
] as const;

describe.skipIf(!chromiumPath)('scroll story inside the frame, with position messages', () => {
  it.each(SCROLL_WALKS)(
    'from $kind: walks every step in order and keeps the graphic in view at $width×$height',
    async ({ kind, ...viewport }) => {
      const opened = await open(kind, viewport);
      await opened.page.mouse.wheel(0, 10);
      await opened.frame.waitForFunction(
        () => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track',
      );
      // The parent has the story's full height before the reader scrolls through it (fit scrolls
      // the frame into view), and the reader starts from the top, on the first step.
      await fit(opened);
      // Back up until the frame's top is halfway down the screen: it is in view (a frame out of
      // view gets no animation frames, so it could not follow), and its story on the first step.
      await opened.page.evaluate(() =>
        window.scrollTo(
          0,
          document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2,
        ),
      );
      await opened.frame.waitForFunction(
        (first) => document.querySelector('.scrolly')?.getAttribute('data-active') === first,
        ids[0]!,
      );
      const { seen, misplaced } = await scrollThrough(opened);
      expect(seen).toEqual(ids);
      expect(misplaced).toEqual([]);
      const { outer, inner } = await fit(opened);
      expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
      expect(opened.errors).toEqual([]);
    },
  );
});

/**
 * Steps through the stepper with its Next button; returns the active step after each press and
 * every height the frame's content took on the way.
 */
const walkStepper = async (frame: Frame) => {
  const seen = [await frame.getAttribute('.scrolly', 'data-active')];
  const height = () => frame.evaluate(() => Math.round(document.documentElement.getBoundingClientRect().height));
  const heights = new Set([await height()]);
  for (let i = 1; i < ids.length; i++) {
    await frame.getByRole('button', { name: 'Next' }).click();
    const id = ids[i]!;
    await frame.waitForFunction((s) => document.querySelector('.scrolly')?.getAttribute('data-active') === s, id);
    // The step's words are on screen and not cut off by the frame.
    const visible = await frame.evaluate((s) => {
      const card = document.getElementById(s)!.getBoundingClientRect();
      return getComputedStyle(document.getElementById(s)!).visibility === 'visible' && card.height > 50;
    }, id);
    expect(visible, id).toBe(true);
    seen.push(id);
    heights.add(await height());
  }
  return { seen, heights: [...heights] };
};

describe.skipIf(!chromiumPath)('without position messages', () => {
  it.each(['plain', 'frames', 'sandboxed'] as const)(
    'uses the stepper in a %s iframe: every step reads, at one height',
    async (kind) => {
      const opened = await open(kind, { width: 390, height: 844 });
      expect(await layoutOf(opened.frame)).toBe('stepper');
      const { seen, heights } = await walkStepper(opened.frame);
      expect(seen).toEqual(ids);
      // One height from step to step: the page around the frame does not jump.
      expect(heights, 'heights of the frame from step to step').toHaveLength(1);
      // Previous goes back.
      await opened.frame.getByRole('button', { name: 'Previous' }).click();
      await opened.frame.waitForFunction(
        (s) => document.querySelector('.scrolly')?.getAttribute('data-active') === s,
        ids.at(-2)!,
      );
      // However long it has been live, nothing switched it to the scroll story.
      expect(await layoutOf(opened.frame)).toBe('stepper');
      if (kind !== 'plain') {
        const { outer, inner } = await fit(opened);
        expect(Math.abs(outer - inner), `${outer} vs ${inner}`).toBeLessThanOrEqual(2);
      }
      expect(opened.errors).toEqual([]);
    },
  );
});

describe.skipIf(!chromiumPath)('a pinned edition', () => {
  it('data-lang="ko" embeds the Korean page, which fits and follows the scroll', async () => {
    const opened = await open('loader-ko');
    expect(await opened.page.getAttribute('iframe', 'src')).toMatch(/\/ko\/embed\.html\?childId=/);
    expect(await opened.frame.evaluate(() => document.documentElement.lang)).toBe('ko');
    await opened.page.mouse.wheel(0, 10);
    await opened.frame.waitForFunction(
      () => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track',
    );
    const { outer, inner } = await fit(opened);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    expect(await axe(opened.frame)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
