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
import { layoutAxis, placeEvents, ringGroups, segmentTicks, stackLabels, yearLabels } from './layout';

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

/** The axis at this width and word scale: its segments, the events' dots and the years. */
export const axisLayout = (width: number, k: number, lang: string) => {
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
};

/**
 * The labels of the events in focus over the axis, and each one's leader from its dot: events whose
 * dots nearly touch (two days apart) share a label, a line each and one leader; rows stacked so
 * that no leader line crosses a label (layout.ts).
 */
export const axisLabels = (
  layout: ReturnType<typeof axisLayout>,
  focus: readonly EventId[],
  { width, cross, k }: { width: number; cross: number; k: number },
  copy: Pick<StoryCopy, 'events' | 'ui'>,
) => {
  const lang = copy.ui.page.lang;
  const fs = sizes.timelineLabel * k;
  const rowH = rowHeight(fs);
  const line = (id: EventId) => {
    const ev = events[id];
    return [formatDateRange(ev.date, 'end' in ev ? ev.end : undefined, lang), copy.events[id].title] as const;
  };
  return stackLabels(
    layout.placed.filter((e) => focus.includes(e.id)),
    line,
    {
      width,
      base: cross - ROW_BASE,
      size: fs,
      rowHeight: rowH,
      minSize: layout.yearPx,
      merge: MERGE * k,
      measure: (text, size) => textWidth(text, size) * SEMIBOLD,
    },
  ).map((l) => ({
    ...l,
    // From just above the dot's ring up to just under the label's last line.
    leader: { x: l.lead.at, y0: cross - l.lead.lane * LANE - DOT - 3, y1: l.bottom + 4 },
  }));
};

/** A label's row height at font size `fs`, px. */
const rowHeight = (fs: number) => fs * 1.25 + 1;

export const TimelineAxis = ({ variant, focus, copy }: TimelineAxisProps) => {
  const box = useRef<HTMLDivElement>(null);
  const full = variant === 'full';
  const size = useSize(box, full ? { width: 640, height: 132 } : { width: 360, height: 48 });
  const { width, height } = size;
  const lang = copy.ui.page.lang;
  const k = useWordScale({ width });
  const rowH = rowHeight(sizes.timelineLabel * k);

  const layout = useMemo(() => axisLayout(width, k, lang), [width, k, lang]);

  // Where the axis line runs, with the years below it.
  const cross = height - (full ? 36 : 22) * k;

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

  // The strip is too slim for words: TimelineFocus names the events above the map.
  const labels = useMemo(
    () => (full ? axisLabels(layout, focus, { width, cross, k }, copy) : []),
    [full, layout, focus, width, cross, k, copy],
  );

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
          return (
            <AnimG key={l.id} className="timeline-label">
              <path className="timeline-label__leader" d={`M${l.leader.x},${l.leader.y0}V${l.leader.y1}`} />
              <text x={l.x} y={l.y} textAnchor={l.anchor} fontSize={l.size} data-label={l.id}>
                {l.lines.map((line, i) => (
                  <tspan
                    key={i}
                    x={l.x}
                    dy={i === 0 ? 0 : rowH}
                    // Set with its date over its title: the date in the accent colour.
                    className={l.split && i % 2 === 0 ? 'timeline-label__date' : undefined}
                  >
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
