// The deck's keys (keys.ts says which key does what): listened to on the window, ignored while a
// dialog is open, and kept from buttons and links that use Space and Enter themselves.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { actionFor, move } from './keys';
import { slides } from './slides';
import type { DialogId } from './Dialog';

export type DeckKeyHandlers = {
  /** The slide shown. */
  index: number;
  /** The screen is blacked out: only B (or .) and Esc do anything. */
  black: boolean;
  go: (index: number) => void;
  toggleFullscreen: () => void;
  toggleBlack: () => void;
  /** Esc: leave full screen, else the black screen, else presentation mode. */
  escape: () => void;
  openDialog: (id: DialogId) => void;
  openNotes: () => void;
};

export const useDeckKeys = (root: RefObject<HTMLElement | null>, h: DeckKeyHandlers) => {
  // The handlers as last rendered, read when a key arrives: a key pressed right after a slide
  // change sees the new slide, even where a renderer runs effects a frame after the commit.
  const latest = useRef(h);
  useLayoutEffect(() => {
    latest.current = h;
  });
  // Attached at the commit that shows the deck: a key pressed as soon as the slide shows works.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { index, black, go, toggleFullscreen, toggleBlack, escape, openDialog, openNotes } = latest.current;
      // The open dialog in the page, not in state: a key can arrive before a closed dialog's
      // `close` event has updated the state.
      if (e.defaultPrevented || root.current?.querySelector('dialog[open]')) return;
      const target = e.target as HTMLElement | null;
      // A focused button keeps Space and Enter for itself.
      if (target?.closest('button, a, input') && (e.key === ' ' || e.key === 'Enter')) return;
      const action = actionFor(e);
      if (!action) return;
      e.preventDefault();
      if (black && action !== 'black' && action !== 'escape') return;
      switch (action) {
        case 'fullscreen':
          return toggleFullscreen();
        case 'black':
          return toggleBlack();
        case 'escape':
          return escape();
        case 'goto':
        case 'help':
          return openDialog(action);
        case 'notes':
          return openNotes();
        default:
          go(move(index, action, slides.length));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root]);
};
