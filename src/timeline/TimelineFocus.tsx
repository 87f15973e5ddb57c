// The events in focus, named in words: shown above the map on narrow screens, where the
// thin timeline strip has no room for labels. Their row holds three lines; where the events'
// names would take more (four events, or long names that wrap), they are set smaller and closer.
import { useRef } from 'react';
import { events, type EventId } from '../data/events';
import type { StoryCopy } from '../data/story';
import { formatDateRange } from '../data/format';
import { useSize } from '../hooks/useSize';
import { SEMIBOLD, textWidth } from '../graphic/textWidth';

export type TimelineFocusProps = {
  focus: readonly EventId[];
  copy: Pick<StoryCopy, 'events' | 'ui'>;
};

/** The row's lines at the regular size (`.timeline-focus`: 14 px, semi-bold). */
const ROW_LINES = 3;
const FONT_PX = 14;

export const TimelineFocus = ({ focus, copy }: TimelineFocusProps) => {
  const list = useRef<HTMLUListElement>(null);
  // A phone's width until measured: what the server renders.
  const { width } = useSize(list, { width: 348, height: 57 });
  const items = focus.map((id) => {
    const e = events[id];
    return {
      id,
      date: formatDateRange(e.date, 'end' in e ? e.end : undefined, copy.ui.page.lang),
      title: copy.events[id].title,
    };
  });
  const lines = items.reduce(
    (n, i) => n + Math.ceil((textWidth(`${i.date} ${i.title}`, FONT_PX) * SEMIBOLD) / Math.max(1, width)),
    0,
  );
  return (
    <ul className={`timeline-focus${lines > ROW_LINES ? ' timeline-focus--dense' : ''}`} ref={list}>
      {items.map((i) => (
        <li key={i.id}>
          <span className="timeline-focus__date">{i.date}</span> {i.title}
        </li>
      ))}
    </ul>
  );
};
