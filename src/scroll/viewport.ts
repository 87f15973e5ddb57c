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

/** The browser's viewport as of its last scroll or resize event, while anything listens. */
let seen: ViewportBox | null = null;
let listening = 0;
const measureWindow = (): ViewportBox => ({ y: window.scrollY, height: document.documentElement.clientHeight });
const note = () => {
  seen = measureWindow();
};

/**
 * The browser's own viewport. Its height is the initial containing block
 * (documentElement.clientHeight), not innerHeight, so the mobile address bar does not move the
 * reading line. See https://developer.chrome.com/blog/url-bar-resizing
 *
 * While subscribed, it is read as the scroll and resize events come, at the start of a frame,
 * before the frame's animation callbacks change the page: read in those callbacks instead, after
 * the graphic's own, it would make the browser lay the page out twice in a frame.
 */
export const windowViewport: Viewport = {
  read: () => seen ?? measureWindow(),
  subscribe: (onChange) => {
    const onScroll = () => {
      note();
      onChange();
    };
    listening += 1;
    note();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', note, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', note);
      listening -= 1;
      if (!listening) seen = null;
    };
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
