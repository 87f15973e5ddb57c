// The page's entry, and all it loads before the first paint: the styles and the address check.
// Everything else (the components, this edition's words, the graphic) is fetched once the
// prerendered page has painted, so reading never waits for code (LCP with scripts ≈ LCP without).
import 'virtual:tokens.css';
import './styles/app.css';
import { arrive, startAfterPaint } from './islands/startup';

/** This page's root and edition; null when the address has sent the browser elsewhere. */
export const page = arrive();
// The embed's page starts from its own entry (embed-boot.ts), which links to the parent first.
if (page && page.root.dataset.mode !== 'embed') startAfterPaint(page.root, page.locale, null);

export { startAfterPaint };
