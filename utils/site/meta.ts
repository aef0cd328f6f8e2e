/** Byline, source and date from the paper's text habits and page metadata. */
import { $, bodyOf, documentElementOf, metaContent, textOf } from './dom';
import { collapseSpace, normalizeText } from './normalize';
import { ymd } from './urls';

const AGENCIES: Record<string, string> = { 本报: '工人日报', 新华社: '新华社', 中新社: '中新社', 人民日报: '人民日报' };

export function sourceName(raw: string): string {
  const s = normalizeText(raw)
    .replace(/^(来源|稿件来源|消息来源)\s*[:：]\s*/, '')
    .replace(/\s.*$/, '');
  return AGENCIES[s] ?? s;
}

/** `本报北京4月28日电（记者赖志凯）…` / `本报讯（记者毛浓曦）` / `据新华社北京3月24日电（记者赵琬微）`. */
const DATELINE = /^据?(本报|新华社|中新社|人民日报)([^（(，。]{0,14}?)(?:电|讯)\s*[（(]([^）)]{1,40})[）)]/;
/** A byline line of its own: `新华社记者 郭欣媛`, `本报记者 康劲`, `本报通讯员 王某`. */
const BYLINE_LINE = /^(本报|新华社|中新社|人民日报)?(特约|见习|实习)?(记者|通讯员)[\s\S]{1,30}$/;
/** Closing line: `（新华社银川4月28日电）`, `（本报北京4月28日电）`. */
const CLOSING = /^[（(](本报|新华社|中新社|人民日报)[^（()）]{0,16}电[)）]$/;

export interface Credits {
  byline: string;
  source: string;
  /** Index of a paragraph that is only a byline (to drop from the body), or -1. */
  bylineParagraph: number;
}

export function creditsFromParagraphs(paragraphs: string[]): Credits {
  const credits: Credits = { byline: '', source: '', bylineParagraph: -1 };
  for (let i = 0; i < Math.min(3, paragraphs.length); i++) {
    const p = paragraphs[i];
    const d = DATELINE.exec(p);
    if (d) {
      credits.source = AGENCIES[d[1]];
      credits.byline = normalizeText(d[3]);
      return credits;
    }
    // A photo credit (`本报记者 田国垒 摄`) is the picture's, not the article's byline.
    if (p.length <= 30 && BYLINE_LINE.test(p) && !/[，。；！？]/.test(p) && !/\s摄$/.test(p)) {
      credits.byline = p;
      credits.source = AGENCIES[/^(本报|新华社|中新社|人民日报)/.exec(p)?.[1] ?? ''] ?? '';
      credits.bylineParagraph = i;
      return credits;
    }
  }
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const closing = CLOSING.exec(last);
  if (closing) credits.source = AGENCIES[closing[1]];
  return credits;
}

/** First date in a text: `2019-01-18`, `2019年1月18日`, `2019/01/18`. */
export function dateFromText(text: string): string {
  const m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(text);
  return m ? ymd(m[1], m[2], m[3]) : '';
}

/** Date from page metadata (publish date metas, `<time datetime>`). */
export function dateFromMeta(doc: Document): string {
  const v = metaContent(doc, [
    'publishdate',
    'PubDate',
    'pubdate',
    'article:published_time',
    'og:release_date',
    'date',
    'publish_time',
  ]);
  if (v) return dateFromText(v);
  const time = $(doc, 'time[datetime]');
  return time ? dateFromText(time.getAttribute('datetime') ?? '') : '';
}

export function textAt(root: ParentNode | null | undefined, selector: string): string {
  return collapseSpace(textOf($(root, selector)));
}

/** `《工人日报》(2021年12月22日 02版)`: the printed-edition line near an e-paper article's title. */
const EDITION_LINE = /^《工人日报》\s*[(（]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2})\s*版\s*[)）]$/;
/** `工人日报 2021年12月22日 星期三`: the e-paper's date line (the printed weekday is not always right). */
const DATE_LINE = /^工人日报\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期[一二三四五六日天])?$/;
/** The site's footer and follow bar, where a page puts them inside the article area. */
const FOOTER_LINE = /^(关于中工网\s*[|｜]|扫码关注\s*中工网|Copyright\s*©?\s*\d{4})/i;

/** Date and page of an edition or date line; null for any other text. */
export function paperLine(text: string): { date: string; page: number } | null {
  const t = collapseSpace(text);
  const e = EDITION_LINE.exec(t);
  if (e) return { date: ymd(e[1], e[2], e[3]), page: Number(e[4]) };
  const d = DATE_LINE.exec(t);
  if (d) return { date: ymd(d[1], d[2], d[3]), page: 0 };
  return null;
}

/** True for the e-paper's frame lines (edition line, date line, footer): metadata, not article text. */
export function isPaperFrameLine(text: string): boolean {
  return paperLine(text) !== null || FOOTER_LINE.test(collapseSpace(text));
}

/** The first edition line (`《工人日报》(… NN版)`) or date line in the page's text. */
export function paperLineIn(doc: Document): { date: string; page: number } | null {
  const text = textOf(bodyOf(doc) ?? documentElementOf(doc)).slice(0, 20_000);
  const e = /《工人日报》\s*[(（][^)）]{6,20}版\s*[)）]/.exec(text);
  const d = /工人日报\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(text);
  return (e && paperLine(e[0])) || (d && paperLine(d[0])) || null;
}

/** The page's `<title>` text (`textOf` leaves `<title>` out, as it is never body text). */
export function pageTitleText(doc: Document): string {
  return collapseSpace($(doc, 'title')?.textContent ?? '');
}
