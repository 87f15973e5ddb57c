// The scroll story: steps over (narrow) or beside (wide) a sticky graphic that follows them.
import { Suspense, useEffect, useRef, useState } from 'react';
import { steps } from '../data/steps';
import type { StoryCopy } from '../data/story';
import { useScrollSteps } from '../scroll/useScrollSteps';
import type { ProgressStore } from '../scroll/progressStore';
import type { T } from '../text';
import type { GraphicComponent } from '../graphic/types';
import { GraphicBoundary } from './GraphicBoundary';
import { StepCard } from './StepCard';

export type ScrollyProps = {
  copy: StoryCopy;
  /** The graphic: given directly on the server, loaded lazily on the client. */
  Graphic: GraphicComponent;
  progress: ProgressStore;
  t: T;
};

const ids = steps.map((s) => s.id);

export const Scrolly = ({ copy, Graphic, progress, t }: ScrollyProps) => {
  const list = useRef<HTMLOListElement>(null);
  const active = useScrollSteps({ container: list, ids, progress });
  const step = steps[active] ?? steps[0];
  // Announce the step heading when it changes, not on load.
  const [announce, setAnnounce] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setAnnounce(t(copy.steps[step.id].heading));
  }, [step.id, copy, t]);

  return (
    <section className="scrolly" aria-label={copy.ui.storyLabel} data-active={step.id}>
      <div className="scrolly__graphic">
        {/* The boundary keeps the words if the graphic fails to load or throws. Suspense lets the
            words hydrate first; the prerendered graphic stays on screen until its code arrives. */}
        <GraphicBoundary fallback={<p className="graphic__note">{copy.ui.loadError}</p>}>
          <Suspense fallback={null}>
            <Graphic state={step.graphic} copy={copy} />
          </Suspense>
        </GraphicBoundary>
      </div>
      <ol className="scrolly__steps" ref={list}>
        {steps.map((s, i) => (
          <StepCard
            key={s.id}
            id={s.id}
            copy={copy.steps[s.id]}
            sources={s.sources}
            ui={copy.ui}
            active={i === active}
            t={t}
          />
        ))}
      </ol>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </section>
  );
};
