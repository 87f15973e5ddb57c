// Every marked place is named on the map, with its note where the step gives one, in every
// edition and at the map's size on every screen the story is checked at: a dot without its name
// tells the reader nothing. Rendered as the server renders the graphic (the same placement runs
// in the browser).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { steps, type MapState } from '../data/steps';
import { locales } from '../data/copy';
import { localeIds } from '../data/copy/ids';
import { parseGeodata } from './geodata';
import { MapView } from './MapView';
import { MAP_SIZES } from './mapSizes';
import { buildViews } from './mapModel';
import { outlineCrosses } from './contains';
import { SEMIBOLD, textWidth } from '../graphic/textWidth';

const geo = parseGeodata(topology);

/** The lines of each place label in the markup, by place id. */
const placeLabels = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<text[^>]*data-label="place:(\w+)"[^>]*>(.*?)<\/text>/g)].map(([, id, inner]) => [
      id!,
      [...inner!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, line]) =>
        line!.replace(/&amp;/g, '&').replace(/&#x27;/g, "'"),
      ),
    ]),
  );

describe.each(localeIds)('the %s map', (locale) => {
  const copy = locales[locale];
  it.each(MAP_SIZES)('names every marked place at $width×$height', (size) => {
    const missing: string[] = [];
    for (const s of steps) {
      const named = placeLabels(
        renderToStaticMarkup(<MapView geo={geo} state={s.graphic.map} copy={copy} initialSize={size} />),
      );
      const map: MapState = s.graphic.map;
      for (const id of map.markers) {
        const text = (named[id] ?? []).join(' ');
        const want = [copy.places[id], ...(map.notes?.includes(id) ? [copy.placeNotes[id]] : [])];
        // A note may be wrapped onto more lines; its words are all there, in order.
        if (!named[id] || named[id][0] !== want[0] || text !== want.join(' '))
          missing.push(`${s.id}: ${id} reads ${JSON.stringify(named[id] ?? null)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Where an area's name and another's do not both fit, the one the step points to stays: on a
  // phone the wide map of the step on leverage named North Korea and left out South Korea, the
  // country the step is about.
  it.each(MAP_SIZES.filter((m) => m.width < 400))(
    'names South Korea on the step about it at $width×$height',
    (size) => {
      const s = steps.find((x) => x.id === 'leverage');
      const html = renderToStaticMarkup(<MapView geo={geo} state={s!.graphic.map} copy={copy} initialSize={size} />);
      expect(s!.graphic.map.highlight).toContain('N410');
      expect(html).toContain('data-label="area:southKorea"');
    },
  );
});

/**
 * A place label's box as the markup sets it (src/map/labels.ts: the first baseline 0.85 of the
 * font size below the box's top, lines 1.2 apart, each line's estimated semibold width).
 */
const labelBox = (html: string, id: string) => {
  const m = html.match(
    new RegExp(
      `<text x="([\\d.-]+)" y="([\\d.-]+)" text-anchor="(\\w+)" font-size="([\\d.]+)" data-label="place:${id}"[^>]*>(.*?)</text>`,
    ),
  );
  if (!m) return null;
  const [x, y, fs] = [Number(m[1]), Number(m[2]), Number(m[4])];
  const lines = [...m[5]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, line]) => line!);
  const w = Math.max(...lines.map((l) => textWidth(l, fs) * SEMIBOLD));
  const x0 = { start: x, end: x - w, middle: x - w / 2 }[m[3] as 'start' | 'end' | 'middle'];
  const y0 = y - 0.85 * fs;
  return { x0, y0, x1: x0 + w, y1: y0 + lines.length * fs * 1.2 };
};

// Sudzha's note ("retaken by Russia, March 2025") was set across the Kursk region's border,
// beside the town in the region's south-western corner, on wide screens: there (a map wider
// than tall: a desktop's, a slide's) the region has room, and the note is set inside it (or out
// of it), not across its outline. On a tablet held upright the Korean and Ukrainian notes, longer,
// have no such place.
describe.each(localeIds)('the %s map of the last step', (locale) => {
  const copy = locales[locale];
  const next = steps.find((s) => s.id === 'next')!;
  const kursk = geo.region.find((f) => f.id === 'RU.KS')!;
  it.each(MAP_SIZES.filter((m) => m.width > m.height))(
    "sets Sudzha's note clear of the Kursk region's outline at $width×$height",
    (size) => {
      const html = renderToStaticMarkup(<MapView geo={geo} state={next.graphic.map} copy={copy} initialSize={size} />);
      const box = labelBox(html, 'sudzha');
      expect(box, 'Sudzha is named').not.toBeNull();
      const { projection } = buildViews(size)[next.graphic.map.view];
      const corners = [
        [box!.x0, box!.y0],
        [box!.x1, box!.y0],
        [box!.x1, box!.y1],
        [box!.x0, box!.y1],
      ].map((p) => projection.invert!(p as [number, number])!);
      expect(outlineCrosses(kursk, corners)).toBe(false);
    },
  );
});
