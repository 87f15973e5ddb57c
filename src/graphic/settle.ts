// The graphic's readiness signal: `data-settled` on the live graphic once what it shows has been
// drawn and no transition is running. Tests and embeds wait on it instead of on a timer.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';

export type Settle = {
  /** A group's target changed: it is about to move (or already is). */
  changed: () => void;
  /** A group's transition began. */
  start: (id: string) => void;
  /** A group's transition ended, or the group went away. */
  end: (id: string) => void;
};

export const SettleContext = createContext<Settle | null>(null);

export const useSettle = () => useContext(SettleContext);

export const SETTLED_ATTR = 'data-settled';

/**
 * Tracks the moving groups under `root`. The attribute goes when a target changes or a
 * transition starts, and comes back two frames after the last one ends (a transition starts
 * one frame after the change that asks for it).
 */
export const useSettleRoot = (root: RefObject<HTMLElement | null>, enabled: boolean): Settle => {
  const running = useRef(new Set<string>());
  const frame = useRef(0);
  const settle = useMemo<Settle>(() => {
    const check = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          if (running.current.size === 0) root.current?.setAttribute(SETTLED_ATTR, 'true');
        });
      });
    };
    const unsettle = () => root.current?.removeAttribute(SETTLED_ATTR);
    return {
      changed: () => {
        unsettle();
        check();
      },
      start: (id) => {
        running.current.add(id);
        unsettle();
      },
      end: (id) => {
        if (running.current.delete(id) && running.current.size === 0) check();
      },
    };
  }, [root]);
  useEffect(() => {
    if (enabled) settle.changed();
    return () => cancelAnimationFrame(frame.current);
  }, [enabled, settle]);
  return settle;
};

/** Reports a moving group's target changes to the graphic it belongs to. */
export const useSettleTarget = (key: string): Settle | null => {
  const settle = useSettle();
  useLayoutEffect(() => {
    settle?.changed();
  }, [settle, key]);
  return settle;
};
