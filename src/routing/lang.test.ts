import { describe, expect, it } from 'vitest';
import { isLocale, langRedirect, relativeLocalePath } from './lang';

describe('langRedirect', () => {
  it('leads ?lang= to the same page in that language, keeping the rest of the address', () => {
    expect(langRedirect('https://x.example/kursk/?lang=ko&step=gains#aid', 'en')).toBe(
      'https://x.example/kursk/ko/?step=gains#aid',
    );
    expect(langRedirect('https://x.example/kursk/ko/embed.html?lang=uk&childId=c1', 'ko')).toBe(
      'https://x.example/kursk/uk/embed.html?childId=c1',
    );
    expect(langRedirect('https://x.example/kursk/uk/?lang=en', 'uk')).toBe('https://x.example/kursk/');
    expect(langRedirect('file:///media/usb/kursk/index.html?lang=ko', 'en')).toBe(
      'file:///media/usb/kursk/ko/index.html',
    );
  });

  it.each(['', 'de', 'EN', 'ko-KR', '../ko', '<script>', '%00', 'javascript:alert(1)'])(
    'stays on the page for lang=%s',
    (lang) => {
      expect(langRedirect(`https://x.example/kursk/?lang=${encodeURIComponent(lang)}`, 'en')).toBeNull();
    },
  );

  it('stays when the page is already in that language, and on a broken address', () => {
    expect(langRedirect('https://x.example/kursk/?lang=en', 'en')).toBeNull();
    expect(langRedirect('not a url', 'en')).toBeNull();
  });
});

describe('relativeLocalePath', () => {
  it('links the editions to each other', () => {
    expect(relativeLocalePath('en', 'en')).toBe('./');
    expect(relativeLocalePath('en', 'ko')).toBe('./ko/');
    expect(relativeLocalePath('ko', 'en')).toBe('../');
    expect(relativeLocalePath('ko', 'uk', 'embed')).toBe('../uk/embed.html');
  });
});

describe('isLocale', () => {
  it('knows the editions and nothing else', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
