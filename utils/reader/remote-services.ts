/**
 * The reader's services in a workercn.cn tab: the text work is answered by the extension's engine
 * (utils/reader/engine-host.ts) through messages; only tone formatting runs here.
 */
import { sendMessage, type Protocol } from '../messaging';
import type { Article } from '../site/article';
import type { ReaderParagraph, ReaderServices, ReaderTerm } from '@/components/reader/model';
import type { PreparedArticle } from './engine-host';
import { formatReading, openGlossaryEntry, toneOfNumbered } from './service-helpers';
import { extensionStrokes } from './stroke-files';
import { extensionCharInfo } from './char-files';
import { unpackParagraphs } from './packed-paragraphs';
import { since } from './timing';

type Request = 'prepareArticle' | 'annotateParagraphs' | 'lookupWord' | 'describeWords' | 'readSentence';

/** Sends to the engine; if none answers (Chrome's offscreen document not made yet), wakes it and asks once more. */
async function ask<K extends Request>(type: K, data: Protocol[K]['data']): Promise<Protocol[K]['response']> {
  try {
    return await (sendMessage as (t: K, d: Protocol[K]['data']) => Promise<Protocol[K]['response']>)(type, data);
  } catch {
    await sendMessage('warmReaderEngine');
    return (sendMessage as (t: K, d: Protocol[K]['data']) => Promise<Protocol[K]['response']>)(type, data);
  }
}

/** Asks the engine to load its dictionary now (it is kept for the browser session). */
export function warmReaderEngine(): Promise<void> {
  return sendMessage('warmReaderEngine');
}

export interface RemoteReader {
  services: ReaderServices;
  /** `fresh`: the learner's overrides are read anew (just after one was changed). */
  prepare(article: Article, options?: { fresh?: boolean }): Promise<PreparedArticle>;
  /**
   * The same, answered as it came: its paragraphs are unpacked only when `unpack` is called (the
   * reader does that after the first screen has been drawn, not when the answer arrives).
   */
  prepareLater(article: Article, options?: { fresh?: boolean }): Promise<{ ms: number; unpack(): PreparedArticle }>;
  /** `url`: the article's (the learner's overrides for it apply). */
  annotate(texts: string[], url?: string): Promise<ReaderParagraph[]>;
}

/** One per tab: the glossary terms of every article prepared here stay known to the tooltip. */
export function createRemoteReader(options: { translate?: (text: string) => Promise<string> } = {}): RemoteReader {
  const terms = new Map<string, ReaderTerm>();
  // The article last prepared here: the source of a word sent to Anki.
  let articleUrl: string | undefined;
  const services: ReaderServices = {
    lookup: (word) => ask('lookupWord', { word }),
    term: (id) => terms.get(id),
    openTerm: openGlossaryEntry,
    translate: options.translate,
    formatSyllable: formatReading,
    describe: async (words) => new Map(await ask('describeWords', { words: [...words] })),
    strokes: extensionStrokes,
    charInfo: extensionCharInfo,
    anki: {
      ready: async () => (await sendMessage('ankiStatus')).ready,
      async add(word) {
        const sentencePinyin = word.sentence ? await ask('readSentence', { sentence: word.sentence, html: true }) : '';
        return (await sendMessage('addToAnki', { ...word, sentencePinyin, articleUrl })).result;
      },
    },
    toneOf: toneOfNumbered,
  };
  const learn = (found: Record<string, ReaderTerm>) => {
    for (const [id, term] of Object.entries(found)) terms.set(id, term);
  };
  return {
    services,
    async prepare(article, options) {
      return (await this.prepareLater(article, options)).unpack();
    },
    async prepareLater(article, options) {
      articleUrl = article.url;
      const prepared = await ask('prepareArticle', { article, fresh: options?.fresh });
      learn(prepared.terms);
      return {
        ms: prepared.ms,
        unpack: () => ({
          ...prepared,
          view: { ...prepared.view, paragraphs: unpackParagraphs(prepared.view.paragraphs) },
        }),
      };
    },
    async annotate(texts, url) {
      const annotated = await ask('annotateParagraphs', { texts, url });
      if (annotated.ms !== undefined) since('first-screen-engine', annotated.ms);
      learn(annotated.terms);
      return unpackParagraphs(annotated.paragraphs);
    },
  };
}
