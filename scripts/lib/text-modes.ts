/** The CLI's text modes (`--text`, `--lines`): one JSON object `{ tokens, terms }` per text. */
import { readFile } from 'node:fs/promises';
import { ensureDictionary } from '../build-dict';
import { createNodeLoader } from '../../utils/text/load-node';
import { loadTextEngine, type AnnotateOptions, type TextEngine } from '../../utils/text/index';
import { getGlossaryMatcher, glossaryEntries, summarizeTerms } from '../../utils/glossary';

let engine: Promise<TextEngine> | null = null;

export function getNodeEngine(): Promise<TextEngine> {
  engine ??= ensureDictionary().then((dir) => loadTextEngine(createNodeLoader(dir)));
  return engine;
}

/**
 * One text as the CLI prints it: tokens (those inside a glossary term carry its id in `term`) and
 * `terms`, each distinct glossary term with its main English rendering and count. A caller's own
 * `terms` matcher replaces the glossary.
 */
export function annotateJson(e: TextEngine, text: string, options: AnnotateOptions = {}): string {
  if (options.terms) return JSON.stringify(e.annotate(text, options));
  const matches = getGlossaryMatcher().match(text);
  const { tokens } = e.annotate(text, { ...options, terms: () => matches });
  return JSON.stringify({ tokens, terms: summarizeTerms(matches, glossaryEntries) });
}

export async function runTextMode(text: string, options?: AnnotateOptions): Promise<string> {
  return annotateJson(await getNodeEngine(), text, options);
}

export async function runLinesMode(file: string, options?: AnnotateOptions): Promise<string[]> {
  const e = await getNodeEngine();
  const content = await readFile(file, 'utf8');
  return content
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => annotateJson(e, line, options));
}
