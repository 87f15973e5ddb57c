// One form of the timeline graphic, both horizontal: a broken axis and a dot per event, with
// labels for the events in focus beside the story on wide screens, or a thin strip of years and
// dots on narrow ones (the focus line above the map names the events there). Layout is pure
// (layout.ts); this only renders it.
import { useMemo, useRef } from 'react';
import { axisSegments, events, type EventId } from '../data/events';
import type { StoryCopy } from '../data/story';
import { formatDateRange, formatYear } from '../data/format';
import { sizes } from '../styles/tokens';
import { useWordScale } from '../graphic/wordScale';
import { AnimG } from '../graphic/motion/AnimG';
import { useSize } from '../hooks/useSize';
import { SEMIBOLD, textWidth } from '../graphic/textWidth';
import { steps } from '../data/steps';
import { layoutAxis, placeEvents, ringGroups, segmentTicks, yearLabels } from './layout';

export type TimelineAxisProps = {
  /** `full`: with labels (wide screens, presentation); `strip`: years and dots only. */
  variant: 'full' | 'strip';
  /** Events in focus at the active step. */
  focus: readonly EventId[];
  copy: Pick<StoryCopy, 'events' | 'ui'>;
};

const eventList = (Object.keys(events) as EventId[]).map((id) => ({ id, ...events[id] }));
const LANE = 9;
const DOT = 4;
/** The ring around an event in focus. */
const RING = DOT + 3;
/** Every set of events a step focuses on. */
const focusSets = steps.map((s) => s.graphic.timeline);
/** The first label row's baseline above the axis (clear of the highest lane's ring). */
const ROW_BASE = 32;
/** Events whose dots are closer than this (px, at type scale 1) share one label and one leader. */
const MERGE = 16;
/** Years grow with the timeline's words up to this scale: at 20 px they read from the back of a room. */
const YEAR_MAX_SCALE = 1.7;

export const TimelineAxis = ({ variant, focus, copy }: TimelineAxisProps) => {
  const box = useRef<HTMLDivElement>(null);
  const full = variant === 'full';
  const size = useSize(box, full ? { width: 640, height: 132 } : { width: 360, height: 48 });
  const { width, height } = size;
  const lang = copy.ui.page.lang;
  const k = useWordScale({ width });
  const fs = sizes.timelineLabel * k;
  const lineH = fs * 1.25;
  const rowH = lineH + 1;

  const layout = useMemo(() => {
    const pad = 16;
    const length = width - 2 * pad;
    const axis = layoutAxis(axisSegments, Math.max(40, length));
    const placed = placeEvents(eventList, axis, LANE + 1).map((e) => ({ ...e, at: e.at + pad, until: e.until + pad }));
    const segments = axis.segments.map((s) => ({
      ...s,
      start: s.start + pad,
      end: s.end + pad,
      ticks: segmentTicks(s).map((t) => ({ ...t, at: t.at + pad })),
    }));
    // Years that would run into the one before: bare numbers, or left out (layout.ts).
    const yearPx = sizes.areaLabel * Math.min(k, YEAR_MAX_SCALE);
    const years = yearLabels(
      segments,
      (y) => formatYear(y, lang),
      (text) => textWidth(text, yearPx),
    );
    return { placed, segments, years, yearPx };
  }, [width, k, lang]);

  // Where the axis line runs, with the years below it.
  const cross = height - (full ? 36 : 22) * k;
  const focused = useMemo(() => layout.placed.filter((e) => focus.includes(e.id)), [layout, focus]);

  // Events in focus whose rings would run into each other (dots stacked two days apart) share one
  // ring around them all. Every step's groups are drawn, faded in while their step is shown.
  const rings = useMemo(() => {
    const at = (e: { at: number; lane: number }) => ({ x: e.at, y: cross - e.lane * LANE });
    const groupsOf = (ids: readonly EventId[]) =>
      ringGroups(
        layout.placed.filter((e) => ids.includes(e.id)).map((e) => ({ id: e.id, ...at(e) })),
        RING,
      ).filter((g) => g.ids.length > 1);
    const all = new Map(focusSets.flatMap(groupsOf).map((g) => [g.ids.join(' '), g]));
    const shown = new Set(groupsOf(focus).map((g) => g.ids.join(' ')));
    return { all: [...all.entries()], shown, grouped: new Set([...shown].flatMap((key) => key.split(' '))) };
  }, [layout, cross, focus]);

  const labels = useMemo(() => {
    const text = (id: EventId) => {
      const ev = events[id];
      const date = formatDateRange(ev.date, 'end' in ev ? ev.end : undefined, lang);
      return { date, title: copy.events[id].title };
    };
    // The strip is too slim for words: TimelineFocus names the events above the map.
    if (!full) return [];
    // Events whose dots nearly touch (two days apart) share a label: one line each, one leader.
    const groups: (typeof focused)[] = [];
    focused.forEach((e, i) => {
      const before = focused[i - 1];
      const last = groups.at(-1);
      if (last && before && e.at - before.at < MERGE * k) last.push(e);
      else groups.push([e]);
    });
    // Rows above the axis, a line per focused event. Labels on the right half end at their dot,
    // on the left half start at it; and the rows are stacked so that no leader line crosses a
    // label: ending labels with the earliest event nearest the axis, starting ones with the latest.
    const mean = focused.reduce((sum, e) => sum + e.at, 0) / Math.max(1, focused.length);
    const anchor: 'start' | 'end' = mean > width / 2 ? 'end' : 'start';
    const rows = anchor === 'end' ? groups : [...groups].reverse();
    let row = 0;
    return rows.map((group) => {
      // Read in the stack's order: a line per event, earliest nearest the axis when labels end at their dot.
      const lines = (anchor === 'end' ? [...group].reverse() : group).map((e) => {
        const { date, title } = text(e.id);
        return `${date} · ${title}`;
      });
      // The leader runs from the dot highest up (the last lane placed), to the label's last line.
      const lead = group.reduce((a, b) => (b.lane > a.lane ? b : a));
      // A label stays on its side of its dot (so no leader crosses it): one too long for that
      // side is set smaller, down to the years' size, then slides along inside the strip.
      const room = (anchor === 'end' ? lead.at : width - lead.at) - 8;
      const wide = Math.max(...lines.map((line) => textWidth(line, fs))) * SEMIBOLD;
      const size = wide > room ? Math.max(layout.yearPx, (fs * room) / wide) : fs;
      const w = Math.min(width - 8, (wide * size) / fs);
      const x =
        anchor === 'end'
          ? Math.min(width - 4, Math.max(4 + w, lead.at + 4))
          : Math.max(4, Math.min(width - 4 - w, lead.at - 4));
      row += lines.length;
      const y = cross - ROW_BASE - (row - 1) * rowH;
      return { id: group.map((e) => e.id).join(' '), lines, x, y, lead, anchor, size };
    });
  }, [focused, full, cross, width, copy.events, lang, fs, k, rowH, layout.yearPx]);

  const pt = (along: number, across: number) => ({ x: along, y: across });

  return (
    <div className={`timeline-axis timeline-axis--${variant}`} ref={box}>
      <svg viewBox={`0 0 ${width} ${height}`} focusable="false">
        {layout.segments.map((s, i) => {
          const a = pt(s.start, cross);
          const b = pt(s.end, cross);
          return (
            <g key={s.from} className="timeline-segment">
              <line className="timeline-axis__line" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              {i > 0 && (
                <path
                  className="timeline-axis__break"
                  d={`M${a.x - 12},${a.y + 5}l4,-10M${a.x - 7},${a.y + 5}l4,-10`}
                />
              )}
              {s.ticks.map((t) => {
                const p = pt(t.at, cross);
                return (
                  <g key={t.year}>
                    <line className="timeline-axis__tick" x1={p.x} y1={p.y} x2={p.x} y2={p.y + 5} />
                    {layout.years.shown.has(`${s.from}:${t.year}`) && (
                      <text
                        className="timeline-axis__year"
                        x={p.x}
                        // In the slim strip, closer under the axis: clear of the strip's bottom edge.
                        y={p.y + (full ? 19 : 16) * k}
                        textAnchor="middle"
                        fontSize={layout.yearPx}
                      >
                        {layout.years.text(t.year)}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {layout.placed.map((e) => {
          const on = focus.includes(e.id);
          const across = cross - e.lane * LANE;
          const p = pt(e.at, across);
          const q = pt(e.until, across);
          const after = 'afterInterview' in events[e.id];
          return (
            <g
              key={e.id}
              className={`timeline-event${on ? ' is-focus' : ''}${after ? ' is-after' : ''}`}
              data-event={e.id}
            >
              {e.until !== e.at && <line className="timeline-event__span" x1={p.x} y1={p.y} x2={q.x} y2={q.y} />}
              <circle className="timeline-event__dot" cx={p.x} cy={p.y} r={DOT} />
              <AnimG opacity={on && !rings.grouped.has(e.id) ? 1 : 0}>
                <circle className="timeline-event__ring" cx={p.x} cy={p.y} r={RING} />
              </AnimG>
            </g>
          );
        })}
        {rings.all.map(([key, g]) => (
          <AnimG key={key} opacity={rings.shown.has(key) ? 1 : 0}>
            <rect
              className="timeline-event__ring"
              data-events={key}
              x={g.x0}
              y={g.y0}
              width={g.x1 - g.x0}
              height={g.y1 - g.y0}
              rx={RING}
            />
          </AnimG>
        ))}
        {labels.map((l) => {
          const from = pt(l.lead.at, cross - l.lead.lane * LANE);
          const bottom = l.y + (l.lines.length - 1) * rowH;
          return (
            <AnimG key={l.id} className="timeline-label">
              <path className="timeline-label__leader" d={`M${from.x},${from.y - DOT - 3}V${bottom + 4}`} />
              <text x={l.x} y={l.y} textAnchor={l.anchor} fontSize={l.size} data-label={l.id}>
                {l.lines.map((line, i) => (
                  <tspan key={i} x={l.x} dy={i === 0 ? 0 : rowH}>
                    {line}
                  </tspan>
                ))}
              </text>
            </AnimG>
          );
        })}
      </svg>
    </div>
  );
};
