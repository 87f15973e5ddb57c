// Server entry for the build-time prerender (scripts/prerender.mjs): the page as HTML, and what its
// head, share image, structured data and sitemap are made from.
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './modes/App';
import LoadedGraphic from './graphic/LoadedGraphic';
import topology from './data/geo/region.topo.json';
import { parseGeodata } from './map/geodata';
import { MapView } from './map/MapView';
import { steps } from './data/steps';
import { sources } from './data/sources';
import { locales, type LocaleId } from './data/copy';
import { dateModified, publication } from './data/publication';
import { palettes } from './styles/tokens';
import { CANONICAL_URL, byline } from './config';
import { makeT } from './data/copy/text';

export type Page = 'page' | 'embed';

export const render = (locale: LocaleId, page: Page = 'page') => ({
  html: renderToString(
    <StrictMode>
      <App locale={locale} copy={locales[locale]} Graphic={LoadedGraphic} embed={page === 'embed'} />
    </StrictMode>,
  ),
  ui: locales[locale].ui,
  /** The meta description, with its figures filled in for the locale. */
  description: makeT(locales[locale])(locales[locale].ui.page.description),
});

/**
 * What one edition's share image is drawn from (scripts/share-image.mjs): the server-rendered map
 * of the first step at the card's map size, and the edition's kicker, headline and title, and the site's host.
 */
export const shareCard = (locale: LocaleId, size: { width: number; height: number }) => {
  const copy = locales[locale];
  const t = makeT(copy);
  return {
    mapMarkup: renderToStaticMarkup(
      <MapView geo={parseGeodata(topology)} state={steps[0].graphic.map} copy={copy} initialSize={size} />,
    ),
    kicker: t(copy.ui.page.kicker),
    headline: t(copy.ui.page.headline),
    title: t(copy.ui.page.title),
    site: new URL(CANONICAL_URL).host,
    palette: palettes.light,
  };
};

/** When the explainer was published and last changed, and the interview it is based on. */
export const article = {
  published: publication.published,
  modified: dateModified(),
  basedOn: sources.yonhapKng,
  byline,
};

export { locales, CANONICAL_URL };
export { localeIds, localeDir } from './routing/lang';
export { ogLocales } from './data/copy/ids';
