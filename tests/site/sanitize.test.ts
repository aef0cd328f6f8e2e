import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/site/extract';
import { parseHtml } from '../../utils/site/parse-html';
import { sanitizeElement } from '../../utils/site/sanitize';
import { FIXTURES, fixtureUrl } from '../../scripts/update-fixtures';

const dir = path.join(FIXTURES, 'xss-article');
const source = readFileSync(path.join(dir, 'source.html'), 'utf8');
const url = fixtureUrl('xss-article');

const ALLOWED = new Set([
  'P',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'HR',
  'A',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'S',
  'SUB',
  'SUP',
  'SMALL',
  'MARK',
  'Q',
  'CITE',
  'CODE',
  'ABBR',
  'BR',
  'IMG',
  'RUBY',
  'RT',
  'RP',
]);
const ATTRS: Record<string, string[]> = { A: ['href', 'rel'], IMG: ['src', 'alt'] };

/** Parses sanitized output with a spec-compliant HTML parser and checks it against the allowlist. */
function assertSafe(html: string) {
  const doc = new JSDOM(`<!DOCTYPE html><body><template id="t">${html}</template>`).window.document;
  const root = (doc.getElementById('t') as HTMLTemplateElement).content;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED.has(el.tagName), `element <${el.tagName.toLowerCase()}> in output`).toBe(true);
    for (const a of Array.from(el.attributes)) {
      expect(ATTRS[el.tagName] ?? [], `attribute ${a.name} on <${el.tagName.toLowerCase()}>`).toContain(a.name);
      if (a.name === 'href' || a.name === 'src') expect(a.value).toMatch(/^https?:\/\//);
    }
  }
  expect(html).not.toMatch(
    /<\s*(script|style|iframe|object|embed|form|base|meta|svg|math|template|link|noscript|textarea)\b/i,
  );
  expect(html).not.toMatch(/\son\w+\s*=|javascript:|vbscript:|data:/i);
}

describe('hostile article', () => {
  it('the fixture carries at least 20 different vectors', () => {
    const vectors = source.match(/alert\(\d+\)|msgbox\(\d+\)|x-scriptlet|rel="import"|PHN/g) ?? [];
    expect(new Set(vectors).size).toBeGreaterThanOrEqual(20);
  });

  it('extract keeps the text and none of the vectors', () => {
    const article = extract(parseHtml(source), url);
    expect(article.kind).toBe('article');
    expect(article.title).toBe('宁夏：充分发扬民主 扎实推进二十大代表推荐提名工作');
    assertSafe(article.html);
    for (const phrase of ['我18岁入党', '金星花园社区下辖10个老旧小区', '侯文说', '正常链接35'])
      expect(article.html).toContain(phrase);
    for (const img of article.images) expect(img.src).toMatch(/^https?:\/\//);
    expect(JSON.stringify(article)).not.toMatch(/javascript:|onerror|<script/i);
  });

  it('the allowlist serializer keeps structure and links but no vector, on linkedom and on jsdom', () => {
    const linkedomBody = parseHtml(source).querySelector('#ccontent')!;
    const jsdomBody = new JSDOM(source).window.document.querySelector('#ccontent')!;
    for (const body of [linkedomBody, jsdomBody]) {
      const html = sanitizeElement(body, url);
      assertSafe(html);
      expect(html).toContain('<a href="https://www.workercn.cn/" rel="noopener noreferrer">正常链接35</a>');
      expect(html).toContain('我18岁入党');
      expect(html).toContain('<img src="https://evil.example/x.png" alt="相对协议38">');
    }
  });

  it('never nests blocks inside inline elements or links inside links', () => {
    const doc = parseHtml(
      '<div id="r"><a href="/a">外<a href="/b">内</a><p>段</p></a><b><div>块</div></b><p><p>嵌套</p></p></div>',
    );
    const html = sanitizeElement(doc.querySelector('#r')!, 'https://www.workercn.cn/');
    const reparsed = new JSDOM(`<body>${html}</body>`).window.document.body.innerHTML;
    expect(reparsed).toBe(html);
  });

  it('escapes text and attribute values', () => {
    const doc = parseHtml(
      '<div id="r"><img src="https://x.cn/a.jpg?&quot;onerror=&quot;" alt="&quot;><script>"><p>&lt;script&gt;</p></div>',
    );
    const html = sanitizeElement(doc.querySelector('#r')!, 'https://www.workercn.cn/');
    assertSafe(html);
    expect(html).toContain('&#60;script&#62;');
  });
});
