// The key lists a colour only where the map shows it: Russia's warm grey is not in the key of a
// step that draws all of Russia in the highlight's colour.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { steps, type MapState } from '../data/steps';
import { en } from '../data/copy/en';
import { MapKey } from './MapKey';

const keyOf = (view: MapState['view'], highlight: readonly string[]) =>
  /data-key="([^"]*)"/
    .exec(
      renderToStaticMarkup(
        <svg>
          <MapKey view={view} highlight={highlight} ui={en.ui.map} width={640} height={400} />
        </svg>,
      ),
    )![1]!
    .split(' ');

describe('the map key', () => {
  it.each(steps.map((s): [string, MapState] => [s.id, s.graphic.map]))(
    'at %s, lists only colours on the map',
    (_, map) => {
      const key = keyOf(map.view, map.highlight);
      // Russia whole (its country code, 643) is drawn in the highlight's colour.
      expect(key.includes('russia')).toBe(!map.highlight.includes('N643'));
      expect(key.includes('focus')).toBe(map.highlight.some((id) => id !== 'UA' && !id.startsWith('UA.')));
    },
  );

  it('keeps Russia when only one of its regions is in focus', () => {
    expect(keyOf('kursk', ['RU.KS'])).toEqual(expect.arrayContaining(['russia', 'focus']));
    expect(keyOf('wide', ['N643', 'N408'])).not.toContain('russia');
  });
});
