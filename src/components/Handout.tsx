// The print handout's story: every step's words with a still picture of its graphic (the map at
// that step's view, the events in focus). Rendered while printing, and on screen as the flat
// layout for old browsers.
import { Suspense } from 'react';
import { steps } from '../data/steps';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import type { T } from '../text';
import { GraphicBoundary } from './GraphicBoundary';
import { StepContent } from './StepContent';

export type HandoutProps = {
  copy: StoryCopy;
  Graphic: GraphicComponent;
  t: T;
  /** Shown on screen too: the flat layout for browsers that cannot run the scroll story. */
  screen?: boolean;
};

export const Handout = ({ copy, Graphic, t, screen = false }: HandoutProps) => (
  <section className={screen ? 'handout handout--screen' : 'handout'} aria-labelledby="handout-heading">
    <h2 id="handout-heading">{copy.ui.handoutHeading}</h2>
    <ol className="handout__steps">
      {steps.map((s, i) => {
        const words = copy.steps[s.id];
        return (
          <li key={s.id} className="handout__step">
            <figure className="handout__figure">
              <GraphicBoundary fallback={<p className="graphic__note">{copy.ui.graphicError}</p>}>
                <Suspense fallback={null}>
                  <Graphic state={s.graphic} copy={copy} still />
                </Suspense>
              </GraphicBoundary>
              <figcaption>{t(words.alt)}</figcaption>
            </figure>
            <StepContent
              id={s.id}
              words={words}
              sources={s.sources}
              ui={copy.ui}
              t={t}
              variant="handout"
              number={i + 1}
            />
          </li>
        );
      })}
    </ol>
  </section>
);
