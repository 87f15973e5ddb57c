// False while rendering on the server and during hydration, true after. Lets a component
// prerender static, CSP-safe markup (attributes, no inline styles) and animate once live.
import { useSyncExternalStore } from 'react';

const noop = () => () => {};

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
