// The app's start, loaded by boot.ts after the first paint: hydrates the prerendered page; the
// graphic's code and map data follow.
import { lazy, startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import type { LocaleId } from './data/copy/ids';
import { loadCopy } from './data/copy/load';

// The graphic renders once its map layers are computed (in tasks of their own).
const Graphic = lazy(() => import('./graphic/LoadedGraphic').then((m) => m.prepared.then(() => m)));

export const start = async (root: HTMLElement, locale: LocaleId) => {
  const embed = root.dataset.mode === 'embed';
  // The embed's link to its parent page, started by boot.ts before the app (the same one).
  const embedLink = embed ? import('./embed/child').then((m) => m.embedChild()) : Promise.resolve(null);
  // This edition's words load (a chunk of their own, with their dates and numbers formatted at
  // build), then hydration starts, in a transition so
  // React yields to the browser between chunks of work
  // (https://react.dev/reference/react/startTransition). If the words cannot load, the
  // prerendered page stays as it is: complete, only not interactive.
  const [copy, embedChild] = await Promise.all([loadCopy(locale), embedLink]);
  const app = (
    <StrictMode>
      <App locale={locale} copy={copy} Graphic={Graphic} embed={embed} embedChild={embedChild} />
    </StrictMode>
  );
  if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
};
