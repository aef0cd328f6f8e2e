/** The CLI's text modes (`--text`, `--lines`): one JSON object `{ tokens, terms }` per text. */
import { readFile } from 'node:fs/promises';
import { ensureDictionary } from '../build-dict';
import { createNodeLoader } from '../../utils/text/load-node';
import { loadTextEngine, type AnnotateOptions, type TextEngine } from '../../utils/text/index';

let engine: Promise<TextEngine> | null = null;

export function getNodeEngine(): Promise<TextEngine> {
  engine ??= ensureDictionary().then((dir) => loadTextEngine(createNodeLoader(dir)));
  return engine;
}

export async function runTextMode(text: string, options?: AnnotateOptions): Promise<string> {
  const e = await getNodeEngine();
  return JSON.stringify(e.annotate(text, options));
}

export async function runLinesMode(file: string, options?: AnnotateOptions): Promise<string[]> {
  const e = await getNodeEngine();
  const content = await readFile(file, 'utf8');
  return content
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.stringify(e.annotate(line, options)));
}
