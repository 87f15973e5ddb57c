// Every hostile address (tests/hostile.ts) through every parser that reads the address: each
// gives a safe answer (a known id, a same-origin page, a default) and none throws or passes a
// hostile value on. A sample of them is also loaded in Chromium (tests/browser/security.test.ts).
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/data/steps';
import { localeIds } from '../../src/data/copy';
import { parseStepParam } from '../../src/scroll/activeStep';
import { langRedirect } from '../../src/routing/lang';
import { embedRedirect } from '../../src/routing/embed';
import { parseChildId } from '../../src/embed/protocol';
import { modeOf } from '../../src/routing/mode';
import { slideIndex, slides } from '../../src/present/slides';
import { hostileAddresses, sampleAddresses } from '../hostile';

const ids = steps.map((s) => s.id);
const ORIGIN = 'https://news.example';
const dir = (locale: string) => (locale === 'en' ? '/' : `/${locale}/`);
/** The address as a browser would hold it, on each edition's page. */
const urls = hostileAddresses.flatMap((c) => localeIds.map((l) => new URL(c, `${ORIGIN}${dir(l)}`)));
const PAGES = /^\/((ko|uk)\/)?(embed\.html)?$/;

describe('hostile addresses', () => {
  it(`are many (${hostileAddresses.length}), and the browser's sample is drawn from them`, () => {
    expect(hostileAddresses.length).toBeGreaterThanOrEqual(280);
    expect(sampleAddresses.filter((c) => !hostileAddresses.includes(c))).toEqual([]);
    expect(sampleAddresses.length).toBeGreaterThanOrEqual(15);
  });

  it('parseStepParam(search, hash) gives a step id or null, never anything else', () => {
    const odd = urls.flatMap((u) => {
      const got = parseStepParam(u.search, u.hash, ids);
      return got === null || (ids as readonly string[]).includes(got) ? [] : [`${u.href} → ${got}`];
    });
    expect(odd).toEqual([]);
    // And a real one still works, from the query or the hash.
    expect(parseStepParam('?step=crimea', '', ids)).toBe('crimea');
    expect(parseStepParam('', '#gains', ids)).toBe('gains');
    expect(parseStepParam('?step=%3Cscript%3E', '#gains', ids)).toBe('gains');
  });

  it.each(localeIds)('langRedirect(href, %s) stays on the site, on one of its pages, without ?lang', (locale) => {
    const odd = urls.flatMap((u) => {
      if (!u.pathname.startsWith(dir(locale)) || (locale === 'en' && /^\/(ko|uk)\//.test(u.pathname))) return [];
      const got = langRedirect(u.href, locale);
      if (got === null) return [];
      const to = new URL(got);
      return to.origin === ORIGIN && PAGES.test(to.pathname) && !to.searchParams.has('lang')
        ? []
        : [`${u.href} → ${got}`];
    });
    expect(odd).toEqual([]);
    expect(langRedirect(`${ORIGIN}/?lang=ko&step=gains`, 'en')).toBe(`${ORIGIN}/ko/?step=gains`);
    expect(langRedirect(`${ORIGIN}/?lang=de`, 'en')).toBeNull();
  });

  it('embedRedirect(href) leads only to the embed page beside it, without ?embed', () => {
    const odd = urls.flatMap((u) => {
      const got = embedRedirect(u.href);
      if (got === null) return [];
      const to = new URL(got);
      return to.origin === ORIGIN && /^\/((ko|uk)\/)?embed\.html$/.test(to.pathname) && !to.searchParams.has('embed')
        ? []
        : [`${u.href} → ${got}`];
    });
    expect(odd).toEqual([]);
    expect(embedRedirect(`${ORIGIN}/?embed&step=gains`)).toBe(`${ORIGIN}/embed.html?step=gains`);
  });

  it('parseChildId(search) gives a short plain id or null', () => {
    const odd = urls.flatMap((u) => {
      const got = parseChildId(u.search);
      return got === null || /^[\w-]{1,64}$/.test(got) ? [] : [`${u.href} → ${got}`];
    });
    expect(odd).toEqual([]);
    expect(parseChildId('?childId=example-graphic-1')).toBe('example-graphic-1');
    expect(parseChildId('?childId=%3Cb%3E')).toBeNull();
  });

  it('modeOf(search) is one of the three modes; slideIndex(hash) a slide', () => {
    const odd = urls.flatMap((u) => {
      const mode = modeOf(u.search);
      const slide = slideIndex(u.hash);
      const ok = ['page', 'present', 'presenter'].includes(mode) && Number.isInteger(slide) && !!slides[slide];
      return ok ? [] : [`${u.href} → ${mode} ${slide}`];
    });
    expect(odd).toEqual([]);
    expect(modeOf('?present&presenter')).toBe('presenter');
    expect(slideIndex('#glossary')).toBe(slides.findIndex((s) => s.id === 'glossary'));
    expect(slideIndex('#__proto__')).toBe(0);
  });
});
