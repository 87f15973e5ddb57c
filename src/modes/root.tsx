// What every on-demand layout renders inside: StrictMode, and framer-motion's features (loaded
// after the first paint) for the graphics it holds.
import { StrictMode, type ReactNode } from 'react';
import { LazyMotion } from 'framer-motion';
import { loadMotionFeatures } from '../graphic/motion';

export const withMotion = (children: ReactNode) => (
  <StrictMode>
    <LazyMotion features={loadMotionFeatures} strict>
      {children}
    </LazyMotion>
  </StrictMode>
);
