// The print handout's story: every step's words with a still picture of its graphic (the map at
// that step's view, the events in focus). Rendered while printing, and on screen as the flat
// layout for old browsers.
import { Suspense } from 'react';
import { steps } from '../data/steps';
import type { StoryCopy } from '../data/story';
import type { GraphicComponent } from '../graphic/types';
import type { T } from '../data/copy/text';
import { GraphicBoundary } from '../graphic/GraphicBoundary';
import { StepContent } from './StepContent';
import { formatDate } from '../data/format';
import type { IsoDate } from '../data/types';
import type { UiCopy } from '../data/uiCopy';

export type HandoutProps = {
  copy: StoryCopy;
  Graphic: GraphicComponent;
  t: T;
  /** Shown on screen too: the flat layout for browsers that cannot run the scroll story. */
  screen?: boolean;
  /** The page's "Published … · Updated …" line, which the printed handout repeats with its own date. */
  published?: string;
};

/** Today, where the handout is printed, as an ISO date. */
const today = (): IsoDate => {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}` as IsoDate;
};

/** "Published … · Printed …": a handout says which version of the story it is. */
const HandoutDates = ({ ui, published }: { ui: Pick<UiCopy, 'page'>; published: string }) => {
  const [before, after = ''] = ui.page.printedOn.split('{date}');
  const printed = today();
  return (
    <p className="handout__dates">
      {published && `${published} · `}
      {before}
      <time dateTime={printed}>{formatDate(printed, ui.page.lang)}</time>
      {after}
    </p>
  );
};

export const Handout = ({ copy, Graphic, t, screen = false, published = '' }: HandoutProps) => (
  <section className={screen ? 'handout handout--screen' : 'handout'} aria-labelledby="handout-heading">
    <h2 id="handout-heading">{copy.ui.classroom.handoutHeading}</h2>
    {!screen && <HandoutDates ui={copy.ui} published={published} />}
    <ol className="handout__steps">
      {steps.map((s, i) => {
        const words = copy.steps[s.id];
        return (
          <li key={s.id} className="handout__step">
            <figure className="handout__figure">
              <GraphicBoundary fallback={<p className="graphic__note">{copy.ui.map.graphicError}</p>}>
                <Suspense fallback={null}>
                  <Graphic state={s.graphic} copy={copy} still />
                </Suspense>
              </GraphicBoundary>
              <figcaption>{t(words.alt)}</figcaption>
            </figure>
            <div className="handout__words">
              <StepContent
                id={s.id}
                words={words}
                sources={s.sources}
                ui={copy.ui}
                t={t}
                variant="handout"
                number={i + 1}
              />
            </div>
          </li>
        );
      })}
    </ol>
  </section>
);
