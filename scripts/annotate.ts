/**
 * `npm run -s annotate -- --url <URL> <FILE.html>`: runs detection and extraction on a saved page
 * and prints one JSON object. Pages of a split article are read from beside the file (see
 * utils/site/saved-pages.ts). Also `--text "<text>"` and `--lines <FILE>` (the text engine).
 */
import { pathToFileURL } from 'node:url';
import type { Article } from '../utils/site/article';
import { extractWithPages } from '../utils/site/multipage';
import { toOutput, type AnnotateOutput } from '../utils/site/output';
import { parseHtml } from '../utils/site/parse-html';
import { readSavedPage, savedPageFetcher } from '../utils/site/saved-pages';
import { runLinesMode, runTextMode } from './lib/text-modes';
import { termsOf, type TermSummary } from '../utils/glossary';

/**
 * Glossary terms of an article: every distinct term in its headline and body with its main English
 * rendering and how often it occurs. Paragraphs are kept apart so no term spans two of them.
 */
export function findTerms(article: Article): TermSummary[] {
  const text = [article.pretitle, article.title, article.subtitle, ...article.paragraphs]
    .filter(Boolean)
    .join('\n\n\n');
  return termsOf(text);
}

export async function annotatePage(file: string, url: string): Promise<AnnotateOutput> {
  const html = readSavedPage(file);
  const article = await extractWithPages(parseHtml(html), url, { fetchPage: savedPageFetcher(file), parseHtml });
  return toOutput(article, findTerms(article));
}

const USAGE = 'usage: annotate --url <URL> <FILE.html> | --text "<text>" | --lines <FILE>';

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    args.splice(i, 2);
    return value;
  };
  const text = take('--text');
  if (text !== undefined) {
    process.stdout.write((await runTextMode(text)) + '\n');
    return 0;
  }
  const lines = take('--lines');
  if (lines !== undefined) {
    const out = await runLinesMode(lines);
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    return 0;
  }
  const url = take('--url');
  const file = args.find((a) => !a.startsWith('--'));
  if (!url || !file) throw new Error(USAGE);
  if (!/^https?:\/\//i.test(url)) throw new Error(`--url must be an http(s) URL: ${url}`);
  process.stdout.write(JSON.stringify(await annotatePage(file, url), null, 2) + '\n');
  return 0;
}

// Exit codes are set, never forced with process.exit(): a piped stdout drains before the process ends.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const err = error as NodeJS.ErrnoException;
      const message =
        err?.code === 'ENOENT' ? `no such file: ${err.path}` : err instanceof Error ? err.message : String(error);
      process.stderr.write(`annotate: ${message}\n`);
      process.exitCode = 1;
    },
  );
}
