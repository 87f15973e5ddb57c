// The corrections note at the end of the page: what an earlier version got wrong and what is
// right, each dated (src/data/publication.ts), in the edition's words (copy/{id}.publication.ts).
// Nothing when there is none.
import type { StoryCopy } from '../data/story';
import { formatDate } from '../data/format';
import { publication, type Correction, type PublicationCopy } from '../data/publication';

export type CorrectionsProps = {
  ui: StoryCopy['ui']['page'];
  words: PublicationCopy;
  corrections?: readonly Correction[];
};

export const Corrections = ({ ui, words, corrections = publication.corrections }: CorrectionsProps) => {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{ui.correctionsHeading}</h2>
      <p className="section-intro">{ui.correctionsIntro}</p>
      <ul>
        {corrections.map((c) => {
          const { wrong, right } = words.corrections[c.id as keyof PublicationCopy['corrections']];
          return (
            <li key={c.id}>
              <time dateTime={c.date}>{formatDate(c.date, ui.lang)}</time>: {wrong} {right}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
