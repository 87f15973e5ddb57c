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

/** The side of its dot a label is on: ending at it (on its left) or starting at it. */
type Side = 'start' | 'end';

/** An event in focus, placed: its dot's position along the axis and its lane above it. */
export type FocusedEvent<Id extends string> = { id: Id; at: number; lane: number };

/** One label over the axis: its lines, where it is set and the leader from its dot. */
export type StackedLabel<Id extends string> = {
  id: string;
  lines: string[];
  /** The text's anchor point (x) and first baseline (y), px. */
  x: number;
  y: number;
  anchor: Side;
  /** Font size, px. */
  size: number;
  /** The text's extent, px: left and right edges, top of the first line, baseline of the last. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The event whose dot the leader starts from (the highest in the group). */
  lead: FocusedEvent<Id>;
  /** Each date over its title (lines alternate date, title), rather than a line per event. */
  split: boolean;
};

export type StackOptions = {
  /** The strip's width, px. */
  width: number;
  /** The first row's baseline, px from the top. */
  base: number;
  /** Font size and row height, px; the smallest size a label too long for its side may take. */
  size: number;
  rowHeight: number;
  minSize: number;
  /** Dots closer than this share one label, px. */
  merge: number;
  /** The line's width at `size` (semi-bold), px. */
  measure: (line: string, size: number) => number;
};

/**
 * The labels of the events in focus, stacked in rows above the axis, a line per event: dots closer
 * than `merge` share a label. On the right half of the strip a label ends at its dot, on the left
 * half it starts at it, so its own leader runs beside it. One too wide for its side is set with
 * its date over its title, then smaller (down to `minSize`), then on the dot's other side, and
 * only then slides along inside the strip. Rows are stacked so that no leader crosses a label: a
 * label over another's leader is set above that label (where nothing slid, earliest nearest the
 * axis when labels end at their dot, latest when they start at it).
 */
export const stackLabels = <Id extends string>(
  focused: readonly FocusedEvent<Id>[],
  lineOf: (id: Id) => readonly [date: string, title: string],
  { width, base, size: fs, rowHeight, minSize, merge, measure }: StackOptions,
): StackedLabel<Id>[] => {
  const sorted = [...focused].sort((a, b) => a.at - b.at);
  const groups: FocusedEvent<Id>[][] = [];
  sorted.forEach((e, i) => {
    const before = sorted[i - 1];
    const last = groups.at(-1);
    if (last && before && e.at - before.at < merge) last.push(e);
    else groups.push([e]);
  });
  const mean = sorted.reduce((sum, e) => sum + e.at, 0) / Math.max(1, sorted.length);
  const usual: Side = mean > width / 2 ? 'end' : 'start';
  const widest = (lines: string[]) => Math.max(...lines.map((line) => measure(line, fs)));

  /** A group's label set on one side of its dot, a line per event or its date over its title. */
  const setOn = (group: FocusedEvent<Id>[], anchor: Side, split: boolean) => {
    // Read in the stack's order: earliest nearest the axis when labels end at their dot.
    const parts = (anchor === 'end' ? [...group].reverse() : group).map((e) => lineOf(e.id));
    const lead = group.reduce((a, b) => (b.lane > a.lane ? b : a));
    const room = (anchor === 'end' ? lead.at : width - lead.at) - 8;
    const lines = split ? parts.flat() : parts.map(([date, title]) => `${date} · ${title}`);
    const wide = widest(lines);
    const size = wide > room ? Math.max(minSize, (fs * room) / wide) : fs;
    const w = Math.min(width - 8, (wide * size) / fs);
    const x =
      anchor === 'end'
        ? Math.min(width - 4, Math.max(4 + w, lead.at + 4))
        : Math.max(4, Math.min(width - 4 - w, lead.at - 4));
    const [x0, x1] = anchor === 'end' ? [x - w, x] : [x, x + w];
    const slid = Math.abs(x - (anchor === 'end' ? lead.at + 4 : lead.at - 4)) > 0.5;
    return { id: group.map((e) => e.id).join(' '), lines, lead, size, anchor, x, x0, x1, slid, split };
  };
  type Label = ReturnType<typeof setOn>;
  const crosses = (leader: Label, label: Label) =>
    leader !== label && leader.lead.at >= label.x0 - 3 && leader.lead.at <= label.x1 + 3;

  /** Rows from the axis up, in the usual order, except that a label goes up only once every label whose leader would run through it is below it. */
  const stack = (set: Label[]) => {
    const order: Label[] = [];
    const left = usual === 'end' ? [...set] : [...set].reverse();
    for (let next = left[0]; next; next = left[0]) {
      next = left.find((label) => left.every((other) => !crosses(other, label))) ?? next;
      order.push(next);
      left.splice(left.indexOf(next), 1);
    }
    // Leaders that still run through a label below theirs.
    const crossed = order.reduce((n, l, i) => n + order.slice(0, i).filter((below) => crosses(l, below)).length, 0);
    return { order, crossed };
  };

  // Every way of setting the labels (each on either side of its dot, on one line per event or with
  // the dates over the titles; 4^n, n at most a handful): the one that fits the strip's height
  // with the fewest crossings, then the fewest labels slid, set smaller, split, or on their
  // dot's unusual side.
  const fits = Math.floor((base - fs) / rowHeight) + 1;
  const arrange = (groups: FocusedEvent<Id>[][]) => {
    const options = groups.map((g) =>
      ([usual, usual === 'end' ? 'start' : 'end'] as const).flatMap((side) => [
        setOn(g, side, false),
        setOn(g, side, true),
      ]),
    );
    let best = { order: [] as Label[], cost: Infinity, crossed: 0 };
    for (let pick = 0; pick < 4 ** groups.length; pick++) {
      const set = options.map((o, i) => o[Math.floor(pick / 4 ** i) % 4] ?? o[0]).filter((l) => l !== undefined);
      const { order, crossed } = stack(set);
      const rows = set.reduce((n, l) => n + l.lines.length, 0);
      const count = (test: (l: Label) => boolean) => set.filter(test).length;
      const cost =
        Math.max(0, rows - fits) * 1e5 +
        crossed * 1000 +
        count((l) => l.slid) * 10 +
        count((l) => l.size < fs) * 3 +
        count((l) => l.split) * 2 +
        count((l) => l.anchor !== usual);
      if (cost < best.cost) best = { order, cost, crossed };
    }
    return best;
  };
  // Where no way is free of crossings (labels wider than the room on either side of dots close
  // together), neighbouring events share one label, as events two days apart do: the pair whose
  // sharing leaves the least to fix.
  let best = arrange(groups);
  while (best.crossed > 0 && groups.length > 1) {
    const tries = groups.slice(1).map((_, i) => {
      const merged = [...groups.slice(0, i), [...(groups[i] ?? []), ...(groups[i + 1] ?? [])], ...groups.slice(i + 2)];
      return { merged, result: arrange(merged) };
    });
    const pick = tries.reduce((a, b) => (b.result.cost < a.result.cost ? b : a));
    groups.splice(0, groups.length, ...pick.merged);
    best = pick.result;
  }
  let row = 0;
  return best.order.map((l) => {
    row += l.lines.length;
    const y = base - (row - 1) * rowHeight;
    const bottom = y + (l.lines.length - 1) * rowHeight;
    return { ...l, y, top: y - l.size, bottom };
  });
};
