// Client entry: loads the map data, then hydrates the prerendered page.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'virtual:tokens.css';
import './styles/app.css';
import { App } from './App';
import { parseGeodata, type Geodata } from './map/geodata';
import { defaultLocale } from './data/copy';

const root = document.getElementById('root');

const start = (geo: Geodata | null) => {
  if (!root) return;
  const app = (
    <StrictMode>
      <App locale={defaultLocale} geo={geo} />
    </StrictMode>
  );
  // Without map data the markup cannot match the prerendered map: render afresh instead.
  if (geo && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
};

import('./data/geo/region.topo.json').then((m) => parseGeodata(m.default)).then(start, () => start(null));
