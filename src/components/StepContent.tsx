// One step's words, wherever they show: the scroll story's card (and the embed's), a slide in
// presentation mode, and the print handout. Its kicker, heading and paragraphs, the attested
// quote (the words as published, marked with their language, then the edition's translation and
// the speaker), the text alternative of its graphic, and its sources. The server renders it for
// the static article; the client for presentation and print.
import type { StepCopy } from '../data/types';
import type { SourceId } from '../data/sources';
import type { T } from '../data/copy/text';
import { SourceLinks } from './SourceLinks';
import type { UiCopy } from '../data/uiCopy';

export type StepContentProps = {
  id: string;
  words: StepCopy;
  sources: readonly SourceId[];
  ui: Pick<UiCopy, 'page' | 'story' | 'map'>;
  t: T;
  /** `step`: the story's card; `present`: a slide; `handout`: the printed page. */
  variant: 'step' | 'present' | 'handout';
  /** The handout numbers its steps. */
  number?: number;
};

export const StepContent = ({ id, words, sources, ui, t, variant, number }: StepContentProps) => {
  const p = variant === 'present' ? 'present' : 'step';
  const heading = t(words.heading);
  const { quote } = words;
  return (
    <>
      <p className={`${p}__kicker`}>
        {number !== undefined && `${number}. `}
        {t(words.kicker)}
      </p>
      {variant === 'step' && (
        <h2 className="step__heading" id={`${id}-heading`}>
          {heading}
        </h2>
      )}
      {variant === 'present' && <h1 className="present__heading">{heading}</h1>}
      {variant === 'handout' && <h3>{heading}</h3>}
      {words.body.map((text, i) => (
        <p key={i} className={variant === 'step' ? 'step__body' : undefined}>
          {t(text)}
        </p>
      ))}
      {quote && (
        <figure className={`${p}__quote`}>
          <blockquote lang={quote.originalLang}>
            <p>{quote.original ?? quote.text}</p>
          </blockquote>
          {quote.original && (
            <p className={`${p}__translation`} lang={ui.page.lang}>
              {quote.text}
            </p>
          )}
          <figcaption lang={quote.original ? ui.page.lang : undefined}>— {quote.cite}</figcaption>
        </figure>
      )}
      {/* The handout shows the text alternative as the caption of its picture. */}
      {variant !== 'handout' && (
        <p className="sr-only">
          {ui.map.graphicLabel}: {t(words.alt)}
        </p>
      )}
      <SourceLinks ids={sources} label={ui.story.stepSources} className={`${p}__sources`} />
    </>
  );
};
