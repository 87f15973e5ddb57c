// The browser tests' one-time setup: builds the site and the fault-injection build side by
// side (while the unit tests run), serves both under the policy the site ships (public/_headers),
// and starts one Chromium that every test file connects to. Set SKIP_BUILD=1 to test the builds
// already in dist/.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { chromiumPath, FAULT_DIST, serveDist, shippedHeaders, DIST } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, served with the shipped headers. */
    siteUrl: string;
    /** The fault-injection build (VITE_FAULT=1), served the same way. */
    faultUrl: string;
    /** The shared Chromium's endpoint; empty when there is no Chromium. */
    wsEndpoint: string;
  }
}

/** Runs a command, failing with its output when it fails. */
const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`[browser-tests] ${cmd} ${args.join(' ')} failed:\n${out}`)),
    );
  });

// NODE_ENV: vitest sets it to "test", and vite would then make a development build.
const production = { ...process.env, NODE_ENV: 'production' };

/** The shipped build: client, server render, prerender and offline copies (npm run build). */
const buildSite = () => run('npm', ['run', 'build', '--silent'], production);

/** The client built again with fault injection (`?fault=map|timeline|graphic`), prerendered like the real one. */
const buildFaultSite = async () => {
  rmSync(FAULT_DIST, { recursive: true, force: true });
  const env = {
    ...production,
    VITE_FAULT: '1',
    PRERENDER_DIST: 'dist-fault',
    PRERENDER_SSR: 'dist-fault/.ssr',
  };
  const vite = (...args: string[]) => run('npx', ['vite', 'build', '--logLevel', 'warn', ...args], env);
  await vite('--outDir', 'dist-fault');
  await vite('--ssr', 'src/entry-server.tsx', '--outDir', 'dist-fault/.ssr');
  await run('node', ['scripts/prerender.mjs'], env);
  await run('node', ['scripts/bootstrap.mjs'], env);
};

export default async function setup(project: TestProject) {
  let built: Promise<unknown> | undefined;
  if (
    process.env.SKIP_BUILD === '1' &&
    existsSync(join(DIST, 'index.html')) &&
    existsSync(join(FAULT_DIST, 'index.html'))
  )
    console.warn('[browser-tests] SKIP_BUILD=1: testing the builds already in dist/ and dist-fault/');
  // Not awaited: the unit tests run while the site builds; the servers answer once it is built,
  // and each browser test file waits for that first (wait-for-build.ts).
  else built = Promise.all([buildSite(), buildFaultSite()]);
  built?.catch(() => {});
  const headers = shippedHeaders();
  const site = await serveDist(headers, DIST, built);
  const fault = await serveDist(headers, FAULT_DIST, built);
  let browser: BrowserServer | undefined;
  if (chromiumPath) browser = await chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  project.provide('siteUrl', site.url);
  project.provide('faultUrl', fault.url);
  project.provide('wsEndpoint', browser?.wsEndpoint() ?? '');
  return async () => {
    await built?.catch(() => {});
    await browser?.close();
    await site.close();
    await fault.close();
  };
}
