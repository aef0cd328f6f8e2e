/**
 * Learner overrides of the segmentation: "treat as one word" (a merge) and "split here" (a split),
 * everywhere or in one article. One record per scope and text (key `scope + SEP + text`):
 * - merge: wherever `text` occurs in a paragraph, it becomes one word — or, with `cuts`, exactly
 *   these words (a word a merge made and the learner then split in the same scope);
 * - split: wherever the segmenter (or a merge) made the word `text`, it becomes the words between
 *   `cuts`.
 * Which records apply to an article (`effectiveOverrides`): every merge of the article and every
 * global merge; for a split, the article's own split of that word, else the global one — unless the
 * article merges that very word. Overlapping merges: the article's before the global ones, then the
 * newer, then the longer; an occurrence overlapping one already taken is left alone.
 */

export type OverrideKind = 'merge' | 'split';

/** The scope of an override that applies to every article. */
export const GLOBAL_SCOPE = '*';
const SEP = '\u0001';

/** Table `overrides` (key `id`, index `scope`). */
export interface WordOverride {
  /** `scope + "\u0001" + text`: one record per scope and text. */
  id: string;
  /** `GLOBAL_SCOPE`, or the canonical URL of the article it applies to. */
  scope: string;
  kind: OverrideKind;
  /** The word (split) or the characters made one word (merge). */
  text: string;
  /** UTF-16 offsets inside `text` where a word ends (ascending, inside the text); absent: none. */
  cuts?: number[];
  createdAt: number;
  updatedAt: number;
}

/** One write to the overrides: a record put, or one removed (by id). */
export type OverrideOp = { put: WordOverride } | { remove: string };

export function overrideId(scope: string, text: string): string {
  return `${scope}${SEP}${text}`;
}

/** Characters a word can be made of: Han, letters and digits (no spaces, no punctuation). */
const WORD_CHARS = /^[\p{Script=Han}\p{L}\p{N}]+$/u;

/** Why `text` cannot be made one word, or null when it can. */
export function mergeProblem(text: string): string | null {
  if ([...text].length < 2) return 'a word to merge needs two characters or more';
  if (!WORD_CHARS.test(text)) return 'only characters, letters and digits can be made one word';
  return null;
}

/** Cuts normalized: integers strictly inside the text, not inside a surrogate pair, ascending, unique. */
export function normalizeCuts(text: string, cuts: readonly number[]): number[] {
  const out = [...new Set(cuts.filter((c) => Number.isInteger(c) && c > 0 && c < text.length))].sort((a, b) => a - b);
  return out.filter((c) => {
    const low = text.charCodeAt(c);
    return !(low >= 0xdc00 && low <= 0xdfff);
  });
}

/** The words `text` is cut into. */
export function piecesOf(text: string, cuts: readonly number[] = []): string[] {
  const out: string[] = [];
  let at = 0;
  for (const c of cuts) {
    out.push(text.slice(at, c));
    at = c;
  }
  out.push(text.slice(at));
  return out;
}

/** A stored value checked field by field (backups and sync bring records from elsewhere); null if unusable. */
export function validOverride(value: unknown): WordOverride | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<WordOverride>;
  if (v.kind !== 'merge' && v.kind !== 'split') return null;
  if (typeof v.scope !== 'string' || !v.scope || typeof v.text !== 'string' || !v.text) return null;
  if (v.kind === 'merge' ? mergeProblem(v.text) : [...v.text].length < 2 || !WORD_CHARS.test(v.text)) return null;
  const cuts = normalizeCuts(v.text, Array.isArray(v.cuts) ? v.cuts : []);
  if (v.kind === 'split' && cuts.length === 0) return null;
  const createdAt = Number.isFinite(v.createdAt) ? Number(v.createdAt) : 0;
  const record: WordOverride = {
    id: overrideId(v.scope, v.text),
    scope: v.scope,
    kind: v.kind,
    text: v.text,
    createdAt,
    updatedAt: Number.isFinite(v.updatedAt) ? Number(v.updatedAt) : createdAt,
  };
  if (cuts.length > 0) record.cuts = cuts;
  return record;
}

/**
 * The writes for "treat as one word": a merge of `text` in `scope` (replacing what the scope said
 * of that text before).
 */
export function planMerge(scope: string, text: string, now: number, existing?: WordOverride): OverrideOp[] {
  const problem = mergeProblem(text);
  if (problem) throw new Error(problem);
  return [
    {
      put: {
        id: overrideId(scope, text),
        scope,
        kind: 'merge',
        text,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      },
    },
  ];
}

/**
 * The writes for "split here": the word `text` cut at `cuts` in `scope`. A word the same scope
 * merged keeps its merge, now with these cuts (the learner's words for those characters); cutting
 * it into single characters everywhere it was merged just removes that merge.
 */
export function planSplit(
  scope: string,
  text: string,
  cuts: readonly number[],
  now: number,
  existing?: WordOverride,
): OverrideOp[] {
  const at = normalizeCuts(text, cuts);
  if (at.length === 0) throw new Error('choose where to split the word');
  const id = overrideId(scope, text);
  const createdAt = existing?.createdAt ?? now;
  if (existing?.kind === 'merge') {
    if (piecesOf(text, at).every((p) => [...p].length === 1)) return [{ remove: id }];
    return [{ put: { ...existing, cuts: at, updatedAt: now } }];
  }
  return [{ put: { id, scope, kind: 'split', text, cuts: at, createdAt, updatedAt: now } }];
}

/** The writes that undo `ops`, given the records as they were before them (by id). */
export function inverseOps(ops: readonly OverrideOp[], before: ReadonlyMap<string, WordOverride>): OverrideOp[] {
  const ids = ops.map((op) => ('put' in op ? op.put.id : op.remove));
  return [...new Set(ids)].map((id) => {
    const old = before.get(id);
    return old ? { put: old } : { remove: id };
  });
}

/** Records with ops applied (by id). */
export function applyOps(records: readonly WordOverride[], ops: readonly OverrideOp[]): WordOverride[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const op of ops) {
    if ('put' in op) byId.set(op.put.id, op.put);
    else byId.delete(op.remove);
  }
  return [...byId.values()];
}

/** What applies to one article, ready for `applyOverrides`. */
export interface EffectiveOverrides {
  /** In order of precedence. */
  merges: { text: string; cuts: number[] }[];
  /** Word → its cuts. */
  splits: Map<string, number[]>;
}

export const NO_OVERRIDES: EffectiveOverrides = { merges: [], splits: new Map() };

export function isEmpty(o: EffectiveOverrides): boolean {
  return o.merges.length === 0 && o.splits.size === 0;
}

/** The overrides that apply to the article at `scope` (its canonical URL; GLOBAL_SCOPE: none of an article's). */
export function effectiveOverrides(records: readonly WordOverride[], scope: string): EffectiveOverrides {
  const own = records.filter((r) => r.scope === scope && scope !== GLOBAL_SCOPE);
  const global = records.filter((r) => r.scope === GLOBAL_SCOPE);
  const rank = (r: WordOverride) => (r.scope === GLOBAL_SCOPE ? 1 : 0);
  const merges = [...own, ...global]
    .filter((r) => r.kind === 'merge')
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.updatedAt - a.updatedAt ||
        b.text.length - a.text.length ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    )
    .map((r) => ({ text: r.text, cuts: r.cuts ?? [] }));
  const ownMerged = new Set(own.filter((r) => r.kind === 'merge').map((r) => r.text));
  const splits = new Map<string, number[]>();
  for (const r of global) if (r.kind === 'split' && r.cuts && !ownMerged.has(r.text)) splits.set(r.text, r.cuts);
  for (const r of own) if (r.kind === 'split' && r.cuts) splits.set(r.text, r.cuts);
  return { merges, splits };
}

/** A token as the annotator's segments have it (utils/text/segment.ts `Segment`), the fields used here. */
export interface OverridableToken {
  text: string;
  start: number;
  end: number;
  kind: string;
  pinyin: string;
  entry: number | undefined;
  term?: string;
  syllables?: string[];
}

const HAN = /\p{Script=Han}/u;

function piece<T extends OverridableToken>(text: string, start: number, end: number, nodeOf: (w: string) => number) {
  const word = text.slice(start, end);
  const node = nodeOf(word);
  const kind = HAN.test(word) ? 'han' : /^\d+$/.test(word) ? 'number' : 'latin';
  // All fields, in the segmenter's order (utils/text/segment.ts segmentOf): one hidden class for all tokens.
  const t: OverridableToken = {
    text: word,
    start,
    end,
    kind,
    pinyin: '',
    entry: node > 0 ? node : undefined,
    term: undefined,
    syllables: undefined,
  };
  return t as T;
}

/**
 * Applies overrides to one paragraph's tokens (in place: the array is rewritten). `text` is the
 * paragraph the tokens' offsets refer to; `nodeOf` gives a word's dictionary node (> 0 when it is a
 * headword). Glossary terms are left whole. Linear in the paragraph for a fixed set of overrides.
 */
export function applyOverrides<T extends OverridableToken>(
  tokens: T[],
  text: string,
  overrides: EffectiveOverrides,
  nodeOf: (w: string) => number,
): void {
  if (isEmpty(overrides) || tokens.length === 0) return;
  // 1. Merges claim ranges of the text, in order of precedence.
  const claimed: { start: number; end: number; cuts: number[] }[] = [];
  if (overrides.merges.length > 0) {
    const taken = new Uint8Array(text.length);
    const terms = new Uint8Array(text.length);
    for (const t of tokens) if (t.term) terms.fill(1, t.start, t.end);
    for (const m of overrides.merges) {
      for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
        const end = at + m.text.length;
        let free = true;
        for (let k = at; k < end && free; k++) free = !taken[k] && !terms[k];
        if (!free) continue;
        taken.fill(1, at, end);
        claimed.push({ start: at, end, cuts: m.cuts });
      }
    }
    claimed.sort((a, b) => a.start - b.start);
  }
  // 2. Tokens rebuilt: a claimed range is its words; what a range cuts off a token is a word of its own.
  const out: T[] = [];
  let i = 0;
  let pos = tokens[0].start;
  for (const range of claimed) {
    while (i < tokens.length && tokens[i].end <= range.start) {
      const t = tokens[i++];
      out.push(pos <= t.start ? t : piece<T>(text, pos, t.end, nodeOf));
      pos = t.end;
    }
    const before = i < tokens.length ? Math.max(pos, tokens[i].start) : range.start;
    if (before < range.start) out.push(piece<T>(text, before, range.start, nodeOf));
    let from = range.start;
    for (const cut of [...range.cuts, range.end - range.start]) {
      out.push(piece<T>(text, from, range.start + cut, nodeOf));
      from = range.start + cut;
    }
    pos = range.end;
    while (i < tokens.length && tokens[i].end <= pos) i++;
  }
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    out.push(pos <= t.start ? t : piece<T>(text, pos, t.end, nodeOf));
    pos = t.end;
  }
  // 3. Splits of whole tokens.
  const result: T[] = [];
  for (const token of out) {
    const cuts = token.term ? undefined : overrides.splits.get(token.text);
    if (!cuts) {
      result.push(token);
      continue;
    }
    let from = 0;
    for (const cut of [...cuts, token.text.length]) {
      result.push(piece<T>(text, token.start + from, token.start + cut, nodeOf));
      from = cut;
    }
  }
  tokens.splice(0, tokens.length, ...result);
}
