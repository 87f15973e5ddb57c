// The order test files start in. Vitest starts the largest files first when it has no record of
// earlier runs (a fresh clone, CI), and the browser walks are small files over a shared module
// (walk.ts): they started last, and one worker ran on alone for a minute at the end. Here the
// browser files start longest first, by the times recorded in durations.json; the other projects
// keep vitest's order.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const recorded = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8')) as Record<
  string,
  number | string
>;
const seconds = new Map(Object.entries(recorded).filter((e): e is [string, number] => typeof e[1] === 'number'));
const sorted = [...seconds.values()].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;

/** A file's expected time: as recorded, or the median for a file not yet recorded. */
export const expectedSeconds = (moduleId: string) => seconds.get(basename(moduleId)) ?? median;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const order = await super.sort(files);
    const browser = order.filter((f) => f.project.name === 'browser');
    // Within the browser project only: stable, so equal times keep vitest's order.
    const ranked = [...browser].sort((a, b) => expectedSeconds(b.moduleId) - expectedSeconds(a.moduleId));
    let next = 0;
    return order.map((f) => (browser.includes(f) ? ranked[next++]! : f));
  }
}
