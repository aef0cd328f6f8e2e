/**
 * `npm run check:identity -- --write FILE` / `-- --compare FILE`: annotate's full output (every
 * token's text, offsets, kind, pinyin, dictionary reference and glossary term) on a fixed corpus,
 * written as one JSON line per text and mode, or compared with such a file written before. For
 * changes that must not change a single reading or split (speed work on the engine's hot paths):
 * write the file on the code before the change, compare after it.
 *
 * Corpus: the seed texts (whole, and line by line), the CPP dev sentences (../shared/data/cpp-dev,
 * markers removed), every text field of the workercn fixtures' expected.json, and the Han string
 * literals of the text tests (tests/text). Modes: tone marks, tone numbers, tone sandhi, marks with
 * the glossary's terms (the CLI's `--text`), and the entry ids behind each token.
 *
 *   --root DIR   the code tree whose engine runs (default: this one), so a checkout of the code
 *                before the change (with its own public/dict) can write the reference file.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AnnotateOptions, TextEngine } from '../utils/text/index';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const HAN = /\p{Script=Han}/u;

function files(dir: string, test: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, test));
    else if (test(e.name)) out.push(p);
  }
  return out;
}

function jsonStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') {
    if (HAN.test(v)) out.push(v);
  } else if (Array.isArray(v)) for (const x of v) jsonStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) jsonStrings(x, out);
}

/** The corpus: [source label, text] pairs in a fixed order. */
export function identityCorpus(): [string, string][] {
  const out: [string, string][] = [];
  const seeds = files(path.join(here, '../shared/seeds'), (f) => f.endsWith('.txt'));
  for (const f of seeds) {
    const text = readFileSync(f, 'utf8');
    out.push([`seed ${path.basename(f)}`, text]);
    text.split('\n').forEach((line, i) => line.trim() && out.push([`seed ${path.basename(f)}:${i + 1}`, line]));
  }
  const cpp = path.join(here, '../shared/data/cpp-dev/dev.sent');
  if (existsSync(cpp))
    readFileSync(cpp, 'utf8')
      .split('\n')
      .forEach((line, i) => line && out.push([`cpp ${i + 1}`, line.replace(/▁/g, '')]));
  for (const f of files(path.join(here, 'tests/fixtures'), (n) => n === 'expected.json')) {
    const strings: string[] = [];
    jsonStrings(JSON.parse(readFileSync(f, 'utf8')), strings);
    strings.forEach((s, i) => out.push([`fixture ${path.relative(here, f)}#${i}`, s]));
  }
  for (const f of files(path.join(here, 'tests/text'), (n) => n.endsWith('.ts'))) {
    const src = readFileSync(f, 'utf8');
    let i = 0;
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)) {
      const s = m[1] ?? m[2] ?? m[3];
      if (s && HAN.test(s)) out.push([`test ${path.relative(here, f)}#${i++}`, s.replace(/\\n/g, '\n')]);
    }
  }
  return out;
}

interface Args {
  write?: string;
  compare?: string;
  root: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { root: here };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === '--write') a.write = v;
    else if (argv[i] === '--compare') a.compare = v;
    else if (argv[i] === '--root') a.root = path.resolve(v);
    else continue;
    if (v === undefined) throw new Error(`${argv[i]} needs a value`);
    i++;
  }
  if (!a.write === !a.compare)
    throw new Error('usage: check-annotate-identity (--write FILE | --compare FILE) [--root DIR]');
  return a;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // The path is the text modes module of a code tree named on the command line.
  // eslint-disable-next-line no-unsanitized/method
  const modes = (await import(pathToFileURL(path.join(args.root, 'scripts/lib/text-modes.ts')).href)) as {
    getNodeEngine: () => Promise<TextEngine>;
    annotateJson: (e: TextEngine, text: string, options?: AnnotateOptions) => string;
  };
  const engine = await modes.getNodeEngine();
  const corpus = identityCorpus();
  const runs: [string, (t: string) => string][] = [
    ['marks', (t) => JSON.stringify(engine.annotate(t))],
    ['numbers', (t) => JSON.stringify(engine.annotate(t, { tones: 'numbers' }))],
    ['sandhi', (t) => JSON.stringify(engine.annotate(t, { sandhi: true }))],
    ['glossary', (t) => modes.annotateJson(engine, t)],
    // The dictionary references behind the tokens: each headword's entry ids, as the word card reads them.
    [
      'entries',
      (t) =>
        JSON.stringify(
          engine.annotate(t).tokens.map((k) => (k.entry === undefined ? null : engine.dictionary.entryIds(k.entry))),
        ),
    ],
  ];
  const start = performance.now();
  const hash = createHash('sha256');
  const lines: string[] = [];
  for (const [label, text] of corpus)
    for (const [mode, run] of runs) {
      const line = JSON.stringify([label, mode, text.length, JSON.parse(run(text))]);
      hash.update(line + '\n');
      lines.push(line);
    }
  const ms = performance.now() - start;
  const digest = hash.digest('hex').slice(0, 16);
  const summary = `${corpus.length} texts × ${runs.length} modes = ${lines.length} outputs, sha256 ${digest} (annotated in ${(ms / 1000).toFixed(1)} s)`;
  if (args.write) {
    const out = createWriteStream(args.write);
    for (const l of lines) out.write(l + '\n');
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    console.log(`wrote ${args.write}: ${summary}`);
    return;
  }
  const before = readFileSync(args.compare!, 'utf8').split('\n').filter(Boolean);
  let differ = 0;
  const shown: string[] = [];
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) continue;
    differ++;
    if (shown.length < 5) {
      const head = (l: string | undefined) => (l ? l.slice(0, 300) : '(missing)');
      shown.push(`  before: ${head(before[i])}\n  now:    ${head(lines[i])}`);
    }
  }
  console.log(`${summary}; against ${args.compare} (${before.length} outputs): ${differ} differ`);
  if (shown.length) console.log(shown.join('\n'));
  if (differ) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
