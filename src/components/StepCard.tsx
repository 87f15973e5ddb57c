// One step of the story, as a card: its words (StepContent) in the scroll story and the embed.
import { memo } from 'react';
import type { StepCopy } from '../data/types';
import type { SourceId } from '../data/sources';
import type { T } from '../data/copy/text';
import { StepContent } from './StepContent';
import type { UiCopy } from '../data/uiCopy';

export type StepCardProps = {
  id: string;
  copy: StepCopy;
  sources: readonly SourceId[];
  ui: Pick<UiCopy, 'page' | 'story' | 'map'>;
  active: boolean;
  t: T;
};

/** Rendered on the server; in the browser the story only moves `is-active` (islands/story.ts). */
export const StepCard = memo(function StepCard({ id, copy, sources, ui, active, t }: StepCardProps) {
  return (
    <li className={`step${active ? ' is-active' : ''}`} id={id} data-step={id}>
      <article className="step__card" aria-labelledby={`${id}-heading`}>
        <StepContent id={id} words={copy} sources={sources} ui={ui} t={t} variant="step" />
        {/* Wired in the browser (islands/share.ts); hidden until then, and without scripts. */}
        <p className="step__share">
          <button
            type="button"
            className="button step__share-button"
            data-share={id}
            aria-describedby={`${id}-heading`}
          >
            {ui.story.shareStep}
          </button>{' '}
          <span className="step__share-status" role="status"></span>
        </p>
      </article>
    </li>
  );
});
