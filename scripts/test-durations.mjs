// Writes tests/browser/durations.json (the order the browser test files start in) from a
// vitest JSON report: `npm run test:durations` runs the browser tests and calls this.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [report = 'test-results/report.json'] = process.argv.slice(2);
const out = new URL('../tests/browser/durations.json', import.meta.url);
let results;
try {
  results = JSON.parse(readFileSync(report, 'utf8')).testResults;
} catch (error) {
  console.error(`test-durations: cannot read the vitest JSON report ${report}: ${error.message}`);
  process.exit(1);
}
const { $comment } = JSON.parse(readFileSync(out, 'utf8'));
const times = results
  .filter((f) => f.name.includes('/tests/browser/'))
  .map((f) => [basename(f.name), Math.round((f.endTime - f.startTime) / 1000)])
  .sort((a, b) => b[1] - a[1]);
if (!times.length) {
  console.error(`test-durations: ${report} holds no browser test file`);
  process.exit(1);
}
writeFileSync(out, JSON.stringify({ $comment, ...Object.fromEntries(times) }, null, 2) + '\n');
console.log(`test-durations: ${times.length} files, ${times.reduce((s, t) => s + t[1], 0)} s in all`);
