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
import { polyphoneFeatures, sharedFeatures, type PolyphoneFeatures } from '../utils/text/polyphones';
import { CONTEXT_RULES, LONE_READINGS, WORD_READINGS } from '../utils/text/readings-overrides';
import type { TextEngine } from '../utils/text/index';
import { GIVEN_NAME_READINGS, SURNAME_READINGS } from '../utils/text/names';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_FILE = path.join(root, 'utils/text/polyphones-model.txt');
const EPOCHS = 10;

export type CharClass = 'word' | 'lone' | 'name';

export interface Example {
  /** Where the character ends up: inside a dictionary word, alone, or in a name (a proper noun or a merged person name). */
  cls: CharClass;
  char: string;
  f: PolyphoneFeatures;
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
  try {
    return loadCppDev().map((it, n) => {
      const tokens = e.annotate(it.sentence, { tones: 'numbers' }).tokens;
      const ti = tokens.findIndex((t) => t.start <= it.at && it.at < t.end);
      const t = tokens[ti];
      let k = 0;
      for (let i = t.start; i < it.at; i++) if (/\p{Script=Han}/u.test(it.sentence[i])) k++;
      const base = t.pinyin.split(' ')[k] ?? '';
      const f = polyphoneFeatures({ text: it.sentence, at: it.at, tokens, index: ti, base }, e.dictionary);
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
        base,
        gold: it.gold,
        sentence: n,
        token: t.text,
        merged,
        offset: it.at - t.start,
        ruled,
      };
    });
  } finally {
    e.annotator.model = saved;
  }
}

interface Trained {
  w: Map<string, number>;
  labels: Map<string, string[]>;
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

function score(w: Map<string, number>, x: Example, l: string): number {
  let s = 0;
  for (const f of x.f.feats) s += w.get(x.char + '\t' + f + '\t' + l) ?? 0;
  for (const g of sharedFeatures(x.f, x.base, l)) s += w.get(g) ?? 0;
  return s;
}

export function predict(m: Trained, x: Example): string {
  if (!m.labels.has(x.char)) return x.base;
  let best = x.base;
  let bs = -Infinity;
  for (const l of candidates(m, x)) {
    const s = score(m.w, x, l);
    if (s > bs || (s === bs && l === x.base)) {
      bs = s;
      best = l;
    }
  }
  return best;
}

/** Averaged perceptron over every example (in-word ones teach the contexts too). */
export function train(data: Example[]): Trained {
  const labels = new Map<string, string[]>();
  for (const x of data) {
    const l = labels.get(x.char) ?? [];
    for (const r of [x.gold, x.base]) if (!l.includes(r)) l.push(r);
    labels.set(x.char, l);
  }
  const m: Trained = { w: new Map(), labels };
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
      for (const f of x.f.feats) {
        upd(x.char + '\t' + f + '\t' + x.gold, 1);
        upd(x.char + '\t' + f + '\t' + p, -1);
      }
      for (const g of sharedFeatures(x.f, x.base, x.gold)) upd(g, 1);
      for (const g of sharedFeatures(x.f, x.base, p)) upd(g, -1);
    }
  }
  const avg = new Map<string, number>();
  for (const [k, v] of m.w) {
    const t = (total.get(k) ?? 0) + v * (step - (stamp.get(k) ?? 0));
    if (t) avg.set(k, t / step);
  }
  return { w: avg, labels };
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
    lines.push(`${ch}\t${m.labels.get(ch)!.join(' ')}\t${feats.join('\t')}`);
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
