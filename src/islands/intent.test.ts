// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { INTENT_EVENTS, onReaderIntent } from './intent';

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
