// The corrections note at the end of the page: what an earlier version got wrong and what is
// right, each dated, in the edition's words (src/data/publication.ts). Nothing when there is none.
import type { LocaleId } from '../data/copy/ids';
import type { StoryCopy } from '../data/story';
import { formatDate } from '../data/format';
import { publication, type Correction } from '../data/publication';

export type CorrectionsProps = {
  ui: StoryCopy['ui']['page'];
  locale: LocaleId;
  corrections?: readonly Correction[];
};

export const Corrections = ({ ui, locale, corrections = publication.corrections }: CorrectionsProps) => {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{ui.correctionsHeading}</h2>
      <p className="section-intro">{ui.correctionsIntro}</p>
      <ul>
        {corrections.map((c, i) => (
          <li key={i}>
            <time dateTime={c.date}>{formatDate(c.date, ui.lang)}</time>: {c.wrong[locale]} {c.right[locale]}
          </li>
        ))}
      </ul>
    </section>
  );
};
