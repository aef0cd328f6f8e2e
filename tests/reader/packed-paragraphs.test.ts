/** The compact form annotated paragraphs cross the engine's messages in, on a real seed page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/site/extract';
import { packParagraph, packParagraphs, unpackParagraph, unpackParagraphs } from '@/utils/reader/packed-paragraphs';
import type { ReaderParagraph } from '@/components/reader/model';
import type { ParagraphAnnotator } from '@/utils/reader/prepare';
import { realReader, SENTENCES } from './reader-helpers';

const SEED = 'tests/fixtures/bench/seed-pages';
let annotate: ParagraphAnnotator;

beforeAll(async () => {
  ({ annotate } = await realReader());
});

/** The same tokens, with no key left undefined (a message drops those). */
const plain = (paragraphs: ReaderParagraph[]) => JSON.parse(JSON.stringify(paragraphs)) as ReaderParagraph[];

describe('packed paragraphs', () => {
  it('a 12,000-character seed page reads back token for token, in about half the characters and one value per paragraph', () => {
    const { document } = parseHTML(readFileSync(`${SEED}/source.html`, 'utf8'));
    const article = extract(document as unknown as Document, readFileSync(`${SEED}/url.txt`, 'utf8').trim());
    const paragraphs = article.paragraphs.map((text) => ({ tokens: annotate(text) }));
    expect(paragraphs.flatMap((p) => p.tokens).length).toBeGreaterThan(5000);
    const packed = packParagraphs(paragraphs);
    expect(packed.every((p) => typeof p === 'string')).toBe(true);
    expect(unpackParagraphs(JSON.parse(JSON.stringify(packed)))).toEqual(plain(paragraphs));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(paragraphs).length * 0.55);
  });

  it('keeps glossary terms, their first token and the sandhi readings of 一 and 不', () => {
    const paragraphs = [SENTENCES.wuzhong, SENTENCES.yigang, SENTENCES.budan].map((text) => ({
      tokens: annotate(text),
    }));
    const tokens = paragraphs.flatMap((p) => p.tokens);
    expect(tokens.some((t) => t.termId && t.termStart)).toBe(true);
    expect(tokens.some((t) => t.sandhi)).toBe(true);
    expect(unpackParagraphs(packParagraphs(paragraphs))).toEqual(plain(paragraphs));
  });

  it('sends a paragraph it cannot pack as it is (separators in the text, a word that is not its text, an empty token)', () => {
    const odd: ReaderParagraph[] = [
      { tokens: [{ text: 'a\u001fb', syllables: [] }] },
      { tokens: [{ text: '中国', syllables: ['zhong1', 'guo2'], word: '中华' }] },
      { tokens: [{ text: '', syllables: [] }] },
    ];
    for (const paragraph of odd) {
      expect(packParagraph(paragraph)).toBe(paragraph);
      expect(unpackParagraph(packParagraph(paragraph))).toEqual(paragraph);
    }
    expect(unpackParagraph(packParagraph({ tokens: [] }))).toEqual({ tokens: [] });
  });
});
