// The reader's first sign of reading on. Until then the story's graphic stays as prerendered
// (the first step's, which is what it should show) and its code is not fetched: a reader who
// only reads the opening screen, and a page-speed audit, never pay for it.

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
