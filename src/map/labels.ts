// Greedy label placement: every label inside the map and clear of the others, or left out.
import { SEMIBOLD, textWidth } from '../graphic/textWidth';

export type LabelInput = {
  id: string;
  /** Lines of text. */
  lines: readonly string[];
  /** Anchor point, px. */
  x: number;
  y: number;
  /** Places sit beside their marker; areas are centred on their point. */
  kind: 'place' | 'area';
  fontSize: number;
  /** An area's shorter name (N. KOREA), set only where the name itself does not fit. */
  short?: string;
  /**
   * A place's country named on a line of its own under the place's name (Pyongyang, and NORTH
   * KOREA under it), where the country's name has no room of its own: placed as one with the
   * place's name, returned as a label of its own (`id`), in the area's type.
   */
  under?: { id: string; text: string; fontSize: number };
  /** A country's name set under its place's name: tied to its country by the place, not by distance. */
  tied?: boolean;
};

export type PlacedLabel = {
  id: string;
  lines: readonly string[];
  /** Where the text's anchor sits, px. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  /** The label's box, for tests and for collision. */
  box: Box;
  /** For a country's name set under its place's name: the place's label id. */
  under?: string;
};

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Area labels' letter-spacing, em (`.map-label--area` in styles/graphic.css): it widens every character. */
const AREA_TRACKING = 0.04;

/** An area's name's width, px, with its letter-spacing. */
const areaWidth = (t: string, fontSize: number) => textWidth(t, fontSize) + [...t].length * AREA_TRACKING * fontSize;

/** A label's widest line, px, with its weight and letter-spacing (and its country's name under it). */
const labelWidth = (l: LabelInput) =>
  Math.max(
    ...l.lines.map((t) => (l.kind === 'area' ? areaWidth(t, l.fontSize) : textWidth(t, l.fontSize) * SEMIBOLD)),
    l.under ? areaWidth(l.under.text, l.under.fontSize) : 0,
  );

/** A label's height, px: its lines, and the line of its country's name under them. */
const labelHeight = (l: LabelInput) => l.lines.length * l.fontSize * LINE + (l.under ? l.under.fontSize * LINE : 0);

/**
 * A line's words split into `n` lines of about equal width (the widest as narrow as it can be),
 * breaking only at plain spaces (a no-break space keeps its words together); null when the line has
 * fewer than `n` words.
 */
export const splitLine = (text: string, n: number, fontSize: number): string[] | null => {
  const words = text.split(' ');
  if (words.length < n) return null;
  const width = (from: number, to: number) => textWidth(words.slice(from, to).join(' '), fontSize);
  // The best split of words[from..] into k lines: [widest line, lines].
  const best = (from: number, k: number): [number, string[]] => {
    if (k === 1) return [width(from, words.length), [words.slice(from).join(' ')]];
    let out: [number, string[]] = [Infinity, []];
    for (let to = from + 1; to <= words.length - k + 1; to++) {
      const [rest, lines] = best(to, k - 1);
      const widest = Math.max(width(from, to), rest);
      if (widest < out[0]) out = [widest, [words.slice(from, to).join(' '), ...lines]];
    }
    return out;
  };
  return best(0, n)[1];
};

/**
 * The ways a label may be set, first choice first: as given, then (for a place with a note) the note
 * split onto two and then three lines, so that a narrow map still names the place with its note;
 * an area's name of two words or more, on one line and then on two.
 */
const settings = (l: LabelInput): LabelInput[] => {
  // An area's name of more than one word may also go on two lines (NORTH / KOREA on a phone), or
  // of three words or more on three (Crimea's, inside the peninsula on a phone).
  // Then its shorter name, if it has one, on one line and then on two.
  if (l.kind === 'area' && l.lines.length === 1) {
    const names = [l, ...(l.short ? [{ ...l, lines: [l.short] }] : [])];
    return names.flatMap((n) => [
      n,
      ...[2, 3].flatMap((k) => {
        const split = splitLine(n.lines[0] ?? '', k, n.fontSize);
        return split ? [{ ...n, lines: split }] : [];
      }),
    ]);
  }
  const [name, note, ...more] = l.lines;
  if (l.kind !== 'place' || name === undefined || note === undefined || more.length) return [l];
  const split = [2, 3].flatMap((n) => {
    const lines = splitLine(note, n, l.fontSize);
    return lines ? [{ ...l, lines: [name, ...lines] }] : [];
  });
  return [l, ...split];
};

/** Clearance kept between labels, px (a quarter of the font size for larger type): estimates of width are not exact. */
const CLEAR = 3;
const overlaps = (a: Box, b: Box, clear = CLEAR) =>
  a.x0 - clear < b.x1 && b.x0 - clear < a.x1 && a.y0 - clear < b.y1 && b.y0 - clear < a.y1;

const GAP = 6;
const LINE = 1.2;

type Candidate = Omit<PlacedLabel, 'id' | 'lines' | 'fontSize'>;

const candidates = (l: LabelInput, w: number, h: number): Candidate[] => {
  const up = l.fontSize * 0.35;
  const box = (x0: number, y0: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });
  if (l.kind === 'area') {
    // Centred on its point, else a line above or below it, else two below or above; else beside
    // it, level with it or a line up or down (a country a few pixels wide on a phone, named over
    // the sea next to it).
    const at = (k: number, dx: number) => {
      const top = l.y - h / 2 + k * (h + 2);
      return { x: l.x + dx, y: top + l.fontSize * 0.85, anchor: 'middle' as const, box: box(l.x + dx - w / 2, top) };
    };
    const side = w / 2 + GAP / 2;
    return [...[0, -1, 1, 2, -2].map((k) => at(k, 0)), ...[0, -1, 1].flatMap((k) => [at(k, side), at(k, -side)])];
  }
  // Beside the marker, the first line level with it and any further lines below (a place's
  // note): the box runs from the first line's top down.
  const besideTop = l.y + up - l.fontSize * 0.85;
  return [
    { x: l.x + GAP, y: l.y + up, anchor: 'start', box: box(l.x + GAP, besideTop) },
    { x: l.x - GAP, y: l.y + up, anchor: 'end', box: box(l.x - GAP - w, besideTop) },
    { x: l.x, y: l.y - GAP - h + l.fontSize * 0.85, anchor: 'middle', box: box(l.x - w / 2, l.y - GAP - h) },
    { x: l.x, y: l.y + GAP + l.fontSize * 0.85, anchor: 'middle', box: box(l.x - w / 2, l.y + GAP) },
    // Off a corner: up or down and to one side, where a route or a border takes the others.
    { x: l.x + 2, y: l.y - GAP - h + l.fontSize * 0.85, anchor: 'start', box: box(l.x + 2, l.y - GAP - h) },
    { x: l.x + 2, y: l.y + GAP + l.fontSize * 0.85, anchor: 'start', box: box(l.x + 2, l.y + GAP) },
    { x: l.x - 2, y: l.y - GAP - h + l.fontSize * 0.85, anchor: 'end', box: box(l.x - 2 - w, l.y - GAP - h) },
    { x: l.x - 2, y: l.y + GAP + l.fontSize * 0.85, anchor: 'end', box: box(l.x - 2 - w, l.y + GAP) },
  ];
};

/** Room kept between a label and the map's edge, px: the width estimate may be a pixel or two short. */
const EDGE = 4;

const inside = (b: Box, width: number, height: number, top: number) =>
  b.x0 >= EDGE && b.y0 >= top && b.x1 <= width - EDGE && b.y1 <= height;

/** Moves an area label's candidate inside the map, if it fits at all. */
const nudgeInside = (c: Candidate, width: number, height: number, top: number): Candidate => {
  const dx = Math.max(0, EDGE - c.box.x0) - Math.max(0, c.box.x1 - (width - EDGE));
  const dy = Math.max(0, top - c.box.y0) - Math.max(0, c.box.y1 - height);
  return {
    ...c,
    x: c.x + dx,
    y: c.y + dy,
    box: { x0: c.box.x0 + dx, x1: c.box.x1 + dx, y0: c.box.y0 + dy, y1: c.box.y1 + dy },
  };
};

/** A line drawn on the map (a route), as points along it, px. */
export type Polyline = readonly (readonly [number, number])[];

/** Whether the segment from a to b passes through the box grown by `clear` (Liang and Barsky's clipping). */
const segmentCrosses = (
  b: Box,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
  clear: number,
) => {
  const [dx, dy] = [bx - ax, by - ay];
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, ax - (b.x0 - clear)],
    [dx, b.x1 + clear - ax],
    [-dy, ay - (b.y0 - clear)],
    [dy, b.y1 + clear - ay],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
};

/** Room kept between a label and a route, px. */
const ROUTE_CLEAR = 2;

const crossesRoute = (b: Box, routes: readonly Polyline[]) =>
  routes.some((line) =>
    line.some((p, i) => {
      const before = line[i - 1];
      return before !== undefined && segmentCrosses(b, before, p, ROUTE_CLEAR);
    }),
  );

/**
 * Places labels in the order given (most important first). Place labels try right, left, above
 * and below their marker, then off its four corners, beside it first even if that takes
 * splitting a place's note onto more lines; area labels are centred and nudged inside. A label
 * that cannot be placed clear of the others and inside the map is dropped rather than drawn over
 * another. Labels stay between `top` and `height` (the map's key sits above `top`), clear of the
 * `avoid` boxes, and off the `routes` drawn on the map (a route leaves its marker on the side its
 * label is not);
 * an area's name (not a place's) is never set where `astride` says it sits across an outline,
 * and a label goes where `prefer` scores highest (the first such place in the order above), if it
 * can: true or a larger number for a better place.
 */
export const placeLabels = (
  labels: readonly LabelInput[],
  width: number,
  height: number,
  top = 0,
  avoid: readonly Box[] = [],
  routes: readonly Polyline[] = [],
  astride: (label: LabelInput, box: Box) => boolean = () => false,
  prefer: (label: LabelInput, box: Box) => number | boolean = () => 0,
): PlacedLabel[] => {
  // Markers are kept clear too, without the clearance labels keep from each other.
  const markers: Box[] = labels
    .filter((l) => l.kind === 'place')
    .map((l) => ({ x0: l.x - 4, y0: l.y - 4, x1: l.x + 4, y1: l.y + 4 }));
  // Boxes kept clear (the locator), like labels already placed.
  const taken: Box[] = [...avoid];
  const placed: PlacedLabel[] = [];
  for (const given of labels) {
    // Every setting of the words at every position: beside the marker first (with the note on
    // more lines if need be), then above or below it.
    const options = settings(given).flatMap((l) => {
      const w = labelWidth(l);
      const h = labelHeight(l);
      return candidates(l, w, h).map((c, i) => ({
        l,
        c: l.kind === 'area' ? nudgeInside(c, width, height, top) : c,
        beside: l.kind === 'place' && i < 2,
      }));
    });
    options.sort((a, b) => Number(b.beside) - Number(a.beside));
    const fits = ({ l, c }: (typeof options)[number]) =>
      inside(c.box, width, height, top) &&
      !taken.some((t) => overlaps(t, c.box, Math.max(CLEAR, l.fontSize * 0.25))) &&
      !markers.some((m) => overlaps(m, c.box, 0)) &&
      !crossesRoute(c.box, routes) &&
      (l.kind === 'place' || !astride(l, c.box)) &&
      // A country's name under its place's is held to the rules of an area's name.
      (!l.under || !astride(underLabel(l, l.under), splitUnder(l, c).at(-1)?.box ?? c.box));
    // Where `prefer` scores highest (a place's name over its own side of a border, clear of the
    // outlines in focus), else wherever it fits first.
    let ok: (typeof options)[number] | undefined;
    let best = -Infinity;
    for (const o of options) {
      if (!fits(o)) continue;
      const score = Number(prefer(o.l, o.c.box));
      if (score > best) [ok, best] = [o, score];
    }
    if (ok) {
      taken.push(ok.c.box);
      placed.push(...splitUnder(ok.l, ok.c));
    }
  }
  return placed;
};

/** Where a line `w` px wide set at `x` with this anchor begins, px. */
export const leftEdge = (anchor: PlacedLabel['anchor'], x: number, w: number) =>
  x - { start: 0, middle: 0.5, end: 1 }[anchor] * w;

/** The country's name under a place's, as the area label it is. */
const underLabel = (l: LabelInput, under: NonNullable<LabelInput['under']>): LabelInput => ({
  id: under.id,
  lines: [under.text],
  x: l.x,
  y: l.y,
  kind: 'area',
  fontSize: under.fontSize,
  tied: true,
});

/**
 * A placed label as drawn: a place's name, and its country's name under it as a label of its own
 * (its box the last line of the pair's, as wide as its words, aligned as the place's name is).
 */
const splitUnder = (l: LabelInput, c: Candidate): PlacedLabel[] => {
  const own: PlacedLabel = { id: l.id, lines: l.lines, fontSize: l.fontSize, ...c };
  const { under } = l;
  if (!under) return [own];
  const w = areaWidth(under.text, under.fontSize);
  const top = c.box.y1 - under.fontSize * LINE;
  const x0 = leftEdge(c.anchor, c.x, w);
  const placeW = Math.max(...l.lines.map((t) => textWidth(t, l.fontSize) * SEMIBOLD));
  const px0 = leftEdge(c.anchor, c.x, placeW);
  return [
    { ...own, box: { x0: px0, y0: c.box.y0, x1: px0 + placeW, y1: top } },
    {
      id: under.id,
      under: l.id,
      lines: [under.text],
      fontSize: under.fontSize,
      x: c.x,
      y: top + under.fontSize * 0.85,
      anchor: c.anchor,
      box: { x0, y0: top, x1: x0 + w, y1: c.box.y1 },
    },
  ];
};

/** Points across a box: three rows of five, its edges just inside. */
export const boxPoints = (b: Box): [number, number][] =>
  [0.05, 0.5, 0.95].flatMap((fy) =>
    [0.02, 0.25, 0.5, 0.75, 0.98].map((fx): [number, number] => [b.x0 + fx * (b.x1 - b.x0), b.y0 + fy * (b.y1 - b.y0)]),
  );
