/**
 * Regenerates tests/fixtures/workercn/<case>/expected.json from each case's source.html and
 * url.txt, through the same code as the `annotate` CLI, so a change shows as a reviewable diff:
 * `node --import tsx scripts/update-fixtures.ts --write [case ...]`. Without `--write` it only
 * lists the cases whose expected output differs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotatePage } from './annotate';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'workercn');

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(path.join(FIXTURES, name, 'source.html')))
    .sort();
}

export function fixtureUrl(name: string): string {
  return readFileSync(path.join(FIXTURES, name, 'url.txt'), 'utf8').trim();
}

export function serialize(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

async function main(argv: string[]) {
  const write = argv.includes('--write');
  const only = argv.filter((a) => !a.startsWith('--'));
  let changed = 0;
  for (const name of fixtureCases()) {
    if (only.length && !only.includes(name)) continue;
    const output = serialize(await annotatePage(path.join(FIXTURES, name, 'source.html'), fixtureUrl(name)));
    const file = path.join(FIXTURES, name, 'expected.json');
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (before === output) continue;
    changed++;
    if (write) writeFileSync(file, output);
    console.log(`${write ? 'wrote' : 'differs'}: ${name}`);
  }
  console.log(`${changed} case(s) ${write ? 'written' : 'differ'}`);
  if (!write && changed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
