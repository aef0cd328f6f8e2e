/**
 * Malformed and hostile markup (issue 19), Node path: the page is parsed as the browser parses it
 * (parse5), and the text the browser shows around the markup is kept, as plain text. Recall against
 * what Chromium renders is measured in tests/e2e/hostile.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/site/extract';
import { hasNoiseToken, isNoise } from '../../utils/site/dom';
import { parseHtml, parseHtmlAs } from '../../utils/site/parse-html';
import { neutralizeClobbering } from '../../utils/site/readability-fallback';
import { MALFORMED_POSITIONS, MALFORMED_VECTORS, extractedText, malformedPages } from '../hostile/cases';

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('the Node parser builds the tree the browser builds', () => {
  const body = (html: string) => parseHtml(html).body.innerHTML;
  it('`--!>` ends a comment', () => {
    expect(body('<p>a<!-- x --!><p>b')).toBe('<p>a<!-- x --></p><p>b</p>');
  });
  it('<style> inside <svg> is an SVG element and <p> breaks out of it', () => {
    const doc = parseHtml('<svg><style>p{}</style><p>after</p>');
    expect(doc.querySelector('svg p')).toBeNull();
    expect(doc.querySelector('body > p')?.textContent).toBe('after');
  });
  it('an unclosed <svg> ends at the first HTML block', () => {
    expect(parseHtml('<div><svg><g><p>after</p></div>').querySelector('div > p')?.textContent).toBe('after');
  });
  it('a nested <form> start tag is ignored; a <frameset> after text is ignored', () => {
    expect(parseHtml('<form><p>one<form><p>two</p></form>').querySelectorAll('form').length).toBe(1);
    expect(parseHtml('<p>text</p><frameset><frame></frameset>').querySelector('frameset')).toBeNull();
  });
  it('<noscript> holds raw text in a page and markup in a DOMParser document', () => {
    const html = '<body><noscript><p>n</p></noscript>';
    expect(parseHtmlAs(html, 'page').querySelector('noscript p')).toBeNull();
    expect(parseHtmlAs(html, 'domparser').querySelector('noscript p')).not.toBeNull();
  });
});

describe('noise is judged by whole class/id tokens and by what the element is', () => {
  it('matches whole tokens, not substrings', () => {
    expect(hasNoiseToken('share bdsharebuttonbox')).toBe(true);
    expect(hasNoiseToken('nav-links')).toBe(true);
    expect(hasNoiseToken('article-footer')).toBe(true);
    expect(hasNoiseToken('navigation-free sharer adventure hotel position2')).toBe(false);
    expect(hasNoiseToken('content-main')).toBe(false);
  });
  it('an inline element is not dropped for its id: <a id="location"> holding the following paragraphs', () => {
    const doc = parseHtml('<div><a id="location">x<p>段落</p></a><div id="location">首页</div></div>');
    expect(isNoise(doc.querySelector('a')!)).toBe(false);
    expect(isNoise(doc.querySelector('div#location')!)).toBe(true);
  });
});

describe(`malformed markup (${MALFORMED_VECTORS.length} cases) in ${MALFORMED_POSITIONS.join(', ')}`, () => {
  const pages = malformedPages();
  it.each(MALFORMED_POSITIONS)(
    '%s: every paragraph of the article is kept, and the text inside the markup',
    (position) => {
      for (const page of pages.filter((p) => p.position === position)) {
        const a = extract(parseHtml(page.html), page.url);
        const text = extractedText(a);
        if (!page.swallowsRest) expect(a.reason, page.name).toBe('');
        for (const p of page.paragraphs) expect(text, page.name).toContain(squeeze(p));
        if (/公式里/.test(page.vector.html)) expect(text, page.name).toContain('公式里的段落文字。');
        if (page.vector.name === 'unclosed button') expect(text, page.name).toContain('展开全文');
        if (/id="location">invisible/.test(page.vector.html)) expect(text, page.name).toContain('invisible');
        expect(a.html, page.name).not.toMatch(
          /<(?!\/?(?:p|figure|figcaption)>|img src="https?:\/\/[^"]*" alt="[^"]*">)/,
        );
        expect(a.html, page.name).not.toMatch(/onerror|javascript:|data:/i);
      }
    },
  );
});

describe('the generic pass reads a linkedom document as the browser’s', () => {
  it('every form of the clone becomes a plain container (linkedom has no getElementsByTagName("*"))', () => {
    const doc = parseHtml('<div><form><input name=parentNode>123<form><b>x</b></form></form><p>after</p></div>');
    neutralizeClobbering(doc);
    expect(doc.querySelectorAll('form').length).toBe(0);
    expect(doc.querySelector('div > div')?.textContent).toBe('123x');
  });
  it('the clobbering demo in the generic pass keeps the text inside the form, as in the browser', () => {
    const page = malformedPages().find((p) => p.position === 'generic' && /DOMPurify/.test(p.vector.name))!;
    const a = extract(parseHtml(page.html), page.url);
    expect(a.extractor).toBe('readability');
    expect(a.paragraphs).toContain('123');
  });
});
