// Motion settings shared by the graphics: one duration and easing, none when motion is reduced.
import type { Transition } from 'framer-motion';

export const transitionFor = (reduced: boolean): Transition =>
  reduced ? { duration: 0 } : { duration: 0.9, ease: [0.33, 0, 0.2, 1] };

/** Loaded after first paint: framer-motion's animation features are not on the critical path. */
export const loadMotionFeatures = () => import('./features').then((m) => m.default);
