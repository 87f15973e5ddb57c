// The embedded explainer's side of the conversation with its parent page. Part of the embed's
// entry (embed-boot.ts), so it runs as the page is parsed, before the frame's `load` and the
// first paint, long before the app; the parent gets
// the frame's height at once: the prerendered page is already in its live layout (the
// stepper), so that first height is the right one, and hydration never changes it.
//
// Heights go out whenever the content's height may have changed: now, on DOMContentLoaded and
// load, when fonts load, on a width change, a step change or any change to the page, and when
// the parent asks (Pym `width`, frames' `frames-init`). A cross-origin frame out of view gets no
// animation frames and no ResizeObserver callbacks (the browser throttles its rendering), so
// besides those the height is also measured on events, messages and a timer, which still run.
//
// When a Pym parent reports where the frame sits in its viewport, the story switches from the
// stepper to scroll tracking driven by those reports (the frame asks for them while in view),
// once, before the reader reaches the frame, and reports its new height once. Our loader says
// so in the frame's address: the scroll story from the first measurement.
import { createExternalViewport, type ExternalViewport } from '../scroll/viewport';
import {
  heightMessages,
  mayReflow,
  parseChildId,
  parseParentMessage,
  parseTrackHint,
  pymMessage,
  visibleWindow,
} from './protocol';
import { startHeightReporter } from './heightReporter';
import { positionAsker } from './positionAsker';

/** `stepper`: Previous/Next, no scroll tracking needed. `track`: the scroll story, following the parent. */
export type EmbedLayout = 'stepper' | 'track';

export type EmbedChild = {
  layout: () => EmbedLayout;
  /** Calls back when the layout changes; returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
  /** The parent's viewport, in the frame's coordinates. */
  viewport: ExternalViewport;
  /** Something on the page changed (a step, a layer): measure, and report if the height moved. */
  measure: () => void;
  /**
   * Resolves once the layout is decided: at once in our loader's frame (its address says so), in
   * a frame no Pym parent sizes, and in a top-level window; with a Pym parent, when its first
   * report of the frame's position arrives, or after DECIDE_WITHIN ms without one. The app starts
   * after it, so its start-up work never holds that report up.
   */
  decided: Promise<void>;
  /** The app could not start: the page falls back to every step in the flow, and reports that height. */
  fallBack: () => void;
  stop: () => void;
};

/**
 * The parent's viewport height only changes the layout when it changes by more than this share,
 * so a mobile address bar showing or hiding does not reflow the whole story.
 */
const HEIGHT_CHANGE = 0.2;

/** How long the app waits for a Pym parent's first position report before it starts anyway (ms). */
const DECIDE_WITHIN = 1500;

/** The attribute on <html> the layout's styles follow, before and after hydration. */
const LAYOUT_ATTRIBUTE = 'data-embed-layout';

let started: EmbedChild | null = null;

/** The page's one link to its parent (started on first call); in a top-level window it stays a silent stepper. */
export const embedChild = (): EmbedChild => (started ??= startEmbedChild());

const startEmbedChild = (): EmbedChild => {
  const viewport = createExternalViewport();
  const listeners = new Set<() => void>();
  const root = document.documentElement;
  let layout: EmbedLayout = 'stepper';
  const setLayout = (next: EmbedLayout | 'flow') => {
    root.setAttribute(LAYOUT_ATTRIBUTE, next);
    if (next === 'flow' || next === layout) return;
    layout = next;
    listeners.forEach((l) => l());
  };
  const child: EmbedChild = {
    layout: () => layout,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    viewport,
    decided: Promise.resolve(),
    measure: () => {},
    fallBack: () => setLayout('flow'),
    stop: () => {},
  };
  if (window.parent === window) return child;

  const parent = window.parent;
  const childId = parseChildId(window.location.search);
  let layoutHeight = 0;
  let lastTop = Number.NaN;

  const post = (message: unknown) => {
    try {
      parent.postMessage(message, '*');
    } catch {
      // A parent that has gone away: nothing to tell.
    }
  };
  const heights = startHeightReporter(root, (h) => heightMessages(h, childId).forEach(post));
  const { report, changed } = heights;
  const asker = positionAsker(() => childId && post(pymMessage(childId, 'parentPositionInfo')));

  const setVh = (height: number) => {
    layoutHeight = height;
    root.style.setProperty('--vh', `${(height / 100).toFixed(2)}px`);
  };

  const hint = parseTrackHint(window.location.search);
  let decide = () => {};
  if (childId && !hint) {
    child.decided = new Promise<void>((resolve) => {
      const timeout = window.setTimeout(() => decide(), DECIDE_WITHIN);
      decide = () => {
        window.clearTimeout(timeout);
        decide = () => {};
        resolve();
      };
    });
  }

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const message = parseParentMessage(event.data, childId);
    if (!message) return;
    if (message.type === 'width' || message.type === 'frames-init') {
      report(true);
      changed();
      return;
    }
    const box = visibleWindow(message.position);
    // The story's heights follow the parent's viewport, not the frame's (which is as tall as
    // the story): set once, and again only on a real change, never from our own height.
    if (!layoutHeight || Math.abs(box.height - layoutHeight) > layoutHeight * HEIGHT_CHANGE) {
      setVh(box.height);
      changed();
    }
    viewport.set(box);
    // The switch changes the frame's height: never once the reader has reached it.
    if (layout === 'stepper' && mayReflow(message.position)) {
      setLayout('track');
      changed();
    }
    if (layout === 'track' && !hint) asker.again(message.position.top !== lastTop);
    lastTop = message.position.top;
    decide();
  };

  // Our loader follows scrolling and says so in the address, with the page's viewport height:
  // the scroll story from the first measurement, so its first height is its height.
  if (hint) {
    setVh(hint);
    setLayout('track');
  } else setLayout('stepper');
  window.addEventListener('message', onMessage);
  report(true);
  changed();
  if (childId) post(pymMessage(childId, 'parentPositionInfo'));

  child.measure = changed;
  child.fallBack = () => {
    setLayout('flow');
    changed();
  };
  child.stop = () => {
    window.removeEventListener('message', onMessage);
    heights.stop();
    asker.stop();
  };
  return child;
};
