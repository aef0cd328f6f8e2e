/**
 * "Treat as one word" / "split here" in the tab's reader: the change is stored by the background,
 * then the page is annotated again by the engine (which reads the overrides), with every article
 * a "read all" view shows.
 */
import { sendMessage } from '@/utils/messaging';
import type { OverrideControl } from '@/components/reader/WordOverrides';
import { useOverrideControl, type OverrideWriter } from '@/components/reader/override-control';
import type { LoadedPage } from './load-page';

const writer: OverrideWriter = {
  add: async (request) => (await sendMessage('addOverride', request)).undo,
  write: async (ops) => (await sendMessage('writeOverrides', { ops })).undo,
};

export function useTabOverrides(
  page: LoadedPage | null,
  onPage: (page: LoadedPage) => void,
): OverrideControl | undefined {
  const article = page?.state.status === 'ready' ? page.state.article : null;
  const reannotate = page?.reannotate;
  return useOverrideControl(article && reannotate ? article.url : null, writer, async () => {
    if (reannotate) onPage(await reannotate());
  });
}
