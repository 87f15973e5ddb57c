// The bench's pages, served compressed like a real static host from localhost: the explainer
// (dist/), the floor (its prerendered HTML with every script removed), the peer (the same events
// in TimelineJS, served from node_modules), every other edition's folder of dist/, and the embed.
import { createServer } from 'node:http';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  mkdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Serves the pages; returns their addresses, the peer's event count and the stop. */
export const servePages = async (ROOT, DIST) => {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const peerDir = join(work, 'peer');
  const floorDir = join(work, 'floor');
  mkdirSync(peerDir);
  mkdirSync(floorDir);

  // The floor: our prerendered page with every script removed.
  writeFileSync(
    join(floorDir, 'index.html'),
    readFileSync(join(DIST, 'index.html'), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, ''),
  );

  // The peer: TimelineJS from node_modules, fed our events.
  // Inside the project, so the bundle's bare imports (d3-geo) resolve.
  const ssr = join(ROOT, 'node_modules/.cache/bench-ssr');
  await build({
    logLevel: 'silent',
    configFile: false,
    build: { ssr: join(ROOT, 'scripts/peer-events.ts'), outDir: ssr, write: true },
  });
  const { timelineJsData } = await import(join(ssr, 'peer-events.js'));
  const peerData = timelineJsData();
  const peerEvents = peerData.events.length;
  writeFileSync(join(peerDir, 'timeline.json'), JSON.stringify(peerData));
  writeFileSync(
    join(peerDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline (TimelineJS peer)</title><meta name="description" content="The explainer's events in TimelineJS.">
<link rel="stylesheet" href="/tljs/css/timeline.css"></head>
<body><div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="/tljs/js/timeline.js"></script>
<script>fetch('timeline.json').then(function(r){return r.json()}).then(function(d){window.timeline=new TL.Timeline('timeline-embed',d,{script_path:'/tljs/js/',font:'default'})})</script>
</body></html>`,
  );

  const TLJS = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
  const MOUNTS = [
    ['/floor/', floorDir],
    ['/peer/', peerDir],
    ['/tljs/', TLJS],
    ['/', DIST],
  ];
  const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
  };
  const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.svg']);

  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
    let file = mount ? join(mount[1], path.slice(mount[0].length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESS.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://localhost:${server.address().port}`;
  const PAGES = { explainer: `${origin}/`, floor: `${origin}/floor/`, peer: `${origin}/peer/` };
  /**
   * The other editions' pages (each folder of dist/ with a page) and the embed (English, top-level:
   * no parent scrolls it), each held to the same score.
   */
  const EDITIONS = Object.fromEntries([
    ...readdirSync(DIST, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(DIST, d.name, 'index.html')))
      .map((d) => [`explainer (${d.name})`, `${origin}/${d.name}/`]),
    ['embed', `${origin}/embed.html`],
  ]);

  const close = () => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  };
  return { origin, PAGES, EDITIONS, peerEvents, close };
};
