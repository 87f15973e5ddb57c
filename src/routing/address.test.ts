import { describe, expect, it } from 'vitest';
import { fragmentId, paramsOf, parseHref } from './address';
import { hostileAddresses } from '../../tests/hostile';

describe('the address readers', () => {
  it('read a URL, or give null for what is not one', () => {
    expect(parseHref('https://news.example/ko/?step=gains')?.pathname).toBe('/ko/');
    expect(parseHref('not an address')).toBeNull();
    expect(parseHref('http://[::1')).toBeNull();
  });

  it('read the parameters of a query, with or without its question mark', () => {
    expect(paramsOf('?present&step=crimea').get('step')).toBe('crimea');
    expect(paramsOf('lang=ko').get('lang')).toBe('ko');
    expect(paramsOf('?q=%20north+korea').get('q')).toBe(' north korea');
  });

  it('decode the id a fragment names, and give nothing for a broken escape', () => {
    expect(fragmentId('#gains')).toBe('gains');
    expect(fragmentId('gains')).toBe('gains');
    expect(fragmentId('#%67ains')).toBe('gains');
    expect(fragmentId('#%E0%A4%A')).toBe('');
    expect(fragmentId('')).toBe('');
  });

  it(`never throw, on any of the ${hostileAddresses.length} hostile addresses`, () => {
    const thrown: string[] = [];
    for (const a of hostileAddresses)
      for (const read of [parseHref, paramsOf, fragmentId])
        try {
          read(a);
          read(`https://news.example/${a}`);
        } catch (e) {
          thrown.push(`${read.name}(${a}): ${String(e)}`);
        }
    expect(thrown).toEqual([]);
  });
});
