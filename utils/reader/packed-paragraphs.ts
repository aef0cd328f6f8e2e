/**
 * Annotated paragraphs in the compact form they cross the extension's messages in (engine → tab):
 * one string per paragraph instead of an object and an array per token. The 12,000-character seed
 * page is about half the characters (193,000 instead of 368,000 as JSON) and 96 values instead of
 * some 30,000 objects, arrays and strings for the browser to convert on each side of the message.
 * Chrome's messages are JSON: there JSON out and back took 87 ms for the page's paragraphs and 25 ms
 * packed, unpacking included (Node, loaded machine). Firefox's are structured clones (6 ms unpacked,
 * 12 ms packed), so the engine packs on Chrome only; the tab reads either form.
 *
 * A paragraph's tokens are joined by U+001E, a token's fields by U+001F: text, syllables (space
 * separated), flags (`w`: the word to look up is the text; `s`: the first token of a glossary term occurrence),
 * glossary id, sandhi syllables; empty trailing fields are left out. A paragraph that does not fit
 * this form (a separator in its text, a word that is not its text) is sent as it is.
 */
import type { ReaderParagraph, ReaderToken } from '@/components/reader/model';

export type PackedParagraph = string | ReaderParagraph;

const TOKEN = '\u001e';
const FIELD = '\u001f';
const SEPARATORS = /[\u001e\u001f]/;

function packToken(token: ReaderToken): string | null {
  const { text, syllables, word, termId, termStart, sandhi } = token;
  if (SEPARATORS.test(text) || (word !== undefined && word !== text) || (termId && SEPARATORS.test(termId))) {
    return null;
  }
  if (syllables.some((s) => s === '' || s.includes(' ')) || sandhi?.some((s) => s === '' || s.includes(' '))) {
    return null;
  }
  if (sandhi && sandhi.length !== syllables.length) return null;
  // A glossary token says whether it starts the term (true or false); other tokens say nothing.
  if (Boolean(termId) !== (termStart !== undefined)) return null;
  const fields = [
    text,
    syllables.join(' '),
    (word !== undefined ? 'w' : '') + (termStart ? 's' : ''),
    termId ?? '',
    sandhi ? sandhi.join(' ') : '',
  ];
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD);
}

export function packParagraph(paragraph: ReaderParagraph): PackedParagraph {
  const tokens: string[] = [];
  for (const token of paragraph.tokens) {
    const packed = packToken(token);
    // An empty text would read back as no token: such a paragraph goes as it is.
    if (packed === null || token.text === '') return paragraph;
    tokens.push(packed);
  }
  return tokens.join(TOKEN);
}

function unpackToken(packed: string): ReaderToken {
  const [text, syllables = '', flags = '', termId = '', sandhi = ''] = packed.split(FIELD);
  const token: ReaderToken = { text, syllables: syllables ? syllables.split(' ') : [] };
  if (sandhi) token.sandhi = sandhi.split(' ');
  if (flags.includes('w')) token.word = text;
  if (termId) {
    token.termId = termId;
    token.termStart = flags.includes('s');
  }
  return token;
}

export function unpackParagraph(packed: PackedParagraph): ReaderParagraph {
  if (typeof packed !== 'string') return packed;
  return { tokens: packed === '' ? [] : packed.split(TOKEN).map(unpackToken) };
}

export const packParagraphs = (paragraphs: readonly ReaderParagraph[]): PackedParagraph[] =>
  paragraphs.map(packParagraph);

export const unpackParagraphs = (packed: readonly PackedParagraph[]): ReaderParagraph[] => packed.map(unpackParagraph);
