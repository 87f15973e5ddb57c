// The reader's first sign of reading on. Until then the story's graphic stays as prerendered
// (the first step's, which is what it should show) and its code is not fetched: a reader who
// only reads the opening screen, and a page-speed audit, never pay for it.
import type { Viewport } from '../scroll/viewport';
import type { ActiveStep } from './story';

/** What a reader does to go on: scroll, turn a wheel, touch, press a pointer or a key, resize. */
export const INTENT_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', 'resize'] as const;

/**
 * Calls `go` once, at the first of INTENT_EVENTS on `target`, and returns a function that
 * cancels the wait. The listeners are passive and go as soon as one has fired.
 */
export const onReaderIntent = (go: () => void, target: Window = window): (() => void) => {
  const options = { capture: true, passive: true } as const;
  const stop = () => INTENT_EVENTS.forEach((type) => target.removeEventListener(type, fire, options));
  function fire() {
    stop();
    go();
  }
  INTENT_EVENTS.forEach((type) => target.addEventListener(type, fire, options));
  return stop;
};

/**
 * Calls `go` once the reader goes on: at their first input, when the story leaves its first
 * step, or (an embed, given its parent's `viewport`) once the frame is less than two screens
 * below the parent's view. At once if one of these holds already. Returns the cancel.
 */
export const whenReaderGoesOn = (go: () => void, story: ActiveStep, viewport?: Viewport): (() => void) => {
  const near = () => {
    const box = viewport?.read();
    return box != null && box.y > -2 * box.height;
  };
  if (story.get() !== 0 || near()) {
    go();
    return () => {};
  }
  let done = false;
  const stops: (() => void)[] = [];
  const fire = () => {
    if (done) return;
    done = true;
    stops.forEach((stop) => stop());
    go();
  };
  stops.push(
    onReaderIntent(fire),
    story.subscribe(() => story.get() !== 0 && fire()),
    viewport?.subscribe(() => near() && fire()) ?? (() => {}),
  );
  return () => stops.forEach((stop) => stop());
};
