// @vitest-environment node
// The committed map data is exactly what scripts/build-map.mjs makes from the registry packages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const committed = readFileSync(join(root, 'src/data/geo/region.topo.json'));

describe('scripts/build-map.mjs', () => {
  it('regenerates the committed TopoJSON byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'map-')), 'region.topo.json');
    execFileSync(process.execPath, [join(root, 'scripts/build-map.mjs'), out]);
    expect(readFileSync(out).equals(committed)).toBe(true);
  }, 60_000);

  it('stays small: under 30 KB gzip', () => {
    expect(gzipSync(committed, { level: 9 }).length).toBeLessThan(30 * 1024);
  });
});
