// Whether the reader asked for reduced motion. Without matchMedia (old browsers), motion is
// treated as reduced: nothing moves that cannot be relied on. On the server and while hydrating,
// false (what the prerendered markup was made with); the reader's setting once live.
import { useEffect, useState } from 'react';
import { isLive } from '../../hooks/useHydrated';

const QUERY = '(prefers-reduced-motion: reduce)';

const get = () => typeof window.matchMedia !== 'function' || window.matchMedia(QUERY).matches;

export const useReducedMotion = (): boolean => {
  const [reduced, setReduced] = useState(() => isLive() && get());
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first render matches the server's markup; the next is live
    setReduced(get());
    if (typeof window.matchMedia !== 'function') return undefined;
    const mq = window.matchMedia(QUERY);
    const onChange = () => setReduced(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return reduced;
};
