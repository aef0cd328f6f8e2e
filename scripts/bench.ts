/**
 * `npm run bench`: every benchmark section in scripts/bench/ (one file per domain, each exporting
 * `run()`), in file-name order, or only those named on the command line: `npm run bench -- text`.
 * Every figure is printed next to a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

for (const file of files) {
  const section = file.replace(/\.ts$/, '');
  console.log(`\n== ${section} ==`);
  // The path is one of this folder's own files, listed above.
  // eslint-disable-next-line no-unsanitized/method
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
