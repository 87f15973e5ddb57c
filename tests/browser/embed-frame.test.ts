// The embedded page itself, in a real parent (tests/browser/parents.ts), cross-origin: it ignores
// hostile messages, passes axe in both layouts, opens every link in a new tab and asks nothing of
// another host; the full page's "Embed this explainer" panel and its ?embed address.
import { describe, expect, it } from 'vitest';
import { axe, chromiumPath, waitLive } from './harness';
import { frames2, layoutOf, scrollParent, setupParents, type Heard } from './parents';

const parents = setupParents();
const { open, site } = parents;

describe.skipIf(!chromiumPath)('hostile messages', () => {
  it('ignores garbage from the parent and messages from another window', async () => {
    const opened = await open('loader');
    const { page, frame } = opened;
    await page.mouse.wheel(0, 10);
    await frame.waitForFunction(() => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track');
    const iframeTop = await page.evaluate(
      () => document.querySelector('iframe')!.getBoundingClientRect().top + window.scrollY,
    );
    await scrollParent(opened, iframeTop + 3000);
    const before = {
      active: await frame.getAttribute('.scrolly', 'data-active'),
      height: await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height),
    };
    const childId = await frame.evaluate(() => new URLSearchParams(location.search).get('childId'));
    const heardBefore = await frame.evaluate(() => (window as unknown as Heard).__heard);
    const sent = await page.evaluate((id) => {
      const marker = window as unknown as { __marker: boolean };
      marker.__marker = false;
      window.addEventListener('message', (e) => {
        if (e.data === 'kx-test-marker') marker.__marker = true;
      });
      const target = document.querySelector('iframe')!.contentWindow!;
      const pym = (type: string, payload: string) => ['pym', id, type, payload].join('xPYMx');
      const deep: Record<string, unknown> = {};
      let cur = deep;
      for (let i = 0; i < 2000; i++) cur = cur.next = {} as Record<string, unknown>;
      const garbage: unknown[] = [
        'hello',
        42,
        null,
        true,
        [1, 2, 3],
        { sentinel: 'amp', type: 'embed-size', height: 5 },
        { sentinel: 'amp', type: 'frames-init', extra: '<img src=x onerror=alert(1)>' },
        'x'.repeat(1_000_000),
        deep,
        new Array(100_000).fill('x'),
        pym('viewport-iframe-position', 'NaN NaN NaN NaN NaN NaN'),
        pym('viewport-iframe-position', 'Infinity 800 -Infinity 0 1e309 1280'),
        pym('viewport-iframe-position', '-1280 -800 -5000 0 -4000 1280'),
        pym('viewport-iframe-position', '1280 800 -99999999999 0 5 1280'),
        pym('viewport-iframe-position', '1280 800 <script>alert(1)</script> 0 5 1280'),
        pym('width', 'javascript:alert(1)'),
        pym('navigateTo', 'https://example.com/'),
        pym('scrollToChildPos', '100'),
        ['pym', 'another-child', 'viewport-iframe-position', '1280 800 0 0 800 1280'].join('xPYMx'),
      ];
      for (const g of garbage) target.postMessage(g, '*');
      // A flood: 10,000 well-formed messages for the wrong child.
      for (let i = 0; i < 10_000; i++) target.postMessage(['pym', 'x', 'width', String(i)].join('xPYMx'), '*');
      // Another window on the page (a sibling frame, as an ad would be) posts a well-formed
      // position for our child, which would jump to the top, and a height for the loader.
      const sibling = document.createElement('iframe');
      sibling.title = 'An ad';
      document.body.append(sibling);
      const w = sibling.contentWindow as Window & typeof globalThis;
      w.eval(`parent.document.querySelector('iframe').contentWindow.postMessage(${JSON.stringify(pym('viewport-iframe-position', '1280 800 5000 0 20000 1280'))}, '*');
        parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 7 }, '*');
        parent.postMessage(${JSON.stringify(['pym', id, 'height', '9'].join('xPYMx'))}, '*');`);
      // Posted after the sibling's: when the page hears it, it has handled theirs.
      window.postMessage('kx-test-marker', '*');
      // To the frame: the garbage, the flood and the sibling's position.
      return garbage.length + 10_000 + 1;
    }, childId);
    expect(sent).toBeGreaterThan(10_000);
    // Every message handled (the frame's and the parent's), and whatever they asked for rendered.
    await frame.waitForFunction((n) => (window as unknown as Heard).__heard >= n, heardBefore + sent, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => (window as unknown as { __marker: boolean }).__marker);
    await frames2(frame);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // None of it moved the story or resized the frame.
    expect(await frame.getAttribute('.scrolly', 'data-active')).toBe(before.active);
    expect(await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)).toBe(
      before.height,
    );
    // No script without a source (the page's JSON-LD data block is not one that runs), no image.
    expect(
      await frame.evaluate(
        () => document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), img').length,
      ),
    ).toBe(0);
    // Nothing a message said is in the page (the map may have drawn its second layer meanwhile:
    // compare content, not size).
    expect(await frame.evaluate(() => /alert\(1\)|onerror|example\.com/.test(document.documentElement.outerHTML))).toBe(
      false,
    );
    // And the frame is still responsive: a real scroll still moves the story.
    await page.evaluate((y) => window.scrollTo(0, y), iframeTop + 9000);
    await frame.waitForFunction(
      (a) => document.querySelector('.scrolly')?.getAttribute('data-active') !== a,
      before.active,
    );
    expect(opened.errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('the embedded page', () => {
  it('has no axe-core violations, in the stepper and the scroll story', async () => {
    const stepper = await open('frames', { width: 390, height: 844 });
    expect(await axe(stepper.frame)).toEqual([]);
    const tracked = await open('loader', { width: 1280, height: 800 });
    await tracked.page.mouse.wheel(0, 10);
    await tracked.frame.waitForFunction(
      () => document.querySelector('.scrolly')?.getAttribute('data-layout') === 'track',
    );
    expect(await axe(tracked.frame)).toEqual([]);
  });

  it('opens every link in a new tab, has no page chrome, and asks nothing of another host', async () => {
    const opened = await open('loader');
    // The language switcher changes the frame's own language in place (keeping its child id, so
    // the parent keeps sizing it); every other link leaves for a new tab.
    const switcher = await opened.frame.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('.lang-switch a'), (a) => ({
        href: a.href,
        target: a.target,
      })),
    );
    expect(switcher).toHaveLength(3);
    for (const l of switcher) {
      expect(l.target).toBe('');
      expect(l.href).toMatch(/\/embed\.html\?childId=kursk-explainer-1$/);
    }
    const links = await opened.frame.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('a:not(.lang-switch a)'), (a) => ({
        href: a.href,
        target: a.target,
        rel: a.rel,
      })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l.target, l.href).toBe('_blank');
      expect(l.rel, l.href).toContain('noopener');
    }
    expect(
      await opened.frame.evaluate(() => document.querySelectorAll('.skip-link, .progress, .source-list').length),
    ).toBe(0);
    expect(await opened.frame.getByRole('link', { name: /Open the full explainer/ }).count()).toBe(1);
    const explainer = new URL(site.url()).origin;
    const parentOrigin = new URL(parents.url()).origin;
    const originOf = (url: string) => (URL.canParse(url) ? new URL(url).origin : url);
    for (const r of opened.requests) {
      const origin = originOf(r.url);
      if (originOf(r.frame) === explainer) expect(origin, r.url).toBe(explainer);
      else expect([parentOrigin, explainer], r.url).toContain(origin);
    }
    expect(opened.requests.some((r) => r.url.includes('/assets/map-data'))).toBe(true);
  });
});

describe.skipIf(!chromiumPath)('"Embed this explainer" on the full page', () => {
  it('opens from the keyboard and copies each snippet, built from the canonical URL', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url()).origin });
    await page.goto(site.url());
    await waitLive(page);
    await page.focus('.embed-panel summary');
    await page.keyboard.press('Enter');
    const copies = page.getByRole('button', { name: 'Copy' });
    await expect.poll(() => copies.count()).toBe(3);
    const codes = await page.locator('.embed-panel code').allTextContents();
    expect(codes[0]).toMatch(
      /^<div data-kursk-explainer><\/div>\n<script src="https:\/\/[^"]+\/embed\.js" async><\/script>$/,
    );
    expect(codes[1]).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\.html" title="[^"]+"/);
    expect(codes[2]).toMatch(/^<amp-iframe src="https:\/\/[^"]+\/embed\.html"[^>]* resizable[^>]*>\n\s+<div overflow/);
    for (let i = 0; i < 3; i++) {
      await copies.nth(i).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.embed-panel__status').nth(i).textContent())
        .toBe('Copied to the clipboard');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes[i]);
    }
    expect(await axe(page)).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('?embed on the full page', () => {
  it('opens the embed page, on the linked step', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url()}?embed&step=gains`);
    await page.waitForURL(/\/embed\.html\?step=gains$/);
    await page.waitForFunction(() => document.querySelector('.scrolly')?.getAttribute('data-active') === 'gains');
    expect(await layoutOf(page.mainFrame())).toBe('stepper');
  });
});
