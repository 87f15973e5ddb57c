// Server entry for the build-time prerender (scripts/prerender.mjs): the page as HTML.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { parseGeodata } from './map/geodata';
import { locales, type LocaleId } from './data/copy';
import topology from './data/geo/region.topo.json';

const geo = parseGeodata(topology);

export const render = (locale: LocaleId) => ({
  html: renderToString(
    <StrictMode>
      <App locale={locale} geo={geo} />
    </StrictMode>,
  ),
  ui: locales[locale].ui,
});

export { locales };
