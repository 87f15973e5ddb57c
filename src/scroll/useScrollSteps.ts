// Drives the active step from the page's scroll position. Offsets are measured only when
// layout changes (ResizeObserver), read back on scroll once per animation frame, and React state
// changes only when the active step does.
import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { findActive, directionOf, parseOffset, parseStepParam, type Direction, type StepBox } from './activeStep';
import type { ProgressStore } from './progressStore';
import { windowViewport, type Viewport } from './viewport';

export type ScrollStepsOptions = {
  /** The list whose children are the steps, in order. */
  container: RefObject<HTMLElement | null>;
  /** Step ids, in order (for deep links). */
  ids: readonly string[];
  /** Where the reading line sits: 0.5, "50%" or "300px". Default: the middle. */
  offset?: number | string;
  progress: ProgressStore;
  /** Off in layouts that do not follow scrolling (the embed's stepper, print). */
  enabled?: boolean;
  /** The reader's window: the browser's viewport, or a parent page's around an iframe. */
  viewport?: Viewport;
};

export const useScrollSteps = ({
  container,
  ids,
  offset = 0.5,
  progress,
  enabled = true,
  viewport = windowViewport,
}: ScrollStepsOptions) => {
  const [active, setActive] = useState(0);
  const boxes = useRef<StepBox[]>([]);
  const lastY = useRef(0);
  const direction = useRef<Direction>('down');
  const frame = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const measure = () => {
      const el = container.current;
      if (!el) return;
      const y = window.scrollY;
      boxes.current = Array.from(el.children, (child) => {
        const r = child.getBoundingClientRect();
        return { top: r.top + y, bottom: r.bottom + y };
      });
    };
    const update = () => {
      frame.current = 0;
      const view = viewport.read();
      // Nothing laid out yet (or a layout engine without one), or no window yet: keep the step.
      if (!view || boxes.current.every((b) => b.bottom === b.top)) return;
      const y = view.y;
      const line = y + parseOffset(offset, view.height);
      const found = findActive(boxes.current, line);
      direction.current = directionOf(lastY.current, y, direction.current);
      lastY.current = y;
      const n = boxes.current.length;
      progress.set({
        index: found.index,
        step: found.progress,
        story: n ? Math.min(1, (found.index + found.progress) / n) : 0,
        direction: direction.current,
      });
      // A transition: the step change never blocks scrolling, and a graphic still loading
      // (a dehydrated Suspense boundary) waits for its code instead of being thrown away.
      startTransition(() => setActive((prev) => (prev === found.index ? prev : found.index)));
    };
    const schedule = () => {
      if (!frame.current) frame.current = requestAnimationFrame(update);
    };
    const remeasure = () => {
      measure();
      schedule();
    };
    measure();
    // A deep link (?step=id) puts that step on the reading line; #id is handled by the browser,
    // which honours the steps' scroll-margin-top. Only a page can scroll itself to it.
    const target = parseStepParam(window.location.search, window.location.hash, ids);
    if (viewport === windowViewport && target && new URLSearchParams(window.location.search).get('step') === target) {
      const i = ids.indexOf(target);
      const box = boxes.current[i];
      const view = viewport.read();
      if (box && view) window.scrollTo(0, Math.max(0, box.top - parseOffset(offset, view.height) + 1));
    }
    update();
    const unsubscribe = viewport.subscribe(schedule);
    window.addEventListener('resize', remeasure, { passive: true });
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(remeasure) : null;
    if (container.current) ro?.observe(container.current);
    return () => {
      unsubscribe();
      window.removeEventListener('resize', remeasure);
      ro?.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [enabled, ids, offset, progress, container, viewport]);

  return active;
};
