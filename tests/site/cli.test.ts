import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureUrl } from '../../scripts/update-fixtures';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], {
    encoding: 'utf8',
    cwd: path.join(FIXTURES, '..', '..', '..'),
  });

describe('annotate CLI', () => {
  it('prints the fixture’s expected JSON for a saved page (pages of a split article read from beside it)', () => {
    const name = 'portal-legacy-multipage';
    const r = run('--url', fixtureUrl(name), path.join(FIXTURES, name, 'source.html'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')));
    for (const key of [
      'kind',
      'family',
      'title',
      'pretitle',
      'subtitle',
      'byline',
      'source',
      'date',
      'paragraphs',
      'html',
      'links',
      'terms',
    ])
      expect(out).toHaveProperty(key);
    // Glossary terms of the article: distinct, each with its English rendering and a count.
    const terms = out.terms as { term: string; en: string; count: number }[];
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms.map((t) => t.term)).size).toBe(terms.length);
    const body = out.paragraphs.join('');
    for (const t of terms) {
      expect(t.en).not.toBe('');
      expect(t.count).toBeGreaterThan(0);
    }
    expect(terms.some((t) => body.includes(t.term))).toBe(true);
  });

  it('fails clearly on a missing file, a non-HTML file and missing arguments', () => {
    const missing = run('--url', 'https://www.workercn.cn/c/2022-03-25/1.shtml', '/nonexistent/page.html');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file: \/nonexistent\/page\.html/);
    const binary = run('--url', 'https://www.workercn.cn/c/2022-03-25/1.shtml', process.execPath);
    expect(binary.status).not.toBe(0);
    expect(binary.stderr).toMatch(/does not look like an HTML page/);
    const usage = run('--url');
    expect(usage.status).not.toBe(0);
    expect(usage.stderr).toMatch(/usage|needs a value/);
  });
});
