// The map's key: what its colours mean, for the view on screen (only the entries it shows), in
// the top left corner, clear of the locator opposite. Drawn with the map's own classes, so the
// swatches are exactly the areas' colours in light and dark.
import { Fragment } from 'react';
import type { StoryCopy } from '../data/story';
import { mapViews, type MapViewId } from '../data/views';
import type { MapView } from '../data/schema';
import { sizes } from '../styles/tokens';
import { useWordScale } from '../graphic/wordScale';
import { textWidth } from '../graphic/textWidth';
import { OCCUPIED_AREAS } from './mapModel';

const SWATCH = { w: 13, h: 9 };
const GAP = 12;
const LINE = 17;
/** Room between the key's panel and what it holds, px. */
const PANEL_PAD = 5;

export type MapKeyProps = {
  view: MapViewId;
  highlight: readonly string[];
  /** The map's words. */
  ui: StoryCopy['ui']['map'];
  /** The map's width, px: the key wraps within three quarters of it. */
  width: number;
  /** The map's height, px: with its width, how large the key's words are (see typeScale). */
  height: number;
  /** Whether the map shows an occupied area hatched (not under Ukraine drawn whole). */
  occupied: boolean;
};

export const MapKey = ({ view, highlight, ui, width, height, occupied }: MapKeyProps) => {
  const k = useWordScale({ width, height });
  const fontSize = sizes.areaLabel * k;
  const swatch = { w: SWATCH.w * k, h: SWATCH.h * k };
  const focus = highlight.some((id) => id !== 'UA' && !OCCUPIED_AREAS.includes(id));
  const shown: MapView = mapViews[view];
  // Russia drawn whole in the highlight's colour (its country code): its own colour is not on the map.
  const omit: readonly string[] = [...(shown.omitFromKey ?? []), ...(highlight.includes('N643') ? ['russia'] : [])];
  // Ukraine in focus keeps its colour with a bolder outline (graphic.css): its swatch has it too.
  const uaFocus = highlight.includes('UA');
  const items: { id: string; label: string; className: string; key?: string }[] = [
    {
      id: 'ukraine',
      label: ui.keyUkraine,
      className: `map-area map-area--ua${uaFocus ? ' map-key__ua-focus' : ''}`,
      key: uaFocus ? 'ukraine-focus' : 'ukraine',
    },
    { id: 'russia', label: ui.keyRussia, className: 'map-area map-area--ru' },
    ...(focus ? [{ id: 'focus', label: ui.keyFocus, className: 'map-key__focus' }] : []),
    ...(occupied ? [{ id: 'occupied', label: ui.keyOccupied, className: 'map-area map-area--ua' }] : []),
  ].filter((i) => !omit.includes(i.id));
  // Laid out in rows from the corner, wrapping before the locator's quarter.
  const limit = width * 0.75 - 8;
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const w = swatch.w + 4 + textWidth(item.label, fontSize);
    if (x > 0 && x + w > limit) {
      x = 0;
      row += 1;
    }
    const at = { ...item, x, y: row * LINE * k, right: x + w };
    x += w + GAP * k;
    return at;
  });
  // A panel behind it, so its swatches and words read over any part of the map.
  const panel = {
    x: -PANEL_PAD,
    y: -PANEL_PAD,
    width: Math.max(...placed.map((i) => i.right)) + 2 * PANEL_PAD,
    height: row * LINE * k + swatch.h + fontSize * 0.3 + 2 * PANEL_PAD,
  };
  return (
    <g className="map-key" transform="translate(10 10)" data-key={items.map((i) => i.key ?? i.id).join(' ')}>
      <rect className="map-key__panel" {...panel} rx={3} />
      {placed.map((i) => (
        <Fragment key={i.id}>
          <rect className={i.className} x={i.x} y={i.y} width={swatch.w} height={swatch.h} />
          {i.id === 'occupied' && (
            <path
              className="map-hatch__line"
              d={`M${i.x + 3 * k},${i.y + swatch.h}l${6 * k},${-9 * k}M${i.x + 8 * k},${i.y + swatch.h}l${5 * k},${-7.5 * k}`}
            />
          )}
          <text x={i.x + swatch.w + 4} y={i.y + swatch.h} fontSize={fontSize}>
            {i.label}
          </text>
        </Fragment>
      ))}
    </g>
  );
};
