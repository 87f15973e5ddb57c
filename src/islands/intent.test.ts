// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { INTENT_EVENTS, onReaderIntent, whenReaderGoesOn } from './intent';
import { createExternalViewport } from '../scroll/viewport';

/** A story whose active step the test moves. */
const storyAt = (start: number) => {
  let index = start;
  const listeners = new Set<() => void>();
  return {
    get: () => index,
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    move: (to: number) => {
      index = to;
      listeners.forEach((l) => l());
    },
    listeners,
  };
};

describe('onReaderIntent', () => {
  it.each(INTENT_EVENTS)('goes on at the first %s, once, and stops listening', (type) => {
    const go = vi.fn();
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    onReaderIntent(go);
    expect(go).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(type));
    expect(go).toHaveBeenCalledTimes(1);
    // Every other kind of input after it changes nothing: the listeners are gone.
    for (const other of INTENT_EVENTS) window.dispatchEvent(new Event(other));
    expect(go).toHaveBeenCalledTimes(1);
    expect(removed.mock.calls.map((c) => c[0]).sort()).toEqual(added.mock.calls.map((c) => c[0]).sort());
    added.mockRestore();
    removed.mockRestore();
  });

  it('ignores what is not the reader going on (a click, a focus, a mouse passing over)', () => {
    const go = vi.fn();
    const stop = onReaderIntent(go);
    for (const type of ['click', 'focus', 'mousemove', 'pointermove', 'load']) window.dispatchEvent(new Event(type));
    expect(go).not.toHaveBeenCalled();
    stop();
    window.dispatchEvent(new Event('scroll'));
    expect(go).not.toHaveBeenCalled();
  });
});

describe('whenReaderGoesOn', () => {
  it('goes on at once on a story past its first step', () => {
    const go = vi.fn();
    whenReaderGoesOn(go, storyAt(3));
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('goes on when the story leaves its first step, once, and stops listening', () => {
    const go = vi.fn();
    const story = storyAt(0);
    whenReaderGoesOn(go, story);
    story.move(0);
    expect(go).not.toHaveBeenCalled();
    story.move(1);
    expect(go).toHaveBeenCalledTimes(1);
    story.move(2);
    window.dispatchEvent(new Event('scroll'));
    expect(go).toHaveBeenCalledTimes(1);
    expect(story.listeners.size).toBe(0);
  });

  it('in an embed, goes on once the parent has scrolled the frame near, not while it is far below', () => {
    const go = vi.fn();
    const viewport = createExternalViewport();
    whenReaderGoesOn(go, storyAt(0), viewport);
    // The frame's top 3 screens below the parent's view, then 1.5.
    viewport.set({ y: -3 * 800, height: 800 });
    expect(go).not.toHaveBeenCalled();
    viewport.set({ y: -1.5 * 800, height: 800 });
    expect(go).toHaveBeenCalledTimes(1);
    viewport.set({ y: 0, height: 800 });
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('in an embed without a parent (no position ever reported) waits for an input', () => {
    const go = vi.fn();
    whenReaderGoesOn(go, storyAt(0), createExternalViewport());
    expect(go).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    expect(go).toHaveBeenCalledTimes(1);
  });
});
