// Lighthouse with its mobile defaults (simulated throttling): the median of `runs` runs of a page.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const lighthouseRun = async (url, CHROME) => {
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

export const lighthouseMedian = async (name, url, { chrome: CHROME, runs: RUNS }) => {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    process.stdout.write(`lighthouse ${name} run ${i + 1}/${RUNS}\n`);
    runs.push(await lighthouseRun(url, CHROME));
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
