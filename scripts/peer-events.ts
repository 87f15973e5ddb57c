// The explainer's timeline as TimelineJS data, for the benchmark's peer page (scripts/bench.mjs).
import { events, type EventId } from '../src/data/events';
import { en } from '../src/data/copy/en';
import { fill } from '../src/data/format';

const parts = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { year, month, day };
};

export const timelineJsData = () => ({
  title: {
    text: {
      headline: fill(en.ui.page.headline, 'en', en.ui.map.distanceLabel),
      text: fill(en.ui.page.dek, 'en', en.ui.map.distanceLabel),
    },
  },
  events: (Object.keys(events) as EventId[]).map((id) => {
    const e = events[id];
    return {
      start_date: parts(e.date),
      ...('end' in e ? { end_date: parts(e.end) } : {}),
      text: {
        headline: fill(en.events[id].title, 'en', en.ui.map.distanceLabel),
        text: fill(en.events[id].summary, 'en', en.ui.map.distanceLabel),
      },
    };
  }),
});
