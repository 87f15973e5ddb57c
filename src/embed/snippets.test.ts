import { describe, expect, it } from 'vitest';
import { embedSnippets, EMBED_ATTRIBUTE, RESERVED, RESERVE_SLOPE, reservedHeight } from './snippets';
import { CANONICAL_URL } from '../config';

const labels = { title: 'Explainer: "Not" a <chip>', overflow: 'Show all' };

describe('embedSnippets', () => {
  const s = embedSnippets('https://news.example/kursk/', labels);

  it('points every snippet at the one canonical address', () => {
    expect(s.script).toBe(
      `<div ${EMBED_ATTRIBUTE}></div>\n<script src="https://news.example/kursk/embed.js" async></script>`,
    );
    expect(s.iframe).toContain('src="https://news.example/kursk/embed.html"');
    expect(s.amp).toContain('<amp-iframe src="https://news.example/kursk/embed.html"');
  });

  it('gives the frames an accessible name, escaped', () => {
    expect(s.iframe).toContain('title="Explainer: &quot;Not&quot; a &lt;chip&gt;"');
    expect(s.amp).toContain('title="Explainer: &quot;Not&quot; a &lt;chip&gt;"');
  });

  it('makes the AMP frame resizable with an overflow element, sandboxed as AMP requires', () => {
    expect(s.amp).toMatch(/\sresizable[\s>]/);
    expect(s.amp).toContain('<div overflow tabindex="0" role="button" aria-label="Show all">Show all</div>');
    expect(s.amp).toContain('sandbox="allow-scripts allow-popups"');
  });

  it('reserves the prerendered height, phone to desktop, and lazy-loads the plain iframe', () => {
    expect(s.iframe).toContain(`height="${RESERVED.en.desktop}"`);
    // 1932 - 80vw: 1620 px at 390 wide, never under the desktop height.
    expect(s.iframe).toContain(
      `style="border:0;display:block;height:max(${RESERVED.en.desktop}px,calc(${RESERVED.en.phone + 312}px - 80vw))"`,
    );
    expect(s.iframe).toContain('loading="lazy"');
    expect(s.amp).toContain(`height="${RESERVED.en.phone}"`);
  });
});

describe('reservedHeight', () => {
  it('is the phone height at 390 px, the desktop height from 1280 px, a line between', () => {
    expect(reservedHeight('en', 390)).toBe(RESERVED.en.phone);
    expect(reservedHeight('uk', 1280)).toBe(RESERVED.uk.desktop);
    expect(reservedHeight('ko', 1920)).toBe(RESERVED.ko.desktop);
    expect(reservedHeight('uk', 900)).toBe(RESERVED.uk.desktop);
    expect(reservedHeight('en', 768)).toBe(Math.round(RESERVED.en.phone - RESERVE_SLOPE * 378));
  });

  it.each([0, -5, NaN, Infinity])('takes a width of %s (no real width) as a phone', (w) =>
    expect(reservedHeight('en', w)).toBe(RESERVED.en.phone),
  );

  it.each(['de', 'toString', '__proto__', ''])('falls back to the default edition for %j', (lang) =>
    expect(reservedHeight(lang, 390)).toBe(RESERVED.en.phone),
  );
});

describe('a pinned edition', () => {
  const ko = embedSnippets('https://news.example/kursk/', { ...labels, edition: 'ko/', lang: 'ko' });
  it('asks the loader for it, and points the frames at its folder', () => {
    expect(ko.script).toContain(`<div ${EMBED_ATTRIBUTE} data-lang="ko"></div>`);
    expect(ko.iframe).toContain('src="https://news.example/kursk/ko/embed.html"');
    expect(ko.amp).toContain('src="https://news.example/kursk/ko/embed.html"');
  });
});

describe('CANONICAL_URL', () => {
  it('is an http(s) address ending in a slash', () => {
    expect(CANONICAL_URL).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
  });
});
