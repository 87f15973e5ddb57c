// Server entry for the build-time prerender (scripts/prerender.mjs): the page as HTML.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import LoadedGraphic from './graphic/LoadedGraphic';
import { locales, type LocaleId } from './data/copy';
import { CANONICAL_URL } from './config';
import { makeT } from './text';

export type Page = 'page' | 'embed';

export const render = (locale: LocaleId, page: Page = 'page') => ({
  html: renderToString(
    <StrictMode>
      <App locale={locale} copy={locales[locale]} Graphic={LoadedGraphic} embed={page === 'embed'} />
    </StrictMode>,
  ),
  ui: locales[locale].ui,
  /** The meta description, with its figures filled in for the locale. */
  description: makeT(locales[locale])(locales[locale].ui.description),
});

export { locales, CANONICAL_URL };
export { localeIds, localeDir } from './i18n';
