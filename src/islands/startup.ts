// What both entries do before the app: read the address (a redirect, or this page's edition),
// and start the app once the prerendered words are on screen. The page's entry is boot.ts, the
// embed's embed-boot.ts (which links to the parent page first).
import { defaultLocale, type LocaleId } from '../data/copy/ids';
import { isLocale, langRedirect } from '../routing/lang';
import { embedRedirect } from '../routing/embed';
import type { EmbedChild } from '../embed/child';

/**
 * Runs `go` once the words are on screen: when the browser reports the first contentful paint
 * (its presentation, not just the frame's start), so the app's request never competes with
 * what the reader sees first. Without paint timing, after the second frame; a hidden page that
 * never paints starts after three seconds.
 */
const afterFirstPaint = (go: () => void) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    go();
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(once, 3000);
  } else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 0)));
};

/**
 * The page's root and edition, or null when the address leads elsewhere (`?embed` to the embed
 * page, `?lang=` to the page in that language), where the browser is then sent.
 */
export const arrive = (): { root: HTMLElement; locale: LocaleId } | null => {
  const root = document.getElementById('root');
  const locale = isLocale(root?.dataset.locale) ? root.dataset.locale : defaultLocale;
  const elsewhere = embedRedirect(window.location.href) ?? langRedirect(window.location.href, locale);
  if (elsewhere) {
    window.location.replace(elsewhere);
    return null;
  }
  return root ? { root, locale } : null;
};

/**
 * Starts the app (main.tsx) after the first paint. In a frame, `child` is the link to the parent
 * page: the app waits until the layout is decided (a Pym parent's first report of where the frame
 * sits), so loading it never delays the height that follows; if the app cannot start, the embed
 * shows every step in the flow (and reports that height).
 */
export const startAfterPaint = (root: HTMLElement, locale: LocaleId, child: EmbedChild | null) => {
  const failed = () => child?.fallBack();
  const start = () => void import('../main').then((m) => m.start(root, locale, child)).catch(failed);
  afterFirstPaint(() => (child ? void child.decided.then(start, start) : start()));
};
