/** Extract the page (on a clone), load the text engine, annotate: what the reader shows. */
import { extract } from '@/utils/site/extract';
import { loadTextEngine } from '@/utils/text';
import { extensionLoader } from '@/utils/text/load-extension';
import { getGlossaryMatcher } from '@/utils/glossary';
import { toReaderArticle } from '@/utils/reader/prepare';
import { createParagraphAnnotator } from '@/utils/reader/annotate-paragraph';
import { createReaderServices } from '@/utils/reader/services';
import type { ReaderState } from '@/components/reader/Reader';
import type { ReaderServices } from '@/components/reader/model';

export async function loadPageForReader(
  document: Document,
  url: string,
): Promise<{ state: ReaderState; services: ReaderServices | null }> {
  const clone = document.cloneNode(true) as Document;
  const [article, engine] = await Promise.all([
    Promise.resolve().then(() => extract(clone, url)),
    loadTextEngine(extensionLoader),
  ]);
  const services = createReaderServices(engine);
  const hasText = article.paragraphs.length > 0 || article.links.length > 0;
  if (article.kind === 'none' || !hasText) return { state: { status: 'empty' }, services };
  const matcher = getGlossaryMatcher();
  const annotate = createParagraphAnnotator(engine, (text) => matcher.match(text));
  return { state: { status: 'ready', article: toReaderArticle(article, annotate) }, services };
}
