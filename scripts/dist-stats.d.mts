export type Size = { raw: number; gzip: number; brotli: number };
/** The editions built, by their pages' language (the root page first). */
export declare const editionsOf: (dist: string) => string[];
export declare const distStats: (dist: string) => {
  initialJs: Size & { files: string[] };
  initialJsByEdition: Record<string, Size & { files: string[] }>;
  css: Size;
  allCss: Size;
  html: Size;
  mapData: Size;
  embedHtml: Size;
  embedLoader: Size;
  allJs: Size;
};
