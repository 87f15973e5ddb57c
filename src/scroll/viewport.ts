// Where the reader's window onto the story is. On a page that is the browser's viewport; in an
// auto-height iframe (which never scrolls itself) it is the parent page's viewport, reported by
// the parent in messages. The scroll engine reads either through this one interface.

export type ViewportBox = {
  /** Top edge of the visible window in document coordinates (CSS px). */
  y: number;
  /** Its height, stable while a mobile address bar shows or hides. */
  height: number;
};

export type Viewport = {
  /** The current window, or null while unknown. */
  read: () => ViewportBox | null;
  /** Calls `onChange` when the window moves or resizes; returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
};

/**
 * The browser's own viewport. Its height is the initial containing block
 * (documentElement.clientHeight), not innerHeight, so the mobile address bar does not move the
 * reading line. See https://developer.chrome.com/blog/url-bar-resizing
 */
export const windowViewport: Viewport = {
  read: () => ({ y: window.scrollY, height: document.documentElement.clientHeight }),
  subscribe: (onChange) => {
    window.addEventListener('scroll', onChange, { passive: true });
    return () => window.removeEventListener('scroll', onChange);
  },
};

/** A viewport a parent page reports: set() on each message, read by the engine. */
export type ExternalViewport = Viewport & { set: (box: ViewportBox) => void };

export const createExternalViewport = (): ExternalViewport => {
  let box: ViewportBox | null = null;
  const listeners = new Set<() => void>();
  return {
    read: () => box,
    set: (next) => {
      if (box && box.y === next.y && box.height === next.height) return;
      box = next;
      listeners.forEach((l) => l());
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
};
