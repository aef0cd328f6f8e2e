/**
 * DOM clobbering (issue 18), Node path: the browser's named properties are reproduced on the parsed
 * page (emulate-clobbering.ts), then every walk of utils/site/ and the whole extraction must end
 * and keep the text. The same vectors run in real browsers in tests/e2e/hostile.e2e.ts.
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../utils/site/blocks';
import { ReadTimeout, withBudget } from '../../utils/site/budget';
import { $, textOf } from '../../utils/site/dom';
import { extract, TIMEOUT_REASON } from '../../utils/site/extract';
import { parseHtml } from '../../utils/site/parse-html';
import { fitsReadability, neutralizeClobbering } from '../../utils/site/readability-fallback';
import { sanitizeElement } from '../../utils/site/sanitize';
import { totalPages } from '../../utils/site/families/portal-legacy';
import { paperLineIn } from '../../utils/site/meta';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CLOBBERING_POSITIONS,
  CLOBBERING_VECTORS,
  DOCUMENT_PROPERTIES,
  FORM_PROPERTIES,
  clobberingPages,
  extractedText,
  hostilePage,
} from '../hostile/cases';
import { emulateClobbering, parseClobbered } from '../hostile/emulate-clobbering';

const squeeze = (s: string) => s.replace(/\s+/g, '');
const URL_ = 'https://www.workercn.cn/papers/grrb/2022/04/29/7/news-1.html';

/** A page whose body holds a form with one control per clobbered property (`only`), text around it. */
function clobberedBody(only: readonly string[]): Document {
  const controls = only.map((p) => `<input name=${p}>`).join('');
  return parseClobbered(
    `<!doctype html><title>t</title><body><div id="ccontent"><p>前面的段落文字。</p>` +
      `<div><form onsubmit=alert(1)>${controls}<p>表单里的段落文字。</p>123</form></div><p>后面的段落文字。</p></div></body>`,
  );
}

describe('clobbering emulation reproduces the browser', () => {
  it('a named control shadows the form’s property, a named img the document’s', () => {
    const doc = parseClobbered('<form><input name=parentNode><input id=childNodes></form><img name=body src=x>');
    const form = doc.querySelector('form')!;
    expect(form.parentNode).toBe(doc.querySelector('input[name=parentNode]'));
    expect(form.childNodes).toBe(doc.querySelector('#childNodes'));
    expect(doc.body).toBe(doc.querySelector('img'));
    // the walk up the parents that froze the tab: it never reaches the document
    let n: Node | null = doc.querySelector('input');
    let steps = 0;
    while (n && n !== doc && steps < 100) {
      n = n.parentNode;
      steps++;
    }
    expect(steps).toBe(100);
  });
});

describe.each([
  ['each property alone', FORM_PROPERTIES.map((p) => [p])],
  ['every property at once', [FORM_PROPERTIES]],
] as const)('no walk in utils/site loops on a clobbered property (%s)', (_label, sets) => {
  for (const only of sets as readonly (readonly string[])[]) {
    const label = only.length === 1 ? only[0] : 'all';
    it(`textOf, ${label}`, () => {
      const text = squeeze(textOf(clobberedBody(only).querySelector('#ccontent')));
      expect(text).toContain('前面的段落文字。表单里的段落文字。123后面的段落文字。');
    });
    it(`bodyBlocks, ${label}`, () => {
      const blocks = bodyBlocks(clobberedBody(only).querySelector('#ccontent'), { baseUrl: URL_ });
      expect(blocks.map((b) => (b.type === 'p' ? b.text : ''))).toEqual([
        '前面的段落文字。',
        '表单里的段落文字。',
        '123',
        '后面的段落文字。',
      ]);
    });
    it(`sanitizeElement, ${label}`, () => {
      const html = sanitizeElement(clobberedBody(only).querySelector('#ccontent')!, URL_);
      expect(html).toContain('<p>表单里的段落文字。</p>');
      expect(html).toContain('<p>后面的段落文字。</p>');
      expect(html).not.toMatch(/<form|<input|onsubmit/);
    });
    it(`fitsReadability, ${label}`, () => {
      expect(fitsReadability(clobberedBody(only))).toBe(true);
    });
    it(`neutralizeClobbering, then Readability, ${label}`, () => {
      const doc = clobberedBody(only);
      neutralizeClobbering(doc);
      expect(doc.querySelector('form')).toBeNull();
      const form = doc.querySelector('#ccontent > div > div')!;
      expect(form.parentNode).toBe(doc.querySelector('#ccontent > div'));
      const result = new Readability(doc, { charThreshold: 10 }).parse();
      expect(squeeze(result?.textContent ?? '')).toContain('后面的段落文字。');
    });
    it(`extract, ${label}`, () => {
      const a = extract(clobberedBody(only), URL_);
      expect(a.reason).toBe('');
      expect(a.paragraphs).toEqual(['前面的段落文字。', '表单里的段落文字。', '123', '后面的段落文字。']);
    });
  }
});

describe('document clobbering', () => {
  it('<img name> / <form name> for every document property: the family rules and the generic pass still read the page', () => {
    const page = hostilePage(
      {
        name: 'all',
        html: CLOBBERING_VECTORS.filter((v) => v.name.startsWith('document'))
          .map((v) => v.html)
          .join(''),
      },
      'generic',
      1,
    );
    const doc = parseClobbered(page.html);
    expect(emulateClobbering(doc)).toBeGreaterThan(20);
    expect(() => doc.querySelector('p')).toThrow(TypeError);
    const a = extract(doc, page.url);
    expect(a.extractor).toBe('readability');
    for (const p of page.paragraphs) expect(extractedText(a)).toContain(squeeze(p));
  });
});

/**
 * The walks and page reads of utils/site/ not covered above, on a document whose every built-in
 * `<img name>` can shadow is shadowed (and a form clobbering every form property): each ends and
 * reads what the browser shows. (Walks: textOf, bodyBlocks, sanitizeElement, fitsReadability,
 * neutralizeClobbering with replaceWithDiv, the generic pass's control unwrapping, totalPages'
 * pager links, paperLineIn; parse-html's walk reads
 * parse5's plain objects, not a DOM.)
 */
describe('the other reads of the page, on a clobbered document', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/workercn');
  const clobberAll = (html: string, at: string) =>
    html.replace(
      at,
      `${at}${DOCUMENT_PROPERTIES.map((p) => `<img src=x name=${p}>`).join('')}` +
        `<form>${FORM_PROPERTIES.map((p) => `<input name=${p}>`).join('')}123</form>`,
    );

  it('totalPages finds the later pages of a split article (the __totalpage field and the pager links)', () => {
    const dir = path.join(FIXTURES, 'portal-legacy-multipage');
    const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
    const url = readFileSync(path.join(dir, 'url.txt'), 'utf8').trim();
    const doc = parseClobbered(clobberAll(html, '<body>'));
    expect(() => doc.querySelector('input')).toThrow(TypeError);
    expect(totalPages(doc, url)).toBe(2);
  });

  it('paperLineIn reads the e-paper’s edition line past an <img name=body>', () => {
    const html = '<!doctype html><body><p>《工人日报》(2022年04月29日 07版)</p><p>正文。</p></body>';
    const doc = parseClobbered(clobberAll(html, '<body>'));
    expect(doc.body?.tagName).toBe('IMG');
    expect(paperLineIn(doc)).toEqual({ date: '2022-04-29', page: 7 });
  });
});

describe(`every clobbering vector (${CLOBBERING_VECTORS.length}) in every position, Node path`, () => {
  const all = clobberingPages();
  it.each(CLOBBERING_POSITIONS)(
    '%s: extraction ends, keeps the article’s text and the form’s',
    (position) => {
      const pages = all.filter((p) => p.position === position);
      expect(pages).toHaveLength(CLOBBERING_VECTORS.length);
      for (const page of pages) {
        const a = extract(parseClobbered(page.html), page.url);
        const text = extractedText(a);
        if (!page.swallowsRest) expect(a.reason, page.name).toBe('');
        for (const p of page.paragraphs) expect(text, page.name).toContain(squeeze(p));
        expect(squeeze(a.title), page.name).toContain(squeeze(page.title));
        if (
          /123/.test(page.vector.html) &&
          !page.swallowsRest &&
          (page.position === 'epaper-body' || page.position === 'generic')
        )
          expect(text, page.name).toContain('123');
        expect(a.html, page.name).not.toMatch(
          /<(?!\/?(?:p|figure|figcaption)>|img src="https?:\/\/[^"]*" alt="[^"]*">)/,
        );
      }
    },
    120_000,
  );
});

describe('time budget', () => {
  const deep = (depth: number) =>
    hostilePage(
      { name: 'deep', html: '<div>'.repeat(depth) + '<p>深处的段落。</p>' + '</div>'.repeat(depth) },
      'epaper-body',
      1,
    );

  it('a 9,000-deep nesting is read (Readability is not given it)', () => {
    const page = deep(9000);
    const a = extract(parseHtml(page.html), page.url);
    expect(a.reason).toBe('');
    expect(a.paragraphs).toContain('深处的段落。');
    for (const p of page.paragraphs) expect(a.paragraphs).toContain(p);
  });

  it('past its budget an extraction stops with the timeout reason instead of running on', () => {
    const page = deep(9000);
    const doc = parseHtml(page.html);
    const a = extract(doc, page.url, { budgetMs: 0.01 });
    expect(a.reason).toBe(TIMEOUT_REASON);
    expect(a.paragraphs).toEqual([]);
    expect(a.kind).toBe('article');
    // and the same document reads in full with the normal budget
    expect(extract(doc, page.url).paragraphs.length).toBeGreaterThan(page.paragraphs.length);
  });

  it('every walk ticks the budget: textOf and bodyBlocks throw ReadTimeout once it is spent', () => {
    const doc = parseHtml(deep(9000).html);
    const body = $(doc, '#ccontent');
    expect(() => withBudget(0.01, () => textOf(body))).toThrow(ReadTimeout);
    expect(() => withBudget(0.01, () => bodyBlocks(body, { baseUrl: URL_ }))).toThrow(ReadTimeout);
    expect(() => withBudget(0.01, () => sanitizeElement(body!, URL_))).toThrow(ReadTimeout);
    expect(() => withBudget(0.01, () => fitsReadability(doc))).toThrow(ReadTimeout);
  });
});
