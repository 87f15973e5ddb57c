// The bench's budgets (bench/budgets.json) against one run's results: each check's name, the
// figure measured, the budget and whether it is met.
export const KB = 1024;

/** The checks, for the run's `results` and the pages held to the performance score (`editions`). */
export const checkBudgets = (budgets, results, editions) => {
  const { lighthouse: lh, scroll, startup, bytes } = results;
  const checks = [
    ...Object.entries(budgets.lighthouse).map(([k, min]) => [
      `Lighthouse ${k}`,
      lh.explainer.scores[k],
      `≥ ${min}`,
      lh.explainer.scores[k] >= min,
    ]),
    ...editions.map((page) => [
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
  return checks.map(([name, value, budget, ok]) => ({ name, value, budget, ok }));
};
