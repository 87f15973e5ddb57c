// The steps a reader is likely to see next (the one before and the one after the step shown):
// the map places their words while the browser is idle, so that a step's change does not place
// them in the frame that shows it (MapOverlay.tsx, mapLabels).
import { createContext } from 'react';
import type { MapState } from '../data/types';

export const UpcomingMapContext = createContext<readonly MapState[]>([]);

/** Idle callbacks may run this long before a job waits for the next one, ms. */
const SLICE_MS = 8;

/**
 * Runs `work` on each of `jobs` while the browser is idle, one job per idle period with time
 * left (a job may take longer than the period: it is never split); returns a function that
 * stops what has not run.
 */
export const whenIdle = <T>(jobs: readonly T[], work: (job: T) => void): (() => void) => {
  const queue = [...jobs];
  let handle = 0;
  const idle = typeof window.requestIdleCallback === 'function';
  const next = () => {
    if (!queue.length) return;
    handle = idle ? window.requestIdleCallback(run) : window.setTimeout(() => run(null), 50);
  };
  const run = (deadline: IdleDeadline | null) => {
    const job = !deadline || deadline.timeRemaining() >= SLICE_MS ? queue.shift() : undefined;
    if (job !== undefined) work(job);
    next();
  };
  next();
  return () => {
    queue.length = 0;
    if (idle) window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
};
