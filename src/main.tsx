// Client entry: hydrates the prerendered page at once; the graphic's code and map data follow.
import { lazy, startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'virtual:tokens.css';
import './styles/app.css';
import { App } from './App';
import { defaultLocale } from './data/copy';
import { startEmbedChild } from './embed/child';
import { embedRedirect } from './embed/route';

const Graphic = lazy(() => import('./graphic/LoadedGraphic'));

const root = document.getElementById('root');
const embedPage = embedRedirect(window.location.href);
if (embedPage) window.location.replace(embedPage);
else if (root) {
  const embed = root.dataset.mode === 'embed';
  const app = (
    <StrictMode>
      <App locale={defaultLocale} Graphic={Graphic} embed={embed} embedChild={embed ? startEmbedChild() : null} />
    </StrictMode>
  );
  // The prerendered words paint first: hydration starts after the first frame, in a
  // transition so React yields to the browser between chunks of work
  // (https://react.dev/reference/react/startTransition).
  const start = () => {
    if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
    else createRoot(root).render(app);
  };
  requestAnimationFrame(() => setTimeout(start, 0));
}
