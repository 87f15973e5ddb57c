// The timeline: what happened, when, and who reports it. Titles and summaries are in the copy.
import type { AxisSegment, DatePrecision, IsoDate } from './schema';
import type { SourceId } from './sources';

export type TimelineEvent = {
  date: IsoDate;
  /** Last day of an event that spans days (Crimea's seizure to annexation). */
  end?: IsoDate;
  precision: DatePrecision;
  sources: readonly SourceId[];
  /** Happened after the interview the story is built on (published 2025-03-23). */
  afterInterview?: true;
};

export const events = {
  budapest: { date: '1994-12-05', precision: 'day', sources: ['stateDept', 'wikiBudapest'] },
  crimea: { date: '2014-02-27', end: '2014-03-18', precision: 'day', sources: ['wikiCrimea', 'rferlCrimea'] },
  invasion: { date: '2022-02-24', precision: 'day', sources: ['wikiInvasion'] },
  incursion: { date: '2024-08-06', precision: 'day', sources: ['apKesq', 'politicoKursk'] },
  deployment: { date: '2024-10-18', precision: 'day', sources: ['kbsDeployment'] },
  pentagon: { date: '2024-11-18', precision: 'day', sources: ['dodKursk'] },
  // Both men were captured on January 9; the 11th is Zelensky's announcement, in the summary.
  capture: {
    date: '2025-01-09',
    precision: 'day',
    sources: ['kbsCapture', 'joongangInterrogation', 'apAawsat', 'apYahoo', 'afpNdtv'],
  },
  video: { date: '2025-01-12', precision: 'day', sources: ['joongangVideo'] },
  defection: { date: '2025-02-19', precision: 'day', sources: ['kbsDefection', 'asiaEconomy'] },
  sudzha: {
    date: '2025-03-13',
    precision: 'day',
    sources: ['moscowTimesSudzha', 'kyivIndependentSudzha', 'interfaxSudzha', 'kyivIndependentWithdrawal'],
  },
  call: { date: '2025-03-17', precision: 'day', sources: ['joongangCall', 'reutersCall'] },
  interview: { date: '2025-03-23', precision: 'day', sources: ['yonhapKng', 'rbcUkraine'] },
  russiaConfirms: { date: '2025-04-26', precision: 'day', sources: ['nkNewsConfirm'], afterInterview: true },
  northKoreaConfirms: { date: '2025-04-28', precision: 'day', sources: ['politicoAcknowledge'], afterInterview: true },
  leftOutOfExchange: { date: '2025-05-27', precision: 'day', sources: ['pravdaExchange'], afterInterview: true },
} as const satisfies Record<string, TimelineEvent>;

export type EventId = keyof typeof events;

/** Thirty years with a dense end: the axis breaks between these stretches; recent months get most room. */
export const axisSegments = [
  { from: '1994-06-01', to: '1995-06-01', weight: 1, ticks: 'middle' },
  { from: '2013-12-01', to: '2014-06-01', weight: 1, ticks: 'middle' },
  { from: '2021-12-01', to: '2022-06-01', weight: 1, ticks: 'middle' },
  { from: '2024-07-01', to: '2025-05-31', weight: 5, ticks: 'years' },
] as const satisfies readonly AxisSegment[];
