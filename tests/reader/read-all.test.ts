/** A "read all" view of an e-paper page is annotated again as a whole: the page and every article read from it. */
import { describe, expect, it } from 'vitest';
import { withParts } from '@/entrypoints/reader.content/navigate';
import type { LoadedPage } from '@/entrypoints/reader.content/load-page';
import type { ReaderArticle } from '@/components/reader/model';
import { buildPageReport } from '@/utils/site/page-report';

/** A page as the reader loads it; annotating it again gives the next version of its article. */
function loaded(url: string, version = 0, calls = { n: 0 }): LoadedPage & { calls: { n: number } } {
  const article: ReaderArticle = { url, title: `${url} v${version}`, images: [], paragraphs: [] };
  return {
    state: { status: 'ready', article },
    services: null,
    input: null,
    buildReport: () => buildPageReport(document, url),
    calls,
    reannotate: async () => {
      calls.n++;
      return loaded(url, version + 1, calls);
    },
  };
}

const titles = (page: LoadedPage) => {
  const article = page.state.status === 'ready' ? page.state.article : null;
  return [article?.title, ...(article?.parts ?? []).map((p) => p.title)];
};

describe('withParts', () => {
  it('shows the articles under the page and annotates all of them again, each time', async () => {
    const page = loaded('p');
    const parts = [loaded('a'), loaded('b')];
    const shown = withParts(page, parts);
    expect(titles(shown)).toEqual(['p v0', 'a v0', 'b v0']);

    const again = await shown.reannotate!();
    expect(titles(again)).toEqual(['p v1', 'a v1', 'b v1']);
    const third = await again.reannotate!();
    expect(titles(third)).toEqual(['p v2', 'a v2', 'b v2']);
    expect([page.calls.n, parts[0].calls.n, parts[1].calls.n]).toEqual([2, 2, 2]);
  });

  it('keeps an article that cannot be annotated again as it is', async () => {
    const { reannotate: _none, ...fixed } = loaded('b');
    const again = await withParts(loaded('p'), [loaded('a'), fixed]).reannotate!();
    expect(titles(again)).toEqual(['p v1', 'a v1', 'b v0']);
  });
});
