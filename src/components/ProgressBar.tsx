// A slim reading-progress bar. It follows the scroll through a store subscription and the
// CSSOM (no React render per frame, no inline style in the markup).
import { useEffect, useRef } from 'react';
import type { ProgressStore } from '../scroll/progressStore';

export type ProgressBarProps = { store: ProgressStore };

export const ProgressBar = ({ store }: ProgressBarProps) => {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      store.subscribe((p) => {
        if (bar.current) bar.current.style.transform = `scaleX(${p.story.toFixed(4)})`;
      }),
    [store],
  );
  return (
    <div className="progress" aria-hidden="true">
      <div className="progress__bar" ref={bar} />
    </div>
  );
};
