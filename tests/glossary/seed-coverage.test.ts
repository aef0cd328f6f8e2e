/**
 * Coverage of the two seed texts read as the reader reads them: paragraph by paragraph, with one
 * glossary scope per text. Every political or labour formula listed here must be explained (as a
 * term of its own or inside a longer one); the figures are printed for the report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatchScope, getGlossaryMatcher } from '../../utils/glossary';
import type { TermMatch } from '../../utils/glossary';

interface SeedTerm {
  term: string;
  id: string;
  seed: string;
}

const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
const table = JSON.parse(readFileSync(path.join(__dirname, 'seed-terms.json'), 'utf8')) as SeedTerm[];

/** Formulas the per-sentence table cannot hold: they need the article (a bare plenum) or sit inside a longer term. */
const inArticle: (SeedTerm & { min: number })[] = [
  { seed: '004_c67971961df79331.txt', term: '六中全会', id: 'sixth-plenum-19th', min: 5 },
  { seed: '004_c67971961df79331.txt', term: '本报讯', id: 'this-paper-reports', min: 3 },
  { seed: '004_c67971961df79331.txt', term: '本报记者', id: 'staff-reporter', min: 1 },
  { seed: '004_c67971961df79331.txt', term: '通讯员', id: 'correspondent', min: 1 },
  { seed: '004_c67971961df79331.txt', term: '灵活就业人员', id: 'flexible-employment', min: 1 },
  { seed: '004_c67971961df79331.txt', term: '新就业形态', id: 'new-employment-forms', min: 3 },
  { seed: '000_d74b8c06c5158fff.txt', term: '新就业形态', id: 'new-employment-forms', min: 2 },
  {
    seed: '000_d74b8c06c5158fff.txt',
    term: '执着专注、精益求精、一丝不苟、追求卓越',
    id: 'craftsman-spirit-content',
    min: 1,
  },
  { seed: '000_d74b8c06c5158fff.txt', term: '学懂弄通做实', id: 'study-understand-practise', min: 1 },
  { seed: '000_d74b8c06c5158fff.txt', term: '中国共产党第二十次全国代表大会', id: 'twentieth-party-congress', min: 1 },
  { seed: '000_d74b8c06c5158fff.txt', term: '二十大', id: 'twentieth-party-congress', min: 12 },
  { seed: '000_d74b8c06c5158fff.txt', term: '十四五', id: 'five-year-period-14', min: 1 },
];

/** Every explained term of a seed, inner ones included, as the reader meets them. */
function explained(file: string): TermMatch[] {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const scope = createMatchScope();
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => getGlossaryMatcher().match(p, scope))
    .flatMap((m) => [m, ...(m.inner ?? [])]);
}

describe('seed coverage', () => {
  const seeds = [...new Set([...table.map((t) => t.seed), ...inArticle.map((t) => t.seed)])];
  const found = new Map(seeds.map((s) => [s, explained(s)]));

  it('explains every formula of the per-sentence table in its article', () => {
    const missing = table.filter((t) => !found.get(t.seed)!.some((m) => m.id === t.id));
    expect(missing.map((t) => t.term)).toEqual([]);
  });

  it.each(inArticle.map((t) => [`${t.term} (${t.seed.slice(0, 3)})`, t] as const))('explains %s', (_label, t) => {
    const hits = found.get(t.seed)!.filter((m) => m.id === t.id);
    expect(hits.length).toBeGreaterThanOrEqual(t.min);
  });

  it('reports the figures', () => {
    for (const [seed, ms] of found) {
      const distinct = new Set(ms.map((m) => m.id));
      // Printed for the report: distinct terms and occurrences explained, inner ones included.
      console.log(`${seed}: ${distinct.size} distinct terms, ${ms.length} occurrences explained`);
      expect(distinct.size).toBeGreaterThan(30);
    }
  });
});
