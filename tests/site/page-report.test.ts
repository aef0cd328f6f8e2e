import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/site/extract';
import { buildPageReport, pageReportFileName, pageReportText, parsePageReport } from '../../utils/site/page-report';
import { parseHtml } from '../../utils/site/parse-html';
import { FIXTURES, fixtureUrl } from '../../scripts/update-fixtures';

const load = (name: string) => ({
  doc: parseHtml(readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8')),
  url: fixtureUrl(name),
});

describe('page report', () => {
  it('holds the address, the decisions, the rules that matched, the fields and the page without the extension’s elements', () => {
    const { doc, url } = load('epaper-article-basic');
    const launcher = doc.createElement('workercn-reader-launcher');
    doc.documentElement.append(launcher, doc.createElement('workercn-reader'));
    doc.documentElement.setAttribute('data-workercn-reader', 'article');
    const report = buildPageReport(doc, url, { now: new Date('2026-01-02T03:04:05Z'), note: 'title wrong' });
    expect(report.format).toBe('workercn-page-report');
    expect(report.created).toBe('2026-01-02T03:04:05.000Z');
    expect(report.url).toBe(url);
    expect(report.detection).toEqual({ kind: 'article', family: 'epaper' });
    expect(report.extractor).toBe('epaper');
    expect(report.note).toBe('title wrong');
    expect(report.fields.title).toBe(extract(load('epaper-article-basic').doc, url).title);
    expect(report.fields.paragraphs.length).toBeGreaterThan(2);
    expect(report.rules.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['url.EPAPER_ARTICLE', 'epaper.title', 'epaper.body']),
    );
    expect(report.rules.find((r) => r.rule === 'epaper.body')?.selector).toBe('#ccontent');
    expect(report.html).toContain('id="ccontent"');
    expect(report.html).not.toMatch(/workercn-reader|data-workercn/);
    // The page itself is left as it was.
    expect(doc.querySelector('workercn-reader-launcher')).not.toBeNull();
  });

  it('reads back from its file text, and refuses what is not a report', () => {
    const { doc, url } = load('portal-list');
    const report = buildPageReport(doc, url);
    expect(parsePageReport(pageReportText(report))).toEqual(report);
    expect(pageReportFileName(report)).toBe('workercn-report-www-workercn-cn-character.json');
    expect(() => parsePageReport('<html>')).toThrow('not JSON');
    expect(() => parsePageReport('{"format":"x"}')).toThrow('"format"');
    expect(() => parsePageReport(JSON.stringify({ ...report, html: '' }))).toThrow('html');
    expect(() => parsePageReport(JSON.stringify({ ...report, url: 'file:///etc/passwd' }))).toThrow('url');
  });

  it('reports a page that is not an article with the reason', () => {
    const { doc, url } = load('workercn-nonarticle');
    const report = buildPageReport(doc, url);
    expect(report.detection.kind).toBe('none');
    expect(report.reason).not.toBe('');
    expect(report.fields.paragraphs).toEqual([]);
  });
});
