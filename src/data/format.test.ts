import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3-geo';
import { angularDistance, distanceKm, fill, formatDate, formatDateRange, placeholders } from './format';
import { places } from './places';

const NBSP = '\u00a0';

describe('formatDate (TZ pinned far from UTC)', () => {
  it('shows the calendar date of the ISO string in every time zone', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(formatDate('2025-01-11', 'en')).toBe('January 11, 2025');
    expect(formatDate('2025-01-11', 'en', 'short')).toBe('January 11');
    expect(formatDate('1994-12-05', 'en', 'year')).toBe('1994');
  });

  it('formats for other locales', () => {
    expect(formatDate('2025-01-11', 'ko')).toBe('2025년 1월 11일');
    expect(formatDate('2025-01-11', 'uk')).toContain('2025');
  });

  it('writes ranges with the same spaces whatever ICU says', () => {
    expect(formatDateRange('2014-02-27', '2014-03-18', 'en')).toBe(`February 27${NBSP}– March 18, 2014`);
    expect(formatDateRange('2025-01-09', undefined, 'en')).toBe('January 9, 2025');
    // One form whatever the ICU version, so server and browser agree (hydration).
    expect(formatDateRange('2025-01-09', '2025-01-11', 'ko')).toBe('2025년 1월 9일~11일');
    expect(formatDateRange('2014-02-27', '2014-03-18', 'uk')).toBe(`27 лютого${NBSP}– 18 березня 2014${NBSP}р.`);
    expect(formatDateRange('2025-01-09', '2025-01-11', 'uk')).toBe(`9${NBSP}– 11 січня 2025${NBSP}р.`);
  });
});

describe('fill(text, locale, unit)', () => {
  it('formats figures by name and style, and leaves unknown names visible', () => {
    expect(fill('about {nisTroops} troops', 'en', 'about {km} km')).toBe('about 12,000 troops');
    expect(fill('{captureDate:month}', 'en', '')).toBe('January 2025');
    expect(fill('{pyongyangKursk}', 'en', 'about {km} km')).toBe('about 6,700 km');
    expect(fill('{nope}', 'en', '')).toBe('{nope}');
    expect(fill('{heading}', 'en', '', { heading: 'H' })).toBe('H');
  });

  it('lists placeholders', () => {
    expect(placeholders('a {x} b {y:short}')).toEqual(['x', 'y']);
  });
});

describe('distanceKm', () => {
  it('measures Pyongyang to Kursk along a great circle', () => {
    expect(distanceKm('pyongyang', 'kursk')).toBeGreaterThan(6600);
    expect(distanceKm('pyongyang', 'kursk')).toBeLessThan(6800);
  });

  it("uses d3-geo's great-circle formula: the same angle for every pair of places", () => {
    const points = Object.values(places).map((p) => [p.lon, p.lat] as [number, number]);
    for (const a of points) for (const b of points) expect(angularDistance(a, b)).toBeCloseTo(geoDistance(a, b), 12);
  });
});
