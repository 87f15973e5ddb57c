// One step of the story: its words, its quote, the text alternative of its graphic, its sources.
import { memo } from 'react';
import type { StepCopy } from '../data/types';
import type { SourceId } from '../data/sources';
import type { StoryCopy } from '../data/story';
import type { T } from '../text';
import { SourceLinks } from './SourceLinks';

export type StepCardProps = {
  id: string;
  copy: StepCopy;
  sources: readonly SourceId[];
  ui: StoryCopy['ui'];
  active: boolean;
  t: T;
};

/** Memoised: a step change re-renders the two cards whose `active` changed, not all of them. */
export const StepCard = memo(function StepCard({ id, copy, sources, ui, active, t }: StepCardProps) {
  return (
    <li className={`step${active ? ' is-active' : ''}`} id={id} data-step={id}>
      <article className="step__card" aria-labelledby={`${id}-heading`}>
        <p className="step__kicker">{t(copy.kicker)}</p>
        <h2 className="step__heading" id={`${id}-heading`}>
          {t(copy.heading)}
        </h2>
        {copy.body.map((p, i) => (
          <p key={i} className="step__body">
            {t(p)}
          </p>
        ))}
        {copy.quote && (
          <figure className="step__quote">
            <blockquote lang={copy.quote.original ? 'en' : undefined}>
              <p>{copy.quote.original ?? copy.quote.text}</p>
            </blockquote>
            {copy.quote.original && <p className="step__translation">{copy.quote.text}</p>}
            <figcaption>— {copy.quote.cite}</figcaption>
          </figure>
        )}
        <p className="sr-only">
          {ui.graphicLabel}: {t(copy.alt)}
        </p>
        <SourceLinks ids={sources} label={ui.stepSources} className="step__sources" />
      </article>
    </li>
  );
});
