// Before each browser test file (a setup file of the browser and long projects): waits until the
// site and the fault build the global setup started are built, and fails the file with the build's
// output if either failed. The files that read dist/ when they are collected need it there first.
import { inject } from 'vitest';
import { BUILT_PATH } from './serve';

for (const base of [inject('siteUrl'), inject('faultUrl')]) {
  const answer = await fetch(new URL(BUILT_PATH, base));
  if (!answer.ok) throw new Error(await answer.text());
}
