// Vite: the client bundle, plus a virtual stylesheet made from the design tokens.
import { build, defineConfig, runnerImport, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { sizes, tokensCss } from './src/styles/tokens.ts';
import { localeIds } from './src/data/copy/ids.ts';

const TOKENS_ID = 'virtual:tokens.css';

/** Serves `virtual:tokens.css`, so CSS and D3 read the same token module. */
const tokens = (): Plugin => ({
  name: 'design-tokens',
  resolveId: (id) => (id === TOKENS_ID ? `\0${TOKENS_ID}` : undefined),
  load: (id) => (id === `\0${TOKENS_ID}` ? tokensCss() : undefined),
});

/** The wide layout's media query, written `@media (--wide)` in the stylesheets. */
const WIDE_QUERY = `(min-width: ${sizes.wide}px)`;

/** Writes the breakpoint from tokens.ts (sizes.wide) into every `@media (--wide)`. */
const wideMedia = {
  postcssPlugin: 'wide-media',
  AtRule: {
    media: (rule: { params: string }) => {
      rule.params = rule.params.replaceAll('(--wide)', WIDE_QUERY);
    },
  },
};

const FORMATS_ID = 'virtual:formats/';
const FORMAT_LOADERS_ID = 'virtual:formats';

type FormatTable = (locale: string) => Record<string, string>;

/**
 * Serves `virtual:formats/{locale}`: that edition's dates and numbers, formatted at build by
 * scripts/format-table.ts (run in Node through Vite's module runner, as the prerender runs); and
 * `virtual:formats`, a loader of each edition's table (one chunk each), for every edition in
 * src/data/copy/ids.ts.
 */
const formats = (): Plugin => {
  let table: Promise<FormatTable> | undefined;
  return {
    name: 'format-tables',
    resolveId: (id) => (id === FORMAT_LOADERS_ID || id.startsWith(FORMATS_ID) ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${FORMAT_LOADERS_ID}`)
        return `export default {${localeIds.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(FORMATS_ID + l)})`).join(', ')}};`;
      if (!id.startsWith(`\0${FORMATS_ID}`)) return undefined;
      table ??= runnerImport<{ formatTable: FormatTable }>('./scripts/format-table.ts', {
        configFile: false,
        logLevel: 'error',
      }).then((r) => r.module.formatTable);
      return `export default ${JSON.stringify((await table)(id.slice(FORMATS_ID.length + 1)))};`;
    },
  };
};

const LOADER = 'src/embed/loader.ts';

/** The embed page's entry (scripts/prerender.mjs puts it in embed.html in place of the page's). */
const EMBED_ENTRY = 'src/embed-boot.ts';

/** src/embed/loader.ts built on its own: one script with nothing to import, for publishers' pages. */
const buildLoader = async (): Promise<string> => {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: LOADER, formats: ['iife'], name: 'kurskExplainerEmbed', fileName: () => 'embed.js' },
    },
  });
  const chunk = (Array.isArray(out) ? out : [out as Rolldown.RolldownOutput])
    .flatMap((o) => o.output)
    .find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`[embed-loader] ${LOADER} built no script`);
  return chunk.code;
};

/** Emits `embed.js` beside the client's pages, and serves it in development. */
const embedLoader = (): Plugin => {
  let ssr = false;
  return {
    name: 'embed-loader',
    configResolved: (c) => void (ssr = Boolean(c.build.ssr)),
    async generateBundle() {
      if (!ssr) this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildLoader() });
    },
    configureServer: (server) =>
      void server.middlewares.use('/embed.js', (_req, res, next) => {
        buildLoader().then((code) => res.setHeader('content-type', 'text/javascript').end(code), next);
      }),
  };
};

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), tokens(), formats(), embedLoader()],
  // The components are written against React's API and run on Preact (preact/compat): the same
  // hooks, Suspense and lazy, and framer-motion, for a tenth of React DOM's script. The client,
  // the server render (preact-render-to-string) and the tests all resolve React's names to it.
  resolve: {
    alias: [
      { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  // framer-motion imports `react` itself: bundled into the server render, so the alias reaches it.
  ssr: { noExternal: ['framer-motion', 'motion-dom', 'motion-utils'] },
  css: { postcss: { plugins: [wideMedia] } },
  build: {
    target: 'es2020',
    // The page's CSS in one file; a lazy mode's (presentation) comes with its code.
    cssCodeSplit: true,
    // Every browser that runs the app supports modulepreload; the polyfill would only add bytes
    // to the entry (old browsers read the prerendered page). The start-up's own imports (the app
    // from the entry, the edition's words from the app) are not preloaded: each preload is a
    // <link> the helper looks up and appends in the long prerendered document, which measured
    // 45 ms of the start-up's script at 4x CPU, in the page's first tasks; their imports come one
    // round trip later instead. What the reader waits for at the first input (the graphic, the
    // deck) is still preloaded with its dependencies.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostId }) =>
        /(^|\/)(embed-)?boot-[^/]*\.js$/.test(hostId) || /(^|\/)(en|ko|uk)-[^/]*\.js$/.test(file) ? [] : deps,
    },
    reportCompressedSize: true,
    // The print stylesheet (linked with media="print" in index.html) stays a file: the CSP allows
    // no data: styles.
    assetsInlineLimit: (file) => (file.endsWith('.css') ? false : undefined),
    // The embed page's entry is not in index.html: the manifest tells the prerender its file.
    manifest: true,
    rolldownOptions: {
      input: { index: 'index.html', 'embed-boot': EMBED_ENTRY },
      // The boundaries get a file of their own (the map-data budget measures it).
      output: { codeSplitting: { groups: [{ name: 'map-data', test: /region\.topo\.json/ }] } },
    },
  },
});
