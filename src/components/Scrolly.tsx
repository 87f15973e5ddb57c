// The scroll story's markup: steps over (narrow) or beside (wide) a sticky graphic. Rendered on
// the server only: the page stays this HTML. In the browser the scroll engine
// (src/islands/story.ts) reads these elements directly, and only the graphic becomes a React
// root of its own (src/islands/graphic.tsx), hydrated from the same `GraphicSlot`.
// In an embed it starts as a stepper (Previous/Next), and may follow the parent page's scrolling.
import { Suspense } from 'react';
import { steps } from '../data/steps';
import type { StoryCopy } from '../data/story';
import { formatNumber } from '../data/format';
import type { T } from '../data/copy/text';
import type { GraphicComponent } from '../graphic/types';
import { GraphicBoundary } from '../graphic/GraphicBoundary';
import { StepCard } from './StepCard';

export type ScrollyProps = {
  copy: StoryCopy;
  /** The graphic, rendered for the first step. */
  Graphic: GraphicComponent;
  t: T;
  /**
   * `scroll`: the page's own scrolling drives the steps, the graphic is sticky. `stepper`: one
   * step at a time, with Previous and Next (the embed, until its parent shows it follows
   * scrolling; then `track`, set in the browser).
   */
  layout?: 'scroll' | 'stepper';
};

export type GraphicSlotProps = { copy: StoryCopy; Graphic: GraphicComponent; index: number };

/**
 * What sits in `.scrolly__graphic`, on the server and in the graphic's island: the boundary keeps
 * the words if the graphic fails to load or throws; Suspense keeps the prerendered graphic on
 * screen until its code arrives.
 */
export const GraphicSlot = ({ copy, Graphic, index }: GraphicSlotProps) => (
  <GraphicBoundary fallback={<p className="graphic__note">{copy.ui.map.graphicError}</p>}>
    <Suspense fallback={null}>
      <Graphic state={(steps[index] ?? steps[0]).graphic} copy={copy} />
    </Suspense>
  </GraphicBoundary>
);

/** "Step 3 of 14", in the edition's numerals. */
export const stepCount = (copy: StoryCopy, t: T, index: number) =>
  t(copy.ui.story.stepCount, {
    n: formatNumber(index + 1, copy.ui.page.lang),
    total: formatNumber(steps.length, copy.ui.page.lang),
  });

export const Scrolly = ({ copy, Graphic, t, layout = 'scroll' }: ScrollyProps) => (
  <section
    className={`scrolly scrolly--${layout}`}
    aria-label={copy.ui.story.storyLabel}
    data-active={steps[0].id}
    data-layout={layout}
  >
    <div className="scrolly__graphic">
      <GraphicSlot copy={copy} Graphic={Graphic} index={0} />
    </div>
    {layout === 'stepper' && (
      <nav className="stepper" aria-label={copy.ui.story.stepperLabel}>
        <button type="button" className="button stepper__button" data-move="-1" aria-disabled="true">
          <span aria-hidden="true">← </span>
          {copy.ui.story.previous}
        </button>
        <p className="stepper__count">{stepCount(copy, t, 0)}</p>
        <button type="button" className="button stepper__button" data-move="1" aria-disabled="false">
          {copy.ui.story.next}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
    )}
    <ol className="scrolly__steps">
      {steps.map((s, i) => (
        <StepCard
          key={s.id}
          id={s.id}
          copy={copy.steps[s.id]}
          sources={s.sources}
          ui={copy.ui}
          active={i === 0}
          t={t}
        />
      ))}
    </ol>
    <p className="sr-only scrolly__announce" aria-live="polite" aria-atomic="true"></p>
  </section>
);
