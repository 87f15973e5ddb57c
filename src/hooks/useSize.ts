// The content size of an element, updated by ResizeObserver (not on scroll). Starts at
// `fallback`, which is also what the server renders, so hydration matches.
import { startTransition, useEffect, useState, type RefObject } from 'react';
import type { Size } from '../graphic/types';

export const useSize = (ref: RefObject<Element | null>, fallback: Size): Size => {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      // A hidden element (the timeline orientation not in use) reports 0: keep the last size.
      // A transition: redrawing at the new size can yield to the browser (no long task).
      if (width > 0 && height > 0) {
        startTransition(() => setSize((s) => (s.width === width && s.height === height ? s : { width, height })));
      }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
};
