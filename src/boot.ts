// The page's entry, and all it loads before the first paint: the styles and the address check.
// Everything else (React, this edition's words, the graphic) is fetched once the prerendered
// page has painted, so reading never waits for code (LCP with scripts ≈ LCP without).
import 'virtual:tokens.css';
import './styles/app.css';
import { defaultLocale } from './data/copy/ids';
import { isLocale, langRedirect } from './i18n';
import { embedRedirect } from './embed/route';

const root = document.getElementById('root');
const pageLocale = isLocale(root?.dataset.locale) ? root.dataset.locale : defaultLocale;
// ?embed leads to the embed page, ?lang= to the page in that language (one step at a time).
const elsewhere = embedRedirect(window.location.href) ?? langRedirect(window.location.href, pageLocale);
if (elsewhere) window.location.replace(elsewhere);
else if (root) {
  // Once the first frame is on screen: the second animation frame comes after its presentation,
  // so the app's request never competes with what the reader sees first.
  const start = () => void import('./main').then((m) => m.start(root, pageLocale)).catch(() => {});
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
}
