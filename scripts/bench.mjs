// Performance benchmark (not a test): measures the built explainer against the floor (its own
// prerendered HTML without JavaScript) and a peer (the same events in TimelineJS), all served from
// localhost in one run. Writes bench/results.json and docs/performance.md; exits 1 if a budget in
// bench/budgets.json is broken. Usage: npm run bench (builds first). Needs Chromium (CHROME_PATH).
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
import { cpus, tmpdir, totalmem, release } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { distStats } from './dist-stats.mjs';
import { CHROMIUM_FLAGS } from './chromium.mjs';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'));

if (!existsSync(join(DIST, 'index.html'))) throw new Error('[bench] dist/ is missing: run npm run build');
if (!existsSync(CHROME)) throw new Error(`[bench] no Chromium at ${CHROME}; set CHROME_PATH`);

// ---- The three pages, served compressed like a real static host ----
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

// ---- Lighthouse, mobile defaults (simulated throttling), median of RUNS ----
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const lighthouseRun = async (url) => {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const a = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
      fcp: a('first-contentful-paint'),
      lcp: a('largest-contentful-paint'),
      tbt: a('total-blocking-time'),
      cls: a('cumulative-layout-shift'),
      si: a('speed-index'),
      bytes: a('total-byte-weight'),
      lcpElement:
        lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    };
  } finally {
    await chrome.kill();
  }
};

const lighthouseMedian = async (name, url) => {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    process.stdout.write(`lighthouse ${name} run ${i + 1}/${RUNS}\n`);
    runs.push(await lighthouseRun(url));
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  const cats = Object.keys(runs[0].scores);
  return {
    scores: Object.fromEntries(cats.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    si: pick('si'),
    bytes: pick('bytes'),
    lcpElement: runs[0].lcpElement,
    runs,
  };
};

// ---- Scrolling under 4x CPU throttling ----
const scrollRun = async () => {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: CHROMIUM_FLAGS,
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: false });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(PAGES.explainer);
  // The graphic comes alive at the reader's first input (src/islands/intent.ts): the runs
  // measure scrolling with it live and drawn.
  await page.waitForFunction(() => document.querySelector('.scrolly[data-live]') !== null);
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.querySelector('.map-overlay') !== null);
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const w = window;
    w.__frames = [];
    w.__long = [];
    w.__cls = 0;
    let last = performance.now();
    const tick = (t) => {
      w.__frames.push(t - last);
      last = t;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
      type: 'longtask',
    });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__cls += e.hadRecentInput ? 0 : e.value))).observe({
      type: 'layout-shift',
    });
  });
  const measure = async (label, drive) => {
    await page.evaluate(() => {
      window.__frames = [];
      window.__long = [];
      window.__cls = 0;
    });
    await drive();
    const r = await page.evaluate(() => ({ frames: window.__frames.slice(1), long: window.__long, cls: window.__cls }));
    const f = r.frames.sort((a, b) => a - b);
    const q = (p) => f[Math.min(f.length - 1, Math.floor(p * f.length))] ?? NaN;
    return {
      label,
      frames: f.length,
      p50: q(0.5),
      p95: q(0.95),
      worst: f.at(-1) ?? NaN,
      longTasks: r.long.length,
      longestTask: Math.max(0, ...r.long),
      cls: r.cls,
    };
  };
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  // A reader's pace: about 600 px a second, in small wheel steps.
  const reading = await measure('reader’s pace (600 px/s)', async () => {
    for (let y = 0; y < height; y += 60) {
      await page.mouse.wheel(0, 60);
      await page.waitForTimeout(100);
    }
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  // A fling: the whole story in about a second and a half.
  const fling = await measure('fast fling', async () => {
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, Math.ceil(height / 30));
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1200);
  });
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  const version = browser.version();
  await browser.close();
  return { reading, fling, foreign, version };
};

// ---- Start-up: the script a reader downloads, by when ----
/**
 * The explainer at 390×844, loaded as a reader opens it: the JavaScript (gzip bytes as served)
 * requested before the first contentful paint, downloaded before the reader's first input
 * (once the story is live and the network has been quiet for a second), and downloaded once
 * that input (a key press) has brought the graphic to life.
 */
const startupRun = async () => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.endsWith('.js'))
        .map((r) => ({
          file: new URL(r.name).pathname.split('/').pop(),
          start: r.startTime,
          bytes: r.encodedBodySize,
        })),
    );
  /** Resolves once no request has started or ended for `ms` (the page's own resource timings). */
  const quiet = async (ms) => {
    for (let last = ''; ;) {
      const now = JSON.stringify(await scripts());
      if (now === last) return JSON.parse(now);
      last = now;
      await page.waitForTimeout(ms);
    }
  };
  await page.goto(PAGES.explainer);
  await page.waitForFunction(() => document.querySelector('.scrolly[data-live]') !== null);
  const before = await quiet(1000);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.querySelector('.scrolly .map[data-live]') !== null);
  const after = await quiet(1000);
  await browser.close();
  const sum = (list) => list.reduce((t, r) => t + r.bytes, 0);
  return {
    beforeFcp: sum(before.filter((r) => r.start < fcp)),
    beforeInput: sum(before),
    beforeInputFiles: before.map((r) => r.file),
    afterInput: sum(after),
  };
};

// ---- Run ----
const started = new Date();
const lh = {};
for (const [name, url] of Object.entries({ ...PAGES, ...EDITIONS })) lh[name] = await lighthouseMedian(name, url);
process.stdout.write('scrolling under 4x CPU throttling\n');
const scroll = await scrollRun();
process.stdout.write('start-up\n');
const startup = await startupRun();
const bytes = distStats(DIST);
server.close();
rmSync(work, { recursive: true, force: true });

const ratio = (a, b) => (b > 0 ? a / b : NaN);
const results = {
  date: started.toISOString(),
  machine: {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    chromium: scroll.version,
    lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
  },
  runs: RUNS,
  lighthouse: lh,
  ratios: {
    lcpVsFloor: ratio(lh.explainer.lcp, lh.floor.lcp),
    lcpVsPeer: ratio(lh.explainer.lcp, lh.peer.lcp),
    tbtVsPeer: ratio(lh.explainer.tbt, lh.peer.tbt),
    bytesVsPeer: ratio(lh.explainer.bytes, lh.peer.bytes),
  },
  scroll,
  startup,
  bytes,
};

// ---- Budgets ----
const KB = 1024;
const checks = [
  ...Object.entries(budgets.lighthouse).map(([k, min]) => [
    `Lighthouse ${k}`,
    lh.explainer.scores[k],
    `≥ ${min}`,
    lh.explainer.scores[k] >= min,
  ]),
  ...Object.keys(EDITIONS).map((page) => [
    `Lighthouse performance, ${page}`,
    lh[page].scores.performance,
    `≥ ${budgets.lighthouse.performance}`,
    lh[page].scores.performance >= budgets.lighthouse.performance,
  ]),
  [
    'LCP with JS / without JS',
    results.ratios.lcpVsFloor,
    `≤ ${budgets.lcpWithJsOverNoJs}`,
    results.ratios.lcpVsFloor <= budgets.lcpWithJsOverNoJs,
  ],
  [
    'LCP vs TimelineJS',
    results.ratios.lcpVsPeer,
    `< ${budgets.vsTimelineJs.lcp}`,
    results.ratios.lcpVsPeer < budgets.vsTimelineJs.lcp,
  ],
  // Blocking time in ms, not as a ratio: a ratio to a peer that blocks 0 ms can never be met.
  // The scripts may add little to what the same HTML costs without them, and no more than the peer's.
  [
    'TBT over the floor (ms)',
    lh.explainer.tbt - lh.floor.tbt,
    `≤ ${budgets.tbtOverFloorMs}`,
    lh.explainer.tbt - lh.floor.tbt <= budgets.tbtOverFloorMs,
  ],
  ['TBT vs TimelineJS (ms)', lh.explainer.tbt, `≤ ${lh.peer.tbt} (the peer's)`, lh.explainer.tbt <= lh.peer.tbt],
  ['TBT (ms)', lh.explainer.tbt, `≤ ${budgets.tbtMs}`, lh.explainer.tbt <= budgets.tbtMs],
  ['CLS on load', lh.explainer.cls, `= ${budgets.cls}`, lh.explainer.cls <= budgets.cls],
  ...['reading', 'fling'].flatMap((k) => [
    [
      `scroll p95 frame, ${scroll[k].label} (ms)`,
      scroll[k].p95,
      `≤ ${budgets.scroll.p95FrameMs}`,
      scroll[k].p95 <= budgets.scroll.p95FrameMs,
    ],
    [
      `longest task, ${scroll[k].label} (ms)`,
      scroll[k].longestTask,
      `≤ ${budgets.scroll.longestTaskMs}`,
      scroll[k].longestTask <= budgets.scroll.longestTaskMs,
    ],
    [
      `CLS during scroll, ${scroll[k].label}`,
      scroll[k].cls,
      `= ${budgets.scroll.cls}`,
      scroll[k].cls <= budgets.scroll.cls,
    ],
  ]),
  [
    'JS requested before the first paint (KB gzip)',
    startup.beforeFcp / KB,
    `≤ ${budgets.startup.beforeFcpGzipKb}`,
    startup.beforeFcp / KB <= budgets.startup.beforeFcpGzipKb,
  ],
  [
    "JS downloaded before the reader's first input (KB gzip)",
    startup.beforeInput / KB,
    `≤ ${budgets.startup.beforeInputGzipKb}`,
    startup.beforeInput / KB <= budgets.startup.beforeInputGzipKb,
  ],
  [
    'initial JS (KB gzip)',
    bytes.initialJs.gzip / KB,
    `≤ ${budgets.bytes.initialJsGzipKb}`,
    bytes.initialJs.gzip / KB <= budgets.bytes.initialJsGzipKb,
  ],
  [
    'CSS (KB gzip)',
    bytes.css.gzip / KB,
    `≤ ${budgets.bytes.cssGzipKb}`,
    bytes.css.gzip / KB <= budgets.bytes.cssGzipKb,
  ],
  [
    'map data (KB gzip)',
    bytes.mapData.gzip / KB,
    `≤ ${budgets.bytes.mapDataGzipKb}`,
    bytes.mapData.gzip / KB <= budgets.bytes.mapDataGzipKb,
  ],
  ['requests to other hosts while scrolling', scroll.foreign.length, '= 0', scroll.foreign.length === 0],
];
results.budgets = checks.map(([name, value, budget, ok]) => ({ name, value, budget, ok }));
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

// ---- docs/performance.md ----
const n = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const kb = (b) => n(b / KB, 1);
const row = (cells) => `| ${cells.join(' | ')} |`;
const lhRow = (label, k, d = 0, unit = '') =>
  row([label, ...['explainer', 'floor', 'peer'].map((p) => `${n(lh[p][k], d)}${unit}`)]);
const md = `# Performance

Measured by \`npm run bench\` on ${results.date.slice(0, 10)}, on this machine: ${results.machine.cpus}, ${results.machine.memoryGiB} GiB,
Linux ${results.machine.kernel}, Node ${results.machine.node}, Chromium ${results.machine.chromium}, Lighthouse ${results.machine.lighthouse}.
All three pages were served from localhost, gzip-compressed, in the same run. Lighthouse ran with its mobile
defaults (simulated throttling); each figure is the median of ${RUNS} runs.

- **explainer**: the built site (\`dist/\`).
- **floor**: the same prerendered HTML and CSS with every script removed: "just the text".
- **peer**: the same ${peerEvents} timeline events rendered by TimelineJS (\`@knight-lab/timelinejs\`, served from node_modules).

## Lighthouse (mobile, median of ${RUNS})

| figure | explainer | floor (no JS) | peer (TimelineJS) |
|---|---|---|---|
${['performance', 'accessibility', 'best-practices', 'seo'].map((c) => row([`${c} score`, ...['explainer', 'floor', 'peer'].map((p) => n(lh[p].scores[c]))])).join('\n')}
${lhRow('First Contentful Paint', 'fcp', 0, ' ms')}
${lhRow('Largest Contentful Paint', 'lcp', 0, ' ms')}
${lhRow('Total Blocking Time', 'tbt', 0, ' ms')}
${lhRow('Cumulative Layout Shift', 'cls', 3)}
${lhRow('Speed Index', 'si', 0, ' ms')}
${row(['Bytes transferred', ...['explainer', 'floor', 'peer'].map((p) => `${kb(lh[p].bytes)} KB`)])}

Ratios: LCP with JS / without JS **${n(results.ratios.lcpVsFloor, 2)}**; against TimelineJS: LCP **${n(results.ratios.lcpVsPeer, 2)}**,
TBT **${n(results.ratios.tbtVsPeer, 2)}**, bytes **${n(results.ratios.bytesVsPeer, 2)}** (the explainer also carries the whole story, the map and the sources).

## Every edition and the embed (Lighthouse mobile, median of ${RUNS})

| page | performance | TBT | LCP | CLS |
|---|---|---|---|---|
${['explainer', ...Object.keys(EDITIONS)].map((p) => row([p, n(lh[p].scores.performance), `${n(lh[p].tbt)} ms`, `${n(lh[p].lcp)} ms`, n(lh[p].cls, 3)])).join('\n')}

The embed is measured as its own page (no parent page scrolls it, so it waits for an input, as in a frame no parent sizes).

## Scrolling (390×844, Chromium, 4× CPU throttling)

| run | frames | p50 | p95 | worst frame | long tasks > 50 ms | longest task | layout shift |
|---|---|---|---|---|---|---|---|
${['reading', 'fling'].map((k) => row([scroll[k].label, scroll[k].frames, `${n(scroll[k].p50, 1)} ms`, `${n(scroll[k].p95, 1)} ms`, `${n(scroll[k].worst, 1)} ms`, scroll[k].longTasks, `${n(scroll[k].longestTask)} ms`, n(scroll[k].cls, 3)])).join('\n')}

Requests to any other host during the scroll runs: ${scroll.foreign.length}.

## Start-up (390×844, no throttling): the script a reader downloads

| by when | JavaScript (gzip, as served) |
|---|---|
${row(['requested before the first contentful paint', `${kb(startup.beforeFcp)} KB`])}
${row(["downloaded before the reader's first input", `${kb(startup.beforeInput)} KB`])}
${row(['downloaded once the first input has brought the graphic to life', `${kb(startup.afterInput)} KB`])}

Before the first input: ${startup.beforeInputFiles.map((f) => `\`${f.replace(/-[\w-]{8}\.js$/, '.js')}\``).join(', ')}.

## Bytes (built site)

| part | raw | gzip | brotli |
|---|---|---|---|
${[
  ['initial JavaScript', bytes.initialJs],
  ['CSS', bytes.css],
  ['HTML (prerendered)', bytes.html],
  ['map data', bytes.mapData],
  ['all JavaScript', bytes.allJs],
]
  .map(([label, s]) => row([label, `${kb(s.raw)} KB`, `${kb(s.gzip)} KB`, `${kb(s.brotli)} KB`]))
  .join('\n')}

## Budgets (bench/budgets.json)

| figure | measured | budget | met |
|---|---|---|---|
${results.budgets.map((b) => row([b.name, typeof b.value === 'number' ? n(b.value, b.value < 10 ? 2 : 1) : b.value, b.budget, b.ok ? 'yes' : '**no**'])).join('\n')}
`;

// The budgets still missed, and what it would take: written by hand in bench/notes.md, after the table.
const notesFile = join(ROOT, 'bench/notes.md');
const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
writeFileSync(join(ROOT, 'docs/performance.md'), md + notes);
try {
  execFileSync(join(ROOT, 'node_modules/.bin/prettier'), ['--write', 'docs/performance.md', 'bench/results.json'], {
    cwd: ROOT,
  });
} catch {
  // Formatting is a nicety; the figures are written either way.
}
const broken = results.budgets.filter((b) => !b.ok);
process.stdout.write(md + '\n');
if (broken.length) {
  process.stderr.write(`[bench] ${broken.length} budget(s) broken: ${broken.map((b) => b.name).join('; ')}\n`);
  process.exit(1);
}
