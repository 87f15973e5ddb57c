// Whether the reader asked for reduced motion. Without matchMedia (old browsers), motion is
// treated as reduced: nothing moves that cannot be relied on.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const subscribe = (onChange: () => void) => {
  if (typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};

const get = () => typeof window.matchMedia !== 'function' || window.matchMedia(QUERY).matches;

export const useReducedMotion = (): boolean => useSyncExternalStore(subscribe, get, () => false);
