// Server entry for the build-time prerender (scripts/prerender.mjs): the page as HTML.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import LoadedGraphic from './graphic/LoadedGraphic';
import { locales, type LocaleId } from './data/copy';

export const render = (locale: LocaleId) => ({
  html: renderToString(
    <StrictMode>
      <App locale={locale} Graphic={LoadedGraphic} />
    </StrictMode>,
  ),
  ui: locales[locale].ui,
});

export { locales };
