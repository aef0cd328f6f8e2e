/**
 * A compact learned model for polyphonic characters (an averaged perceptron, trained by
 * scripts/train-polyphones.ts on the CPP dev split, Apache-2.0): for a character the engine has
 * read, it scores each reading the character was seen with from the characters and tokens around it,
 * the reading the engine chose, and the readings the dictionary's words across the position give it.
 *
 * It reads lone characters without a context rule, the characters of person names the dictionary
 * lacks (merged by utils/text/names.ts), and characters inside a dictionary word it saw in training
 * (a word whose reading in running text is not the dictionary's first).
 *
 * Model text, one line per character: `char TAB readings (space-separated, each with its parts of
 * speech after a slash: feng2/V feng4/N) TAB feature weights...`,
 * each `feature SP w1,w2,…` (integers, one per reading, 0 omitted as ""), and one line `*` with the
 * shared weights (G:base, G:ds, G:long). Lines are parsed on the first use of their character.
 */
import type { Dictionary } from './dictionary';
import { WORD_READINGS } from './readings-overrides';
import { isHanUnit } from './chars';
import { GIVEN_NAME_READINGS, SURNAME_READINGS } from './names';
import { wordSet } from './word-set';

/** A neighbour character as a feature: Han as itself, digits as 0, Latin as a, edges as #. */
function cls(s: string, i: number): number {
  if (i < 0 || i >= s.length) return 0x23; // #
  const c = s.charCodeAt(i);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return 0x30; // 0
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 0x61; // a
  if (c <= 0x20 || c === 0x3000 || c === 0xa0) return 0x5f; // _
  return c;
}
const tokText = (s: string | undefined, edge: string) =>
  s === undefined ? edge : hasSpace(s) ? s.replace(/\s+/g, '_') : s;

/** Whether `s` holds a character of the regular expression class \s (tested without a regex). */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : isUnicodeSpace(c)) return true;
  }
  return false;
}
const isUnicodeSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The tokens of a sentence as the model reads them (text, and kind where known). */
export type PolyphoneTokens = readonly { text: string; kind?: string }[];

/**
 * What the model sees of one character in context. Kept as values, not as feature strings: the
 * reader scores them without building a string per feature (featureNames() spells them out for
 * training and the model file).
 */
export interface PolyphoneFeatures {
  /** The characters before and after it as classes (see cls): one code unit each. */
  prev: number;
  next: number;
  /** The tokens before and after its own (^ and $ at the edges, spaces as _), and its own. */
  prevToken: string;
  nextToken: string;
  token: string;
  /** The engine's reading. */
  base: string;
  /** Readings of the character in the dictionary words across its position, each once. */
  ds: string[];
  /** Its reading in the longest of them. */
  longest: string;
  lone: boolean;
  /** What stands before and after the token: indexes into BEFORE_CLASSES and AFTER_CLASSES (see `around`). */
  before: number;
  after: number;
}

/** Words that come before a verb: auxiliaries, adverbs, the passive and disposal markers. */
const BEFORE_VERB = wordSet(
  '被 把 将 所 会 能 要 可 可以 正在 在 已 已经 又 再 也 都 就 才 不 没 没有 别 曾 曾经 便 亦 并 而 均 皆 须 需 应 得以 予以 加以 来 去 能够 愿 想 敢 一起 共同 先 后 即 遂 乃 因 还',
);
/** Words that come before a noun: 的, demonstratives, measure words, numerals. */
const BEFORE_NOUN = wordSet('的 之 个 只 条 块 张 这 那 该 此 每 各 其 本 一 两 某 诸 些');
/** Complements and aspect particles after a verb. */
const AFTER_VERB = wordSet(
  '了 着 过 好 上 下 出 去 来 起 成 到 开 完 掉 住 在 于 给 进 回 得 入 至 向 出来 起来 下来 上来 进来 出去 下去 过来',
);
/** The classes of what stands before and after a token, as the shared features spell them. */
const BEFORE_CLASSES = ['pS', 'pA', 'pN', 'p-'] as const;
const AFTER_CLASSES = ['nE', 'nC', 'nD', 'n-'] as const;
/** Where the character stands: alone (L) or inside a longer token (W). */
const WHERE = ['W', 'L'] as const;

/**
 * The neighbours of token `i` as classes: before it the start of a clause (pS), a word that comes
 * before verbs (pA) or before nouns (pN), or anything else (p-); after it the end of a clause (nE),
 * a complement (nC), 的 (nD) or anything else (n-). With the part of speech of each reading (the
 * model file's tags), they carry what the neighbours say of verb and noun readings to every
 * character, not only to those seen often in training. Returns the index into BEFORE_CLASSES.
 */
function beforeClass(tokens: PolyphoneTokens, i: number): number {
  const p = tokens[i - 1];
  if (!p || p.kind === 'punct') return 0;
  if (BEFORE_VERB.has(p.text)) return 1;
  return BEFORE_NOUN.has(p.text) || p.kind === 'number' ? 2 : 3;
}
/** The index into AFTER_CLASSES of what follows token `i` (see beforeClass). */
function afterClass(tokens: PolyphoneTokens, i: number): number {
  const n = tokens[i + 1];
  if (!n || n.kind === 'punct') return 0;
  return AFTER_VERB.has(n.text) ? 1 : n.text === '的' ? 2 : 3;
}

/** Features to fill (polyphoneFeatures), to reuse across characters. */
export const emptyFeatures = (): PolyphoneFeatures => ({
  prev: 0,
  next: 0,
  prevToken: '',
  nextToken: '',
  token: '',
  base: '',
  ds: [],
  longest: '',
  lone: false,
  before: 0,
  after: 0,
});

/**
 * The features of the character at UTF-16 offset `a` of `s`, inside token `ti` of `tokens`, which
 * the engine reads `base` (numbered). Fills `into` and returns it.
 */
export function polyphoneFeatures(
  s: string,
  a: number,
  tokens: PolyphoneTokens,
  ti: number,
  base: string,
  dict: Dictionary,
  into: PolyphoneFeatures = emptyFeatures(),
): PolyphoneFeatures {
  const t = tokens[ti].text;
  const f = into;
  // Single neighbours (characters and tokens) only: with about twenty sentences per character,
  // conjunctions (two characters, both neighbours, tokens two away) memorise their sentence and
  // score the same cross-validated while doubling the model.
  f.prev = cls(s, a - 1);
  f.next = cls(s, a + 1);
  f.prevToken = tokText(tokens[ti - 1]?.text, '^');
  f.nextToken = tokText(tokens[ti + 1]?.text, '$');
  f.token = t;
  f.base = base;
  const ds = f.ds;
  ds.length = 0;
  let longest = '';
  let ll = 0;
  for (let st = Math.max(0, a - 3); st <= a; st++) {
    let node = 0;
    for (let j = st; j < Math.min(s.length, st + 6); j++) {
      node = dict.child(node, s.charCodeAt(j));
      if (node < 0) break;
      if (j >= a && j > st && dict.isWord(node)) {
        // The headword's syllable at the character (readingOf(node)[a - st], without its array).
        const r = dict.syllableAt(node, a - st);
        if (r) {
          if (!ds.includes(r)) ds.push(r);
          if (j - st + 1 > ll) {
            ll = j - st + 1;
            longest = r;
          }
        }
      }
    }
  }
  f.longest = longest;
  f.lone = t.length === 1;
  f.before = beforeClass(tokens, ti);
  f.after = afterClass(tokens, ti);
  return f;
}

/** The character's features as the model file names them, in scoring order (for training). */
export function featureNames(f: PolyphoneFeatures): string[] {
  const feats = [
    'b',
    'p1' + String.fromCharCode(f.prev),
    'n1' + String.fromCharCode(f.next),
    'pt' + f.prevToken,
    'nt' + f.nextToken,
    'w' + f.token,
    'B' + f.base,
  ];
  for (const r of f.ds) feats.push('D' + r);
  if (f.longest) feats.push('L' + f.longest);
  return feats;
}

/**
 * Shared (character-independent) features of a candidate reading; `tags`: the reading's parts of
 * speech (V verb, N noun, M measure word, P particle), each paired with the neighbours' classes.
 */
export function sharedFeatures(f: PolyphoneFeatures, base: string, label: string, tags = ''): string[] {
  const out: string[] = [];
  if (label === base) out.push(f.lone ? 'G:baseL' : 'G:baseW');
  if (f.ds.includes(label)) out.push('G:ds');
  if (label === f.longest) out.push('G:long');
  const where = WHERE[+f.lone];
  for (let i = 0; i < tags.length; i++)
    out.push(`G:${tags[i]}${BEFORE_CLASSES[f.before]}${where}`, `G:${tags[i]}${AFTER_CLASSES[f.after]}${where}`);
  // A reading whose part of speech is unknown (a label without tags).
  if (tags === '') out.push(`G:untagged${where}`);
  return out;
}

type Weights<K> = Map<K, number[]>;

interface CharModel {
  labels: string[];
  /** Whether label k is the first of its text (a label listed twice is scored once). */
  first: boolean[];
  /** The weights of each feature kind (see featureNames), by the feature without its prefix. */
  bias: number[] | undefined;
  prev: Weights<number>;
  next: Weights<number>;
  prevToken: Weights<string>;
  nextToken: Weights<string>;
  token: Weights<string>;
  base: Weights<string>;
  ds: Weights<string>;
  longest: Weights<string>;
  /**
   * Per label, the shared weights of its parts of speech with each class of neighbour (see
   * sharedFeatures), summed once: [before * 2 + where] and [8 + after * 2 + where], where the
   * untagged weight is in the `before` half.
   */
  tagScores: Int32Array[];
}

export class PolyphoneModel {
  private readonly lines = new Map<string, string>();
  private readonly parsed = new Map<string, CharModel>();
  private readonly shared = new Map<string, number>();
  /** Code units of the characters the model knows (BMP). */
  readonly known = new Uint8Array(65536);
  /** The shared weights of the candidate without tags or a label, by where (WHERE). */
  private readonly untagged: [number, number];
  private readonly sharedBase: [number, number];
  private readonly sharedDs: number;
  private readonly sharedLong: number;
  /** Scores of one predict(), reused. */
  private scores: number[] = [];

  constructor(text: string) {
    for (const line of text.split('\n')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      const ch = line.slice(0, tab);
      if (ch === '*') {
        for (const kv of line.slice(tab + 1).split('\t')) {
          const sp = kv.lastIndexOf(' ');
          this.shared.set(kv.slice(0, sp), Number(kv.slice(sp + 1)));
        }
      } else {
        this.lines.set(ch, line);
        if (ch.length === 1) this.known[ch.charCodeAt(0)] = 1;
      }
    }
    const g = (k: string) => this.shared.get(k) ?? 0;
    this.untagged = [g('G:untaggedW'), g('G:untaggedL')];
    this.sharedBase = [g('G:baseW'), g('G:baseL')];
    this.sharedDs = g('G:ds');
    this.sharedLong = g('G:long');
  }

  get size(): number {
    return this.lines.size;
  }

  private model(ch: string): CharModel | undefined {
    let m = this.parsed.get(ch);
    if (m) return m;
    const line = this.lines.get(ch);
    if (!line) return undefined;
    const parts = line.split('\t');
    const labels: string[] = [];
    const tags: string[] = [];
    for (const l of parts[1].split(' ')) {
      const slash = l.indexOf('/');
      labels.push(slash < 0 ? l : l.slice(0, slash));
      tags.push(slash < 0 ? '' : l.slice(slash + 1));
    }
    m = {
      labels,
      first: labels.map((l, k) => labels.indexOf(l) === k),
      bias: undefined,
      prev: new Map(),
      next: new Map(),
      prevToken: new Map(),
      nextToken: new Map(),
      token: new Map(),
      base: new Map(),
      ds: new Map(),
      longest: new Map(),
      tagScores: tags.map((t) => this.tagScores(t)),
    };
    for (let i = 2; i < parts.length; i++) {
      const sp = parts[i].lastIndexOf(' ');
      const feat = parts[i].slice(0, sp);
      const w = parts[i]
        .slice(sp + 1)
        .split(',')
        .map((v) => (v ? Number(v) : 0));
      const two = feat.slice(0, 2);
      if (feat === 'b') m.bias = w;
      else if (two === 'p1' && feat.length === 3) m.prev.set(feat.charCodeAt(2), w);
      else if (two === 'n1' && feat.length === 3) m.next.set(feat.charCodeAt(2), w);
      else if (two === 'pt') m.prevToken.set(feat.slice(2), w);
      else if (two === 'nt') m.nextToken.set(feat.slice(2), w);
      else if (feat[0] === 'w') m.token.set(feat.slice(1), w);
      else if (feat[0] === 'B') m.base.set(feat.slice(1), w);
      else if (feat[0] === 'D') m.ds.set(feat.slice(1), w);
      else if (feat[0] === 'L') m.longest.set(feat.slice(1), w);
      // Any other feature is one this reader does not compute: it scores nothing.
    }
    this.parsed.set(ch, m);
    return m;
  }

  /** CharModel.tagScores of a label with parts of speech `tags`. */
  private tagScores(tags: string): Int32Array {
    const out = new Int32Array(16);
    for (let where = 0; where < 2; where++) {
      for (let c = 0; c < 4; c++) {
        let before = 0;
        let after = 0;
        for (let i = 0; i < tags.length; i++) {
          before += this.shared.get(`G:${tags[i]}${BEFORE_CLASSES[c]}${WHERE[where]}`) ?? 0;
          after += this.shared.get(`G:${tags[i]}${AFTER_CLASSES[c]}${WHERE[where]}`) ?? 0;
        }
        out[c * 2 + where] = before + (tags === '' ? this.untagged[where] : 0);
        out[8 + c * 2 + where] = after;
      }
    }
    return out;
  }

  /**
   * Whether the model saw `ch` inside the token `word` in training (it has a weight for the token):
   * only then may it overrule a dictionary word's reading of the character.
   */
  sawWord(ch: string, word: string): boolean {
    return this.model(ch)?.token.has(tokText(word, '')) ?? false;
  }

  /** positions() by token text, for dictionary words and (gatesMerged) merged names. */
  private readonly gates = new Map<string, number[] | null>();
  private readonly gatesMerged = new Map<string, number[] | null>();

  /**
   * Where the model reads inside the multi-character token `word` (see readInWord): pairs of the
   * character's UTF-16 offset and its syllable index, or null; cached per token text.
   */
  positions(word: string, merged: boolean): number[] | null {
    const gates = merged ? this.gatesMerged : this.gates;
    let g = gates.get(word);
    if (g !== undefined) return g;
    g = null;
    if (merged || !WORD_READINGS[word]) {
      for (let j = 0, k = -1; j < word.length; j++) {
        const c = word.charCodeAt(j);
        if (c >= 0xd800 && c <= 0xdbff) {
          k++;
          j++;
          continue;
        }
        if (!isHanUnit(c)) continue;
        k++;
        if (!this.known[c]) continue;
        const ch = word[j];
        if (merged ? (j === 0 && SURNAME_READINGS[ch]) || (j > 0 && GIVEN_NAME_READINGS[ch]) : !this.sawWord(ch, word))
          continue;
        (g ??= []).push(j, k);
      }
    }
    gates.set(word, g);
    return g;
  }

  /** The best reading of `ch` (numbered), or `base` when the model does not know the character. */
  predict(ch: string, f: PolyphoneFeatures, base: string): string {
    const m = this.model(ch);
    if (!m) return base;
    const labels = m.labels;
    const n = labels.length;
    // Each feature's weights are looked up once for all the labels.
    const scores = this.scores;
    scores.length = n;
    scores.fill(0);
    add(scores, m.bias, n);
    add(scores, m.prev.get(f.prev), n);
    add(scores, m.next.get(f.next), n);
    add(scores, m.prevToken.get(f.prevToken), n);
    add(scores, m.nextToken.get(f.nextToken), n);
    add(scores, m.token.get(f.token), n);
    add(scores, m.base.get(f.base), n);
    for (let i = 0; i < f.ds.length; i++) add(scores, m.ds.get(f.ds[i]), n);
    if (f.longest) add(scores, m.longest.get(f.longest), n);
    // Candidates in the order of the set [...labels, base, ...ds]: the labels, then base and the
    // dictionary's readings that are not labels, each once (a tie goes to base, else the first).
    const where = +f.lone;
    let best = base;
    let bestScore = -Infinity;
    for (let k = 0; k < n; k++) {
      if (!m.first[k]) continue;
      const l = labels[k];
      const t = m.tagScores[k];
      const score = scores[k] + this.sharedScore(f, base, l) + t[f.before * 2 + where] + t[8 + f.after * 2 + where];
      if (score > bestScore || (score === bestScore && l === base)) [bestScore, best] = [score, l];
    }
    if (!labels.includes(base)) {
      const score = this.sharedScore(f, base, base) + this.untagged[where];
      if (score >= bestScore) [bestScore, best] = [score, base];
    }
    for (const l of f.ds) {
      if (l === base || labels.includes(l)) continue;
      const score = this.sharedScore(f, base, l) + this.untagged[where];
      if (score > bestScore) [bestScore, best] = [score, l];
    }
    return best;
  }

  /** The shared weights of candidate `l` that do not depend on its parts of speech (sharedFeatures). */
  private sharedScore(f: PolyphoneFeatures, base: string, l: string): number {
    let score = 0;
    if (l === base) score += this.sharedBase[+f.lone];
    if (f.ds.includes(l)) score += this.sharedDs;
    if (l === f.longest) score += this.sharedLong;
    return score;
  }
}

/** scores[k] += w[k] for the n labels (w may be shorter: missing weights are 0). */
function add(scores: number[], w: number[] | undefined, n: number): void {
  if (!w) return;
  for (let k = 0; k < n && k < w.length; k++) scores[k] += w[k];
}

/** Features of readInWord(), reused. */
const scratch = emptyFeatures();

/**
 * Readings of the characters of a multi-character Han token that the model decides: in a merged
 * person name (no headword) every character it knows but a listed surname starting it, in a dictionary word those it saw inside that
 * very word in training; never in a curated whole-word reading (WORD_READINGS). `syl` holds the
 * token's numbered syllables (one per Han code point); returns a changed copy, or null.
 */
export function readInWord(
  model: PolyphoneModel,
  dict: Dictionary,
  text: string,
  tokens: readonly { text: string; start: number; entry?: number }[],
  index: number,
  syl: readonly string[],
): string[] | null {
  const t = tokens[index];
  const w = t.text;
  const at = model.positions(w, t.entry === undefined);
  if (!at) return null;
  let out: string[] | null = null;
  for (let q = 0; q < at.length; q += 2) {
    const j = at[q];
    const k = at[q + 1];
    if (k >= syl.length) continue;
    const base = syl[k];
    const f = polyphoneFeatures(text, t.start + j, tokens, index, base, dict, scratch);
    const p = model.predict(w[j], f, base);
    // Only another syllable: CC-CEDICT's neutral tone in a word (困难 kùnnan) stays.
    if (p !== base && p.slice(0, -1) !== base.slice(0, -1)) (out ??= [...syl])[k] = p;
  }
  return out;
}
