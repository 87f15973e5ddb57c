// True once the browser has had an idle moment after hydration: for work no reader is waiting
// for (drawing the map layer that is not in view). Falls back to a short timeout.
import { useEffect, useState } from 'react';

const IDLE_TIMEOUT_MS = 1500;

export const useIdle = (): boolean => {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(id);
  }, []);
  return idle;
};
