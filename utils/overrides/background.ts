/** Background feature: the overrides' messages for the reader in a tab (extension pages use the store directly). */
import { onMessage } from '../messaging';
import { sharedLibraryDb } from '../db/database';
import { notifyStudyChange } from '../study/changes';
import { addOverride, listOverrides, writeOps } from './store';

export function setupOverrides(): void {
  onMessage('addOverride', async (request) => {
    const undo = await addOverride(await sharedLibraryDb(), request);
    notifyStudyChange();
    return { undo };
  });
  onMessage('writeOverrides', async ({ ops }) => {
    const undo = await writeOps(await sharedLibraryDb(), ops);
    notifyStudyChange();
    return { undo };
  });
  onMessage('listOverrides', async () => listOverrides(await sharedLibraryDb()));
}
