// The presenter's window (notes, the next slide, a clock), opened on the N key: a second window
// that follows the deck over a BroadcastChannel. Where it cannot open (blocked, or no channel to
// follow with), the notes show beside the slide instead.
import { useCallback } from 'react';

/** Returns the opener; `toggleNotes` is called when no second window opened. */
export const usePresenterWindow = (toggleNotes: () => void) =>
  useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('presenter', '');
    const popup =
      typeof BroadcastChannel === 'function'
        ? window.open(url.href.replace(/=(?=&|#|$)/g, ''), 'kursk-presenter', 'popup,width=960,height=720')
        : null;
    if (!popup) toggleNotes();
  }, [toggleNotes]);
