// Layout of the broken time axis: each stretch of time gets a share of the axis by weight, so
// thirty years fit with room for the dense last months. D3 scales map dates to positions.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { parseIsoDate } from '../data/format';
import type { AxisSegment, IsoDate } from '../data/types';

export type SegmentLayout = {
  ticks: AxisSegment['ticks'];
  from: IsoDate;
  to: IsoDate;
  start: number;
  end: number;
  scale: ScaleLinear<number, number>;
};

export type AxisLayout = {
  segments: SegmentLayout[];
  /** Position of a date along the axis; dates between segments snap to the nearest segment edge. */
  position: (date: IsoDate) => number;
};

/** Gap between segments, where the axis shows a break, px. */
export const BREAK_GAP = 18;

export const layoutAxis = (segments: readonly AxisSegment[], length: number, gap = BREAK_GAP): AxisLayout => {
  const total = segments.reduce((s, g) => s + g.weight, 0);
  const usable = Math.max(0, length - gap * (segments.length - 1));
  let cursor = 0;
  const laid = segments.map((g) => {
    const start = cursor;
    const end = start + (usable * g.weight) / total;
    cursor = end + gap;
    const scale = scaleLinear()
      .domain([parseIsoDate(g.from).getTime(), parseIsoDate(g.to).getTime()])
      .range([start, end])
      .clamp(true);
    return { ticks: g.ticks, from: g.from, to: g.to, start, end, scale };
  });
  const position = (date: IsoDate) => {
    const t = parseIsoDate(date).getTime();
    const seg = laid.find((s) => t <= parseIsoDate(s.to).getTime()) ?? laid[laid.length - 1];
    return seg ? seg.scale(t) : 0;
  };
  return { segments: laid, position };
};

export type PlacedEvent<Id extends string> = {
  id: Id;
  at: number;
  /** End of a multi-day event, px. */
  until: number;
  /** 0 on the axis; 1, 2… stacked beside it when events are too close to tell apart. */
  lane: number;
};

/**
 * Places events on the axis and stacks those closer than `spacing` px into lanes, so every
 * event keeps a dot of its own.
 */
export const placeEvents = <Id extends string>(
  events: readonly { id: Id; date: IsoDate; end?: IsoDate }[],
  axis: AxisLayout,
  spacing: number,
): PlacedEvent<Id>[] => {
  const laneEnds: number[] = [];
  return (
    [...events]
      // ISO dates sort as plain strings; localeCompare would start ICU's collator (a long task).
      .sort((a, b) => Number(a.date > b.date) - Number(a.date < b.date))
      .map((e) => {
        const at = axis.position(e.date);
        const until = e.end ? axis.position(e.end) : at;
        let lane = laneEnds.findIndex((last) => at - last >= spacing);
        if (lane === -1) lane = laneEnds.length;
        laneEnds[lane] = until;
        return { id: e.id, at, until, lane };
      })
  );
};

export type Tick = { year: number; at: number };

/** Year labels for a segment, as its `ticks` asks: once in the middle, or at its start and each January 1. */
export const segmentTicks = (seg: SegmentLayout): Tick[] => {
  const [t0, t1] = seg.scale.domain() as [number, number];
  if (seg.ticks === 'middle') {
    return [{ year: new Date((t0 + t1) / 2).getUTCFullYear(), at: (seg.start + seg.end) / 2 }];
  }
  const ticks: Tick[] = [{ year: new Date(t0).getUTCFullYear(), at: seg.start }];
  for (let y = new Date(t0).getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= t1; y++) {
    ticks.push({ year: y, at: seg.scale(Date.UTC(y, 0, 1)) });
  }
  return ticks;
};

/** Year labels placed along the axis: which ticks carry one (`segment start:year`), and their text. */
export type YearLabels = { shown: Set<string>; text: (year: number) => string };

/**
 * The ticks whose year label fits: a label that would run into the one before is left out (its
 * tick and the axis still show the year). If the edition's years (`label`, e.g. "2022년") would
 * lose one, every year is written as a bare number instead, which is shorter; only what still does
 * not fit is left out. `width` gives a label's width at the axis's size.
 */
export const yearLabels = (
  segments: readonly { from: IsoDate; ticks: readonly Tick[] }[],
  label: (year: number) => string,
  width: (text: string) => number,
): YearLabels => {
  const place = (text: (year: number) => string) => {
    let lastRight = -Infinity;
    let dropped = false;
    const shown = new Set<string>();
    for (const s of segments)
      for (const t of s.ticks) {
        const half = width(text(t.year)) / 2;
        if (t.at - half < lastRight + 2) {
          dropped = true;
          continue;
        }
        shown.add(`${s.from}:${t.year}`);
        lastRight = t.at + half;
      }
    return { shown, dropped };
  };
  const own = place(label);
  if (!own.dropped) return { shown: own.shown, text: label };
  const bare = (year: number) => String(year);
  return { shown: place(bare).shown, text: bare };
};

/** One ring drawn around one or more events' dots, px: its box (corners rounded by the radius). */
export type RingGroup<Id extends string> = { ids: Id[]; x0: number; y0: number; x1: number; y1: number };

/**
 * Rings of radius `r` around dots at the given points, in groups: dots whose rings would touch
 * (centres closer than 2r + 2, the ring's stroke included) share one ring around them all, so
 * no two rings run into each other.
 */
export const ringGroups = <Id extends string>(
  dots: readonly { id: Id; x: number; y: number }[],
  r: number,
): RingGroup<Id>[] => {
  const groups: { ids: Id[]; dots: { x: number; y: number }[] }[] = [];
  for (const d of [...dots].sort((a, b) => a.x - b.x)) {
    const near = groups.filter((g) => g.dots.some((o) => Math.hypot(o.x - d.x, o.y - d.y) < 2 * r + 2));
    const merged = { ids: [...near.flatMap((g) => g.ids), d.id], dots: [...near.flatMap((g) => g.dots), d] };
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.map((g) => ({
    ids: g.ids,
    x0: Math.min(...g.dots.map((d) => d.x)) - r,
    y0: Math.min(...g.dots.map((d) => d.y)) - r,
    x1: Math.max(...g.dots.map((d) => d.x)) + r,
    y1: Math.max(...g.dots.map((d) => d.y)) + r,
  }));
};
