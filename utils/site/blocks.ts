/**
 * Turns a body element into ordered blocks (paragraphs of plain text, figures). Handles the
 * paper's habits: `<p>` per paragraph, one block with `<br>` between paragraphs, full-width or
 * `&nbsp;` indents marking paragraph starts, line breaks from the printed layout. Iterative, so
 * arbitrarily deep trees cannot overflow the stack.
 */
import type { ArticleImage } from './article';
import { tick } from './budget';
import { $, attr, childrenOf, dataOf, hiddenText, isElement, isNoise, isText, tagName, textOf } from './dom';
import { CONTINUATION, normalizeText, startsWithIndent } from './normalize';
import type { BodyBlock } from './sanitize';
import { absoluteUrl } from './urls';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'section',
  'article',
  'main',
  'td',
  'th',
  'tr',
  'table',
  'tbody',
  'thead',
  'center',
  'pre',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'dl',
  'hr',
  'caption',
]);

type Segment = { raw: string; soft: boolean } | { image: ArticleImage };

export interface BodyOptions {
  baseUrl: string;
  /** Extra elements to leave out (besides generic noise). */
  skip?: (el: Element) => boolean;
  /** Leave generic noise (share bars, comments, ...) in. */
  keepNoise?: boolean;
}

/** Lines that are page furniture, not article text. */
const NOISE_LINE = [
  /^[（(【\[]?\s*(责任编辑|编辑|责编|校对|审核|审校|值班编辑|监制|来源|稿件来源|作者)\s*[:：]/,
  /^(分享到|分享至|扫一扫|打印本页|关闭窗口|【?纠错】?|返回顶部|上一篇|下一篇|相关(新闻|链接|阅读|文章|报道))/,
  /^(版权所有|Copyright|京ICP|©)/i,
];
/** A short line of date, time and source: the page's dateline, not article text. */
const META_LINE = /^[\d\s:：年月日/.-]{8,}\s*(来源|作者|编辑)[:：]/;

export function isNoiseLine(text: string): boolean {
  return NOISE_LINE.some((re) => re.test(text)) || (text.length < 80 && META_LINE.test(text));
}

function collectSegments(root: Element, opts: BodyOptions): Segment[] {
  const segments: Segment[] = [];
  let buf = '';
  let softNext = false;
  const flush = (soft: boolean) => {
    segments.push({ raw: buf, soft: softNext });
    buf = '';
    softNext = soft;
  };
  const stack: (Node | 'end-block')[] = [root];
  while (stack.length) {
    tick();
    const n = stack.pop()!;
    if (n === 'end-block') {
      flush(false);
      continue;
    }
    if (isText(n)) {
      buf += dataOf(n);
      continue;
    }
    if (!isElement(n)) continue;
    if (n !== root && ((!opts.keepNoise && isNoise(n)) || opts.skip?.(n))) continue;
    const tag = tagName(n);
    if (tag === 'br') {
      flush(true);
      continue;
    }
    if (tag === 'img') {
      const src = absoluteUrl(attr(n, 'src') || attr(n, 'data-src'), opts.baseUrl);
      if (src) {
        flush(false);
        segments.push({ image: { src, alt: normalizeText(attr(n, 'alt')), caption: '' } });
      }
      continue;
    }
    if (hiddenText(n)) continue;
    // a button is a control's label, unless the parser put the page's text inside it (an unclosed <button>)
    if (tag === 'button' && !holdsText(n)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush(false);
      stack.push('end-block');
    }
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush(false);
  return segments;
}

/** Blocks inside, or more text than a control's label. */
function holdsText(el: Element): boolean {
  return (
    $(el, 'p, div, br, li, table, h1, h2, h3, h4, h5, h6, blockquote') !== null || textOf(el, 40).trim().length >= 40
  );
}

/** Splits text at a line break followed by an indent (print text: paragraphs start indented). */
function splitIndented(raw: string): string[] {
  return raw.split(/\r?\n(?=[ \t]*(?:\u3000|\u00a0{2,}))/);
}

/** Groups br-separated segments into paragraphs. */
function paragraphsOfGroup(group: string[]): string[] {
  if (group.length === 1) return splitIndented(group[0]);
  const nonEmpty = group.filter((s) => normalizeText(s));
  const indented = nonEmpty.filter(startsWithIndent).length;
  const out: string[] = [];
  if (indented >= 1 && indented < nonEmpty.length && nonEmpty.length > 2) {
    // indents mark paragraph starts; lines without one continue the paragraph before
    for (const s of group) {
      if (!normalizeText(s)) continue;
      if (startsWithIndent(s) || out.length === 0) out.push(s);
      else out[out.length - 1] += '\n' + s;
    }
    return out;
  }
  const blankSeparated =
    group.length > nonEmpty.length + 1 &&
    group.some((s, i) => i > 0 && normalizeText(s) && normalizeText(group[i - 1]));
  if (blankSeparated && indented === 0) {
    let current: string | null = null;
    for (const s of group) {
      if (!normalizeText(s)) {
        if (current !== null) out.push(current);
        current = null;
      } else current = current === null ? s : current + '\n' + s;
    }
    if (current !== null) out.push(current);
    return out;
  }
  return group.flatMap(splitIndented);
}

/** The body as blocks. Captions: `<figcaption>`, or a short `图为…` line right after a picture. */
export function bodyBlocks(root: Element | null, opts: BodyOptions): BodyBlock[] {
  if (!root) return [];
  const segments = collectSegments(root, opts);
  const blocks: BodyBlock[] = [];
  /** Text blocks whose source line started with a paragraph indent. */
  const indented = new Set<BodyBlock>();
  let group: string[] = [];
  const endGroup = () => {
    if (group.length) for (const p of paragraphsOfGroup(group)) pushText(p);
    group = [];
  };
  const pushText = (raw: string) => {
    const text = normalizeText(raw);
    if (!text) return;
    const last = blocks[blocks.length - 1];
    if (
      last?.type === 'img' &&
      !last.image.caption &&
      text.length <= 120 &&
      /^(图为|图：|图:|上图|下图|左图|右图|（图|\(图|图片)/.test(text)
    ) {
      last.image.caption = text;
      return;
    }
    const block: BodyBlock = { type: 'p', text };
    if (startsWithIndent(raw)) indented.add(block);
    blocks.push(block);
  };
  for (const s of segments) {
    if ('image' in s) {
      endGroup();
      blocks.push({ type: 'img', image: s.image });
      continue;
    }
    if (!s.soft) endGroup();
    group.push(s.raw);
  }
  endGroup();
  return joinLayoutBreaks(blocks, indented);
}

const SENTENCE_END = /[。！？!?”"』」）)…：:；;]$/;

/**
 * Print-derived bodies: where paragraphs are marked by indents, a block without one that follows a
 * block ending mid-sentence is the same paragraph broken by the printed column.
 */
function joinLayoutBreaks(blocks: BodyBlock[], indented: Set<BodyBlock>): BodyBlock[] {
  if (indented.size < 1) return blocks;
  const out: BodyBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (
      b.type === 'p' &&
      !indented.has(b) &&
      prev?.type === 'p' &&
      prev.text.length >= 10 &&
      b.text.length >= 15 &&
      !SENTENCE_END.test(prev.text)
    ) {
      prev.text = normalizeText(prev.text + '\n' + b.text);
      continue;
    }
    out.push(b);
  }
  return out;
}

/**
 * Cleans paragraph blocks: drops furniture lines, takes continuation notes out of the text.
 * Returns the continuation notes found.
 */
export function cleanBlocks(blocks: BodyBlock[]): { blocks: BodyBlock[]; continuations: string[] } {
  const continuations: string[] = [];
  const out: BodyBlock[] = [];
  const seenImages = new Set<string>();
  for (const b of blocks) {
    if (b.type === 'img') {
      if (seenImages.has(b.image.src)) continue;
      seenImages.add(b.image.src);
      out.push(b);
      continue;
    }
    if (isNoiseLine(b.text)) continue;
    let text = b.text;
    for (const m of text.match(CONTINUATION) ?? [])
      pushOnce(continuations, m.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）'));
    text = text.replace(CONTINUATION, '').trim();
    if (text) out.push({ type: 'p', text });
  }
  return { blocks: out, continuations };
}

function pushOnce(list: string[], value: string) {
  if (!list.includes(value)) list.push(value);
}

export function paragraphsOf(blocks: BodyBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'p' ? [b.text] : []));
}

export function imagesOf(blocks: BodyBlock[]): ArticleImage[] {
  return blocks.flatMap((b) => (b.type === 'img' ? [b.image] : []));
}
