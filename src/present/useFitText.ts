// A slide's words fit their box: the font shrinks (in steps of 4%) until nothing needs
// scrolling, but never under `minPx`; past that the box scrolls, as a fallback.
import { useLayoutEffect, type RefObject } from 'react';

export const useFitText = (ref: RefObject<HTMLElement | null>, key: unknown, minPx = 16) => {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.fontSize = '';
      const base = parseFloat(getComputedStyle(el).fontSize);
      const floor = Math.min(1, minPx / base);
      let scale = 1;
      while (el.scrollHeight > el.clientHeight + 1 && scale > floor) {
        scale = Math.max(floor, scale - 0.04);
        el.style.fontSize = `${scale.toFixed(2)}em`;
      }
    };
    fit();
    if (typeof ResizeObserver !== 'function') return;
    // The box is the grid's, so a new font size never resizes it: no loop.
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    void document.fonts?.ready.then(fit);
    return () => observer.disconnect();
  }, [ref, key, minPx]);
};
