import { describe, expect, it } from 'vitest';
import { axisSegments, events } from '../data/events';
import { BREAK_GAP, layoutAxis, placeEvents, ringGroups, segmentTicks, yearLabels } from './layout';

const list = Object.entries(events).map(([id, e]) => ({ id, ...e }));

describe('layoutAxis(segments, length)', () => {
  const axis = layoutAxis(axisSegments, 600);

  it('fills the length, in order, with a break between segments', () => {
    expect(axis.segments[0]?.start).toBe(0);
    expect(axis.segments.at(-1)?.end).toBeCloseTo(600);
    for (let i = 1; i < axis.segments.length; i++) {
      expect(axis.segments[i]!.start - axis.segments[i - 1]!.end).toBeCloseTo(BREAK_GAP);
    }
  });

  it('gives the recent months most of the room', () => {
    const last = axis.segments.at(-1)!;
    expect(last.end - last.start).toBeGreaterThan(300);
  });

  it('places every event in date order', () => {
    const xs = list.map((e) => axis.position(e.date));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
  });
});

describe('placeEvents(events, axis, spacing)', () => {
  it('stacks events too close to tell apart into lanes, so no two dots collide', () => {
    const placed = placeEvents(list, layoutAxis(axisSegments, 320), 10);
    for (const a of placed)
      for (const b of placed) {
        if (a.id === b.id || a.lane !== b.lane) continue;
        expect(Math.abs(a.at - b.at) >= 10 || Math.abs(a.until - b.at) >= 10 || a.at > b.until || b.at > a.until).toBe(
          true,
        );
      }
    expect(Math.max(...placed.map((p) => p.lane))).toBeGreaterThan(0);
  });
});

describe('segmentTicks(segment)', () => {
  it('labels short stretches once with their year and the long one every January', () => {
    const axis = layoutAxis(axisSegments, 600);
    expect(axis.segments.slice(0, 3).map((s) => segmentTicks(s).map((t) => t.year))).toEqual([[1994], [2014], [2022]]);
    expect(segmentTicks(axis.segments[3]!).map((t) => t.year)).toEqual([2024, 2025]);
  });
});

describe('yearLabels(segments, label, width)', () => {
  // Ticks 40 px apart; a label is 6 px a character.
  const segments = [
    { from: '2022-01-01' as const, ticks: [2022, 2023, 2024].map((year, i) => ({ year, at: i * 40 })) },
  ];
  const width = (text: string) => text.length * 6;

  it("writes the edition's years where they all fit", () => {
    const years = yearLabels(segments, (y) => `${y}`, width);
    expect([...years.shown]).toEqual(['2022-01-01:2022', '2022-01-01:2023', '2022-01-01:2024']);
    expect(years.text(2024)).toBe('2024');
  });

  it('writes bare years rather than leave one out', () => {
    // "2023 р." is 42 px wide: it would run into its neighbours 40 px away.
    const years = yearLabels(segments, (y) => `${y} р.`, width);
    expect(years.shown.size).toBe(3);
    expect(years.text(2023)).toBe('2023');
  });

  it('leaves out what still does not fit', () => {
    const tight = [{ from: '2022-01-01' as const, ticks: [2022, 2023].map((year, i) => ({ year, at: i * 20 })) }];
    const years = yearLabels(tight, (y) => `${y}년`, width);
    expect([...years.shown]).toEqual(['2022-01-01:2022']);
    expect(years.text(2022)).toBe('2022');
  });
});

describe('ringGroups(dots, r)', () => {
  it('gives each dot its own ring, and dots whose rings would touch one ring around them all', () => {
    const groups = ringGroups(
      [
        { id: 'a', x: 10, y: 50 },
        { id: 'c', x: 62, y: 50 },
        { id: 'b', x: 60, y: 41 },
        { id: 'd', x: 100, y: 50 },
      ],
      7,
    );
    expect(groups.map((g) => g.ids.join(' '))).toEqual(['a', 'b c', 'd']);
    // The shared ring encloses both dots with the ring's radius to spare.
    expect(groups[1]).toEqual({ ids: ['b', 'c'], x0: 53, y0: 34, x1: 69, y1: 57 });
    // No two rings' boxes meet.
    for (const [i, g] of groups.entries())
      for (const h of groups.slice(i + 1)) expect(g.x1 < h.x0 || h.x1 < g.x0 || g.y1 < h.y0 || h.y1 < g.y0).toBe(true);
  });
});
