// Places the map marks (WGS84 degrees, about ±0.01).
import type { Place } from './schema';

export const places = {
  kursk: { lat: 51.72, lon: 36.18, country: 'RU' },
  sudzha: { lat: 51.19, lon: 35.27, country: 'RU' },
  sumy: { lat: 50.91, lon: 34.8, country: 'UA' },
  kyiv: { lat: 50.45, lon: 30.52, country: 'UA' },
  moscow: { lat: 55.75, lon: 37.62, country: 'RU' },
  pyongyang: { lat: 39.02, lon: 125.74, country: 'KP' },
  seoul: { lat: 37.57, lon: 126.98, country: 'KR' },
} as const satisfies Record<string, Place>;

export type PlaceId = keyof typeof places;
