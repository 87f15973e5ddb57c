// The key lists a colour only where the map shows it: Russia's warm grey is not in the key of a
// step that draws all of Russia in the highlight's colour, and the hatching of occupied land is in
// the key exactly when the map shows it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { steps, type MapState } from '../data/steps';
import { en } from '../data/copy/en';
import { parseGeodata } from './geodata';
import { MapView } from './MapView';

const geo = parseGeodata(topology);

const keyOf = (map: MapState, size = { width: 640, height: 400 }) =>
  /data-key="([^"]*)"/
    .exec(renderToStaticMarkup(<MapView geo={geo} state={map} copy={en} initialSize={size} />))![1]!
    .split(' ');

const stepMap = (id: string): MapState => steps.find((s) => s.id === id)!.graphic.map;

describe('the map key', () => {
  it.each(steps.map((s): [string, MapState] => [s.id, s.graphic.map]))(
    'at %s, lists only colours on the map',
    (_, map) => {
      const key = keyOf(map);
      // Russia whole (its country code, 643) is drawn in the highlight's colour.
      expect(key.includes('russia')).toBe(!map.highlight.includes('N643'));
      expect(key.includes('focus')).toBe(map.highlight.some((id) => id !== 'UA' && !id.startsWith('UA.')));
      // Ukraine in focus is outlined, not filled with the highlight: its swatch is outlined too.
      expect(key.includes('ukraine-focus')).toBe(map.highlight.includes('UA'));
      // The wide layer hatches nothing.
      if (map.view === 'wide' || map.view === 'koreas') expect(key).not.toContain('occupied');
    },
  );

  it('keeps Russia when only one of its regions is in focus', () => {
    expect(keyOf(stepMap('capture'))).toEqual(expect.arrayContaining(['russia', 'focus']));
    expect(keyOf(stepMap('gains'))).not.toContain('russia');
  });

  it('lists the hatching where the map shows occupied land, and only there', () => {
    expect(keyOf(stepMap('crimea'))).toContain('occupied');
    // 1994: Ukraine drawn whole, Crimea as its own, no hatching, and no "occupied since 2014".
    const disarmament = renderToStaticMarkup(
      <MapView geo={geo} state={stepMap('disarmament')} copy={en} initialSize={{ width: 640, height: 400 }} />,
    );
    expect(keyOf(stepMap('disarmament'))).not.toContain('occupied');
    expect(disarmament).not.toContain('data-label="area:crimea"');
    // The Kursk close-up: on a wide map Crimea is far out of the frame; on a tall phone's map it
    // shows, hatched, at the bottom.
    expect(keyOf(stepMap('capture'))).not.toContain('occupied');
    expect(keyOf(stepMap('capture'), { width: 768, height: 910 })).toContain('occupied');
  });
});
