// Every package the bundle ships (the production dependencies and everything they depend on)
// has a permissive licence; the map data's source is credited.
// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/data/copy/en';

const PERMISSIVE = /^(MIT|ISC|BSD-2-Clause|BSD-3-Clause|0BSD|Apache-2\.0)$/;

type Pkg = { name: string; version: string; license?: string; dependencies?: Record<string, string> };

const read = (dir: string): Pkg => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Pkg;

/** Where `name` resolves from `from` (node's lookup: nested node_modules first, then up). */
const locate = (name: string, from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${from}`);
  }
};

const shipped = (() => {
  const seen = new Map<string, Pkg>();
  const walk = (dir: string) => {
    const pkg = read(dir);
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) return;
    seen.set(key, pkg);
    for (const dep of Object.keys(pkg.dependencies ?? {})) walk(locate(dep, dir));
  };
  const root = process.cwd();
  for (const dep of Object.keys(read(root).dependencies ?? {})) walk(locate(dep, root));
  return [...seen.values()];
})();

describe('licences of what the bundle ships', () => {
  it('covers Preact, D3, framer-motion and topojson, with their own dependencies', () => {
    const names = shipped.map((p) => p.name);
    for (const n of ['preact', 'd3-geo', 'd3-array', 'framer-motion', 'topojson-client']) expect(names).toContain(n);
  });

  it.each(shipped.map((p) => [`${p.name}@${p.version}`, p.license ?? '(none)'] as const))('%s: %s', (_, licence) => {
    expect(licence).toMatch(PERMISSIVE);
  });
});

describe('credits', () => {
  it("names the map data's source on the map and in the credits", () => {
    expect(en.ui.map.credit).toContain('Natural Earth');
    expect(en.ui.page.credits).toContain('Natural Earth');
  });
});
