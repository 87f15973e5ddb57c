// A tiny external store for scroll progress: the engine writes it every frame, subscribers
// (the progress bar) apply it through refs, and React never re-renders for it.

export type Progress = {
  /** Active step index. */
  index: number;
  /** 0–1 through the active step. */
  step: number;
  /** 0–1 through the whole story. */
  story: number;
  direction: 'down' | 'up';
};

export type ProgressStore = {
  get: () => Progress;
  set: (p: Progress) => void;
  subscribe: (listener: (p: Progress) => void) => () => void;
};

export const createProgressStore = (): ProgressStore => {
  let current: Progress = { index: 0, step: 0, story: 0, direction: 'down' };
  const listeners = new Set<(p: Progress) => void>();
  return {
    get: () => current,
    set: (p) => {
      current = p;
      listeners.forEach((l) => l(p));
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
};
