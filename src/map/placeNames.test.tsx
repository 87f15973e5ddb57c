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
