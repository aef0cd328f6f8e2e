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
function cls(ch: string | undefined): string {
  if (ch === undefined) return '#';
  const c = ch.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return '0';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'a';
  if (c <= 0x20 || c === 0x3000 || c === 0xa0) return '_';
  return ch;
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

export interface PolyphoneInput {
  text: string;
  /** UTF-16 offset of the character. */
  at: number;
  /** Tokens of the sentence (text, and kind where known) and the index of the token holding the character. */
  tokens: readonly { text: string; kind?: string }[];
  index: number;
  /** The engine's reading (numbered). */
  base: string;
}

export interface PolyphoneFeatures {
  feats: string[];
  /** Readings of the character in the dictionary words across its position. */
  ds: Set<string>;
  /** Its reading in the longest of them. */
  longest: string;
  lone: boolean;
  /** What stands before and after the token, as classes (see `around`). */
  around: readonly [string, string];
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

/**
 * The neighbours of token `i` as classes: before it the start of a clause (pS), a word that comes
 * before verbs (pA) or before nouns (pN), or anything else (p-); after it the end of a clause (nE),
 * a complement (nC), 的 (nD) or anything else (n-). With the part of speech of each reading (the
 * model file's tags), they carry what the neighbours say of verb and noun readings to every
 * character, not only to those seen often in training.
 */
function around(tokens: PolyphoneInput['tokens'], i: number): [string, string] {
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  const before =
    !p || p.kind === 'punct'
      ? 'pS'
      : BEFORE_VERB.has(p.text)
        ? 'pA'
        : BEFORE_NOUN.has(p.text) || p.kind === 'number'
          ? 'pN'
          : 'p-';
  const after = !n || n.kind === 'punct' ? 'nE' : AFTER_VERB.has(n.text) ? 'nC' : n.text === '的' ? 'nD' : 'n-';
  return [before, after];
}

export function polyphoneFeatures(x: PolyphoneInput, dict: Dictionary): PolyphoneFeatures {
  const { text: s, at: a, tokens, index: ti, base } = x;
  const t = tokens[ti].text;
  const pt = tokText(tokens[ti - 1]?.text, '^');
  const nt = tokText(tokens[ti + 1]?.text, '$');
  // Single neighbours (characters and tokens) only: with about twenty sentences per character,
  // conjunctions (two characters, both neighbours, tokens two away) memorise their sentence and
  // score the same cross-validated while doubling the model.
  const feats = ['b', 'p1' + cls(s[a - 1]), 'n1' + cls(s[a + 1]), 'pt' + pt, 'nt' + nt, 'w' + t, 'B' + base];
  const ds = new Set<string>();
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
          ds.add(r);
          if (j - st + 1 > ll) {
            ll = j - st + 1;
            longest = r;
          }
        }
      }
    }
  }
  for (const r of ds) feats.push('D' + r);
  if (longest) feats.push('L' + longest);
  return { feats, ds, longest, lone: t.length === 1, around: around(tokens, ti) };
}

/**
 * Shared (character-independent) features of a candidate reading; `tags`: the reading's parts of
 * speech (V verb, N noun, M measure word, P particle), each paired with the neighbours' classes.
 */
export function sharedFeatures(f: PolyphoneFeatures, base: string, label: string, tags = ''): string[] {
  const out: string[] = [];
  if (label === base) out.push(f.lone ? 'G:baseL' : 'G:baseW');
  if (f.ds.has(label)) out.push('G:ds');
  if (label === f.longest) out.push('G:long');
  const where = f.lone ? 'L' : 'W';
  for (let i = 0; i < tags.length; i++)
    out.push(`G:${tags[i]}${f.around[0]}${where}`, `G:${tags[i]}${f.around[1]}${where}`);
  // A reading whose part of speech is unknown (a label without tags).
  if (tags === '') out.push(`G:untagged${where}`);
  return out;
}

interface CharModel {
  labels: string[];
  /** The parts of speech of each label (see sharedFeatures), '' where unknown. */
  tags: string[];
  weights: Map<string, number[]>;
}

export class PolyphoneModel {
  private readonly lines = new Map<string, string>();
  private readonly parsed = new Map<string, CharModel>();
  private readonly shared = new Map<string, number>();
  /** Code units of the characters the model knows (BMP). */
  readonly known = new Uint8Array(65536);

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
    const weights = new Map<string, number[]>();
    for (let i = 2; i < parts.length; i++) {
      const sp = parts[i].lastIndexOf(' ');
      weights.set(
        parts[i].slice(0, sp),
        parts[i]
          .slice(sp + 1)
          .split(',')
          .map((v) => (v ? Number(v) : 0)),
      );
    }
    m = { labels, tags, weights };
    this.parsed.set(ch, m);
    return m;
  }

  /**
   * Whether the model saw `ch` inside the token `word` in training (it has a weight for the token):
   * only then may it overrule a dictionary word's reading of the character.
   */
  sawWord(ch: string, word: string): boolean {
    return this.model(ch)?.weights.has('w' + tokText(word, '')) ?? false;
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
    // Each feature's weights are looked up once for all the labels (sums in the same order as
    // label by label, so the scores are the same numbers).
    const scores = new Array<number>(labels.length).fill(0);
    for (const feat of f.feats) {
      const w = m.weights.get(feat);
      if (w) for (let k = 0; k < labels.length; k++) scores[k] += w[k] ?? 0;
    }
    // Candidates in the order of the set [...labels, base, ...ds]: the labels, then base and the
    // dictionary's readings that are not labels, each once (a tie goes to base, else the first).
    let best = base;
    let bestScore = -Infinity;
    for (let k = 0; k < labels.length; k++) {
      const l = labels[k];
      if (labels.indexOf(l) !== k) continue;
      const score = this.sharedScore(f, base, l, scores[k], m.tags[k]);
      if (score > bestScore || (score === bestScore && l === base)) [bestScore, best] = [score, l];
    }
    if (!labels.includes(base)) {
      const score = this.sharedScore(f, base, base, 0);
      if (score >= bestScore) [bestScore, best] = [score, base];
    }
    for (const l of f.ds) {
      if (l === base || labels.includes(l)) continue;
      const score = this.sharedScore(f, base, l, 0);
      if (score > bestScore) [bestScore, best] = [score, l];
    }
    return best;
  }

  /** `score` plus the shared weights of label `l` (sharedFeatures, in its order). */
  private sharedScore(f: PolyphoneFeatures, base: string, l: string, score: number, tags = ''): number {
    for (const g of sharedFeatures(f, base, l, tags)) score += this.shared.get(g) ?? 0;
    return score;
  }
}

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
    const f = polyphoneFeatures({ text, at: t.start + j, tokens, index, base }, dict);
    const p = model.predict(w[j], f, base);
    // Only another syllable: CC-CEDICT's neutral tone in a word (困难 kùnnan) stays.
    if (p !== base && p.slice(0, -1) !== base.slice(0, -1)) (out ??= [...syl])[k] = p;
  }
  return out;
}
