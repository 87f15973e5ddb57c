// Every source, with outlet, title, date and address.
import { sources, type SourceId } from '../data/sources';
import { formatDate, sourceDateStyle } from '../data/format';
import { ExternalLink } from './links';
import type { UiCopy } from '../data/uiCopy';

export type SourceListProps = { ui: Pick<UiCopy, 'page' | 'sources'> };

const ids = Object.keys(sources) as SourceId[];
/** Length of the ISO prefix that states a date at its precision (YYYY-MM-DD, YYYY-MM, YYYY). */
const ISO_LENGTH = { day: 10, month: 7, year: 4 } as const;

export const SourceList = ({ ui }: SourceListProps) => (
  <section className="source-list" aria-labelledby="sources-heading">
    <h2 id="sources-heading">{ui.sources.heading}</h2>
    <p className="section-intro">{ui.sources.intro}</p>
    <ol>
      {ids.map((id) => {
        const s: (typeof sources)[SourceId] = sources[id];
        return (
          <li key={id} id={`source-${id}`}>
            <span className="source-list__outlet">{s.outlet}</span>,{' '}
            {'described' in s ? (
              <span className="source-list__title">
                {s.title} <span className="source-list__note">({ui.sources.describedSource})</span>
              </span>
            ) : (
              <cite className="source-list__title">“{s.title}”</cite>
            )}
            ,{' '}
            <time dateTime={s.date.slice(0, ISO_LENGTH[s.precision])}>
              {formatDate(s.date, ui.page.lang, sourceDateStyle[s.precision])}
            </time>
            .{' '}
            <ExternalLink href={s.url} className="source-list__url" hrefLang="en">
              {s.url}
            </ExternalLink>
          </li>
        );
      })}
    </ol>
  </section>
);
