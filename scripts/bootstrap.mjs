// The last step of `npm run build`: each edition's page (dist/index.html, dist/ko/index.html, …)
// paints before it requests any script. Its module entry becomes a <meta name="kx-entry"> and a
// tiny inline bootstrap that adds the entry once the first frame has painted (at once when the
// address has a query: ?lang= and ?embed redirect, ?present and ?step want the app). So the
// words paint as fast as the same page without scripts, and no script request competes with
// them. The embed page keeps its module script: it reports its height as soon as it is parsed.
//
// The strict CSP allows this one inline script by its SHA-256 hash (script-src 'self'
// 'sha256-…'), never 'unsafe-inline'. The bootstrap's text is constant, so its hash is too: it
// is in public/_headers and docs/deploying.md, and this step fails if they do not carry it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRERENDER_DIST: another build (the fault-tolerance tests make one).
const dist = resolve(root, process.env.PRERENDER_DIST ?? 'dist');

/**
 * Adds the entry named by the meta tag once the browser reports the first contentful paint (its
 * presentation, not just the frame's start; a hidden page that never paints, after three
 * seconds; without paint timing, after the first frame), or at once when the address has a query.
 */
export const BOOTSTRAP =
  '(function(){var d=0;function go(){if(d)return;d=1;var s=document.createElement("script");' +
  's.type="module";s.src=document.querySelector(\'meta[name="kx-entry"]\').content;' +
  'document.head.appendChild(s)}if(location.search)go();' +
  'else if(window.PerformanceObserver&&(PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")>=0){' +
  'var o=new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)' +
  '{o.disconnect();setTimeout(go,0)}});o.observe({type:"paint",buffered:true});setTimeout(go,3000)}' +
  'else requestAnimationFrame(function(){setTimeout(go,0)})})()';

export const BOOTSTRAP_HASH = `'sha256-${createHash('sha256').update(BOOTSTRAP).digest('base64')}'`;

const fail = (message) => {
  throw new Error(`[bootstrap] ${message}`);
};

const run = () => {
  for (const file of ['public/_headers', 'docs/deploying.md', 'docs/security.md']) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    const policies = text.match(/script-src [^;"]*/g) ?? [];
    if (!policies.length || policies.some((p) => !p.includes(BOOTSTRAP_HASH)))
      fail(`${file}: every script-src must allow the bootstrap: script-src 'self' ${BOOTSTRAP_HASH}`);
  }
  const pages = [
    'index.html',
    ...readdirSync(dist, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`${dist}/${d.name}/index.html`))
      .map((d) => `${d.name}/index.html`),
  ];
  for (const page of pages) {
    const path = `${dist}/${page}`;
    const html = readFileSync(path, 'utf8');
    const modules = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g)];
    if (!modules.length) fail(`${page}: no module entry to defer`);
    // One entry, whose chunks it imports itself: a second module script would load before the
    // first paint.
    if (modules.length > 1)
      fail(`${page}: ${modules.length} module scripts, one entry expected: ${modules.map((m) => m[1]).join(', ')}`);
    const entry = modules[0];
    const out = html.replace(
      entry[0],
      `<meta name="kx-entry" content="${entry[1]}" />\n    <script>${BOOTSTRAP}</script>`,
    );
    writeFileSync(path, out);
    console.log(`bootstrap dist/${page}: ${entry[1]} after the first paint`);
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) run();
