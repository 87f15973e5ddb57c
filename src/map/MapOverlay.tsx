// What sits on top of the areas, in screen space: arcs, markers, labels, scale bar and credit.
// Positions come from the current view's projection; the map's motion fades them out before a
// zoom and in after it.
import { useEffect, useId, useMemo } from 'react';
import { m } from 'framer-motion';
import type { MapState } from '../data/types';
import type { StoryCopy } from '../data/story';
import { areaShapes, mapViews, type AreaId } from '../data/views';
import { formatDistance, formatNumber } from '../data/format';
import { sizes } from '../styles/tokens';
import { useWordScale } from '../graphic/wordScale';
import { useHydrated } from '../hooks/useHydrated';
import { useStill } from '../graphic/motion/useStill';
import { useReducedMotion } from '../graphic/motion/useReducedMotion';
import { transitionFor } from '../graphic/motion';
import { useSettleTarget } from '../graphic/settle';
import { arcPath, placePoint, type ViewModel } from './mapModel';
import { places, type PlaceId } from '../data/places';
import { locatorBox, type Size } from './projection';
import { boxPoints, placeLabels, type Box, type LabelInput, type PlacedLabel } from './labels';
import type { Geodata, MapFeature } from './geodata';
import { containsPoint, lonLatBox, outlineCrosses } from './contains';

const NO_BOXES: readonly Box[] = [];
const NO_NOTES: MapState['markers'] = [];

export type MapOverlayProps = {
  size: Size;
  /** The view in focus, at this size. */
  view: ViewModel;
  state: MapState;
  copy: Pick<StoryCopy, 'places' | 'placeNotes' | 'areas' | 'areasShort' | 'ui'>;
  geo: Geodata;
};

const DISTANCE_ROUND_KM = 100;
/** The strip along the bottom for the scale bar and credit, at type scale 1. */
const BOTTOM_STRIP = 26;
/** The band along the top where the map's key sits (up to two lines of 12 px text), at type scale 1. */
const KEY_BAND = 44;

const Arc = ({ d }: { d: string }) => {
  const hydrated = useHydrated();
  const reduced = useReducedMotion();
  const still = useStill();
  const id = useId();
  const settle = useSettleTarget(d, id);
  useEffect(() => () => settle?.end(id), [settle, id]);
  // A casing in the labels' halo colour under the line: it reads over the highlight's orange,
  // which the line's own colour does not (1.7:1), as over land and water.
  if (!hydrated || still)
    return (
      <>
        <path className="map-arc-casing" d={d} />
        <path className="map-arc" d={d} />
      </>
    );
  const draw = {
    initial: { pathLength: reduced ? 1 : 0 },
    animate: { pathLength: 1 },
    transition: transitionFor(reduced),
  };
  return (
    <>
      <m.path className="map-arc-casing" d={d} {...draw} />
      <m.path
        className="map-arc"
        d={d}
        {...draw}
        onAnimationStart={() => settle?.start(id)}
        onAnimationComplete={() => settle?.end(id)}
      />
    </>
  );
};

const fontSizes = (k: number) => ({ label: sizes.mapLabel * k, area: sizes.areaLabel * k, small: sizes.areaLabel * k });

type OverlayCopy = MapOverlayProps['copy'];

/** The step's routes in this view: their paths, midpoints and distance labels. */
const overlayArcs = (view: ViewModel, state: MapState, copy: OverlayCopy) => {
  const lang = copy.ui.page.lang;
  return state.arcs.map((a) => {
    const { d, mid, points } = arcPath(view, a.from, a.to);
    const label = a.distance ? formatDistance(a.from, a.to, DISTANCE_ROUND_KM, lang, copy.ui.map.distanceLabel) : null;
    return { key: `${state.view}:${a.from}-${a.to}`, d, mid, points, label };
  });
};

/** The step's places in this view, px. */
const overlayMarkers = (view: ViewModel, state: MapState) =>
  state.markers.flatMap((id) => {
    const p = placePoint(view, id);
    return p ? [{ id, x: p[0], y: p[1] }] : [];
  });

/** What a map's words are placed from: the view and step shown, at a size and type scale. */
export type LabelJob = {
  geo: Geodata;
  view: ViewModel;
  state: MapState;
  copy: OverlayCopy;
  size: Size;
  /** The type scale (graphic/wordScale.ts). */
  k: number;
};

// What labels are placed around, from the map data: computed once per map data.
type LabelSides = Partial<Record<'UA' | 'RU', MapFeature>>;
const geoParts = new WeakMap<Geodata, { sides: LabelSides; byId: Map<string, MapFeature>; id: number }>();
let geoCount = 0;
const partsOf = (geo: Geodata) => {
  let parts = geoParts.get(geo);
  if (!parts) {
    parts = {
      // Ukraine and Russia whole, whichever layer is on screen: places' names keep to their side.
      sides: { UA: geo.outlines.find((f) => f.id === 'UA'), RU: geo.wide.find((f) => f.id === 'N643') },
      byId: new Map([...geo.wide, ...geo.outlines].map((f) => [f.id, f])),
      id: ++geoCount,
    };
    geoParts.set(geo, parts);
  }
  return parts;
};

const placements = new Map<string, PlacedLabel[]>();
/** Placements kept: the steps around the one shown, in a few sizes. */
const KEPT_PLACEMENTS = 48;

const jobKey = ({ geo, view, state, copy, size, k }: LabelJob) =>
  JSON.stringify([
    partsOf(geo).id,
    copy.ui.page.lang,
    size.width,
    size.height,
    k,
    view.id,
    state.view,
    state.highlight,
    state.markers,
    state.notes ?? [],
    state.arcs,
  ]);

/**
 * The map's words for a view and step, placed (computeLabels), and kept: the graphic places the
 * words of the steps around the one shown while the browser is idle (MapView), so that a step's
 * change does not place them in the frame that shows it.
 */
export const mapLabels = (job: LabelJob): PlacedLabel[] => {
  const key = jobKey(job);
  const known = placements.get(key);
  if (known) return known;
  const labels = computeLabels(job);
  placements.set(key, labels);
  const oldest = placements.keys().next().value;
  if (placements.size > KEPT_PLACEMENTS && oldest !== undefined) placements.delete(oldest);
  return labels;
};

/** Places the map's words for a view and step: every label inside the map and clear of the others, or left out. */
const computeLabels = ({ geo, view, state, copy, size, k }: LabelJob): PlacedLabel[] => {
  const { width, height } = size;
  const fs = fontSizes(k);
  const arcs = overlayArcs(view, state, copy);
  const markers = overlayMarkers(view, state);
  const notes = state.notes ?? NO_NOTES;
  const { sides, byId } = partsOf(geo);
  // Every view closer than the wide one has the locator, which labels keep clear of.
  const avoid = view.id === 'wide' ? NO_BOXES : [locatorBox(size)];
  // The shapes in focus in the view, which areas' names keep off the outlines of.
  const ids = new Set(state.highlight);
  const shapes = new Map([...geo.outlines, ...geo[mapViews[view.id].layer]].map((f) => [f.id, f]));
  const focus = [...shapes.values()].filter((f) => ids.has(f.id));
  // The countries the view's names stand for, whichever layer is on screen: no area's name is
  // set over another named country (North Korea's over South Korea).
  const countries: Partial<Record<AreaId, MapFeature[]>> = {};
  for (const { area } of mapViews[view.id].labels)
    countries[area] = areaShapes[area].filter((id) => /^N\d+$|^UA$/.test(id)).flatMap((id) => byId.get(id) ?? []);

  const inputs: LabelInput[] = [
    ...markers.map((mk) => ({
      id: `place:${mk.id}`,
      lines: [copy.places[mk.id], ...(notes.includes(mk.id) ? [copy.placeNotes[mk.id] ?? ''] : [])].filter(Boolean),
      x: mk.x,
      y: mk.y,
      kind: 'place' as const,
      fontSize: fs.label,
    })),
    ...arcs.flatMap((a) =>
      a.label && a.mid
        ? [
            {
              id: `arc:${a.key}`,
              lines: [a.label],
              x: a.mid[0],
              y: a.mid[1] - fs.label,
              kind: 'area' as const,
              fontSize: fs.label,
            },
          ]
        : [],
    ),
    // Crimea's name says it is occupied: not on a map that draws Ukraine whole, Crimea as its own
    // (the step on 1994).
    ...mapViews[state.view].labels
      .filter((l) => l.area !== 'crimea' || !state.highlight.includes('UA'))
      .flatMap((l) => {
        const p = view.projection([l.lon, l.lat]);
        return p
          ? [
              {
                id: `area:${l.area}`,
                lines: copy.areas[l.area].split('\n'),
                short: copy.areasShort[l.area],
                x: p[0],
                y: p[1],
                kind: 'area' as const,
                fontSize: fs.area,
              },
            ]
          : [];
      }),
  ];
  // The names of the areas in focus are placed before the others (where two do not fit, the one
  // the step is about stays), and drawn in the usual order.
  const order = new Map(inputs.map((l, i) => [l.id, i]));
  const inFocus = (l: LabelInput) =>
    l.id.startsWith('area:') &&
    (areaShapes[l.id.slice('area:'.length) as AreaId] ?? []).some((id) => state.highlight.includes(id));
  // Places and routes first, as given; then the areas in focus; then the others.
  const rank = (l: LabelInput) => {
    if (!l.id.startsWith('area:')) return 0;
    return inFocus(l) ? 1 : 2;
  };
  const byFocus = [...inputs].sort((a, b) => rank(a) - rank(b));
  // The areas in focus before the places: tried where the usual order leaves one unnamed (a
  // capital's name taking the only room beside a small country), kept only if it names more of
  // them while every place is still named, and none set worse.
  const areasFirst = [...inputs].sort((a, b) => (rank(a) === 1 ? 0 : rank(a) + 1) - (rank(b) === 1 ? 0 : rank(b) + 1));
  // A shape's box on screen (its longitude and latitude box, projected).
  const screenBoxes = new Map<MapFeature, Box>();
  const screenBox = (f: MapFeature): Box => {
    const known = screenBoxes.get(f);
    if (known) return known;
    const [[w, s], [e, n]] = lonLatBox(f);
    const corners = [0, 0.5, 1].flatMap((u) =>
      [0, 0.5, 1].flatMap((v) => {
        const p = view.projection([w + u * (e - w), s + v * (n - s)]);
        return p ? [p] : [];
      }),
    );
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    screenBoxes.set(f, box);
    return box;
  };
  const focusBoxes = focus.map((f) => ({ f, b: screenBox(f) }));
  // How far a box is from the nearest of a country's shapes' boxes, px (0 when they meet).
  const gapTo = (box: Box, shapes: readonly MapFeature[]) =>
    Math.min(
      ...shapes
        .map(screenBox)
        .map((b) => Math.hypot(Math.max(0, b.x0 - box.x1, box.x0 - b.x1), Math.max(0, b.y0 - box.y1, box.y0 - b.y1))),
    );
  // A box's corners on the globe, `pad` px outside it: a box to read outlines against.
  const globeCorners = (box: Box, pad = 0): [number, number][] =>
    [
      [box.x0 - pad, box.y0 - pad],
      [box.x1 + pad, box.y0 - pad],
      [box.x1 + pad, box.y1 + pad],
      [box.x0 - pad, box.y1 + pad],
    ].flatMap((p) => {
      const q = view.projection.invert?.(p as [number, number]);
      return q ? [q] : [];
    });
  // How well a place's name is set at `box`: on its own side of the border, and (`clearOfFocus`)
  // clear of the outlines in focus.
  const placeScore = (l: Pick<LabelInput, 'id' | 'kind'>, box: Box, clearOfFocus: boolean): number => {
    if (l.kind !== 'place') return 0;
    const points = boxPoints(box).flatMap((p) => {
      const q = view.projection.invert?.(p);
      return q ? [q] : [];
    });
    // A Russian place's name not over Ukraine, a Ukrainian place's not over Russia, nor a North
    // Korean place's over South Korea or a South Korean's over North Korea: a name across the
    // border would say the place is on the other side. First of all.
    const country = places[l.id.slice('place:'.length) as PlaceId]?.country;
    const other = {
      RU: sides.UA,
      UA: sides.RU,
      KP: byId.get('N410'),
      KR: byId.get('N408'),
    }[country as 'RU' | 'UA' | 'KP' | 'KR'];
    const ownSide = !other || !points.some((q) => containsPoint(other, q));
    // Then clear of the outlines in focus, not across one (Sudzha's note across the Kursk
    // region's border): wholly inside or outside each shape the name could fit inside (a
    // country a few pixels wide on the wide map has its capital's name across it anyway).
    const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
    const onGlobe = globeCorners(box);
    const clear =
      clearOfFocus &&
      !focusBoxes.some(({ f, b }) => b.x1 - b.x0 >= w && b.y1 - b.y0 >= h && outlineCrosses(f, onGlobe));
    return (ownSide ? 2 : 0) + (clear ? 1 : 0);
  };
  // How well an area's name is set at `box`: wholly inside its own shape in focus, clear of its
  // outline (Crimea's name on three lines inside the peninsula on a phone, not on one across its
  // coast), where it fits there; else where it is first set (beside it, clear of its outline, was
  // tried: South Korea's name went over North Korea's land).
  const areaScore = (l: Pick<LabelInput, 'id'>, box: Box): number => {
    const own = areaShapes[l.id.slice('area:'.length) as AreaId] ?? [];
    const mine = focus.filter((f) => own.includes(f.id));
    if (!mine.length) return 0;
    const corners = globeCorners(box, 2);
    const centre = view.projection.invert?.([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
    const within = centre && mine.some((f) => containsPoint(f, centre));
    return within && !mine.some((f) => outlineCrosses(f, corners)) ? 1 : 0;
  };
  // The rules and scores below read outlines at many points: every placement of the words tries
  // the same boxes again (in another order, or with a name on more lines), so each box is read once.
  const boxKey = (l: Pick<LabelInput, 'id' | 'fontSize' | 'tied'>, b: Box) =>
    `${l.id}|${l.fontSize}|${l.tied ? 1 : 0}|${b.x0}|${b.y0}|${b.x1}|${b.y1}`;
  const astrideKnown = new Map<string, boolean>();
  const preferKnown = new Map<string, number>();
  const astrideRule = (l: LabelInput, box: Box): boolean => {
    const name = l.id.startsWith('area:') ? (l.id.slice('area:'.length) as AreaId) : null;
    const own = (name && areaShapes[name]) || [];
    // Not centred over another named country (North Korea's name over South Korea). A point
    // in Ukraine is Ukraine's, though Natural Earth's Russia includes Crimea: Crimea's name
    // stays over Crimea, and Russia's is not set over occupied Ukrainian land. A name set
    // under its capital's (Pyongyang, NORTH KOREA) reads with the capital's, wherever it falls.
    const centre = view.projection.invert?.([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
    const at =
      centre &&
      (sides.UA && containsPoint(sides.UA, centre)
        ? 'UA'
        : Object.values(countries)
            .flat()
            .find((f) => containsPoint(f, centre))?.id);
    if (name && at && !own.includes(at) && !l.tied) return true;
    // And no further than half a line from its own country's box (South Korea's name was
    // set two lines above its point, north of North Korea, where nothing was in its way).
    const home = name ? countries[name] : undefined;
    if (home?.length && !l.tied && gapTo(box, home) > l.fontSize * 0.5) return true;
    // Inside a shape in focus, or outside it, at every point across the name: not astride.
    // And no outline through the name at all, in a box a little larger than its estimate
    // (the text as drawn may run past it): a coast between the points read would put the
    // name across it all the same.
    const shapes = focus.filter((f) => !own.includes(f.id));
    if (!shapes.length) return false;
    const points = boxPoints(box).flatMap((p) => {
      const q = view.projection.invert?.(p);
      return q ? [q] : [];
    });
    const corners = globeCorners(box, l.fontSize * 0.1);
    return shapes.some((f) => {
      const inside = points.filter((q) => containsPoint(f, q)).length;
      return (inside > 0 && inside < points.length) || outlineCrosses(f, corners);
    });
  };
  const astrideMemo = (l: LabelInput, box: Box): boolean => {
    const key = boxKey(l, box);
    let known = astrideKnown.get(key);
    if (known === undefined) astrideKnown.set(key, (known = astrideRule(l, box)));
    return known;
  };
  const preferMemo = (l: LabelInput, box: Box, clearOfFocus: boolean): number => {
    const key = `${boxKey(l, box)}|${clearOfFocus ? 1 : 0}`;
    let known = preferKnown.get(key);
    if (known === undefined)
      preferKnown.set(key, (known = l.kind === 'place' ? placeScore(l, box, clearOfFocus) : areaScore(l, box)));
    return known;
  };
  // Keep the bottom strip for the scale bar and credit, and the top band for the key.
  // Off the routes too: no word is drawn through.
  // Places' names clear of the outlines in focus where they can be (`clearOfFocus`), unless that
  // leaves out the name of an area in focus that setting them as before leaves room for: the
  // country a step is about is named first of all.
  const place = (clearOfFocus: boolean, order: LabelInput[] = byFocus) =>
    placeLabels(
      order,
      width,
      height - BOTTOM_STRIP * k,
      KEY_BAND * k,
      avoid,
      arcs.map((a) => a.points),
      astrideMemo,
      (l, box) => preferMemo(l, box, clearOfFocus),
    );
  const named = (placed: readonly { id: string }[]) => placed.filter((p) => focusIds.has(p.id)).length;
  const focusIds = new Set(byFocus.filter(inFocus).map((l) => l.id));
  const placeCount = (placed: readonly { id: string }[]) => placed.filter((p) => p.id.startsWith('place:')).length;
  // How well the places' names are set, in all (on their own side of the border, clear of outlines).
  const scored = (placed: readonly { id: string; box: Box }[]) =>
    placed
      .filter((p) => p.id.startsWith('place:'))
      .reduce((sum, p) => sum + placeScore({ id: p.id, kind: 'place' }, p.box, true), 0);
  let placed = place(true);
  if (named(placed) < focusIds.size) {
    const before = place(false);
    if (named(before) > named(placed)) placed = before;
  }
  for (const clearOfFocus of [true, false]) {
    if (named(placed) === focusIds.size) break;
    const first = place(clearOfFocus, areasFirst);
    if (named(first) > named(placed) && placeCount(first) >= placeCount(placed) && scored(first) >= scored(placed))
      placed = first;
  }
  // Whether an area's name, as placed, touches its own shapes: inside one, or within half a line
  // of its outline.
  const touches = (l: PlacedLabel) => {
    const own = (areaShapes[l.id.slice('area:'.length) as AreaId] ?? []).flatMap((id) => byId.get(id) ?? []);
    const corners = globeCorners(l.box, l.fontSize * 0.5);
    const [cx, cy] = [(l.box.x0 + l.box.x1) / 2, (l.box.y0 + l.box.y1) / 2];
    const centre = view.projection.invert?.([cx, cy]);
    if (centre && own.some((f) => containsPoint(f, centre))) return true;
    // Near its own outline, and nearer its own country than any other the map names (South
    // Korea's name over the sea east of North Korea's coast reads as North Korea's).
    const away = (shapes: readonly MapFeature[]) =>
      Math.min(
        ...shapes
          .map(screenBox)
          .map((b) => Math.hypot(Math.max(0, b.x0 - cx, cx - b.x1), Math.max(0, b.y0 - cy, cy - b.y1))),
      );
    const others = Object.entries(countries)
      .filter(([name]) => `area:${name}` !== l.id)
      .flatMap(([, shapes]) => shapes ?? []);
    return own.some((f) => outlineCrosses(f, corners)) && (!others.length || away(own) <= away(others));
  };
  // Last, a country in focus still unnamed, or named away from its shape (South Korea's name
  // above Seoul, over the sea north of it, on a phone), is named under its own place's name
  // (Pyongyang, and NORTH KOREA under it), in full or by its shorter name: kept on the same terms,
  // naming as many.
  for (const area of byFocus.filter((l) => {
    const now = placed.find((p) => p.id === l.id);
    return inFocus(l) && (!now || !touches(now));
  })) {
    const shapes = (areaShapes[area.id.slice('area:'.length) as AreaId] ?? []).flatMap((id) => byId.get(id) ?? []);
    const host = inputs.find((l) => {
      const p = places[l.id.slice('place:'.length) as PlaceId];
      return l.kind === 'place' && p && shapes.some((f) => containsPoint(f, [p.lon, p.lat]));
    });
    if (!host) continue;
    const unnamed = !placed.some((p) => p.id === area.id);
    // Tried in turn, the first kept: in full, then shorter; clear of the outlines in focus, then not.
    tries: for (const text of [area.lines.join(' '), ...(area.short ? [area.short] : [])])
      for (const clearOfFocus of [true, false]) {
        const t = place(
          clearOfFocus,
          byFocus
            .filter((l) => l !== area)
            .map((l) => (l === host ? { ...l, under: { id: area.id, text, fontSize: area.fontSize } } : l)),
        );
        if (
          (unnamed ? named(t) > named(placed) : named(t) >= named(placed)) &&
          placeCount(t) >= placeCount(placed) &&
          scored(t) >= scored(placed)
        ) {
          placed = t;
          break tries;
        }
      }
  }
  return placed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
};

export const MapOverlay = ({ size, view, state, copy, geo }: MapOverlayProps) => {
  const { width, height } = size;
  const lang = copy.ui.page.lang;
  const k = useWordScale(size);
  const fs = useMemo(() => fontSizes(k), [k]);
  const arcs = useMemo(() => overlayArcs(view, state, copy), [view, state, copy]);
  const markers = useMemo(() => overlayMarkers(view, state), [view, state]);
  const labels = useMemo(() => mapLabels({ geo, view, state, copy, size, k }), [geo, view, state, copy, size, k]);

  const scaleLabel = `${formatNumber(view.scale.km, lang)} ${copy.ui.map.kilometres}`;
  return (
    <g className="map-overlay">
      {arcs.map((a) => (
        <Arc key={a.key} d={a.d} />
      ))}
      {/* Placed, not moved: they fade with the other words before a zoom and come back where they
          now are, and on a resize they jump with their labels. */}
      {markers.map((mk) => (
        <g
          key={mk.id}
          className="map-marker"
          data-place={mk.id}
          transform={`translate(${Math.round(mk.x * 10) / 10} ${Math.round(mk.y * 10) / 10})`}
        >
          <circle r={sizes.marker} />
        </g>
      ))}
      {labels.map((l) => (
        <text
          key={l.id}
          className={`map-label map-label--${l.id.split(':')[0]}`}
          x={Math.round(l.x)}
          y={Math.round(l.y)}
          textAnchor={l.anchor}
          fontSize={l.fontSize}
          data-label={l.id}
          data-under={l.under}
        >
          {l.lines.map((line, i) => (
            <tspan key={i} x={Math.round(l.x)} dy={i === 0 ? 0 : '1.2em'}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {view.scale.km > 0 && (
        <g className="map-scale" transform={`translate(${12} ${Math.round(height - 14 * k)})`}>
          <path d={`M0,-4V0H${Math.round(view.scale.px)}V-4`} />
          <text x={Math.round(view.scale.px) + 6} y={0} fontSize={fs.small}>
            {scaleLabel}
          </text>
        </g>
      )}
      <text className="map-credit" x={width - 8} y={Math.round(height - 10 * k)} textAnchor="end" fontSize={fs.small}>
        {copy.ui.map.credit}
      </text>
    </g>
  );
};
