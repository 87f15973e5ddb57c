// The glossary and the discussion questions, each item with its sources: on the page (the
// classroom section) and as presentation mode's last slides, a few entries to a slide.
import { glossary, questions, type QuestionId, type TermId } from '../data/classroom';
import type { StoryCopy } from '../data/story';
import { SourceLinks } from './SourceLinks';

const termIds = Object.keys(glossary) as TermId[];
const questionIds = Object.keys(questions) as QuestionId[];

export type TeacherListProps = {
  copy: Pick<StoryCopy, 'glossary' | 'questions' | 'ui'>;
  /** The list's class, and its source links' class. */
  className: string;
  sourcesClassName: string;
  /** Give each term an id (`term-{id}`), so the page can link to it. */
  anchors?: boolean;
  /** Only these entries (their indexes, `to` excluded): a slide's share of them. */
  range?: { from: number; to: number };
};

export const Glossary = ({ copy, className, sourcesClassName, anchors = false, range }: TeacherListProps) => (
  <dl className={className}>
    {termIds.slice(range?.from, range?.to).map((id) => (
      <div key={id} id={anchors ? `term-${id}` : undefined}>
        <dt>{copy.glossary[id].term}</dt>
        <dd>
          {copy.glossary[id].definition}{' '}
          <SourceLinks ids={glossary[id].sources} label={copy.ui.story.stepSources} className={sourcesClassName} />
        </dd>
      </div>
    ))}
  </dl>
);

export const Questions = ({ copy, className, sourcesClassName, range }: Omit<TeacherListProps, 'anchors'>) => (
  <ol className={className} start={range && range.from > 0 ? range.from + 1 : undefined}>
    {questionIds.slice(range?.from, range?.to).map((id) => (
      <li key={id}>
        {copy.questions[id]}
        <SourceLinks ids={questions[id].sources} label={copy.ui.story.stepSources} className={sourcesClassName} />
      </li>
    ))}
  </ol>
);
