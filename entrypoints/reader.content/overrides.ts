/**
 * "Treat as one word" / "split here" in the tab's reader: the change is stored by the background,
 * then the article is annotated again by the engine (which reads the overrides); the last change
 * can be undone.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { piecesOf, type OverrideOp } from '@/utils/overrides/model';
import type { OverrideControl, OverrideScope } from '@/components/reader/WordOverrides';
import type { LoadedPage } from './load-page';

export function useOverrideControl(
  page: LoadedPage | null,
  onPage: (page: LoadedPage) => void,
): OverrideControl | undefined {
  const [last, setLast] = useState<{ label: string; undo: OverrideOp[] } | null>(null);
  const article = page?.state.status === 'ready' ? page.state.article : null;
  const reannotate = page?.reannotate;
  if (!article || !reannotate) return undefined;
  const url = (scope: OverrideScope) => (scope === 'article' ? article.url : undefined);
  const refresh = async () => onPage(await reannotate());
  return {
    async merge(text, scope) {
      const { undo } = await sendMessage('addOverride', { kind: 'merge', text, url: url(scope) });
      setLast({ label: t('overrideMerged', text), undo });
      await refresh();
    },
    async split(word, cuts, scope) {
      const { undo } = await sendMessage('addOverride', { kind: 'split', text: word, cuts, url: url(scope) });
      setLast({ label: t('overrideSplit', [word, piecesOf(word, cuts).join(' | ')]), undo });
      await refresh();
    },
    last: last
      ? {
          label: last.label,
          async undo() {
            await sendMessage('writeOverrides', { ops: last.undo });
            setLast(null);
            await refresh();
          },
        }
      : undefined,
  };
}
