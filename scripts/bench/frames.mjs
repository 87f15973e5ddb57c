// The scroll runs' frame figures (scroll.mjs).
/**
 * Frame lengths (ms, from animation-frame timestamps) in whole display frames. The page's clock is
 * coarsened to 0.1 ms, so frames that each took one display frame (16.67 ms at 60 Hz) are timed at
 * 16.6, 16.7 or 16.8 ms: a perfect run's p95 reads 16.8. Each frame counts as the whole number of
 * display frames nearest its length (the display's frame: the median length), so one display
 * frame reads 16.67 ms and a frame that missed one reads 33.3. `p95Raw` and `worst` are as timed.
 */
export const frameStats = (frames) => {
  const raw = [...frames].sort((a, b) => a - b);
  const at = (f, p) => f[Math.min(f.length - 1, Math.floor(p * f.length))] ?? NaN;
  const display = at(raw, 0.5);
  const f = raw.map((d) => Math.max(1, Math.round(d / display)) * display);
  return {
    frames: f.length,
    display,
    p50: at(f, 0.5),
    p95: at(f, 0.95),
    p95Raw: at(raw, 0.95),
    worst: raw.at(-1) ?? NaN,
  };
};
