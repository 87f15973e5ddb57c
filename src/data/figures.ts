// Numbers and dates quoted in the story's sentences. Copy refers to them as `{name}`; the
// renderer formats them for the reader's locale.
import type { IsoDate } from './schema';
import type { PlaceId } from './places';

/** A number or date quoted in the copy as `{name}` and formatted for the reader's locale. */
export type Figure =
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'distance'; from: PlaceId; to: PlaceId; /** Round to this many km. */ round: number };

export const figures = {
  nisTroops: { kind: 'number', value: 12000 },
  specialForces: { kind: 'number', value: 1500 },
  pentagonTroops: { kind: 'number', value: 11000 },
  captureDate: { kind: 'date', date: '2025-01-09' },
  announceDate: { kind: 'date', date: '2025-01-11' },
  videoDate: { kind: 'date', date: '2025-01-12' },
  incursionDate: { kind: 'date', date: '2024-08-06' },
  nisDate: { kind: 'date', date: '2024-10-18' },
  shipStart: { kind: 'date', date: '2024-10-08' },
  shipEnd: { kind: 'date', date: '2024-10-13' },
  pentagonDate: { kind: 'date', date: '2024-11-18' },
  defectionDate: { kind: 'date', date: '2025-02-19' },
  secondInterviewDate: { kind: 'date', date: '2025-02-20' },
  callDate: { kind: 'date', date: '2025-03-17' },
  interviewDate: { kind: 'date', date: '2025-03-23' },
  sudzhaDate: { kind: 'date', date: '2025-03-13' },
  confirmDate: { kind: 'date', date: '2025-04-26' },
  kcnaDate: { kind: 'date', date: '2025-04-28' },
  budapestDate: { kind: 'date', date: '1994-12-05' },
  radaDate: { kind: 'date', date: '1994-11-16' },
  crimeaSeizedDate: { kind: 'date', date: '2014-02-27' },
  referendumDate: { kind: 'date', date: '2014-03-16' },
  annexationDate: { kind: 'date', date: '2014-03-18' },
  invasionDate: { kind: 'date', date: '2022-02-24' },
  pyongyangKursk: { kind: 'distance', from: 'pyongyang', to: 'kursk', round: 100 },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof figures;
