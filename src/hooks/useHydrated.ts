// False while rendering on the server and during hydration, true after. Lets a component
// prerender static, CSP-safe markup (attributes, no inline styles) and animate once live.
// Hydration keeps the server's attributes as they are, so the first client render must match
// them: a root mounted after one has hydrated (presentation mode, the handout) starts live.
import { useEffect, useState } from 'react';

let live = false;

/** Whether a root on this page has committed (no hydration left that must match the server). */
export const isLive = (): boolean => live;

export const useHydrated = (): boolean => {
  const [hydrated, setHydrated] = useState(live);
  useEffect(() => {
    live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first render matches the server's markup; the next is live
    setHydrated(true);
  }, []);
  return hydrated;
};
