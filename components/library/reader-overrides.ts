/**
 * "Treat as one word" / "split here" in the library's reader: written to the library directly
 * (same origin), the article annotated again, the last change undoable; other pages hear of it
 * (their known-word counts follow).
 */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/db/database';
import { t } from '@/utils/i18n';
import { piecesOf, type OverrideOp } from '@/utils/overrides/model';
import { addOverride, writeOps } from '@/utils/overrides/store';
import { notifyStudyChange } from '@/utils/study/changes';
import type { OverrideControl, OverrideScope } from '@/components/reader/WordOverrides';

export function useLibraryOverrides(
  db: LibraryDb,
  url: string | null,
  reannotate: (url: string) => Promise<void>,
): OverrideControl | undefined {
  const [last, setLast] = useState<{ label: string; undo: OverrideOp[] } | null>(null);
  if (!url) return undefined;
  const scopeUrl = (scope: OverrideScope) => (scope === 'article' ? url : undefined);
  const changed = async () => {
    notifyStudyChange();
    await reannotate(url);
  };
  return {
    async merge(text, scope) {
      const undo = await addOverride(db, { kind: 'merge', text, url: scopeUrl(scope) });
      setLast({ label: t('overrideMerged', text), undo });
      await changed();
    },
    async split(word, cuts, scope) {
      const undo = await addOverride(db, { kind: 'split', text: word, cuts, url: scopeUrl(scope) });
      setLast({ label: t('overrideSplit', [word, piecesOf(word, cuts).join(' | ')]), undo });
      await changed();
    },
    last: last
      ? {
          label: last.label,
          async undo() {
            await writeOps(db, last.undo);
            setLast(null);
            await changed();
          },
        }
      : undefined,
  };
}
