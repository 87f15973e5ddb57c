// Full screen on the F key: asked of the browser, and a message when it refuses (an iframe
// without the permission, a browser without the API).
import { useCallback } from 'react';

/** Returns the toggle; `say` shows `refused` when the browser will not, and clears it when it does. */
export const useFullscreen = (refused: string, say: (message: string) => void) =>
  useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => {});
      return;
    }
    const el = document.documentElement;
    if (!document.fullscreenEnabled || typeof el.requestFullscreen !== 'function') {
      say(refused);
      return;
    }
    el.requestFullscreen().then(
      () => say(''),
      () => say(refused),
    );
  }, [refused, say]);
