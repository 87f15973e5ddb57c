// The map's views. Each frames a box of the globe; the steps move between them.
import type { MapView } from './schema';

export const mapViews = {
  /** From Ukraine to the Korean peninsula. */
  wide: {
    layer: 'wide',
    bounds: [
      [25, 34],
      [135, 62],
    ],
    labels: [
      { area: 'russia', lon: 62, lat: 56 },
      { area: 'china', lon: 103, lat: 35 },
      { area: 'ukraine', lon: 31, lat: 48.3 },
      { area: 'northKorea', lon: 131.8, lat: 40.6 },
      { area: 'southKorea', lon: 128.2, lat: 35.6 },
    ],
  },
  /** The Korean peninsula, close up: North and South Korea, with China and Russia at its edge. */
  koreas: {
    layer: 'wide',
    bounds: [
      [124.3, 32.9],
      [130.6, 42.6],
    ],
    labels: [
      { area: 'northKorea', lon: 127.0, lat: 40.2 },
      { area: 'southKorea', lon: 128.3, lat: 36.3 },
      { area: 'china', lon: 125.0, lat: 42.3 },
    ],
    omitFromKey: ['ukraine'],
  },
  /** Ukraine, with Crimea, and its Russian border. */
  ukraine: {
    layer: 'region',
    bounds: [
      [22, 44.2],
      [40.3, 52.5],
    ],
    labels: [
      { area: 'ukraine', lon: 29.5, lat: 49.2 },
      { area: 'russia', lon: 39.5, lat: 51.9 },
      { area: 'belarus', lon: 27.5, lat: 52.3 },
      { area: 'crimea', lon: 34.2, lat: 45.3 },
    ],
  },
  /** Crimea and the south of Ukraine, close enough to see the peninsula on a phone. */
  crimea: {
    layer: 'region',
    bounds: [
      [31.5, 44.2],
      [38.5, 47.6],
    ],
    labels: [
      { area: 'crimea', lon: 34.2, lat: 45.3 },
      { area: 'ukraine', lon: 33.6, lat: 47.1 },
      { area: 'russia', lon: 38.0, lat: 45.3 },
    ],
  },
  /** Russia's Kursk region and the Ukrainian border around it. */
  kursk: {
    layer: 'region',
    bounds: [
      [33.6, 50.2],
      [38.6, 52.5],
    ],
    labels: [
      { area: 'kurskRegion', lon: 36.6, lat: 52.05 },
      { area: 'sumyRegion', lon: 34.2, lat: 50.55 },
      { area: 'russia', lon: 38.2, lat: 50.6 },
      { area: 'ukraine', lon: 35.3, lat: 50.35 },
    ],
  },
} as const satisfies Record<string, MapView>;

export type MapViewId = keyof typeof mapViews;

/** Every area a label may name; the copy gives each its words. */
export type AreaId = (typeof mapViews)[MapViewId]['labels'][number]['area'];

/**
 * The shapes each area's name may sit in when they are in focus: its own, and the country it is
 * part of. A name is never set astride the outline of any other shape in focus (map/labels.ts),
 * nor centred over another named country's shape (South Korea's over China's).
 */
export const areaShapes: Record<AreaId, readonly string[]> = {
  russia: ['N643'],
  china: ['N156'],
  ukraine: ['UA'],
  northKorea: ['N408'],
  southKorea: ['N410'],
  belarus: [],
  crimea: ['UA', 'UA.KR', 'UA.SC'],
  kurskRegion: ['RU.KS', 'N643'],
  sumyRegion: ['UA', 'UA.SM'],
};
