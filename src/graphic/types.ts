// The contract between the story and its graphic, so the graphic can be loaded lazily.
import type { ComponentType } from 'react';
import type { GraphicState } from '../data/types';
import type { StoryCopy } from '../data/story';

export type GraphicSlotProps = {
  /** What the active step shows. */
  state: GraphicState;
  copy: StoryCopy;
  /** A still picture of this state (the print handout): no motion, a fixed frame. */
  still?: boolean;
};

export type GraphicComponent = ComponentType<GraphicSlotProps>;

/** A drawing's size on screen, px. */
export type Size = { width: number; height: number };
