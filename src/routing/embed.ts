// `?embed` on the full page's address asks for the embed: the page built for iframes is
// embed.html beside it. Returns where to go, or null to stay.
import { parseHref } from './address';

export const EMBED_PAGE = 'embed.html';

export const embedRedirect = (href: string): string | null => {
  const url = parseHref(href);
  if (!url) return null;
  if (!url.searchParams.has('embed') || url.pathname.endsWith(`/${EMBED_PAGE}`)) return null;
  url.searchParams.delete('embed');
  const dir = url.pathname.endsWith('/') ? url.pathname : url.pathname.replace(/[^/]*$/, '');
  url.pathname = `${dir}${EMBED_PAGE}`;
  return url.href;
};
