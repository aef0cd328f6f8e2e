/**
 * `npm run build:strokes` (part of `npm run build`): copies the stroke data of the characters the
 * word card can animate — every character of the HSK 1–6 words in the dictionary — from npm
 * `hanzi-writer-data` (derived from Make Me a Hanzi; Arphic Public License, see
 * utils/text/DATA-LICENSES.md) into public/strokes/, one JSON file per character, fetched lazily.
 * Needs public/dict (run after `build:dict`). It also bundles Hanzi Writer itself (MIT) as one
 * minified ES module, public/strokes/hanzi-writer.js, which the word card and the review page import
 * from the extension's files the first time they draw strokes: it is in no script that loads before.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { ENTRIES_FILE } from '../utils/text/dictionary-format';
import { hskLevelsFromEntries } from '../utils/study/hsk-words';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function main(): void {
  const dataDir = path.dirname(require.resolve('hanzi-writer-data/package.json'));
  const entries = path.join(root, 'public/dict', ENTRIES_FILE);
  if (!existsSync(entries)) throw new Error(`${entries} is missing: run npm run build:dict first`);
  const levels = hskLevelsFromEntries(gunzipSync(readFileSync(entries)));
  const chars = new Set<string>();
  for (const words of levels)
    for (const word of words) for (const ch of word) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
  const out = path.join(root, 'public/strokes');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  let copied = 0;
  const missing: string[] = [];
  for (const ch of [...chars].sort()) {
    const from = path.join(dataDir, `${ch}.json`);
    if (!existsSync(from)) {
      missing.push(ch);
      continue;
    }
    copyFileSync(from, path.join(out, `${ch}.json`));
    bytes += statSync(from).size;
    copied++;
  }
  copyFileSync(path.join(dataDir, 'ARPHICPL.TXT'), path.join(out, 'ARPHICPL.TXT'));
  const writer = path.join(out, 'hanzi-writer.js');
  buildSync({
    entryPoints: [require.resolve('hanzi-writer')],
    mainFields: ['module', 'main'],
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'inline',
    target: ['chrome110', 'firefox115'],
    outfile: writer,
  });
  console.log(`strokes: Hanzi Writer as a lazy module, ${(statSync(writer).size / 1024).toFixed(1)} KB`);
  console.log(
    `strokes: ${copied} characters, ${(bytes / 1024 / 1024).toFixed(1)} MB in public/strokes` +
      (missing.length ? ` (no data: ${missing.join('')})` : ''),
  );
}

main();
