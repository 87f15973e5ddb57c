// What the component tests of the page give jsdom so it looks like a current browser: jsdom has
// neither observer nor matchMedia, which is what an old browser looks like to the app. Inert
// ones (reduced motion on), set before each test and taken away after it.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';

class InertObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

const matchMedia = (query: string) =>
  ({
    matches: query.includes('reduce'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
  }) as unknown as MediaQueryList;

/** Registers the inert observers and matchMedia for every test of the calling file. */
export const likeACurrentBrowser = () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', InertObserver);
    vi.stubGlobal('IntersectionObserver', InertObserver);
    vi.stubGlobal('matchMedia', matchMedia);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    window.scrollY = 0;
  });
};
