/**
 * A fetched page read as its tab shows it. A tab parses with scripting on: a `<noscript>`'s content
 * is raw text up to the first `</noscript`, never shown. `DOMParser` parses with scripting off:
 * the content is markup, and where the literal `</noscript>` sits in an attribute or comment, or is
 * ignored (`<noscript><p>…</noscript>`: a `<p>` is open), every paragraph after it ends up inside
 * the `<noscript>`, which the extraction leaves out. So before `DOMParser`, each `<noscript>`'s
 * content is taken out as the tab's tokenizer would: from its start tag to the first `</noscript`.
 * Comments and the raw text of scripts, styles and the like are skipped over, so a `<noscript`
 * inside them is not taken for a tag; everything else is left byte for byte.
 */

/** Elements whose content the tokenizer reads as raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

const SPACE = /[\t\n\f\r ]/;

/**
 * Where the start tag at `lt` ends (the index after its `>`), as the tokenizer reads it: quotes
 * count only around an attribute's value; -1 when the file ends inside it.
 */
function startTagEnd(html: string, lt: number): number {
  const n = html.length;
  let j = lt + 1;
  while (j < n && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
  for (;;) {
    while (j < n && (SPACE.test(html[j]) || html[j] === '/')) j++;
    if (j >= n) return -1;
    if (html[j] === '>') return j + 1;
    j++; // the name's first character may be anything, '=' too
    while (j < n && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
    while (j < n && SPACE.test(html[j])) j++;
    if (html[j] !== '=') continue;
    j++;
    while (j < n && SPACE.test(html[j])) j++;
    if (html[j] === '"' || html[j] === "'") {
      const close = html.indexOf(html[j], j + 1);
      if (close < 0) return -1;
      j = close + 1;
    } else while (j < n && !SPACE.test(html[j]) && html[j] !== '>') j++;
  }
}

export function withoutNoscriptContent(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  let out = '';
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      // `<!-->` and `<!--->` close at once; otherwise the first `-->` or `--!>`
      let end = html.length;
      if (html.startsWith('<!-->', lt)) end = lt + 5;
      else if (html.startsWith('<!--->', lt)) end = lt + 6;
      else {
        const a = html.indexOf('-->', lt + 4);
        const b = html.indexOf('--!>', lt + 4);
        if (a >= 0) end = Math.min(end, a + 3);
        if (b >= 0) end = Math.min(end, b + 4);
      }
      out += html.slice(i, end);
      i = end;
      continue;
    }
    const name = /^<([a-zA-Z][^\t\n\f\r />]*)/.exec(html.slice(lt, lt + 40))?.[1].toLowerCase();
    const afterTag = name ? startTagEnd(html, lt) : -1;
    if (!name || afterTag < 0) {
      out += html.slice(i, lt + 1);
      i = lt + 1;
      continue;
    }
    if (name === 'plaintext') break;
    if (name === 'noscript' || RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'g');
      close.lastIndex = afterTag;
      const c = close.exec(lower);
      const end = c ? c.index : html.length;
      // a noscript keeps its tags and loses its content; the others stay as they are
      out += html.slice(i, afterTag) + (name === 'noscript' ? '' : html.slice(afterTag, end));
      i = end;
      continue;
    }
    out += html.slice(i, afterTag);
    i = afterTag;
  }
  return out + html.slice(i);
}
