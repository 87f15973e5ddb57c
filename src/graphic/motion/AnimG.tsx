// An SVG group that moves and fades. Prerendered (and during hydration) it is a plain <g>
// with presentation attributes, so the static page needs no inline style (strict CSP); once
// live it is a framer-motion group animating transform and opacity only.
import { m } from 'framer-motion';
import { useEffect, useId, type ReactNode } from 'react';
import { useHydrated } from '../../hooks/useHydrated';
import { useReducedMotion } from './useReducedMotion';
import { useStill } from './useStill';
import { transitionFor } from '.';
import { useSettleTarget } from '../settle';

export type AnimGProps = {
  /** Translation, px. Default 0. */
  x?: number;
  y?: number;
  /** Uniform scale about the SVG's origin. Default 1. */
  scale?: number;
  /** Default 1. */
  opacity?: number;
  /** Goes to its new values at once, with no transition (a highlight changed with the view). */
  instant?: boolean;
  className?: string;
  children: ReactNode;
};

const r = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A change at once, by the same means as a fade: a millisecond's animation. framer-motion sets a
 * change of no duration as an attribute, a fade as a style, and a style left by an earlier fade
 * wins over the attribute (a highlight stayed lit).
 */
const INSTANT = { duration: 0.001 };

// Transform about the view box's origin, not the group's own box (framer's SVG default).
const ORIGIN = { originX: 0, originY: 0, transformBox: 'view-box' } as const;

export const AnimG = ({ x = 0, y = 0, scale = 1, opacity = 1, instant = false, className, children }: AnimGProps) => {
  const hydrated = useHydrated();
  const reduced = useReducedMotion();
  const still = useStill();
  const id = useId();
  const settle = useSettleTarget(`${x} ${y} ${scale} ${opacity}`, id);
  useEffect(() => () => settle?.end(id), [settle, id]);
  if (!hydrated || still) {
    const transform = x || y || scale !== 1 ? `translate(${r(x)} ${r(y)}) scale(${r(scale)})` : undefined;
    return (
      <g className={className} transform={transform} opacity={opacity === 1 ? undefined : opacity}>
        {children}
      </g>
    );
  }
  return (
    <m.g
      className={className}
      style={ORIGIN}
      initial={false}
      animate={{ x, y, scale, opacity }}
      transition={instant && !reduced ? INSTANT : transitionFor(reduced)}
      onAnimationStart={() => settle?.start(id)}
      onAnimationComplete={() => settle?.end(id)}
    >
      {children}
    </m.g>
  );
};
