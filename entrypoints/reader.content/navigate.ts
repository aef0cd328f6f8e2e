/**
 * Reading other pages of the paper inside the reader: an article linked from an edition page, the
 * previous/next article, or every article of an e-paper page one after another. Only workercn.cn
 * pages are fetched, one at a time, and only when the reader asks.
 */
import { fetchHtml, parseHtml } from '@/utils/library/fetch-page';
import type { ReaderArticle, ReaderLink } from '@/components/reader/model';
import { loadPageForReader, type LoadedPage } from './load-page';

export async function loadUrlForReader(url: string): Promise<LoadedPage> {
  return loadPageForReader(parseHtml(await fetchHtml(url)), url);
}

export interface ReadAllProgress {
  done: number;
  total: number;
}

/** Every linked article, in order, one request at a time; failures are listed, not fatal. */
export async function loadAllArticles(
  links: ReaderLink[],
  onProgress: (progress: ReadAllProgress) => void,
): Promise<{ parts: LoadedPage[]; failed: { link: ReaderLink; error: string }[] }> {
  const parts: LoadedPage[] = [];
  const failed: { link: ReaderLink; error: string }[] = [];
  onProgress({ done: 0, total: links.length });
  for (const [i, link] of links.entries()) {
    try {
      const page = await loadUrlForReader(link.url);
      if (page.state.status === 'ready') parts.push(page);
      else failed.push({ link, error: page.state.status === 'error' ? page.state.message : 'no article' });
    } catch (error) {
      failed.push({ link, error: error instanceof Error ? error.message : String(error) });
    }
    onProgress({ done: i + 1, total: links.length });
  }
  return { parts, failed };
}

const articleOf = (page: LoadedPage): ReaderArticle | null =>
  page.state.status === 'ready' ? page.state.article : null;

/**
 * An e-paper page with the articles read from it ("read all") under its own: annotated again
 * all together, so a change of how words are cut reaches every article shown.
 */
export function withParts(page: LoadedPage, parts: readonly LoadedPage[]): LoadedPage {
  const article = articleOf(page);
  if (!article) return page;
  const shown = parts.flatMap((p) => articleOf(p) ?? []);
  const { reannotate } = page;
  return {
    ...page,
    complete: undefined,
    state: { status: 'ready', article: { ...article, parts: shown } },
    reannotate:
      reannotate &&
      (async () => {
        const [again, ...others] = await Promise.all([
          reannotate(),
          ...parts.map((p) => (p.reannotate ? p.reannotate() : p)),
        ]);
        return withParts(again, others);
      }),
  };
}
