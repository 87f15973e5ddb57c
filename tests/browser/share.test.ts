// "Share this step": the system's share sheet where the browser has one, otherwise the step's
// canonical address copied to the clipboard, said beside the button; on the page, in another
// edition and in the embed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CANONICAL_URL } from '../../src/config';
import { locales } from '../../src/data/copy';
import { chromiumPath, collectErrors, scrollToStep, setupSite, waitActive, waitLive } from './harness';

const site = setupSite();

type Shared = { __shared: ShareData[] };

/** A page whose browser has no share sheet (`withShare`: one that records what it is asked to share). */
const open = async (path: string, withShare: boolean) => {
  const page = await site.newPage({ viewport: { width: 390, height: 844 } });
  const errors = collectErrors(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url()).origin });
  await page.addInitScript((share) => {
    const w = window as unknown as Shared;
    w.__shared = [];
    if (share)
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => (w.__shared.push(data), Promise.resolve()),
      });
    else delete (Navigator.prototype as { share?: unknown }).share;
  }, withShare);
  await page.goto(site.url() + path);
  await waitLive(page);
  return { page, errors };
};

const shareButton = (page: Page, id: string) => page.locator(`#${id} .step__share-button`);

describe.skipIf(!chromiumPath)('share this step', () => {
  it.each([
    { locale: 'en', path: '' },
    { locale: 'ko', path: 'ko/' },
  ] as const)('copies the step’s address without a share sheet ($locale)', async ({ locale, path }) => {
    const { page, errors } = await open(path, false);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await scrollToStep(page, 'gains');
    await waitActive(page, 'gains');
    await shareButton(page, 'gains').click();
    await expect.poll(() => page.textContent('#gains .step__share-status')).toBe(locales[locale].ui.story.shareCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${CANONICAL_URL}${path}#gains`);
    expect(errors).toEqual([]);
  });

  it('opens the share sheet where there is one, with the step’s address', async () => {
    const { page, errors } = await open('', true);
    await scrollToStep(page, 'envoy');
    await waitActive(page, 'envoy');
    await shareButton(page, 'envoy').click();
    await page.waitForFunction(() => (window as unknown as Shared).__shared.length === 1);
    const [shared] = await page.evaluate(() => (window as unknown as Shared).__shared);
    expect(shared?.url).toBe(`${CANONICAL_URL}#envoy`);
    expect(shared?.title).toBe(locales.en.ui.page.title);
    expect(await page.textContent('#envoy .step__share-status')).toBe('');
    expect(errors).toEqual([]);
  });

  it('in the embed, shares the canonical page at the step shown', async () => {
    const { page, errors } = await open('embed.html', false);
    await page.getByRole('button', { name: locales.en.ui.story.next }).click();
    await waitActive(page, 'soldiers');
    await shareButton(page, 'soldiers').click();
    await expect.poll(() => page.textContent('#soldiers .step__share-status')).toBe(locales.en.ui.story.shareCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${CANONICAL_URL}#soldiers`);
    expect(errors).toEqual([]);
  });
});
