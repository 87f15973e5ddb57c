// The embedded explainer's side of the conversation with its parent page: report the content's
// height whenever it changes, and, when the parent reports where the frame sits in its viewport,
// switch the story from the stepper to scroll tracking driven by those reports. Listens from
// before React hydrates, and reports heights from when the page is live.
import { createExternalViewport, type ExternalViewport } from '../scroll/viewport';
import { heightMessages, parseChildId, parseParentMessage, pymMessage, visibleWindow } from './protocol';

/** `stepper`: Previous/Next, no scroll tracking needed. `track`: the scroll story, following the parent. */
export type EmbedLayout = 'stepper' | 'track';

export type EmbedChild = {
  layout: () => EmbedLayout;
  /** Calls back when the layout changes; returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
  /** The parent's viewport, in the frame's coordinates. */
  viewport: ExternalViewport;
  /**
   * The page is live (hydrated) in its embed layout: heights are sent from now on. Before, the
   * prerendered page shows every step in the flow, a height the parent should never take.
   */
  ready: () => void;
  stop: () => void;
};

/**
 * A parent that answers one request for its position may not follow scrolling (a Pym parent
 * without `trackscroll` does exactly that). The second position message shows it does.
 */
const POSITIONS_TO_TRACK = 2;

/**
 * The parent's viewport height only changes the layout when it changes by more than this share,
 * so a mobile address bar showing or hiding does not reflow the whole story.
 */
const HEIGHT_CHANGE = 0.2;

const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** Starts talking to the parent; in a top-level window (no parent) it stays a stepper, silent. */
export const startEmbedChild = (): EmbedChild => {
  const viewport = createExternalViewport();
  const listeners = new Set<() => void>();
  let layout: EmbedLayout = 'stepper';
  const child: EmbedChild = {
    layout: () => layout,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    viewport,
    ready: () => {},
    stop: () => {},
  };
  if (window.parent === window) return child;

  const parent = window.parent;
  const childId = parseChildId(window.location.search);
  const root = document.documentElement;
  let lastHeight = -1;
  let frame = 0;
  let positions = 0;
  let layoutHeight = 0;
  let live = false;

  const post = (message: unknown) => {
    try {
      parent.postMessage(message, '*');
    } catch {
      // A parent that has gone away: nothing to tell.
    }
  };
  const sendHeight = (force: boolean) => {
    if (!live) return;
    const h = contentHeight();
    if (!force && h === lastHeight) return;
    lastHeight = h;
    heightMessages(h, childId).forEach(post);
  };
  const scheduleHeight = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        sendHeight(false);
      });
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = parseParentMessage(event.data, childId);
    if (!message) return;
    if (message.type === 'width' || message.type === 'frames-init') {
      sendHeight(true);
      return;
    }
    const box = visibleWindow(message.position);
    // The story's heights follow the parent's viewport, not the frame's (which is as tall as
    // the story): set once, and again only on a real change, never from our own height.
    if (!layoutHeight || Math.abs(box.height - layoutHeight) > layoutHeight * HEIGHT_CHANGE) {
      layoutHeight = box.height;
      root.style.setProperty('--vh', `${(box.height / 100).toFixed(2)}px`);
    }
    viewport.set(box);
    positions += 1;
    if (positions === POSITIONS_TO_TRACK) {
      layout = 'track';
      listeners.forEach((l) => l());
    }
  };

  window.addEventListener('message', onMessage);
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(scheduleHeight) : null;
  ro?.observe(root);
  window.addEventListener('load', scheduleHeight);
  if (childId) post(pymMessage(childId, 'parentPositionInfo'));
  child.ready = () => {
    if (live) return;
    live = true;
    sendHeight(true);
  };
  child.stop = () => {
    window.removeEventListener('message', onMessage);
    window.removeEventListener('load', scheduleHeight);
    ro?.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
  return child;
};
