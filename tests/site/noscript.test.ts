/**
 * A fetched page (DOMParser, scripting off) reads as its tab (scripting on) shows it: a `<noscript>`'s
 * content is taken out as the tab's tokenizer would (issue 19).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCases, fixtureUrl } from '../../scripts/update-fixtures';
import { extract } from '../../utils/site/extract';
import { withoutNoscriptContent } from '../../utils/site/noscript';
import { parseHtml, parseHtmlAs } from '../../utils/site/parse-html';
import { textOf } from '../../utils/site/dom';

const fetched = (html: string) => parseHtmlAs(withoutNoscriptContent(html), 'domparser');

describe('withoutNoscriptContent', () => {
  it('takes out what a tab reads as raw text, up to the first </noscript', () => {
    expect(withoutNoscriptContent('<p>a<noscript><img src=x></noscript><p>b')).toBe('<p>a<noscript></noscript><p>b');
    expect(withoutNoscriptContent('<NOSCRIPT class="x>y"><p>n</NoScript ><p>b')).toBe(
      '<NOSCRIPT class="x>y"></NoScript ><p>b',
    );
  });
  it('leaves comments, scripts and styles that mention <noscript> as they are', () => {
    for (const html of [
      '<!-- <noscript> --><p>b</p>',
      '<!-- a --!><p>b</p><!--> <noscript><p>c</p></noscript>',
      '<script>document.write("<noscript>")</script><p>b</p>',
      '<style>/* <noscript> */</style><p>b</p>',
      '<p title="<noscript>">b</p>',
      '<textarea><noscript></textarea><p>b</p>',
    ]) {
      const out = withoutNoscriptContent(html);
      expect(out.length, html).toBeGreaterThanOrEqual(html.length - '<p>c</p>'.length);
      expect(textOf(fetched(html).body), html).toBe(textOf(parseHtml(html).body));
    }
  });
  it('an unclosed <p> in a <noscript> no longer carries the article into it', () => {
    const html = '<div><noscript><p>请启用脚本</noscript><p>第一段。</p><p>第二段。</p></div>';
    // DOMParser as such: the paragraphs end up inside the noscript (its </noscript> is ignored while a <p> is open)
    expect(parseHtmlAs(html, 'domparser').querySelectorAll('noscript p').length).toBe(3);
    expect(fetched(html).querySelectorAll('noscript p').length).toBe(0);
    expect(fetched(html).querySelectorAll('div > p').length).toBe(2);
  });
  it('a </noscript> inside an attribute ends it where the tab ends it', () => {
    const html = '<div><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>正文。</p></div>';
    expect(fetched(html).querySelector('div > p')?.textContent).toBe('正文。');
    expect(textOf(fetched(html).body)).toBe(textOf(parseHtml(html).body));
  });
});

describe('every fixture reads the same fetched (DOMParser) as in its tab', () => {
  it.each(fixtureCases())('%s', (name) => {
    const html = readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8');
    const url = fixtureUrl(name);
    const { ms: _a, ...tab } = { ms: 0, ...extract(parseHtml(html), url) };
    const { ms: _b, ...got } = { ms: 0, ...extract(fetched(html), url) };
    expect(got).toEqual(tab);
  });
});
