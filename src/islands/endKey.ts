// The End key takes the reader to the end of the page. The entries of the lists after the story are laid
// out only as the reader nears them (content-visibility: auto in article.css), each held at an estimate of
// its height until then. The browser aims its scroll at the end of the page as it was when the key
// was pressed; lists laid out on the way make the page longer, and the scroll stopped short of the
// end (by up to 1,300 px on a phone, measured). So once that scroll has ended, while the page's
// end is still below the screen, the page goes on to it.

/** How many times the page goes on to its end after one key press, at most. */
const TRIES = 4;
/** How long after the key its scroll may end, ms (the browser's own takes under a second). */
const WITHIN_MS = 3000;

/** True for the keys that ask for the end of the page: End, and ⌘↓ on a Mac. */
const asksForEnd = (e: KeyboardEvent) =>
  !e.altKey && !e.shiftKey && (e.key === 'End' || (e.metaKey && e.key === 'ArrowDown'));

/** True where the key belongs to what has focus (a field), not to the page. */
const inField = (e: KeyboardEvent) =>
  e.target instanceof Element && e.target.closest('input, textarea, select, [contenteditable]') !== null;

/** Starts listening on `win`; returns the function that stops. */
export const keepEndAtEnd = (win: Window = window): (() => void) => {
  let tries = 0;
  let until = 0;
  const doc = win.document.documentElement;
  const below = () => doc.scrollHeight - (win.scrollY + win.innerHeight);
  const onKey = (e: KeyboardEvent) => {
    tries = 0;
    if (!asksForEnd(e) || inField(e)) return;
    // Once every listener has had the key: a mode that takes End itself (presentation mode's
    // last slide) prevents the page's scroll, and then there is nothing to finish.
    win.setTimeout(() => {
      if (e.defaultPrevented || below() <= 1) return;
      tries = TRIES;
      until = win.performance.now() + WITHIN_MS;
    });
  };
  // Another input means the reader has gone elsewhere.
  const cancel = () => {
    tries = 0;
  };
  const onScrollEnd = () => {
    if (tries === 0) return;
    if (below() <= 1 || win.performance.now() > until) {
      tries = 0;
      return;
    }
    tries -= 1;
    until = win.performance.now() + WITHIN_MS;
    win.scrollTo({ top: doc.scrollHeight });
  };
  const passive = { passive: true } as const;
  win.addEventListener('keydown', onKey);
  win.addEventListener('wheel', cancel, passive);
  win.addEventListener('touchstart', cancel, passive);
  win.addEventListener('pointerdown', cancel, passive);
  win.addEventListener('scrollend', onScrollEnd);
  return () => {
    win.removeEventListener('keydown', onKey);
    win.removeEventListener('wheel', cancel);
    win.removeEventListener('touchstart', cancel);
    win.removeEventListener('pointerdown', cancel);
    win.removeEventListener('scrollend', onScrollEnd);
  };
};
