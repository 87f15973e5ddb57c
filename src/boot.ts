// The page's entry, and all it loads before the first paint: the styles and the address check.
// Everything else (React, this edition's words, the graphic) is fetched once the prerendered
// page has painted, so reading never waits for code (LCP with scripts ≈ LCP without).
import 'virtual:tokens.css';
import './styles/app.css';
import { defaultLocale } from './data/copy/ids';
import { isLocale, langRedirect } from './routing/lang';
import { embedRedirect } from './routing/embed';

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

const root = document.getElementById('root');
const pageLocale = isLocale(root?.dataset.locale) ? root.dataset.locale : defaultLocale;
// ?embed leads to the embed page, ?lang= to the page in that language (one step at a time).
const elsewhere = embedRedirect(window.location.href) ?? langRedirect(window.location.href, pageLocale);
if (elsewhere) window.location.replace(elsewhere);
else if (root) {
  // The embed's link to its parent starts at once (a small chunk of its own): the parent gets
  // the frame's height as soon as the page is parsed, not after the app has loaded.
  const link = root.dataset.mode === 'embed' ? import('./embed/child').then((m) => m.embedChild()) : null;
  // If the app cannot start, an embed shows every step in the flow (and reports that height).
  const failed = () => void link?.then((child) => child.fallBack()).catch(() => {});
  const start = () => void import('./main').then((m) => m.start(root, pageLocale)).catch(failed);
  // In a Pym parent's frame the app waits until the layout is decided (the parent's first
  // report of where the frame sits), so loading it never delays the height that follows.
  afterFirstPaint(() => (link ? void link.then((child) => child.decided).then(start, start) : start()));
}
