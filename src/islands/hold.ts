// How the graphic follows the story's active step: at once when the reader comes to a step, but
// not through every step a fling or a jump passes. A step that follows the last one within
// `PASSING_MS` is one the reader is passing: the graphic waits until the story has stayed on a
// step that long, then shows that one (one zoom to where the reader lands, not one started and
// dropped for each step passed). Either way the graphic renders in a task of its own, not in the
// animation frame in which the scroll engine noticed the change: that frame's style, layout and
// paint then do not add up with the render into one long task.
import type { ActiveStep } from './story';

/** How long the story must stay on a step, after a quick change, before the graphic follows, ms. */
export const PASSING_MS = 160;

/**
 * Runs `fn` in a task of its own, as soon as the browser can; returns the cancel. A message where
 * it can be, not a timer: timers in a frame out of view may wait a second each (graphic/nextTask.ts).
 */
const soon = (fn: () => void): (() => void) => {
  if (typeof window !== 'undefined' && typeof MessageChannel === 'function') {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      fn();
    };
    port2.postMessage(null);
    return () => port1.close();
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/** Calls `show` with the active step now, and as it changes; returns the stop. */
export const followActive = (active: ActiveStep, show: (index: number) => void, passing = PASSING_MS) => {
  let last = -Infinity;
  let cancel: (() => void) | undefined;
  const apply = () => {
    cancel = undefined;
    show(active.get());
  };
  const changed = () => {
    const now = performance.now();
    const quick = now - last < passing;
    last = now;
    cancel?.();
    if (quick) {
      const timer = setTimeout(apply, passing);
      cancel = () => clearTimeout(timer);
    } else cancel = soon(apply);
  };
  apply();
  const unsubscribe = active.subscribe(changed);
  return () => {
    cancel?.();
    unsubscribe();
  };
};
