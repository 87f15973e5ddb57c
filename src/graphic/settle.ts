// The graphic's readiness signal: `data-settled` on the live graphic once what it shows has been
// drawn and no transition is running. Tests and embeds wait on it instead of on a timer.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';

export type Settle = {
  /** A group's target changed: it is about to move (or already is). */
  changed: () => void;
  /**
   * A group's target changed, and whether it moves is known only once its animation library has
   * had its turn (framer-motion starts animations in an effect, after the next frame): the mark
   * stays off until `release`.
   */
  hold: (id: string) => void;
  /** The group's animation library has had its turn: it has called `start` if it moves. */
  release: (id: string) => void;
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
 * transition starts, and comes back two frames after the last one ends, once no group is held
 * (a group whose target changed, until its animation has been asked to start).
 */
export const useSettleRoot = (root: RefObject<HTMLElement | null>, enabled: boolean): Settle => {
  const running = useRef(new Set<string>());
  const held = useRef(new Set<string>());
  const frame = useRef(0);
  const settle = useMemo<Settle>(() => {
    const still = () => running.current.size === 0 && held.current.size === 0;
    const check = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          if (still()) root.current?.setAttribute(SETTLED_ATTR, 'true');
        });
      });
    };
    const unsettle = () => root.current?.removeAttribute(SETTLED_ATTR);
    return {
      changed: () => {
        unsettle();
        check();
      },
      hold: (id) => {
        held.current.add(id);
        unsettle();
      },
      release: (id) => {
        if (held.current.delete(id) && still()) check();
      },
      start: (id) => {
        running.current.add(id);
        unsettle();
      },
      end: (id) => {
        if (running.current.delete(id) && still()) check();
      },
    };
  }, [root]);
  useEffect(() => {
    if (enabled) settle.changed();
    return () => cancelAnimationFrame(frame.current);
  }, [enabled, settle]);
  return settle;
};

/**
 * Reports a moving group's target changes to the graphic it belongs to. The mark goes as the
 * change is committed, and is held until the group's own effects have run: its framer-motion
 * child (whose effects run before its parent's) has started its animation by then, if it moves,
 * and the mark then waits for that animation's end. Waiting a number of frames instead let the
 * mark come back for a frame before a slow start (a highlight still fading out, seen marked settled).
 */
export const useSettleTarget = (key: string, id: string): Settle | null => {
  const settle = useSettle();
  useLayoutEffect(() => {
    settle?.hold(id);
  }, [settle, key, id]);
  useEffect(() => {
    settle?.release(id);
  }, [settle, key, id]);
  // Released as the group goes, too: a cleanup of the commit that held it (a passive effect's
  // cleanup exists only once the effect has run, and a group may come and go before that).
  useLayoutEffect(() => () => settle?.release(id), [settle, id]);
  return settle;
};
