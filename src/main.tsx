// Client entry: hydrates the prerendered page at once; the graphic's code and map data follow.
import { lazy, startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'virtual:tokens.css';
import './styles/app.css';
import { App } from './App';
import { defaultLocale } from './data/copy/ids';
import { loadCopy } from './data/copy/load';
import { isLocale, langRedirect } from './i18n';
import { embedRedirect } from './embed/route';

const Graphic = lazy(() => import('./graphic/LoadedGraphic'));

const root = document.getElementById('root');
const pageLocale = isLocale(root?.dataset.locale) ? root.dataset.locale : defaultLocale;
// ?embed leads to the embed page, ?lang= to the page in that language (one step at a time).
const elsewhere = embedRedirect(window.location.href) ?? langRedirect(window.location.href, pageLocale);
if (elsewhere) window.location.replace(elsewhere);
else if (root) {
  const embed = root.dataset.mode === 'embed';
  // The embed's link to its parent page loads only on the embed page, with the words.
  const embedLink = embed ? import('./embed/child').then((m) => m.startEmbedChild()) : Promise.resolve(null);
  // The prerendered words paint first: this edition's words load (a chunk of their own), then
  // hydration starts after a frame, in a transition so React yields to the browser between
  // chunks of work (https://react.dev/reference/react/startTransition). If the words cannot
  // load, the prerendered page stays as it is: complete, only not interactive.
  void Promise.all([loadCopy(pageLocale), embedLink]).then(
    ([copy, embedChild]) => {
      const app = (
        <StrictMode>
          <App locale={pageLocale} copy={copy} Graphic={Graphic} embed={embed} embedChild={embedChild} />
        </StrictMode>
      );
      const start = () => {
        if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
        else createRoot(root).render(app);
      };
      requestAnimationFrame(() => setTimeout(start, 0));
    },
    () => {},
  );
}
