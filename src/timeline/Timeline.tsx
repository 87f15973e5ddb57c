// The timeline graphic: horizontal beside the story on wide screens, vertical on narrow ones
// (CSS picks one, so the prerendered page already has the right one).
import type { EventId } from '../data/events';
import type { StoryCopy } from '../data/story';
import { TimelineAxis } from './TimelineAxis';
import { fault } from '../fault';

export type TimelineProps = {
  /** Events in focus at the active step. */
  focus: readonly EventId[];
  copy: Pick<StoryCopy, 'events' | 'ui'>;
};

export const Timeline = ({ focus, copy }: TimelineProps) => {
  fault('timeline');
  return (
    <div className="timeline" data-focus={focus.join(' ')}>
      <TimelineAxis orientation="horizontal" focus={focus} copy={copy} />
      <TimelineAxis orientation="vertical" focus={focus} copy={copy} />
    </div>
  );
};
