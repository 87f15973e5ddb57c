import { describe, expect, it } from 'vitest';
import { directionOf, findActive, parseOffset, parseStepParam } from './activeStep';

// Three steps of 400 px with 600 px gaps, starting at 1000.
const boxes = [0, 1, 2].map((i) => ({ top: 1000 + i * 1000, bottom: 1400 + i * 1000 }));

describe('findActive(boxes, line)', () => {
  it('is step 0 at progress 0 before the first step', () => {
    expect(findActive(boxes, 10)).toEqual({ index: 0, progress: 0 });
  });

  it('is the last step whose top is above the line, with progress through it and its gap', () => {
    expect(findActive(boxes, 1000)).toEqual({ index: 0, progress: 0 });
    expect(findActive(boxes, 1500)).toEqual({ index: 0, progress: 0.5 });
    expect(findActive(boxes, 2250)).toEqual({ index: 1, progress: 0.25 });
  });

  it('lands on the step under the line after a jump, whatever came before', () => {
    expect(findActive(boxes, 3100).index).toBe(2);
    expect(findActive(boxes, 1100).index).toBe(0);
  });

  it('stays on the last step past the end, at progress 1', () => {
    expect(findActive(boxes, 99_999)).toEqual({ index: 2, progress: 1 });
  });

  it('handles a step taller than the viewport', () => {
    const tall = [
      { top: 0, bottom: 5000 },
      { top: 5000, bottom: 5200 },
    ];
    expect(findActive(tall, 4000)).toEqual({ index: 0, progress: 0.8 });
  });

  it('survives no steps and a non-finite line', () => {
    expect(findActive([], 100)).toEqual({ index: 0, progress: 0 });
    expect(findActive(boxes, NaN)).toEqual({ index: 0, progress: 0 });
  });
});

describe('parseOffset(offset, height)', () => {
  it('reads fractions, percentages and pixels, clamped to the viewport', () => {
    expect(parseOffset(0.25, 800)).toBe(200);
    expect(parseOffset('75%', 800)).toBe(600);
    expect(parseOffset('300px', 800)).toBe(300);
    expect(parseOffset('9000px', 800)).toBe(800);
    expect(parseOffset(-2, 800)).toBe(0);
  });

  it('falls back to the middle for anything else', () => {
    for (const bad of ['abc', '', null, undefined, {}, NaN, '50vh']) expect(parseOffset(bad, 800)).toBe(400);
  });
});

describe('parseStepParam(search, hash, ids)', () => {
  const ids = ['capture', 'crimea'];
  it('takes ?step= and #id when they name a step', () => {
    expect(parseStepParam('?step=crimea', '', ids)).toBe('crimea');
    expect(parseStepParam('', '#capture', ids)).toBe('capture');
    expect(parseStepParam('?step=nope', '#crimea', ids)).toBe('crimea');
  });

  it('ignores unknown and malformed values', () => {
    for (const [q, h] of [
      ['?step=<script>alert(1)</script>', ''],
      ['?step=', '#'],
      ['', '#%E0%A4%A'],
      ['?step=javascript:alert(1)', '#__proto__'],
      ['?step=%00', '#constructor'],
    ]) {
      expect(parseStepParam(q as string, h as string, ids)).toBeNull();
    }
  });
});

describe('directionOf', () => {
  it('follows the scroll and keeps the last direction when still', () => {
    expect(directionOf(0, 10, 'up')).toBe('down');
    expect(directionOf(10, 0, 'down')).toBe('up');
    expect(directionOf(5, 5, 'up')).toBe('up');
  });
});
