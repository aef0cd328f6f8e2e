/**
 * Finds glossary terms in running text.
 *
 * One Aho–Corasick automaton over every headword and variant is built once; `match()` then walks
 * the text a single time and keeps, for every start position, the longest form that passes its
 * entry's guards. A left-to-right pass over those candidates gives the leftmost-longest,
 * non-overlapping matches. Cost: O(text length × small constant), independent of the number of
 * entries.
 *
 * Text conventions handled while matching (offsets in the result always refer to the original
 * string, UTF-16 code units, end exclusive):
 * - quotation marks around or before a term need no special case: 做到“两个维护” matches 两个维护;
 * - hard line wraps inside a term are skipped: 十九届\n六中全会 (or 十九届 六中全会, where a wrap
 *   was turned into a space) still matches; a run of whitespace with more than two line breaks (a
 *   paragraph gap) ends any term;
 * - full-width ASCII is folded to ASCII and the several middle-dot characters to one (中国梦·劳动美).
 */
import type { GlossaryEntry, GlossaryKind } from './types';

export interface TermMatch {
  /** UTF-16 offset of the first character of the term in the input text. */
  start: number;
  /** UTF-16 offset just past the term (exclusive). */
  end: number;
  /** The entry's id. */
  id: string;
  /** Fixed pinyin of the matched form (headword or variant), one syllable per Han character. */
  pinyin: string;
  /** The glossary form that matched (headword or variant), as written in the entry; for a numbered event, the text as printed (folded, without line wraps). */
  form: string;
  /**
   * Shorter known terms inside this one (十四五规划 holds 十四五; 新就业形态劳动者 holds 新就业形态),
   * leftmost-longest and not overlapping each other; absent when there are none.
   */
  inner?: TermMatch[];
}

export interface TermSummary {
  /** The headword. */
  term: string;
  id: string;
  /** Main English rendering (the entry's first rendering). */
  en: string;
  /** Number of occurrences. */
  count: number;
  kind: GlossaryKind;
}

/**
 * What one article has named so far (the Central Committee term a bare 六中全会 belongs to). Pass
 * the same scope for every paragraph of an article, in order; a new article needs a new scope.
 */
export interface MatchScope {
  ccTerm?: number;
}

/** A span found by a recogniser (numbered events), in compact-text offsets. */
export interface RecognisedSpan {
  start: number;
  end: number;
  id: string;
  pinyin: string;
}

/** Finds spans the literal forms cannot list (numbered events) in the compact text. */
export type Recogniser = (compactText: string, scope: MatchScope) => RecognisedSpan[];

export interface GlossaryMatcher {
  /** Leftmost-longest, non-overlapping terms of `text`; `scope` carries article context across paragraphs. */
  match(text: string, scope?: MatchScope): TermMatch[];
  /** Number of distinct forms (headwords and variants) in the automaton. */
  readonly formCount: number;
}

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;

/** Han characters of a string, one per element (surrogate pairs kept whole). */
export function hanChars(s: string): string[] {
  return s.match(HAN_G) ?? [];
}

/**
 * The fixed pinyin of a form of an entry: the headword's own pinyin; a variant's entry in
 * `variantPinyin`; otherwise, for a variant made only of the headword's characters (each read one
 * way in the headword), the syllables those characters have in the headword. Undefined when none
 * of these applies (the schema test forbids that).
 */
export function formPinyin(entry: GlossaryEntry, form: string): string | undefined {
  if (form === entry.headword) return entry.pinyin;
  const stored = entry.variantPinyin?.[form];
  if (stored !== undefined) return stored;
  const chars = hanChars(entry.headword);
  const syllables = entry.pinyin.trim().split(/\s+/);
  if (chars.length !== syllables.length) return undefined;
  const reading = new Map<string, string | null>();
  chars.forEach((ch, i) => {
    const prev = reading.get(ch);
    if (prev === undefined) reading.set(ch, syllables[i]);
    else if (prev !== syllables[i]) reading.set(ch, null); // read two ways: not derivable
  });
  const out: string[] = [];
  for (const ch of hanChars(form)) {
    const r = reading.get(ch);
    if (!r) return undefined;
    out.push(r);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Character folding

const DOTS = new Set([0x00b7, 0x30fb, 0x2022, 0x2027, 0xff65, 0x2219, 0x22c5]);
const DOT = 0x00b7;

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (DOTS.has(c)) return DOT;
  return c;
}

/** A form as the automaton sees it: folded, without whitespace. */
function normalizeForm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) out += String.fromCharCode(fold(c));
  }
  return out;
}

/** Paragraph gaps (more than this many line breaks in one whitespace run) end a term. */
const MAX_WRAP_BREAKS = 2;
/** Separator put into the compact text for a paragraph gap; no form contains it. */
const SEP = 0x0a;

interface Compact {
  /** Folded text without transparent whitespace. */
  text: string;
  /** Original offset of each compact character. */
  pos: Int32Array;
}

function compact(text: string): Compact {
  const n = text.length;
  const pos = new Int32Array(n);
  const codes: number[] = [];
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let breaks = 0;
      const runStart = i;
      while (i < n && isSpace(text.charCodeAt(i))) {
        const d = text.charCodeAt(i);
        if (d === 0x0a || d === 0x2028 || d === 0x2029 || (d === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
        i++;
      }
      if (breaks > MAX_WRAP_BREAKS) {
        codes.push(SEP);
        pos[k++] = runStart;
      }
      continue;
    }
    codes.push(fold(c));
    pos[k++] = i;
    i++;
  }
  // String.fromCharCode over chunks keeps the argument list bounded.
  let out = '';
  for (let j = 0; j < codes.length; j += 8192) out += String.fromCharCode(...codes.slice(j, j + 8192));
  return { text: out, pos: pos.subarray(0, k) };
}

// ---------------------------------------------------------------------------------------------
// The automaton

interface Pattern {
  entry: number;
  /** The form as written in the entry. */
  form: string;
  /** Length of the normalized form (compact characters). */
  len: number;
  pinyin: string;
  /** Subject to the entry's `context` guard. */
  guarded: boolean;
  /** Exclusion strings (normalized) with the offset of this form inside each. */
  excludes: { s: string; offset: number }[];
}

export function createGlossaryMatcher(
  entries: readonly GlossaryEntry[],
  options: { recognisers?: readonly Recogniser[] } = {},
): GlossaryMatcher {
  const recognisers = options.recognisers ?? [];
  const patterns: Pattern[] = [];
  const patternNorms: string[] = [];
  const guards: ({ near: string[]; window: number } | null)[] = [];
  const seen = new Set<string>();

  entries.forEach((entry, ei) => {
    const headLen = normalizeForm(entry.headword).length;
    const nearNorm = entry.context ? entry.context.near.map(normalizeForm).filter((s) => s.length > 0) : [];
    for (const form of [entry.headword, ...entry.variants]) {
      const norm = normalizeForm(form);
      if (norm.length === 0 || seen.has(norm)) continue; // first entry wins; the schema test reports clashes
      seen.add(norm);
      const excludes: Pattern['excludes'] = [];
      for (const ex of entry.exclude ?? []) {
        const exNorm = normalizeForm(ex);
        for (let at = exNorm.indexOf(norm); at >= 0; at = exNorm.indexOf(norm, at + 1))
          excludes.push({ s: exNorm, offset: at });
      }
      patterns.push({
        entry: ei,
        form,
        len: norm.length,
        pinyin: formPinyin(entry, form) ?? '',
        guarded: nearNorm.length > 0 && norm.length <= headLen,
        excludes,
      });
      patternNorms.push(norm);
    }
    guards.push(entry.context && nearNorm.length > 0 ? { near: nearNorm, window: entry.context.window } : null);
  });

  // Trie
  const goto: Map<number, number>[] = [new Map()];
  const terminal: number[] = [-1];
  patternNorms.forEach((norm, pi) => {
    let s = 0;
    for (let i = 0; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      let t = goto[s].get(c);
      if (t === undefined) {
        t = goto.length;
        goto.push(new Map());
        terminal.push(-1);
        goto[s].set(c, t);
      }
      s = t;
    }
    terminal[s] = pi;
  });

  // Failure links and dictionary (output) links, breadth first.
  const fail = new Int32Array(goto.length);
  const dict = new Int32Array(goto.length).fill(-1); // nearest terminal state along the failure chain
  const queue: number[] = [];
  for (const t of goto[0].values()) {
    fail[t] = 0;
    queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    for (const [c, t] of goto[s]) {
      let f = fail[s];
      while (f !== 0 && !goto[f].has(c)) f = fail[f];
      const ft = goto[f].get(c);
      fail[t] = ft !== undefined && ft !== t ? ft : 0;
      dict[t] = terminal[fail[t]] >= 0 ? fail[t] : dict[fail[t]];
      queue.push(t);
    }
  }

  function accept(p: Pattern, cs: string, s: number, e: number): boolean {
    for (const ex of p.excludes) {
      const from = s - ex.offset;
      if (from >= 0 && cs.startsWith(ex.s, from)) return false;
    }
    if (p.guarded) {
      const g = guards[p.entry];
      if (g) {
        const seg = cs.slice(Math.max(0, s - g.window), Math.min(cs.length, e + g.window));
        if (!g.near.some((n) => seg.includes(n))) return false;
      }
    }
    return true;
  }

  interface Candidate {
    s: number;
    e: number;
    id: string;
    pinyin: string;
    form?: string;
  }

  function match(text: string, scope: MatchScope = {}): TermMatch[] {
    const { text: cs, pos } = compact(text);
    const n = cs.length;
    const cands: Candidate[] = [];
    let state = 0;
    for (let i = 0; i < n; i++) {
      const c = cs.charCodeAt(i);
      let next = goto[state].get(c);
      while (next === undefined && state !== 0) {
        state = fail[state];
        next = goto[state].get(c);
      }
      state = next ?? 0;
      for (let t = terminal[state] >= 0 ? state : dict[state]; t > 0; t = dict[t]) {
        const p = patterns[terminal[t]];
        const s = i - p.len + 1;
        if (accept(p, cs, s, i + 1))
          cands.push({ s, e: i + 1, id: entries[p.entry].id, pinyin: p.pinyin, form: p.form });
      }
    }
    for (const r of recognisers)
      for (const sp of r(cs, scope)) cands.push({ s: sp.start, e: sp.end, id: sp.id, pinyin: sp.pinyin });
    if (cands.length === 0) return [];
    // Leftmost, then longest; among equal spans the literal form (pushed first) wins.
    cands.sort((a, b) => a.s - b.s || b.e - a.e);
    const toMatch = (c: Candidate): TermMatch => ({
      start: pos[c.s],
      end: pos[c.e - 1] + 1,
      id: c.id,
      pinyin: c.pinyin,
      form: c.form ?? cs.slice(c.s, c.e),
    });
    const out: TermMatch[] = [];
    for (let k = 0; k < cands.length;) {
      const outer = cands[k];
      const m = toMatch(outer);
      // The candidates inside the outer span, in order: a leftmost-longest pass over the shorter ones.
      let j = k + 1;
      let at = outer.s;
      const inner: TermMatch[] = [];
      for (; j < cands.length && cands[j].s < outer.e; j++) {
        const c = cands[j];
        if (c.e > outer.e || c.s < at || c.id === outer.id || c.e - c.s >= outer.e - outer.s) continue;
        inner.push(toMatch(c));
        at = c.e;
      }
      if (inner.length > 0) m.inner = inner;
      out.push(m);
      k = j;
      while (k < cands.length && cands[k].s < outer.e) k++;
    }
    return out;
  }

  return { match, formCount: patterns.length };
}

/**
 * Distinct terms in order of first occurrence, each with its main English rendering and the number
 * of times it occurs; a term met inside a longer one (十四五 in 十四五规划) counts too.
 */
export function summarizeTerms(matches: readonly TermMatch[], entries: readonly GlossaryEntry[]): TermSummary[] {
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  const out = new Map<string, TermSummary>();
  for (const m of matches.flatMap((x) => (x.inner ? [x, ...x.inner] : [x]))) {
    const hit = out.get(m.id);
    if (hit) {
      hit.count++;
      continue;
    }
    const e = byId.get(m.id);
    if (!e) continue;
    out.set(m.id, { term: e.headword, id: e.id, en: e.renderings[0]?.en ?? '', count: 1, kind: e.kind });
  }
  return [...out.values()];
}

/** True when the string contains at least one Han character. */
export function hasHan(s: string): boolean {
  return HAN.test(s);
}
