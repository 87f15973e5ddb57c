// Normalised SVG snapshots of the map and the timeline at every step (in the spirit of
// observablehq/plot's test/plot-snapshot.js): numbers rounded, each element on its own line,
// and the long boundary paths reduced to a digest, so a change to any step's picture shows up
// in review as a readable diff of __snapshots__/step-*.svg.
import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import topology from '../data/geo/region.topo.json';
import { steps } from '../data/steps';
import { en } from '../data/copy/en';
import { parseGeodata } from '../map/geodata';
import { MapView } from '../map/MapView';
import { Timeline } from '../timeline/Timeline';

const geo = parseGeodata(topology);

const round = (text: string) =>
  text.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10 || 0));

/** Rounds every number to one decimal, then digests paths of more than 120 characters. */
const normalise = (svg: string) =>
  round(svg)
    .replace(/ d="([^"]{120,})"/g, (_, d: string) => {
      const points = (d.match(/[ML]/g) ?? []).length;
      const digest = createHash('sha256').update(d).digest('hex').slice(0, 12);
      return ` d="(${points} points, sha256 ${digest})"`;
    })
    .replace(/></g, '>\n<');

describe('the graphic at every step (normalised SVG)', () => {
  it('normalise(svg) rounds numbers and digests long paths', () => {
    const long = `M${'1.234,5.678L'.repeat(20)}Z`;
    expect(normalise(`<g transform="translate(1.26 -0.04)"><path d="${long}"></path></g>`)).toMatch(
      /^<g transform="translate\(1\.3 0\)">\n<path d="\(21 points, sha256 [0-9a-f]{12}\)">\n<\/path>\n<\/g>$/,
    );
  });

  it.each(steps.map((s, i) => [String(i + 1).padStart(2, '0'), s] as const))('step %s', async (n, s) => {
    const map = renderToStaticMarkup(
      <MapView geo={geo} state={s.graphic.map} copy={en} initialSize={{ width: 640, height: 400 }} />,
    );
    const timeline = renderToStaticMarkup(<Timeline focus={s.graphic.timeline} copy={en} />);
    await expect(`<!-- ${s.id} -->\n${normalise(map)}\n${normalise(timeline)}\n`).toMatchFileSnapshot(
      `__snapshots__/step-${n}-${s.id}.svg`,
    );
  });
});
