// A Pym parent answers a request for the frame's position (`parentPositionInfo`) whether or not
// it follows scrolling itself (`trackscroll`). So the frame asks: every animation frame while the
// position moves, and every STILL_EVERY ms (at the next frame) once it has not moved for
// STILL_AFTER frames. A frame out of view gets no animation frames: it asks nothing then.
const STILL_AFTER = 30;
const STILL_EVERY = 200;

export type PositionAsker = {
  /** After an answer: ask again, soon if the frame `moved`, less often once it stays still. */
  again: (moved: boolean) => void;
  stop: () => void;
};

export const positionAsker = (ask: () => void): PositionAsker => {
  let asking = 0;
  let askTimer = 0;
  let still = 0;
  const askNow = () => {
    asking = 0;
    ask();
  };
  return {
    again: (moved) => {
      if (asking || askTimer) return;
      still = moved ? 0 : still + 1;
      if (still < STILL_AFTER) asking = requestAnimationFrame(askNow);
      else
        askTimer = window.setTimeout(() => {
          askTimer = 0;
          asking = requestAnimationFrame(askNow);
        }, STILL_EVERY);
    },
    stop: () => {
      window.clearTimeout(askTimer);
      if (asking) cancelAnimationFrame(asking);
    },
  };
};
