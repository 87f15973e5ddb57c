// A scale bar: a round distance that fits in about a fifth of the map's width.
import type { GeoProjection } from 'd3-geo';
import { geoDistance } from 'd3-geo';
import { EARTH_RADIUS_KM } from '../data/format';

const STEPS = [1, 2, 5];

/** Largest 1-2-5 number of km at most `max`. */
export const niceKm = (max: number): number => {
  if (!(max > 0) || !Number.isFinite(max)) return 0;
  const p = 10 ** Math.floor(Math.log10(max));
  const pick = [...STEPS].reverse().find((s) => s * p <= max) ?? 1;
  return pick * p;
};

/** Length in px and km of a scale bar measured at the map's centre. */
export const scaleBar = (projection: GeoProjection, width: number, height: number): { px: number; km: number } => {
  const cx = width / 2;
  const cy = height / 2;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  if (!a || !b) return { px: 0, km: 0 };
  const kmPerPx = (geoDistance(a, b) * EARTH_RADIUS_KM) / 100;
  const km = niceKm((width / 5) * kmPerPx);
  return { px: km / kmPerPx, km };
};
