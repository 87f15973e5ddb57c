// "For the classroom": the tools (present, print, offline copy), the glossary and the
// discussion questions, each with its sources. Also printed with the handout.
import { glossary, questions, type QuestionId, type TermId } from '../data/classroom';
import type { StoryCopy } from '../data/story';
import { SourceLinks } from './SourceLinks';

export type ClassroomProps = {
  copy: StoryCopy;
  onPresent: () => void;
  onPrint: () => void;
};

const termIds = Object.keys(glossary) as TermId[];
const questionIds = Object.keys(questions) as QuestionId[];

/** The single-file copy the build writes beside the page. */
export const OFFLINE_FILE = 'kursk-explainer-offline.html';

export const Classroom = ({ copy, onPresent, onPrint }: ClassroomProps) => {
  const { ui } = copy;
  return (
    <section className="classroom" aria-labelledby="classroom-heading">
      <h2 id="classroom-heading">{ui.classroomHeading}</h2>
      <p className="section-intro">{ui.classroomIntro}</p>
      <p className="classroom__tools">
        <button type="button" className="button" onClick={onPresent}>
          {ui.present}
        </button>
        <button type="button" className="button" onClick={onPrint}>
          {ui.printHandout}
        </button>
        <a className="classroom__offline" href={OFFLINE_FILE} download>
          {ui.offlineCopy}
        </a>{' '}
        <span className="classroom__note">({ui.offlineNote})</span>
      </p>
      <h3 id="glossary">{ui.glossaryHeading}</h3>
      <dl className="glossary">
        {termIds.map((id) => (
          <div key={id} id={`term-${id}`}>
            <dt>{copy.glossary[id].term}</dt>
            <dd>
              {copy.glossary[id].definition}{' '}
              <SourceLinks ids={glossary[id].sources} label={ui.stepSources} className="glossary__sources" />
            </dd>
          </div>
        ))}
      </dl>
      <h3 id="questions">{ui.questionsHeading}</h3>
      <ol className="questions">
        {questionIds.map((id) => (
          <li key={id}>
            {copy.questions[id]}
            <SourceLinks ids={questions[id].sources} label={ui.stepSources} className="glossary__sources" />
          </li>
        ))}
      </ol>
    </section>
  );
};
