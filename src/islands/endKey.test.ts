// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepEndAtEnd } from './endKey';

/** A window whose page is `height` px long, scrolled to `y`, and a log of where it was sent. */
const fakeWindow = (height: number, y: number) => {
  const target = new EventTarget();
  const sent: number[] = [];
  let now = 0;
  const win = Object.assign(target, {
    document: {
      documentElement: {
        get scrollHeight() {
          return height;
        },
      },
    },
    innerHeight: 800,
    scrollY: y,
    performance: { now: () => now },
    setTimeout: (fn: () => void) => setTimeout(fn),
    scrollTo: ({ top }: { top: number }) => {
      sent.push(top);
      win.scrollY = top - 800;
    },
  });
  return {
    win: win as unknown as Window & { scrollY: number },
    sent,
    grow: (by: number) => (height += by),
    later: (ms: number) => (now += ms),
  };
};

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { cancelable: true, ...init });

describe('the End key', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes on to the end of the page when its scroll ended short of it, the page having grown', () => {
    const page = fakeWindow(30_000, 0);
    const stop = keepEndAtEnd(page.win);
    page.win.dispatchEvent(key({ key: 'End' }));
    vi.runAllTimers();
    // The browser's own scroll, aimed at the end as it was; the lists on the way grew by 1,300 px.
    page.win.scrollY = 30_000 - 800;
    page.grow(1300);
    page.win.dispatchEvent(new Event('scrollend'));
    expect(page.sent).toEqual([31_300]);
    // At the end now: nothing more.
    page.win.dispatchEvent(new Event('scrollend'));
    expect(page.sent).toEqual([31_300]);
    stop();
  });

  it('leaves the page alone where End was taken by something else, or the reader has moved on', () => {
    const page = fakeWindow(30_000, 0);
    const stop = keepEndAtEnd(page.win);
    // Taken: presentation mode's last slide.
    const taken = key({ key: 'End' });
    taken.preventDefault();
    page.win.dispatchEvent(taken);
    vi.runAllTimers();
    page.win.dispatchEvent(new Event('scrollend'));
    // Another input after the key: the reader's own scroll.
    page.win.dispatchEvent(key({ key: 'End' }));
    vi.runAllTimers();
    page.win.dispatchEvent(new Event('wheel'));
    page.win.dispatchEvent(new Event('scrollend'));
    // Too long after the key: some other scroll's end.
    page.win.dispatchEvent(key({ key: 'End' }));
    vi.runAllTimers();
    page.later(5000);
    page.win.dispatchEvent(new Event('scrollend'));
    // Other keys, and End with a modifier that means something else.
    for (const init of [{ key: 'PageDown' }, { key: 'End', shiftKey: true }]) {
      page.win.dispatchEvent(key(init));
      vi.runAllTimers();
      page.win.dispatchEvent(new Event('scrollend'));
    }
    expect(page.sent).toEqual([]);
    stop();
  });

  it('takes ⌘↓ as End, and stops listening when told', () => {
    const page = fakeWindow(30_000, 0);
    const stop = keepEndAtEnd(page.win);
    page.win.dispatchEvent(key({ key: 'ArrowDown', metaKey: true }));
    vi.runAllTimers();
    page.win.dispatchEvent(new Event('scrollend'));
    expect(page.sent).toEqual([30_000]);
    stop();
    page.win.scrollY = 0;
    page.win.dispatchEvent(key({ key: 'End' }));
    vi.runAllTimers();
    page.win.dispatchEvent(new Event('scrollend'));
    expect(page.sent).toEqual([30_000]);
  });
});
