// docs/performance.md from one run's results (the hand-written notes are appended by bench.mjs).
import { KB } from './budgets.mjs';

/** The report: `results` of the run, the edition pages' names, and the peer's event count. */
export const performanceDoc = (results, editions, peerEvents) => {
  const { lighthouse: lh, scroll, startup, bytes, runs: RUNS } = results;
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
${['explainer', ...editions].map((p) => row([p, n(lh[p].scores.performance), `${n(lh[p].tbt)} ms`, `${n(lh[p].lcp)} ms`, n(lh[p].cls, 3)])).join('\n')}

The embed is measured as its own page (no parent page scrolls it, so it waits for an input, as in a frame no parent sizes).

## Scrolling (390×844, Chromium, 4× CPU throttling)

| run | frames | p50 | p95 | p95 as timed | worst frame | long tasks > 50 ms | longest task | layout shift |
|---|---|---|---|---|---|---|---|---|
${['reading', 'fling'].map((k) => row([scroll[k].label, scroll[k].frames, `${n(scroll[k].p50, 1)} ms`, `${n(scroll[k].p95, 1)} ms`, `${n(scroll[k].p95Raw, 1)} ms`, `${n(scroll[k].worst, 1)} ms`, scroll[k].longTasks, `${n(scroll[k].longestTask)} ms`, n(scroll[k].cls, 3)])).join('\n')}

Frames in whole display frames (the display's frame: the median, ${n(scroll.reading.display, 2)} ms): the page's clock is coarsened to 0.1 ms, so a frame on time is timed at 16.6 to 16.8 ms ("p95 as timed"), and a run with every frame on time would miss a 16.7 ms budget.

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
  return md;
};
