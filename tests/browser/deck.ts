// Presentation mode as the browser tests open it: the deck at an address (`?present#id`), at a
// projector's size unless told, with the page's errors collected; which slide it shows.
import type { Page } from 'playwright-core';
import { collectErrors, type Site } from './harness';

export const openDeck = async (site: Site, hash = '', viewport = { width: 1920, height: 1080 }) => {
  const page = await site.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${site.url()}?present${hash}`);
  await page.waitForSelector('.present');
  return { page, errors };
};

export const slideOf = (page: Page) => page.getAttribute('.present', 'data-slide');

export const waitSlide = (page: Page, id: string) =>
  page.waitForFunction((s) => document.querySelector('.present')?.getAttribute('data-slide') === s, id);
