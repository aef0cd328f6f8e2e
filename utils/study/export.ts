/**
 * Vocabulary export: an Anki-importable TSV (Anki 2.1.55+ file headers: separator, html, column
 * names, tags column) and a CSV (RFC 4180). Both carry the word, pinyin, definition, the sentence it
 * was met in, the sentence's pinyin and its article, formatted by the one formatter of every export
 * (note-format.ts): plain text, or HTML with pinyin in `tone1`…`tone5` spans. Tags come from the
 * article (its tags and date) and the glossary.
 */
import type { LibraryDb } from '../db/database';
import { localDate } from './day';
import type { StoredArticle, VocabularyEntry } from '../db/records';
import { guard } from '../library/errors';
import type { TextEngine } from '../text';
import { escapeHtml, formatEntry } from './note-format';

export interface ExportRow {
  word: string;
  pinyin: string;
  definition: string;
  sentence: string;
  /** The sentence's pinyin ('' without a text engine or a sentence). */
  sentencePinyin: string;
  articleTitle: string;
  articleUrl: string;
  /** Space-free tags (Anki separates tags by spaces). */
  tags: string[];
  known: boolean;
  /** YYYY-MM-DD. */
  added: string;
}

export interface ExportOptions {
  /** Include words only marked known (default false: words being studied). */
  includeKnown?: boolean;
  /** HTML fields: pinyin in tone spans, the word bold in its sentence (default plain text). */
  html?: boolean;
  /** Reads each sentence for its pinyin. */
  engine?: TextEngine;
}

/** A tag without spaces (Anki's separator): spaces become underscores. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_');
}

export function rowOf(
  entry: VocabularyEntry,
  article?: StoredArticle,
  format: { html?: boolean; engine?: TextEngine } = {},
): ExportRow {
  const tags = ['workercn'];
  // The glossary entry's id, the same id the library's term list uses (glossary::sixth-plenum-19th).
  if (entry.termId) tags.push('glossary', `glossary::${entry.termId}`);
  if (article) {
    tags.push(`date::${article.date}`);
    if (article.edition?.pageName) tags.push(ankiTag(article.edition.pageName));
    tags.push(...article.tags.map(ankiTag));
  }
  const html = format.html ?? false;
  const values = formatEntry(entry, article, { html, engine: format.engine });
  const title = article?.title ?? '';
  return {
    word: values.hanzi,
    pinyin: values.pinyin,
    definition: values.meaning,
    sentence: values.sentence,
    sentencePinyin: values.sentencePinyin,
    articleTitle: html ? escapeHtml(title) : title,
    articleUrl: html
      ? escapeHtml(values.source && (article?.url ?? entry.articleUrl ?? ''))
      : (article?.url ?? entry.articleUrl ?? ''),
    tags: [...new Set(tags.filter(Boolean))],
    known: entry.known,
    added: localDate(entry.addedAt),
  };
}

/** Rows for every vocabulary word, oldest first, joined with their articles. */
export async function exportRows(db: LibraryDb, options: ExportOptions = {}): Promise<ExportRow[]> {
  const { entries, articles } = await guard(() =>
    db.transaction('r', db.vocabulary, db.articles, async () => {
      const entries = (await db.vocabulary.orderBy('addedAt').toArray()).filter(
        (e) => options.includeKnown || !e.known,
      );
      const urls = [...new Set(entries.map((e) => e.articleUrl).filter((u): u is string => !!u))];
      const articles = new Map<string, StoredArticle>();
      for (const url of urls) {
        const a = (await db.articles.get(url)) ?? (await db.articles.where('urls').equals(url).first());
        if (a) articles.set(url, a);
      }
      return { entries, articles };
    }),
  );
  // Sentences are read outside the transaction (reading is synchronous but may be long).
  const format = { html: options.html, engine: options.engine };
  return entries.map((e) => rowOf(e, e.articleUrl ? articles.get(e.articleUrl) : undefined, format));
}

/** The note fields of the TSV, in column order (tags last). */
export const ANKI_COLUMNS = [
  'Hanzi',
  'Pinyin',
  'Meaning',
  'Sentence',
  'Sentence pinyin',
  'Article',
  'Source',
  'Tags',
] as const;

/** A TSV field: tabs and line breaks become spaces; a field with a quote is quoted (Anki reads quotes). */
function tsvField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ');
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The Anki TSV: file headers, then one note per line (`html`: the rows were made with HTML fields). */
export function toAnkiTsv(rows: readonly ExportRow[], { html = false }: { html?: boolean } = {}): string {
  const lines = [
    '#separator:tab',
    `#html:${html ? 'true' : 'false'}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.length}`,
  ];
  for (const r of rows) {
    lines.push(
      [r.word, r.pinyin, r.definition, r.sentence, r.sentencePinyin, r.articleTitle, r.articleUrl, r.tags.join(' ')]
        .map(tsvField)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

export const CSV_COLUMNS = [
  'word',
  'pinyin',
  'definition',
  'sentence',
  'sentence_pinyin',
  'article_title',
  'article_url',
  'tags',
  'known',
  'added',
] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV: CRLF line ends, a header row, fields with commas, quotes or line breaks quoted. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.word,
        r.pinyin,
        r.definition,
        r.sentence,
        r.sentencePinyin,
        r.articleTitle,
        r.articleUrl,
        r.tags.join(' '),
        r.known ? 'true' : 'false',
        r.added,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses delimited text with RFC 4180 quoting (a quoted field may hold the delimiter, quotes, line breaks). */
export function parseDelimited(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      endField();
      rows.push(row);
      row = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** An Anki TSV read back: its headers and its notes. */
export function parseAnkiTsv(text: string): { headers: Record<string, string>; rows: string[][] } {
  const headers: Record<string, string> = {};
  const lines = text.split('\n');
  let body = 0;
  while (body < lines.length && lines[body].startsWith('#')) {
    const line = lines[body];
    const at = line.indexOf(':');
    headers[line.slice(1, at)] = line.slice(at + 1);
    body++;
  }
  return { headers, rows: parseDelimited(lines.slice(body).join('\n'), '\t') };
}

export function exportFileName(kind: 'tsv' | 'csv', now: Date = new Date()): string {
  return `workercn-vocabulary-${now.toISOString().slice(0, 10)}.${kind}`;
}
