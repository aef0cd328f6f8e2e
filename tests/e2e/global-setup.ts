/** Starts the fixture server once for all e2e files and makes sure the extension is built. */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './browsers';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

let server: FixtureServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json')) || !existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  server = await startFixtureServer();
  project.provide('fixturePort', server.port);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
