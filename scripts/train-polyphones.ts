/**
 * `npm run train:polyphones`: trains the polyphone model (utils/text/polyphones.ts) on the CPP dev
 * split (../shared/data/cpp-dev, Apache-2.0), reports its k-fold cross-validated accuracy (folds by
 * sentence: every sentence is scored by a model that never saw it) and writes the model trained on
 * every sentence to utils/text/polyphones-model.txt, which `npm run build:dict` puts in the core asset.
 *   --folds N   (default 5)   --no-write   report only
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cppRight, loadCppDev } from './lib/cpp';
import { getNodeEngine } from './lib/text-modes';
import { featureNames, polyphoneFeatures, sharedFeatures, type PolyphoneFeatures } from '../utils/text/polyphones';
import { CONTEXT_RULES, LONE_READINGS, WORD_READINGS } from '../utils/text/readings-overrides';
import type { TextEngine } from '../utils/text/index';
import { GIVEN_NAME_READINGS, SURNAME_READINGS } from '../utils/text/names';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_FILE = path.join(root, 'utils/text/polyphones-model.txt');
const EPOCHS = 10;
/**
 * Perceptrons trained, each over the examples in another order, whose weights are averaged: one
 * perceptron's weights depend on the order it saw the examples in (±0.1 point on CPP dev), the
 * average much less.
 */
const ORDERS = 9;

export type CharClass = 'word' | 'lone' | 'name';

export interface Example {
  /** Where the character ends up: inside a dictionary word, alone, or in a name (a proper noun or a merged person name). */
  cls: CharClass;
  char: string;
  f: PolyphoneFeatures;
  /** The features' names as the model file writes them (featureNames). */
  feats: string[];
  base: string;
  gold: string;
  sentence: number;
  /** The token holding the character, and whether it is a merged name (no headword). */
  token: string;
  merged: boolean;
  /** UTF-16 offset of the character in its token. */
  offset: number;
  /** A lone character a context rule read (readings-overrides.ts): the model does not decide it. */
  ruled: boolean;
  /** The parts of speech of each reading of the character (readingTags). */
  tags: ReadonlyMap<string, string>;
}

/**
 * The parts of speech of each reading of `ch`, from its CC-CEDICT entries: V where a sense is a verb
 * ("to …"), M a measure word ("classifier …"), P a particle or interjection, N any other sense (a
 * surname, a variant or a cross-reference says nothing).
 */
export function readingTags(e: TextEngine, ch: string): Map<string, string> {
  const out = new Map<string, string>();
  const node = e.dictionary.nodeOf(ch);
  if (node <= 0) return out;
  for (const entry of e.dictionary.entriesOf(node)) {
    if (/^[A-Z]/.test(entry.pinyin)) continue;
    const reading = entry.pinyin.toLowerCase().replace(/u:/g, 'ü');
    let tags = out.get(reading) ?? '';
    for (const d of entry.definitions) {
      const tag = /^to /.test(d)
        ? 'V'
        : /particle|interjection/i.test(d)
          ? 'P'
          : /^(surname|variant|old variant|used in|see )/i.test(d)
            ? ''
            : /^classifier/.test(d)
              ? 'M'
              : 'N';
      if (tag && !tags.includes(tag)) tags += tag;
    }
    out.set(reading, tags);
  }
  return out;
}

/** Examples of the CPP dev split as the engine (without the model) segments and reads them. */
export async function examples(e: TextEngine): Promise<Example[]> {
  const saved = e.annotator.model;
  e.annotator.model = null;
  await e.preloadEntries();
  const reading = (w: string) => {
    const node = e.dictionary.nodeOf(w);
    return node > 0 ? e.dictionary.readingOf(node, w.length) : null;
  };
  const tagsByChar = new Map<string, Map<string, string>>();
  try {
    return loadCppDev().map((it, n) => {
      const tokens = e.annotate(it.sentence, { tones: 'numbers' }).tokens;
      const ti = tokens.findIndex((t) => t.start <= it.at && it.at < t.end);
      const t = tokens[ti];
      let k = 0;
      for (let i = t.start; i < it.at; i++) if (/\p{Script=Han}/u.test(it.sentence[i])) k++;
      const base = t.pinyin.split(' ')[k] ?? '';
      const f = polyphoneFeatures(it.sentence, it.at, tokens, ti, base, e.dictionary);
      const proper = t.entry !== undefined && /^[A-Z]/.test(e.dictionary.entriesOf(t.entry)[0]?.pinyin ?? '');
      const merged = t.entry === undefined && t.kind === 'han' && t.text.length > 1;
      const cls: CharClass = proper || merged ? 'name' : t.text.length === 1 ? 'lone' : 'word';
      const rule = t.text.length === 1 ? CONTEXT_RULES[t.text] : undefined;
      const ruled =
        !!rule && rule({ tokens, index: ti, reading, affix: (w) => e.dictionary.affixReading(w) }) !== undefined;
      return {
        cls,
        char: it.char,
        f,
        feats: featureNames(f),
        base,
        gold: it.gold,
        sentence: n,
        token: t.text,
        merged,
        offset: it.at - t.start,
        ruled,
        tags: tagsByChar.get(it.char) ?? tagsByChar.set(it.char, readingTags(e, it.char)).get(it.char)!,
      };
    });
  } finally {
    e.annotator.model = saved;
  }
}

interface Trained {
  w: Map<string, number>;
  labels: Map<string, string[]>;
  /** Parts of speech of each label of each character (only labels carry them, as in the model file). */
  tags: Map<string, Map<string, string>>;
}

/**
 * Whether the model decides the example at run time (as utils/text/annotate.ts and readInWord do):
 * a lone character without a context rule or a curated standalone reading (readings-overrides.ts),
 * any character of a merged name but a listed surname starting it (names.ts), and a character inside a dictionary word the model holds a weight
 * for (as serialised: |w| ≥ 0.05), unless the word has a curated reading.
 */
export function decides(m: Trained, x: Example): boolean {
  if (x.f.lone) return !x.ruled && !LONE_READINGS[x.char];
  if (x.merged) return !(x.offset === 0 ? SURNAME_READINGS[x.char] : GIVEN_NAME_READINGS[x.char]);
  if (WORD_READINGS[x.token]) return false;
  const key = `${x.char}\tw${x.token.replace(/\s+/g, '_')}\t`;
  return (m.labels.get(x.char) ?? []).some((l) => Math.abs(m.w.get(key + l) ?? 0) >= 0.05);
}

function candidates(m: Trained, x: Example): string[] {
  return [...new Set([...(m.labels.get(x.char) ?? []), x.base, ...x.f.ds])];
}

const tagsOf = (m: Trained, x: Example, l: string) => m.tags.get(x.char)?.get(l) ?? '';

function score(m: Trained, x: Example, l: string): number {
  let s = 0;
  for (const f of x.feats) s += m.w.get(x.char + '\t' + f + '\t' + l) ?? 0;
  for (const g of sharedFeatures(x.f, x.base, l, tagsOf(m, x, l))) s += m.w.get(g) ?? 0;
  return s;
}

export function predict(m: Trained, x: Example): string {
  if (!m.labels.has(x.char)) return x.base;
  let best = x.base;
  let bs = -Infinity;
  for (const l of candidates(m, x)) {
    const s = score(m, x, l);
    if (s > bs || (s === bs && l === x.base)) {
      bs = s;
      best = l;
    }
  }
  return best;
}

/** The average of ORDERS perceptrons (trainOnce), each over the examples in another order. */
export function train(data: Example[]): Trained {
  const runs = Array.from({ length: ORDERS }, (_, seed) => trainOnce(data, seed));
  const w = new Map<string, number>();
  for (const run of runs) for (const [k, v] of run.w) w.set(k, (w.get(k) ?? 0) + v / ORDERS);
  return { w, labels: runs[0].labels, tags: runs[0].tags };
}

/** Examples in the order of a hash of their sentence and `seed` (seed 0: as given). */
function reordered(data: Example[], seed: number): Example[] {
  if (seed === 0) return data;
  const key = (x: Example) => (x.sentence * 2654435761 + seed * 97) % 1000003;
  return [...data].sort((a, b) => key(a) - key(b));
}

/** One averaged perceptron over every example (in-word ones teach the contexts too). */
function trainOnce(given: Example[], seed: number): Trained {
  const data = reordered(given, seed);
  const labels = new Map<string, string[]>();
  for (const x of data) {
    const l = labels.get(x.char) ?? [];
    for (const r of [x.gold, x.base]) if (!l.includes(r)) l.push(r);
    labels.set(x.char, l);
  }
  const tags = new Map<string, Map<string, string>>();
  for (const x of data) {
    if (tags.has(x.char)) continue;
    const own = new Map<string, string>();
    for (const l of labels.get(x.char)!) if (x.tags.get(l)) own.set(l, x.tags.get(l)!);
    tags.set(x.char, own);
  }
  const m: Trained = { w: new Map(), labels, tags };
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const upd = (k: string, v: number) => {
    const cur = m.w.get(k) ?? 0;
    total.set(k, (total.get(k) ?? 0) + cur * (step - (stamp.get(k) ?? 0)));
    stamp.set(k, step);
    m.w.set(k, cur + v);
  };
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = (i * 7919 + ep * 31) % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = data[i];
      step++;
      const p = predict(m, x);
      if (p === x.gold) continue;
      for (const f of x.feats) {
        upd(x.char + '\t' + f + '\t' + x.gold, 1);
        upd(x.char + '\t' + f + '\t' + p, -1);
      }
      for (const g of sharedFeatures(x.f, x.base, x.gold, tagsOf(m, x, x.gold))) upd(g, 1);
      for (const g of sharedFeatures(x.f, x.base, p, tagsOf(m, x, p))) upd(g, -1);
    }
  }
  const avg = new Map<string, number>();
  for (const [k, v] of m.w) {
    const t = (total.get(k) ?? 0) + v * (step - (stamp.get(k) ?? 0));
    if (t) avg.set(k, t / step);
  }
  return { w: avg, labels, tags };
}

/** The model as text (see utils/text/polyphones.ts), weights ×10 rounded; |w| < 0.05 dropped. */
export function serialize(m: Trained): string {
  const byChar = new Map<string, Map<string, number[]>>();
  const shared: string[] = [];
  for (const [k, v] of m.w) {
    const q = Math.round(v * 10);
    if (!q) continue;
    const parts = k.split('\t');
    if (parts.length === 1) {
      shared.push(`${k} ${q}`);
      continue;
    }
    const [ch, feat, label] = parts;
    const labels = m.labels.get(ch)!;
    let fm = byChar.get(ch);
    if (!fm) byChar.set(ch, (fm = new Map()));
    let arr = fm.get(feat);
    if (!arr) fm.set(feat, (arr = new Array<number>(labels.length).fill(0)));
    arr[labels.indexOf(label)] = q;
  }
  const lines = [`*\t${shared.sort().join('\t')}`];
  for (const [ch, fm] of [...byChar].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const feats = [...fm].map(([f, arr]) => `${f} ${arr.map((x) => (x ? String(x) : '')).join(',')}`);
    const tags = m.tags.get(ch);
    const labels = m.labels.get(ch)!.map((l) => (tags?.get(l) ? `${l}/${tags.get(l)}` : l));
    lines.push(`${ch}\t${labels.join(' ')}\t${feats.join('\t')}`);
  }
  return lines.join('\n') + '\n';
}

export interface CvResult {
  lone: [number, number];
  word: [number, number];
  base: number;
  total: number;
  /** Held-out reading of every example, in order. */
  held: string[];
}

/** k-fold cross-validation by sentence: each fold scored by a model trained on the other folds. */
export function crossValidate(exs: Example[], folds: number): CvResult {
  const r: CvResult = { lone: [0, 0], word: [0, 0], base: 0, total: exs.length, held: new Array<string>(exs.length) };
  for (let f = 0; f < folds; f++) {
    const m = train(exs.filter((x) => x.sentence % folds !== f));
    exs.forEach((x, i) => {
      if (x.sentence % folds !== f) return;
      const inWord = !x.f.lone;
      const p = decides(m, x) ? predict(m, x) : x.base;
      r.held[i] = p;
      const c = x.f.lone ? r.lone : r.word;
      c[1]++;
      if (cppRight(p, x.gold, inWord)) c[0]++;
      if (cppRight(x.base, x.gold, inWord)) r.base++;
    });
  }
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const folds = Number(args[args.indexOf('--folds') + 1]) || 5;
  const e = await getNodeEngine();
  const exs = await examples(e);
  const cv = crossValidate(exs, folds);
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;
  console.log(
    `CPP dev, ${folds}-fold cross-validated by sentence: ${pct(cv.lone[0] + cv.word[0], cv.total)} (engine without the model ${pct(cv.base, cv.total)}); lone ${pct(...cv.lone)}, in a word ${pct(...cv.word)}`,
  );
  if (!args.includes('--no-write')) {
    const text = serialize(train(exs));
    writeFileSync(MODEL_FILE, text);
    console.log(`wrote ${path.relative(root, MODEL_FILE)}: ${(text.length / 1000).toFixed(0)} k characters`);
  }
}
