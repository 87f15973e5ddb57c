// The timeline graphic: labelled beside the story on wide screens, a thin strip of years on
// narrow ones, giving the map the full width (CSS picks one, so the prerendered page already has
// the right one).
import type { EventId } from '../data/events';
import type { StoryCopy } from '../data/story';
import { TimelineAxis } from './TimelineAxis';
import { fault } from '../dev/fault';

export type TimelineProps = {
  /** Events in focus at the active step. */
  focus: readonly EventId[];
  copy: Pick<StoryCopy, 'events' | 'ui'>;
};

export const Timeline = ({ focus, copy }: TimelineProps) => {
  fault('timeline');
  return (
    <div className="timeline" data-focus={focus.join(' ')}>
      <TimelineAxis variant="full" focus={focus} copy={copy} />
      <TimelineAxis variant="strip" focus={focus} copy={copy} />
    </div>
  );
};
