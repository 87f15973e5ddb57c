// True once the browser has had an idle moment after hydration: for work no reader is waiting
// for (drawing the map layer that is not in view). Falls back to a short timeout.
import { startTransition, useEffect, useState } from 'react';

const IDLE_TIMEOUT_MS = 1500;

export const useIdle = (): boolean => {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    // The work it unlocks renders as a transition, in slices.
    const done = () => startTransition(() => setIdle(true));
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(done, 200);
    return () => window.clearTimeout(id);
  }, []);
  return idle;
};
