/**
 * "Treat as one word" / "split here" for a reader, the same in the tab and in the library: the
 * change is written where the reader keeps its overrides (`store`), the article is annotated again
 * (`refresh`), and the last change can be undone.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { piecesOf, type OverrideOp } from '@/utils/overrides/model';
import type { OverrideRequest } from '@/utils/overrides/store';
import type { OverrideControl, OverrideScope } from './WordOverrides';

/** Where the overrides are written: each write answers the ops that undo it. */
export interface OverrideWriter {
  add(request: OverrideRequest): Promise<OverrideOp[]>;
  write(ops: OverrideOp[]): Promise<OverrideOp[]>;
}

/**
 * The control for the reader showing the article at `url` (null: nothing shown, no control).
 * "In this article" means the article the words are in: `url`, or the one the reader names (an
 * article read from an e-paper page).
 */
export function useOverrideControl(
  url: string | null,
  writer: OverrideWriter,
  refresh: () => Promise<void>,
): OverrideControl | undefined {
  const [last, setLast] = useState<{ label: string; undo: OverrideOp[] } | null>(null);
  if (!url) return undefined;
  const scopeUrl = (scope: OverrideScope, articleUrl?: string) =>
    scope === 'article' ? (articleUrl ?? url) : undefined;
  const apply = async (request: OverrideRequest, label: string) => {
    const undo = await writer.add(request);
    setLast({ label, undo });
    await refresh();
  };
  return {
    merge: (text, scope, articleUrl) =>
      apply({ kind: 'merge', text, url: scopeUrl(scope, articleUrl) }, t('overrideMerged', text)),
    split: (word, cuts, scope, articleUrl) =>
      apply(
        { kind: 'split', text: word, cuts, url: scopeUrl(scope, articleUrl) },
        t('overrideSplit', [word, piecesOf(word, cuts).join(' | ')]),
      ),
    last: last
      ? {
          label: last.label,
          async undo() {
            await writer.write(last.undo);
            setLast(null);
            await refresh();
          },
        }
      : undefined,
  };
}
