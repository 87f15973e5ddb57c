// The timeline as text: an ordered list with machine-readable dates, readable without the graphic.
import { events, type EventId } from '../data/events';
import type { StoryCopy } from '../data/story';
import { formatDateRange } from '../data/format';
import type { T } from '../data/copy/text';
import { SourceLinks } from './SourceLinks';

export type TimelineListProps = { copy: StoryCopy; t: T };

const ids = Object.keys(events) as EventId[];

export const TimelineList = ({ copy, t }: TimelineListProps) => (
  <section className="timeline-list" aria-labelledby="timeline-heading">
    <h2 id="timeline-heading">{copy.ui.timeline.heading}</h2>
    <p className="section-intro">{copy.ui.timeline.intro}</p>
    <ol>
      {ids.map((id) => {
        const e = events[id];
        const end = 'end' in e ? e.end : undefined;
        return (
          <li key={id} id={`event-${id}`} className={'afterInterview' in e ? 'is-after' : undefined}>
            {/* A time's datetime holds one date, not a range: the first day, with the whole span in its text. */}
            <time dateTime={e.date}>{formatDateRange(e.date, end, copy.ui.page.lang)}</time>
            {'afterInterview' in e && <span className="tag">{copy.ui.timeline.afterInterview}</span>}
            <strong className="timeline-list__title">{t(copy.events[id].title)}</strong>
            <span className="timeline-list__summary">{t(copy.events[id].summary)}</span>
            <SourceLinks ids={e.sources} label={copy.ui.story.stepSources} className="timeline-list__sources" />
          </li>
        );
      })}
    </ol>
  </section>
);
