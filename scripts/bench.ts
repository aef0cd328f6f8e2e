/**
 * `npm run bench`: every benchmark section in scripts/bench/ (one file per domain, each exporting
 * `run()`), in file-name order, or only those named on the command line: `npm run bench -- text`.
 * Every figure is printed next to a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { loadLine } from './lib/bench-utils';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

/** Each section's own target (the whole run: 5 minutes); a section over it is flagged, not stopped. */
const SECTION_TARGET_S = 120;
const started = performance.now();
const times: string[] = [];
for (const file of files) {
  const section = file.replace(/\.ts$/, '');
  console.log(`\n== ${section} == (${loadLine()})`);
  const sectionStart = performance.now();
  try {
    // The path is one of this folder's own files, listed above.
    // eslint-disable-next-line no-unsanitized/method
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<void> };
    await mod.run();
  } catch (error) {
    // One broken section is reported and the others still run.
    console.log(`${section}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
  const s = (performance.now() - sectionStart) / 1000;
  times.push(`${section} ${s.toFixed(0)} s${s > SECTION_TARGET_S ? ' (over 2 min)' : ''}`);
  console.log(`(${section}: ${s.toFixed(0)} s)`);
}
const total = (performance.now() - started) / 1000;
console.log(`\nbench wall time: ${total.toFixed(0)} s (target < 300 s); ${times.join(', ')}; ${loadLine()}`);
