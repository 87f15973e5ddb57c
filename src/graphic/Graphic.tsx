// The sticky graphic: map above, timeline below. Hidden from assistive technology; each step
// carries its own text alternative in the story.
import { Suspense, useRef } from 'react';
import type { GraphicState } from '../data/types';
import type { StoryCopy } from '../data/story';
import type { Geodata } from '../map/geodata';
import { MapView } from '../map/MapView';
import { Timeline } from '../timeline/Timeline';
import { TimelineFocus } from '../timeline/TimelineFocus';
import { GraphicBoundary } from './GraphicBoundary';
import { StillContext } from './motion/useStill';
import { useReportLive } from './live';
import { fault } from '../dev/fault';
import { useHydrated } from '../hooks/useHydrated';
import { SettleContext, useSettleRoot } from './settle';

export type GraphicProps = {
  state: GraphicState;
  /** Null when the map data could not be loaded: the timeline still shows. */
  geo: Geodata | null;
  copy: StoryCopy;
  /** A still picture for print: the map in a fixed frame and the events in focus, no motion. */
  still?: boolean;
};

/** The still picture's frame: small enough that, printed half a page wide, its words stay 8 pt. */
const STILL_SIZE = { width: 440, height: 275 };

export const Graphic = ({ state, geo, copy, still = false }: GraphicProps) => {
  fault('graphic');
  const root = useRef<HTMLDivElement>(null);
  const settle = useSettleRoot(root, useHydrated() && !still);
  useReportLive();
  const note = <p className="graphic__note">{copy.ui.map.loadError}</p>;
  if (still)
    return (
      <StillContext.Provider value>
        <div className="graphic graphic--still" aria-hidden="true">
          <div className="graphic__map">
            <GraphicBoundary fallback={note}>
              {geo ? <MapView geo={geo} state={state.map} copy={copy} initialSize={STILL_SIZE} /> : note}
            </GraphicBoundary>
          </div>
          <TimelineFocus focus={state.timeline} copy={copy} />
        </div>
      </StillContext.Provider>
    );
  return (
    <SettleContext.Provider value={settle}>
      <div className="graphic" aria-hidden="true" ref={root}>
        {/* Each part in a Suspense boundary of its own: the browser hydrates and commits them one
            after the other, in shorter tasks, instead of the whole graphic in one. */}
        <div className="graphic__focus">
          <Suspense fallback={null}>
            <TimelineFocus focus={state.timeline} copy={copy} />
          </Suspense>
        </div>
        <div className="graphic__map">
          <GraphicBoundary fallback={note}>
            <Suspense fallback={null}>{geo ? <MapView geo={geo} state={state.map} copy={copy} /> : note}</Suspense>
          </GraphicBoundary>
        </div>
        <div className="graphic__timeline">
          <GraphicBoundary fallback={<p className="graphic__note">{copy.ui.timeline.error}</p>}>
            <Suspense fallback={null}>
              <Timeline focus={state.timeline} copy={copy} />
            </Suspense>
          </GraphicBoundary>
        </div>
      </div>
    </SettleContext.Provider>
  );
};
