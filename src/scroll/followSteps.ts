// Drives the active step from the reader's scroll position, on the prerendered step elements.
// Offsets are measured only when layout changes (ResizeObserver, resize), read back on scroll
// once per animation frame, and the callback runs only when the active step changes.
import { findActive, directionOf, parseOffset, parseStepParam, type Direction, type StepBox } from './activeStep';
import type { ProgressStore } from './progressStore';
import { windowViewport, type Viewport } from './viewport';

export type FollowStepsOptions = {
  /** The list whose children are the steps, in order. */
  list: HTMLElement;
  /** Step ids, in order (for deep links). */
  ids: readonly string[];
  /** Where the reading line sits: 0.5, "50%" or "300px". Default: the middle. */
  offset?: number | string;
  progress: ProgressStore;
  /** The reader's window: the browser's viewport, or a parent page's around an iframe. */
  viewport?: Viewport;
  /** Called with the active step's index when it changes (and once at the start). */
  onActive: (index: number) => void;
};

/** Starts following; returns the stop. */
export const followSteps = ({
  list,
  ids,
  offset = 0.5,
  progress,
  viewport = windowViewport,
  onActive,
}: FollowStepsOptions): (() => void) => {
  let boxes: StepBox[] = [];
  let lastY = 0;
  let direction: Direction = 'down';
  let frame = 0;
  let active = -1;

  const measure = () => {
    const y = window.scrollY;
    boxes = Array.from(list.children, (child) => {
      const r = child.getBoundingClientRect();
      return { top: r.top + y, bottom: r.bottom + y };
    });
  };
  const update = () => {
    frame = 0;
    const view = viewport.read();
    // Nothing laid out yet (or a layout engine without one), or no window yet: keep the step.
    if (!view || boxes.every((b) => b.bottom === b.top)) return;
    const y = view.y;
    const line = y + parseOffset(offset, view.height);
    const found = findActive(boxes, line);
    direction = directionOf(lastY, y, direction);
    lastY = y;
    const n = boxes.length;
    progress.set({
      index: found.index,
      step: found.progress,
      story: n ? Math.min(1, (found.index + found.progress) / n) : 0,
      direction,
    });
    if (found.index !== active) {
      active = found.index;
      onActive(active);
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
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
    const box = boxes[ids.indexOf(target)];
    const view = viewport.read();
    if (box && view) window.scrollTo(0, Math.max(0, box.top - parseOffset(offset, view.height) + 1));
  }
  update();
  const unsubscribe = viewport.subscribe(schedule);
  window.addEventListener('resize', remeasure, { passive: true });
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(remeasure) : null;
  ro?.observe(list);
  return () => {
    unsubscribe();
    window.removeEventListener('resize', remeasure);
    ro?.disconnect();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
};
