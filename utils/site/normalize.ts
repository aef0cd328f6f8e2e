/** Text normalization for the paper's pages. Pure string functions. */

/** CJK ideographs, CJK punctuation and full-width forms. */
const CJK =
  '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u30ff\\u3100-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7';
const CJK_CHAR = new RegExp(`[${CJK}]`);
/** Whitespace the pages use: ASCII, no-break, full-width, zero-width. */
const SPACE = '\\s\\u00a0\\u3000\\u200b\\u2002-\\u200a\\u202f\\u205f\\ufeff';
const SPACE_RUN = new RegExp(`[${SPACE}]+`, 'g');
const EDGE_SPACE = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');
/** Role words around which a space separates names in bylines and credits: keep it. */
const ROLE_BEFORE = /(记者|通讯员|摄影|编辑|作者|实习生|特约|新华社|中新社)$/;
const ROLE_AFTER = /^(记者|通讯员|摄影|编辑|实习生|本报(?:特约|记者|通讯)|新华社记|摄(?=$|[\s）)）]))/;

export function isCjk(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/**
 * Collapses whitespace and removes the spaces and line breaks that the printed layout left inside
 * sentences: a whitespace run goes when a CJK character or CJK punctuation sits on one side and no
 * Latin letter on the other (`线上 线下` → `线上线下`, `3月20 日` → `3月20日`); between Latin words and
 * numbers one space stays. Spaces around role words (`新华社记者 郭欣媛`, `江宏景 摄`) stay.
 */
export function normalizeText(text: string): string {
  const s = text.replace(EDGE_SPACE, '');
  if (!s) return '';
  return s.replace(SPACE_RUN, (_run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _run.length] ?? '';
    const cjkBefore = isCjk(before);
    const cjkAfter = isCjk(after);
    if (!cjkBefore && !cjkAfter) return ' ';
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return ' ';
    if (cjkBefore && cjkAfter) {
      const left = whole.slice(Math.max(0, offset - 4), offset);
      const right = whole.slice(offset + _run.length, offset + _run.length + 4);
      if (ROLE_BEFORE.test(left) || ROLE_AFTER.test(right)) return ' ';
    }
    return '';
  });
}

/** Whitespace collapsed to single spaces, trimmed; for headlines, where a space separates parts. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** True when a raw line starts with a paragraph indent: full-width spaces or a run of no-break spaces. */
export function startsWithIndent(raw: string): boolean {
  return /^[ \t\r\n]*(\u3000|\u00a0{2,}|\u00a0 |&nbsp;)/.test(raw);
}

const SITE_SUFFIX = /\s*[-_|–—－]+\s*(中工网|工人日报(?:数字报|电子版)?|中国工人网|workercn(?:\.cn)?)\s*$/i;

/** A page title without site-name suffixes (`- 中工网`, `-工人日报`) and, for `标题 - 频道 - 中工网`, the channel. */
export function cleanTitle(title: string): string {
  let t = collapseSpace(title);
  let stripped = false;
  for (let i = 0; i < 3 && SITE_SUFFIX.test(t); i++) {
    t = t.replace(SITE_SUFFIX, '');
    stripped = true;
  }
  if (stripped) {
    const channel = /^(.{4,}?)\s+[-_|]\s+([^\s-_|]{1,8})$/.exec(t);
    if (channel) t = channel[1];
  }
  return t.trim();
}

/** Counts for a body: non-space characters; words = CJK characters plus Latin/number runs. */
export function countText(paragraphs: string[]): { characters: number; words: number; paragraphs: number } {
  let characters = 0;
  let words = 0;
  for (const p of paragraphs) {
    characters += p.replace(SPACE_RUN, '').length;
    for (const ch of p) if (/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch)) words++;
    words += (p.match(/[A-Za-z0-9][A-Za-z0-9.%'’-]*/g) ?? []).length;
  }
  return { characters, words, paragraphs: paragraphs.length };
}

/** A continuation note on its own or at the start/end of a paragraph. */
export const CONTINUATION = /[（(]\s*(?:上接|下转|转)第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]/g;
