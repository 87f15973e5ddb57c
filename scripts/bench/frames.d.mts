export type FrameStats = {
  frames: number;
  /** The display's frame, ms: the median frame's length. */
  display: number;
  p50: number;
  p95: number;
  p95Raw: number;
  worst: number;
};

export const frameStats: (frames: readonly number[]) => FrameStats;
