import { describe, expect, it } from 'vitest';
import { embedSnippets, EMBED_ATTRIBUTE } from './snippets';
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

  it('reserves a height and lazy-loads the plain iframe', () => {
    expect(s.iframe).toMatch(/height="\d{3,4}"/);
    expect(s.iframe).toContain('loading="lazy"');
  });
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
