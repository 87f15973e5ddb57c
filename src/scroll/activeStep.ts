// The scroll engine's pure logic: which step the reading line is in, how far through it, and
// how deep links and offsets are parsed. The engine (followSteps.ts) only feeds it numbers.
import { fragmentId, paramsOf } from '../routing/address';

/** A step's extent in document coordinates, px. */
export type StepBox = { top: number; bottom: number };

export type Active = { index: number; progress: number };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The step the reading line is in: the last step whose top is at or above the line. Before the
 * first step that is step 0 with progress 0; past the last, the last step with progress 1. The
 * answer depends only on where the reader is, not how they got there, so a fling or a jump lands
 * on the same state as scrolling through every step would.
 */
export const findActive = (boxes: readonly StepBox[], line: number): Active => {
  if (boxes.length === 0 || !Number.isFinite(line)) return { index: 0, progress: 0 };
  let lo = 0;
  let hi = boxes.length - 1;
  let index = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((boxes[mid]?.top ?? Infinity) <= line) {
      index = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (index === -1) return { index: 0, progress: 0 };
  const box = boxes[index] as StepBox;
  const next = boxes[index + 1];
  // A step runs until the next one starts (gaps between cards belong to the step above).
  const end = next ? next.top : box.bottom;
  const span = end - box.top;
  return { index, progress: span > 0 ? clamp((line - box.top) / span, 0, 1) : 1 };
};

/** Parses a reading-line offset like scrollama: 0.5, "50%" or "300px"; defaults to the middle. */
export const parseOffset = (offset: unknown, viewportHeight: number): number => {
  const h = Number.isFinite(viewportHeight) && viewportHeight > 0 ? viewportHeight : 0;
  if (typeof offset === 'number' && Number.isFinite(offset)) return clamp(offset, 0, 1) * h;
  if (typeof offset === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*(px|%)\s*$/.exec(offset);
    if (m) {
      const v = Number(m[1]);
      return m[2] === 'px' ? clamp(v, 0, h) : clamp(v / 100, 0, 1) * h;
    }
  }
  return h / 2;
};

export type Direction = 'down' | 'up';

export const directionOf = (previousY: number, y: number, previous: Direction): Direction => {
  if (y > previousY) return 'down';
  if (y < previousY) return 'up';
  return previous;
};

/**
 * The step a URL points at, from `?step=id` or `#id`; null for anything that is not a step id.
 * A valid `step` parameter wins over a valid hash; anything else is ignored.
 */
export const parseStepParam = (search: string, hash: string, ids: readonly string[]): string | null => {
  const fromQuery = paramsOf(search).get('step');
  const fromHash = hash.startsWith('#') ? fragmentId(hash) : '';
  return [fromQuery, fromHash].find((c): c is string => c !== null && ids.includes(c)) ?? null;
};
