// Data integrity: every id resolves, every date is valid and ordered, every figure is known.
import { describe, expect, it } from 'vitest';
import {
  steps,
  events,
  places,
  sources,
  mapViews,
  figures,
  axisSegments,
  glossary,
  questions,
} from '../../src/data/story';
import { locales } from '../../src/data/copy';
import { placeholders, isFigureId } from '../../src/data/format';
import { parseGeodata } from '../../src/map/geodata';
import topology from '../../src/data/geo/region.topo.json';
import type { StepCopy } from '../../src/data/types';
import { strings } from './strings';

const INTERVIEW = '2025-03-23';
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) => ISO.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const geo = parseGeodata(topology);
const featureIds = new Set([...geo.wide, ...geo.region, ...geo.outlines].map((f) => f.id));

describe('steps', () => {
  it('tells the story in 10 to 16 steps with unique ids', () => {
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps.length).toBeLessThanOrEqual(16);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  // Ids of sources, views, places and events are checked by the types (satisfies); these are not.
  it.each(steps.map((s) => [s.id, s] as const))(
    '%s cites a source, focuses an event and highlights only areas the map data has',
    (_, s) => {
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.graphic.timeline.length).toBeGreaterThan(0);
      for (const id of s.graphic.map.highlight) expect(featureIds.has(id), id).toBe(true);
    },
  );

  it.each(steps.map((s) => [s.id, s] as const))('%s marks only places inside its map view', (_, s) => {
    const [[w, south], [e, n]] = mapViews[s.graphic.map.view].bounds;
    for (const id of s.graphic.map.markers) {
      const p = places[id];
      expect(p.lon, id).toBeGreaterThanOrEqual(w);
      expect(p.lon, id).toBeLessThanOrEqual(e);
      expect(p.lat, id).toBeGreaterThanOrEqual(south);
      expect(p.lat, id).toBeLessThanOrEqual(n);
    }
  });
});

describe('timeline events', () => {
  const list = Object.entries(events);

  it('have valid dates in chronological order, ends after starts', () => {
    const dates = list.map(([, e]) => e.date);
    for (const [id, e] of list) {
      expect(validDate(e.date), id).toBe(true);
      if ('end' in e) expect(e.end > e.date, id).toBe(true);
    }
    expect([...dates].sort()).toEqual(dates);
  });

  it('flag exactly the events after the interview', () => {
    for (const [id, e] of list) expect('afterInterview' in e, id).toBe(e.date > INTERVIEW);
  });

  it('cite sources that exist', () => {
    for (const [, e] of list) for (const s of e.sources) expect(sources).toHaveProperty(s);
  });

  it('all fall inside a segment of the broken axis', () => {
    for (const [id, e] of list) {
      expect(
        axisSegments.some((g) => e.date >= g.from && ('end' in e ? e.end : e.date) <= g.to),
        id,
      ).toBe(true);
    }
  });

  it('include the milestones the story needs', () => {
    expect(events.budapest.date).toBe('1994-12-05');
    expect(events.crimea).toMatchObject({ date: '2014-02-27', end: '2014-03-18' });
    expect(events.invasion.date).toBe('2022-02-24');
    expect(events.incursion.date).toBe('2024-08-06');
    // Both men were captured on the 9th; the 11th is the announcement, not part of the event.
    expect(events.capture.date).toBe('2025-01-09');
    expect('end' in events.capture).toBe(false);
    expect(events.defection.date).toBe('2025-02-19');
    expect(events.call.date).toBe('2025-03-17');
    expect(events.interview.date).toBe(INTERVIEW);
  });
});

describe('sources', () => {
  it('each have an outlet, a title, a valid date and an https or http URL', () => {
    for (const [id, s] of Object.entries(sources)) {
      expect(s.outlet, id).not.toBe('');
      expect(s.title, id).not.toBe('');
      expect(validDate(s.date), id).toBe(true);
      expect(new URL(s.url).protocol, id).toMatch(/^https?:$/);
    }
  });

  it('are each cited somewhere', () => {
    const cited = new Set([
      ...steps.flatMap((s) => s.sources),
      ...Object.values(events).flatMap((e) => e.sources),
      ...Object.values(glossary).flatMap((t) => t.sources),
      ...Object.values(questions).flatMap((q) => q.sources),
      'naturalEarth',
    ]);
    expect([...cited].sort()).toEqual(Object.keys(sources).sort());
  });
});

describe('places', () => {
  it('have coordinates on the globe, within the map data', () => {
    for (const [id, p] of Object.entries(places)) {
      expect(Math.abs(p.lat), id).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon), id).toBeLessThanOrEqual(180);
      expect(
        Object.values(mapViews).some(
          (v) =>
            p.lon >= v.bounds[0][0] && p.lon <= v.bounds[1][0] && p.lat >= v.bounds[0][1] && p.lat <= v.bounds[1][1],
        ),
        id,
      ).toBe(true);
    }
  });

  it('carry a note only where a step marks them, worded in every edition', () => {
    for (const step of steps) {
      const map: { markers: readonly string[]; notes?: readonly string[] } = step.graphic.map;
      for (const id of map.notes ?? []) {
        expect(map.markers, `${step.id}: ${id}`).toContain(id);
        for (const [locale, copy] of Object.entries(locales))
          expect((copy.placeNotes as Record<string, string>)[id], `${locale}: ${id}`).toMatch(/\S/);
      }
    }
  });
});

describe.each(Object.entries(locales))('copy (%s)', (id, copy) => {
  it('uses only figures that exist, and runtime values only where the code fills them', () => {
    // Placeholders the components fill themselves, and the strings they fill them in.
    const runtime: Record<string, string[]> = {
      km: ['.ui.map.distanceLabel'],
      heading: ['.ui.story.stepAnnouncement'],
      n: ['.ui.story.stepCount', '.ui.deck.slideCount'],
      total: ['.ui.story.stepCount', '.ui.deck.slideCount'],
      count: ['.ui.embed.sources'],
      date: ['.ui.page.publishedOn', '.ui.page.updatedOn', '.ui.page.printedOn'],
    };
    for (const [path, s] of strings(copy))
      for (const name of placeholders(s))
        expect(isFigureId(name) || (runtime[name]?.includes(path) ?? false), `${path}: {${name}}`).toBe(true);
  });

  it('quotes the ambassador exactly', () => {
    const quote: StepCopy['quote'] = copy.steps.envoy.quote;
    if (!quote) throw new Error('the envoy step has no quote');
    expect(quote.original ?? quote.text).toBe(
      'Ukraine does not view this matter as a bargaining issue, but rather as one that must be handled in strict accordance with international law and humanitarian principles.',
    );
    // His word, quoted in the English edition (the others translate it).
    if (id === 'en') expect(copy.steps.envoy.body.join(' ')).toContain('“premature”');
  });
});

describe('figures', () => {
  it('are each used by the copy', () => {
    const used = new Set(Object.values(locales).flatMap((c) => strings(c).flatMap(([, s]) => placeholders(s))));
    for (const id of Object.keys(figures)) expect(used.has(id), id).toBe(true);
  });
});

describe('the graphic', () => {
  it.each(steps.slice(1).map((s, i) => [s.id, steps[i]!.id, s, steps[i]!] as const))(
    'changes its map from the step before at %s (after %s)',
    (_, __, step, before) => {
      const picture = (s: typeof step) => JSON.stringify(s.graphic.map);
      expect(picture(step)).not.toBe(picture(before));
    },
  );
});
