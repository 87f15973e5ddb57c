// Teacher notes for a slide: what to point at, what to ask, a term to explain, and what comes
// next. Shown in the presenter window, or beside the slide where a second window cannot open.
import { steps, type StepId } from '../data/steps';
import { teacherNotes } from '../data/classroom';
import type { StoryCopy } from '../data/story';
import type { T } from '../data/copy/text';
import { slideAt, slides, type Slide } from './slides';
import { formatNumber } from '../data/format';

/** A slide's title: its step's heading, or the glossary's or the questions'. */
export const slideHeading = (slide: Slide, copy: StoryCopy, t: T): string => {
  if (slide.kind === 'step') return t(copy.steps[slide.id as StepId].heading);
  const heading = slide.kind === 'glossary' ? copy.ui.classroom.glossaryHeading : copy.ui.classroom.questionsHeading;
  // A list on more than one slide: which of them this is (Glossary 2/3).
  const { lang } = copy.ui.page;
  return slide.part && slide.part.of > 1
    ? `${heading} ${formatNumber(slide.part.n, lang)}/${formatNumber(slide.part.of, lang)}`
    : heading;
};

const isStep = (id: string): id is StepId => steps.some((s) => s.id === id);

export type NotesProps = { copy: StoryCopy; index: number; t: T };

export const Notes = ({ copy, index, t }: NotesProps) => {
  const ui = copy.ui.notes;
  const slide = slideAt(index);
  const next = slides[index + 1];
  const id = slide.id;
  const note = isStep(id) ? copy.notes[id] : null;
  const term = isStep(id) ? teacherNotes[id].term : undefined;
  return (
    <div className="notes" data-slide={id}>
      <h2 className="notes__heading">
        {ui.heading}: {slideHeading(slide, copy, t)}
      </h2>
      {note && (
        <dl className="notes__list">
          <dt>{ui.point}</dt>
          <dd>{note.point}</dd>
          <dt>{ui.ask}</dt>
          <dd>{note.ask}</dd>
          {note.explain && (
            <>
              <dt>
                {ui.explain}
                {term ? `: ${copy.glossary[term].term}` : ''}
              </dt>
              <dd>{note.explain}</dd>
            </>
          )}
        </dl>
      )}
      <p className="notes__next">
        <strong>{ui.next}:</strong> {next ? slideHeading(next, copy, t) : ui.end}
      </p>
    </div>
  );
};
