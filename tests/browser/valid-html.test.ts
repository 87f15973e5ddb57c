// Valid HTML: the W3C Nu HTML checker (vnu-jar, run with Java) reports no error on any prerendered
// page, embed or offline copy of any edition. Without Java the check is skipped with a warning,
// except under CI=true, where a missing Java fails it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';
import { localeDir, localeIds } from '../../src/routing/lang';

const VNU = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
const java = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const ci = process.env.CI === 'true';
if (!java && !ci)
  console.warn('[valid-html] SKIPPED: no `java` on PATH to run the Nu HTML checker (Debian: default-jre-headless).');

/**
 * The checker's CSS grammar predates two SVG properties every browser supports and the offline
 * copies' inline stylesheet uses (CSS Fill and Stroke: paint-order; SVG 2: vector-effect). Only
 * these exact messages are set aside; every other error counts.
 */
const OUTDATED_CSS = [
  /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
];

const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'assets' ? [] : pages(join(dir, d.name));
    return d.name.endsWith('.html') ? [join(dir, d.name)] : [];
  });

type Message = { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string };

describe.skipIf(!java && !ci)('the Nu HTML checker', () => {
  it('finds every edition’s page, embed and offline copy', () => {
    const found = pages(DIST)
      .map((p) => relative(DIST, p))
      .sort();
    expect(found).toEqual(
      localeIds
        .map(localeDir)
        .flatMap((d) => [`${d}embed.html`, `${d}index.html`, `${d}kursk-explainer-offline.html`])
        .sort(),
    );
  });

  it('reports 0 errors on every page', () => {
    if (!java) throw new Error('[valid-html] CI=true and no `java` on PATH: install default-jre-headless');
    let out: string;
    try {
      out = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...pages(DIST)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      // vnu exits 1 when it reports errors; its report is on stderr.
      const err = e as { stderr?: string; stdout?: string };
      out = `${err.stderr ?? ''}${err.stdout ?? ''}`;
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { messages: Message[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .filter((m) => !OUTDATED_CSS.some((re) => re.test(m.message)))
      .map((m) => `${relative(DIST, m.url.replace(/^file:/, ''))}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
