// Scrolling the explainer at 390×844 under 4× CPU throttling: at a reader's pace and in a fling,
// every animation frame's length, long tasks and layout shift, and requests to other hosts.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromium.mjs';
import { frameStats } from './frames.mjs';

export const scrollRun = async ({ chrome: CHROME, url, origin }) => {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: CHROMIUM_FLAGS,
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: false });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
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
    const stats = frameStats(r.frames);
    return {
      label,
      ...stats,
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
