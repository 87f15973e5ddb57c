// "For the classroom": the tools (present, print, offline copy), the glossary and the
// discussion questions, each with its sources. Also printed with the handout.
import type { StoryCopy } from '../data/story';
import { Glossary, Questions } from './TeacherLists';

/** The buttons are wired in the browser by islands/page.tsx (`data-action`). */
export type ClassroomProps = { copy: StoryCopy };

/** The single-file copy the build writes beside the page. */
export const OFFLINE_FILE = 'kursk-explainer-offline.html';

export const Classroom = ({ copy }: ClassroomProps) => {
  const ui = copy.ui.classroom;
  return (
    <section className="classroom" aria-labelledby="classroom-heading">
      <h2 id="classroom-heading">{ui.heading}</h2>
      <p className="section-intro">{ui.intro}</p>
      <p className="classroom__tools">
        <button type="button" className="button" data-action="present">
          {ui.present}
        </button>
        <button type="button" className="button" data-action="print">
          {ui.printHandout}
        </button>
        <a className="classroom__offline" href={OFFLINE_FILE} download>
          {ui.offlineCopy}
        </a>{' '}
        <span className="classroom__note">({ui.offlineNote})</span>
      </p>
      <h3 id="glossary">{ui.glossaryHeading}</h3>
      <Glossary copy={copy} className="glossary" sourcesClassName="glossary__sources" anchors />
      <h3 id="questions">{ui.questionsHeading}</h3>
      <Questions copy={copy} className="questions" sourcesClassName="glossary__sources" />
    </section>
  );
};
