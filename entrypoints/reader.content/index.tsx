/**
 * The reader script: not in the manifest; the background injects it into a workercn.cn tab the first
 * time the reader is opened there (see utils/reader-launch.ts). It leaves a handle behind so the
 * launcher can open it again without loading anything. Injected ahead of a click (the launcher is
 * hovered or focused), it only starts loading the article and waits.
 */
import { WORKERCN_MATCHES } from '@/utils/site/hosts';
import { getReaderHandle, setReaderHandle, takeReaderPreload } from '@/utils/reader/reader-api';
import { createReaderOverlay } from './overlay';
import { sinceMark } from '@/utils/reader/timing';

export default defineContentScript({
  registration: 'runtime',
  matches: WORKERCN_MATCHES,
  main() {
    sinceMark('inject', 'open');
    const preload = takeReaderPreload();
    const existing = getReaderHandle();
    if (existing) {
      if (!preload) existing.open();
      return;
    }
    const overlay = createReaderOverlay();
    setReaderHandle(overlay);
    if (preload) overlay.preload();
    else overlay.open();
  },
});
