/**
 * "Treat as one word" / "split here" in the library's reader: written to the library directly
 * (same origin), the article annotated again; other pages hear of it (their known-word counts
 * follow).
 */
import type { LibraryDb } from '@/utils/db/database';
import { addOverride, writeOps } from '@/utils/overrides/store';
import { notifyStudyChange } from '@/utils/study/changes';
import type { OverrideControl } from '@/components/reader/WordOverrides';
import { useOverrideControl } from '@/components/reader/override-control';

export function useLibraryOverrides(
  db: LibraryDb,
  url: string | null,
  reannotate: (url: string) => Promise<void>,
): OverrideControl | undefined {
  return useOverrideControl(
    url,
    { add: (request) => addOverride(db, request), write: (ops) => writeOps(db, ops) },
    async () => {
      notifyStudyChange();
      if (url) await reannotate(url);
    },
  );
}
