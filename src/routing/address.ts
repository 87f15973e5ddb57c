// The one place an address is read. Addresses come from readers, publishers and links anywhere:
// they can be anything at all, so each reader here returns a value or a neutral default and
// never throws. The routes (lang.ts, embed.ts, mode.ts) and the parsers of a step, a slide and a
// child id are built on these.

/** The address as a URL, or null when it is not one. */
export const parseHref = (href: string): URL | null => {
  try {
    return new URL(href);
  } catch {
    return null;
  }
};

/** The query's parameters; none when it cannot be read. */
export const paramsOf = (search: string): URLSearchParams => {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
};

/** The id a fragment names (`#gains` or `gains` → `gains`), decoded; '' for none or a broken escape. */
export const fragmentId = (hash: string): string => {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
};
