/**
 * A saved article as the reader shows it: the stored fields mapped onto `ReaderArticle`, the
 * paragraphs annotated with the same pipeline as on the site. Everything comes from the stored
 * record; images are left out, so reading a saved article fetches nothing from the network.
 */
import type { StoredArticle } from '../db/records';
import type { ReaderArticle, ReaderEdition, ReaderServices } from '@/components/reader/model';
import { editionLabel, type ParagraphAnnotator } from '../reader/prepare';
import type { EffectiveOverrides } from '../overrides/model';

/** What the library needs to show articles in the reader: an annotator and the reader's services. */
export interface ReaderText {
  annotate: ParagraphAnnotator;
  /** An annotator with the learner's overrides for one article (absent: `annotate`, without them). */
  annotatorFor?: (overrides: EffectiveOverrides) => ParagraphAnnotator;
  services: ReaderServices;
}

function editionOf(a: StoredArticle): ReaderEdition | undefined {
  if (!a.edition) return undefined;
  return { label: editionLabel(a.edition), pageUrl: a.edition.pageUrl, siblings: [], pages: [] };
}

export function storedToReaderArticle(a: StoredArticle, annotate: ParagraphAnnotator): ReaderArticle {
  return {
    url: a.url,
    title: a.title,
    pretitle: a.pretitle,
    subtitle: a.subtitle,
    byline: a.byline,
    source: a.source,
    date: a.date || undefined,
    edition: editionOf(a),
    images: [],
    paragraphs: a.paragraphs.map((text) => ({ tokens: annotate(text) })),
  };
}

let loading: Promise<ReaderText> | undefined;

/** The text engine from the extension package with the glossary, loaded once per page. */
export function loadReaderText(): Promise<ReaderText> {
  loading ??= (async () => {
    const [
      { loadTextEngine },
      { extensionLoader },
      { createMatchScope, getGlossaryMatcher },
      annotateMod,
      servicesMod,
    ] = await Promise.all([
      import('../text'),
      import('../text/load-extension'),
      import('../glossary'),
      import('../reader/annotate-paragraph'),
      import('../reader/services'),
    ]);
    const engine = await loadTextEngine(extensionLoader);
    const matcher = getGlossaryMatcher();
    return {
      // Each read of `annotate` is a fresh annotator with its own glossary scope, so that a bare
      // 六中全会 in one article takes the term named earlier in that article only.
      get annotate() {
        const scope = createMatchScope();
        return annotateMod.createParagraphAnnotator(engine, (text) => matcher.match(text, scope));
      },
      annotatorFor(overrides: EffectiveOverrides) {
        const scope = createMatchScope();
        return annotateMod.createParagraphAnnotator(engine, (text) => matcher.match(text, scope), overrides);
      },
      services: servicesMod.createReaderServices(engine),
    };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
