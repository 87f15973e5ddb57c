// The bench's scroll figures: frames counted in whole display frames, so that the page's coarse
// clock (0.1 ms) does not read frames on time as late, nor hide a frame that missed the display.
import { describe, expect, it } from 'vitest';
import { frameStats } from '../../scripts/bench/frames.mjs';

/** Frame lengths as the page times them at 60 Hz: timestamps on the display's clock, cut to 0.1 ms. */
const timed = (displayFrames: readonly number[]) => {
  const out: number[] = [];
  let t = 1000 / 60 / 3;
  let last = Math.floor(t * 10) / 10;
  for (const n of displayFrames) {
    t += (n * 1000) / 60;
    const now = Math.floor(t * 10) / 10;
    out.push(now - last);
    last = now;
  }
  return out;
};

describe('the scroll runs’ frame figures', () => {
  it('read a run with every frame on time as one display frame, though it is timed at up to 16.8 ms', () => {
    const frames = timed(Array(600).fill(1));
    expect(Math.max(...frames)).toBeGreaterThan(16.7);
    const s = frameStats(frames);
    expect(Math.abs(s.p95 - 16.67)).toBeLessThan(0.1);
    expect(s.p95).toBeLessThanOrEqual(16.7);
    expect(s.p95Raw).toBeGreaterThan(16.7);
  });

  it('read a frame that missed the display as two, and the worst as timed', () => {
    // One frame in ten missed a display frame: over 5% of them, so p95 is two display frames.
    const frames = timed(Array.from({ length: 600 }, (_, i) => (i % 10 === 0 ? 2 : 1)));
    const s = frameStats(frames);
    expect(Math.abs(s.p95 - 33.33)).toBeLessThan(0.1);
    expect(s.worst).toBeGreaterThan(33.2);
    // One in forty: under 5%, p95 stays one display frame.
    expect(frameStats(timed(Array.from({ length: 600 }, (_, i) => (i % 40 === 0 ? 3 : 1)))).p95).toBeLessThanOrEqual(
      16.7,
    );
  });
});
