// Where the explainer lives. The embed snippets and the canonical link are built from this one
// value; set VITE_CANONICAL_URL at build time to publish it somewhere else.
const DEFAULT_URL = 'https://explainers.example.org/kursk-pows/';

const normalise = (url: string | undefined): string => {
  if (!url) return DEFAULT_URL;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return DEFAULT_URL;
    return u.href.endsWith('/') ? u.href : `${u.href}/`;
  } catch {
    return DEFAULT_URL;
  }
};

/** The full explainer's address, ending in a slash. */
export const CANONICAL_URL = normalise(import.meta.env?.VITE_CANONICAL_URL as string | undefined);

/**
 * Who wrote the explainer and who publishes it: the structured data's author and publisher
 * (NewsArticle JSON-LD in every edition's head). Change them here, in this one place.
 */
export const byline = {
  author: { '@type': 'Organization', name: 'Explainers desk', url: CANONICAL_URL },
  publisher: {
    '@type': 'NewsMediaOrganization',
    name: 'Explainers',
    url: CANONICAL_URL.replace(/^(\w+:\/\/[^/]+\/).*$/, '$1'),
  },
} as const;
