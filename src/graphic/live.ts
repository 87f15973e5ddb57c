// The live graphic tells its island when it has hydrated. Until then the island keeps it at the
// step the page was prerendered at: a hydration only adopts the server's markup (it does not
// correct attributes that differ), so a graphic still waiting for its code must not be handed
// another step, or its first client render would keep the first step's picture.
import { createContext, useContext, useEffect } from 'react';

/** Called once the graphic has hydrated (or failed and shows its note instead). */
export const GraphicLiveContext = createContext<(() => void) | null>(null);

/** Reports, after the calling component's first commit, that the graphic is live. */
export const useReportLive = () => {
  const report = useContext(GraphicLiveContext);
  useEffect(() => report?.(), [report]);
};
