// The frame's height, told to its parent whenever it may have changed: now, on DOMContentLoaded
// and load, when fonts load, on a resize or any change to the page, and when asked. A
// cross-origin frame out of view gets no animation frames and no ResizeObserver callbacks (the
// browser throttles its rendering), so besides those the height is also measured on a timer,
// which still runs: often for a while after a change, then once a second.

/** After anything that may move the height, measure this often for a while (ms)… */
const BURST_EVERY = 100;
const BURST_FOR = 2000;
/** …and always this often, so a frame the browser does not render still converges (ms). */
const IDLE_EVERY = 1000;

export type HeightReporter = {
  /** Measures now and tells a new height (`force`: tells it even if unchanged). */
  report: (force: boolean) => void;
  /** Something may have moved the height: measure now, at the next frame, and often for a while. */
  changed: () => void;
  stop: () => void;
};

/** Starts watching `root`; `tell` gets each new height in whole CSS px. */
export const startHeightReporter = (root: HTMLElement, tell: (height: number) => void): HeightReporter => {
  let lastHeight = -1;
  let frame = 0;
  let timer = 0;
  let burstUntil = 0;
  /** A frame with no width (display: none, a 0 px column) has no height to tell. */
  const report = (force: boolean) => {
    if (root.clientWidth === 0) return;
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h <= 0 || (!force && h === lastHeight)) return;
    lastHeight = h;
    tell(h);
  };
  const tick = () => {
    report(false);
    timer = window.setTimeout(tick, Date.now() < burstUntil ? BURST_EVERY : IDLE_EVERY);
  };
  const changed = () => {
    report(false);
    burstUntil = Date.now() + BURST_FOR;
    window.clearTimeout(timer);
    timer = window.setTimeout(tick, BURST_EVERY);
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        report(false);
      });
  };

  const events = ['DOMContentLoaded', 'load', 'resize', 'pageshow', 'visibilitychange'] as const;
  for (const type of events) window.addEventListener(type, changed);
  document.fonts?.addEventListener?.('loadingdone', changed);
  void document.fonts?.ready.then(changed);
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(changed) : null;
  ro?.observe(root);
  // Any change to the page (hydration, a step, the graphic arriving): mutation records arrive
  // as microtasks, throttled or not. Attributes that move layers of the graphic are left out.
  let queued = false;
  const mo =
    typeof MutationObserver === 'function'
      ? new MutationObserver(() => {
          if (queued) return;
          queued = true;
          queueMicrotask(() => {
            queued = false;
            changed();
          });
        })
      : null;
  mo?.observe(document.body ?? root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'data-active', 'data-layout', 'data-live', 'hidden'],
  });

  return {
    report,
    changed,
    stop: () => {
      for (const type of events) window.removeEventListener(type, changed);
      document.fonts?.removeEventListener?.('loadingdone', changed);
      ro?.disconnect();
      mo?.disconnect();
      window.clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
    },
  };
};
