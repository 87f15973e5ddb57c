// Size budgets on the built site (deterministic, so part of npm test): bench/budgets.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';
import { distStats, editionsOf } from '../../scripts/dist-stats.mjs';
import { defaultLocale, localeIds } from '../../src/data/copy/ids';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).bytes as Record<string, number>;
const KB = 1024;

describe('size budgets (gzip)', () => {
  const stats = distStats(DIST);

  it('counts every edition the copy declares, each built as a page (the default at the root)', () => {
    expect(editionsOf(DIST)).toEqual([defaultLocale, ...localeIds.filter((l) => l !== defaultLocale)]);
  });

  it.each(localeIds)(`initial JavaScript ≤ ${budgets.initialJsGzipKb} KB (%s edition, with its words)`, (id) => {
    const edition = stats.initialJsByEdition[id]!;
    // The entry, the app it starts and this edition's words and dates; no other edition's.
    expect(edition.files.some((f) => f.startsWith('main-'))).toBe(true);
    const editions = edition.files.filter((f) => localeIds.some((l) => f.startsWith(`${l}-`)));
    expect(editions).toHaveLength(2);
    expect(editions.filter((f) => !f.startsWith(`${id}-`))).toEqual([]);
    expect(edition.gzip / KB).toBeLessThanOrEqual(budgets.initialJsGzipKb!);
  });

  it(`CSS ≤ ${budgets.cssGzipKb} KB`, () => {
    expect(stats.css.gzip).toBeGreaterThan(0);
    expect(stats.css.gzip / KB).toBeLessThanOrEqual(budgets.cssGzipKb!);
  });

  it(`map data ≤ ${budgets.mapDataGzipKb} KB`, () => {
    expect(stats.mapData.gzip).toBeGreaterThan(0);
    expect(stats.mapData.gzip / KB).toBeLessThanOrEqual(budgets.mapDataGzipKb!);
  });

  it(`embed loader (embed.js, built from src/embed/loader.ts) ≤ ${budgets.embedLoaderGzipKb} KB`, () => {
    expect(stats.embedLoader.raw).toBeGreaterThan(0);
    expect(stats.embedLoader.gzip / KB).toBeLessThanOrEqual(budgets.embedLoaderGzipKb!);
  });

  it('keeps the map data and the graphic out of the initial JavaScript', () => {
    expect(stats.initialJs.files.some((f) => f.startsWith('map-data') || f.startsWith('LoadedGraphic'))).toBe(false);
  });
});
