// The events in focus, named in words: shown above the map on narrow screens, where the
// thin timeline strip has no room for labels.
import { events, type EventId } from '../data/events';
import type { StoryCopy } from '../data/story';
import { formatDateRange } from '../data/format';

export type TimelineFocusProps = {
  focus: readonly EventId[];
  copy: Pick<StoryCopy, 'events' | 'ui'>;
};

export const TimelineFocus = ({ focus, copy }: TimelineFocusProps) => (
  <ul className="timeline-focus">
    {focus.map((id) => {
      const e = events[id];
      return (
        <li key={id}>
          <span className="timeline-focus__date">
            {formatDateRange(e.date, 'end' in e ? e.end : undefined, copy.ui.page.lang)}
          </span>{' '}
          {copy.events[id].title}
        </li>
      );
    })}
  </ul>
);
