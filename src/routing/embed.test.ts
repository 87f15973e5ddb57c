import { describe, expect, it } from 'vitest';
import { embedRedirect } from './embed';

describe('embedRedirect', () => {
  it('sends ?embed to embed.html beside the page, keeping the other parameters and the hash', () => {
    expect(embedRedirect('https://x.example/kursk/?embed&step=gains#aid')).toBe(
      'https://x.example/kursk/embed.html?step=gains#aid',
    );
    expect(embedRedirect('https://x.example/kursk/index.html?embed=1&childId=c1')).toBe(
      'https://x.example/kursk/embed.html?childId=c1',
    );
  });

  it('stays without ?embed, on the embed page itself, and on a broken address', () => {
    expect(embedRedirect('https://x.example/kursk/?step=gains')).toBeNull();
    expect(embedRedirect('https://x.example/kursk/embed.html?embed')).toBeNull();
    expect(embedRedirect('not a url')).toBeNull();
  });

  it('never leaves the origin, whatever the parameter holds', () => {
    for (const v of ['//evil.example/', 'javascript:alert(1)', '%2F%2Fevil.example', '<script>']) {
      const to = embedRedirect(`https://x.example/kursk/?embed=${encodeURIComponent(v)}`);
      expect(new URL(to!).origin).toBe('https://x.example');
    }
  });
});
