import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFixture, caseName, utf8Declared } from '../../scripts/add-fixture';
import { annotatePage } from '../../scripts/annotate';
import { FIXTURES, fixtureUrl } from '../../scripts/update-fixtures';
import { buildPageReport, pageReportText } from '../../utils/site/page-report';
import { parseHtml } from '../../utils/site/parse-html';
import { readSavedPage } from '../../utils/site/saved-pages';

const ROOT = path.join(FIXTURES, '..', '..', '..');

function reportFile(name: string): { file: string; url: string } {
  const url = fixtureUrl(name);
  const doc = parseHtml(readSavedPage(path.join(FIXTURES, name, 'source.html')));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.json');
  writeFileSync(file, pageReportText(buildPageReport(doc, url)));
  return { file, url };
}

describe('fixtures:add', () => {
  it('turns a report into a case whose expected.json is what the fixture test compares', async () => {
    const { file, url } = reportFile('epaper-article-2021');
    const root = mkdtempSync(path.join(tmpdir(), 'fixtures-'));
    const added = await addFixture(file, { root });
    expect(added.name).toBe('report-epaper-papers-grrb-2021-12-22-2-news-4');
    expect(added.changed).toEqual([]);
    expect(readFileSync(path.join(added.dir, 'url.txt'), 'utf8')).toBe(`${url}\n`);
    const expected = JSON.parse(readFileSync(path.join(added.dir, 'expected.json'), 'utf8'));
    expect(expected.title).toBe('寒冬中的温暖');
    expect(expected).toEqual(JSON.parse(JSON.stringify(await annotatePage(path.join(added.dir, 'source.html'), url))));
    expect(JSON.parse(readFileSync(path.join(added.dir, 'reported.json'), 'utf8')).html).toBeUndefined();
    await expect(addFixture(file, { root })).rejects.toThrow('exists');
    await expect(addFixture(file, { root, force: true })).resolves.toMatchObject({ name: added.name });
  });

  it('writes a GBK page’s document as UTF-8 and says so in its meta', async () => {
    const { file } = reportFile('portal-legacy-cq');
    const root = mkdtempSync(path.join(tmpdir(), 'fixtures-'));
    const added = await addFixture(file, { root, name: 'cq' });
    const html = readFileSync(path.join(added.dir, 'source.html'), 'utf8');
    expect(html).toMatch(/charset=utf-8/);
    expect(JSON.parse(readFileSync(path.join(added.dir, 'expected.json'), 'utf8')).source).toBe('重庆日报');
    expect(utf8Declared('<meta charset="gbk"><meta name="x">')).toBe('<meta charset="utf-8"><meta name="x">');
  });

  it('the command: one line per outcome, a clear error for a file that is not a report', () => {
    const { file } = reportFile('portal-list');
    const root = mkdtempSync(path.join(tmpdir(), 'fixtures-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/add-fixture.ts', file, '--into', root], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^added .*report-portal-character \(source\.html, url\.txt, reported\.json, expected\.json\)\n/,
    );
    expect(r.stdout).toMatch(/reads the page as the report says/);
    expect(existsSync(path.join(root, 'report-portal-character', 'expected.json'))).toBe(true);
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/add-fixture.ts', path.join(ROOT, 'package.json')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/^fixtures:add: not a page report/);
    expect(
      caseName({
        url: 'https://news.workercn.cn/c/2025-10-18/8633607.shtml',
        detection: { kind: 'article', family: 'portal' },
      } as never),
    ).toBe('report-portal-news-c-2025-10-18-8633607');
  });
});
