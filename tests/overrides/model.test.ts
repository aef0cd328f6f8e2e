/**
 * The override model on the real engine: merges and splits change the words and their pinyin,
 * article overrides take precedence over global ones, overlapping merges resolve deterministically,
 * and every write has its undo.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../text/engine';
import type { TextEngine } from '@/utils/text';
import { createParagraphAnnotator } from '@/utils/reader/annotate-paragraph';
import { createMatchScope, getGlossaryMatcher } from '@/utils/glossary';
import {
  GLOBAL_SCOPE,
  applyOps,
  effectiveOverrides,
  inverseOps,
  mergeProblem,
  overrideId,
  planMerge,
  planSplit,
  validOverride,
  type OverrideKind,
  type WordOverride,
} from '@/utils/overrides/model';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});

const A = 'https://www.workercn.cn/c/2024-01-01/1.shtml';
const B = 'https://www.workercn.cn/c/2024-01-01/2.shtml';
const SEEN = '我们看到了网上的消息。';
const BANK = '银行行长表示，工会会员都很满意。';

let clock = 1_000;
function rec(scope: string, kind: OverrideKind, text: string, cuts?: number[]): WordOverride {
  clock += 1_000;
  return {
    id: overrideId(scope, text),
    scope,
    kind,
    text,
    ...(cuts ? { cuts } : {}),
    createdAt: clock,
    updatedAt: clock,
  };
}

/** The paragraph's words with their numbered pinyin, "word:syl syl". */
function words(text: string, records: WordOverride[] = [], scope = A, terms = false): string[] {
  const matcher = getGlossaryMatcher();
  const matchScope = createMatchScope();
  const annotate = createParagraphAnnotator(
    e,
    terms ? (t) => matcher.match(t, matchScope) : undefined,
    effectiveOverrides(records, scope),
  );
  const tokens = annotate(text);
  expect(tokens.map((t) => t.text).join('')).toBe(text);
  return tokens.filter((t) => t.syllables.length > 0).map((t) => `${t.text}:${t.syllables.join(' ')}`);
}

describe('merge ("treat as one word")', () => {
  it('makes two words one, with one reading over it', () => {
    expect(words(SEEN)).toContain('了:le5');
    const merged = words(SEEN, [rec(GLOBAL_SCOPE, 'merge', '看到了')]);
    expect(merged).toContain('看到了:kan4 dao4 le5');
    expect(merged).not.toContain('了:le5');
    expect(merged).toEqual(expect.arrayContaining(['我们:wo3 men5', '网上:wang3 shang4', '消息:xiao1 xi5']));
  });

  it('cuts what it takes off its neighbours into words of their own', () => {
    expect(words(SEEN, [rec(GLOBAL_SCOPE, 'merge', '们看')]).slice(0, 4)).toEqual([
      '我:wo3',
      '们看:men5 kan4',
      '到:dao4',
      '了:le5',
    ]);
  });

  it('applies to every occurrence, and leaves glossary terms whole', () => {
    const text = '坚持四个意识，看到了就做到了，看到了。';
    const out = words(text, [rec(GLOBAL_SCOPE, 'merge', '看到了'), rec(GLOBAL_SCOPE, 'merge', '持四')], A, true);
    expect(out.filter((w) => w.startsWith('看到了'))).toHaveLength(2);
    expect(out.some((w) => w.startsWith('持四'))).toBe(false);
  });

  it('refuses punctuation, spaces and single characters', () => {
    expect(mergeProblem('看到')).toBeNull();
    expect(mergeProblem('看')).toMatch(/two characters/);
    expect(mergeProblem('看，到')).toMatch(/only characters/);
    expect(() => planMerge(GLOBAL_SCOPE, '看 到', 1)).toThrow(/only characters/);
  });
});

describe('split ("split here")', () => {
  it('cuts a word where the learner says, and each part is read on its own', () => {
    expect(words(BANK)).toContain('行长:hang2 zhang3');
    const split = words(BANK, [rec(GLOBAL_SCOPE, 'split', '行长', [1])]);
    expect(split).toEqual(expect.arrayContaining(['行:xing2', '长:chang2']));
    expect(split).toContain('银行:yin2 hang2');
  });

  it('needs a cut inside the word', () => {
    expect(() => planSplit(GLOBAL_SCOPE, '行长', [0, 2], 1)).toThrow(/where to split/);
    expect(planSplit(GLOBAL_SCOPE, '行长', [1, 1, 5], 1)).toEqual([
      { put: expect.objectContaining({ kind: 'split', cuts: [1] }) },
    ]);
  });
});

describe('global and article overrides', () => {
  it("an article's own override of a word comes before the global one", () => {
    const global = rec(GLOBAL_SCOPE, 'split', '行长', [1]);
    const own = rec(A, 'merge', '行长');
    expect(words(BANK, [global, own], A)).toContain('行长:hang2 zhang3');
    expect(words(BANK, [global, own], B)).toContain('行:xing2');
  });

  it("an article's split replaces the global split's cuts there", () => {
    const global = rec(GLOBAL_SCOPE, 'split', '工会会员', [2]);
    const own = rec(A, 'split', '工会会员', [1, 3]);
    const text = '全体工会会员。';
    const merged = rec(GLOBAL_SCOPE, 'merge', '工会会员');
    expect(words(text, [merged, global, own], A)).toEqual(['全体:quan2 ti3', '工:gong1', '会会:hui4 hui4', '员:yuan2']);
    expect(words(text, [merged, global, own], B)).toEqual(['全体:quan2 ti3', '工会:gong1 hui4', '会员:hui4 yuan2']);
  });

  it('an article can split a word a global merge made', () => {
    const merge = rec(GLOBAL_SCOPE, 'merge', '看到了');
    const split = rec(A, 'split', '看到了', [2]);
    expect(words(SEEN, [merge, split], A)).toEqual(expect.arrayContaining(['看到:kan4 dao4', '了:le5']));
    expect(words(SEEN, [merge, split], B)).toContain('看到了:kan4 dao4 le5');
  });

  it('splitting a merged word in the same scope keeps the merge with the cuts, or drops it', () => {
    const merge = rec(GLOBAL_SCOPE, 'merge', '看到了网上');
    const ops = planSplit(GLOBAL_SCOPE, '看到了网上', [3], 9_999_999, merge);
    expect(ops).toEqual([{ put: { ...merge, cuts: [3], updatedAt: 9_999_999 } }]);
    const after = applyOps([merge], ops);
    expect(words(SEEN, after, B)).toEqual(expect.arrayContaining(['看到了:kan4 dao4 le5', '网上:wang3 shang4']));
    expect(planSplit(GLOBAL_SCOPE, '看到', [1], 1, rec(GLOBAL_SCOPE, 'merge', '看到'))).toEqual([
      { remove: overrideId(GLOBAL_SCOPE, '看到') },
    ]);
  });
});

describe('overlapping merges', () => {
  it("the article's merge wins over a global one it overlaps", () => {
    const global = rec(GLOBAL_SCOPE, 'merge', '看到了');
    const own = rec(A, 'merge', '了网');
    expect(words(SEEN, [global, own], A)).toEqual(
      expect.arrayContaining(['看到:kan4 dao4', '了网:le5 wang3', '上:shang4']),
    );
    expect(words(SEEN, [global, own], B)).toContain('看到了:kan4 dao4 le5');
  });

  it('in one scope the newer merge wins, whatever order the records come in', () => {
    const older = rec(GLOBAL_SCOPE, 'merge', '看到了');
    const newer = rec(GLOBAL_SCOPE, 'merge', '了网上');
    const expected = words(SEEN, [older, newer], B);
    expect(expected).toEqual(expect.arrayContaining(['看到:kan4 dao4', '了网上:le5 wang3 shang4']));
    expect(words(SEEN, [newer, older], B)).toEqual(expected);
  });
});

describe('undo', () => {
  it('the inverse of a write restores the records as they were', () => {
    const merge = rec(GLOBAL_SCOPE, 'merge', '看到了');
    const before = [merge];
    const ops = planSplit(GLOBAL_SCOPE, '看到了', [2], 5, merge);
    const undo = inverseOps(ops, new Map(before.map((r) => [r.id, r])));
    const after = applyOps(before, ops);
    expect(after).not.toEqual(before);
    expect(applyOps(after, undo)).toEqual(before);
    const fresh = planMerge(A, '网上的', 6);
    expect(applyOps(applyOps([], fresh), inverseOps(fresh, new Map()))).toEqual([]);
  });
});

describe('records from elsewhere (backups, sync)', () => {
  it('are checked field by field', () => {
    const good = rec(A, 'split', '行长', [1]);
    expect(validOverride({ ...good, id: 'whatever' })).toEqual(good);
    expect(validOverride({ ...good, cuts: [0, 7] })).toBeNull();
    expect(validOverride({ ...good, kind: 'join' })).toBeNull();
    expect(validOverride({ ...good, kind: 'merge', text: '行，长' })).toBeNull();
    expect(validOverride(null)).toBeNull();
  });
});
