/**
 * The reader script: not in the manifest; the background injects it into a workercn.cn tab the first
 * time the reader is opened there (see utils/reader-launch.ts). It leaves a handle behind so the
 * launcher can open it again without loading anything.
 */
import { WORKERCN_MATCHES } from '@/utils/site/hosts';
import { getReaderHandle, setReaderHandle } from '@/utils/reader/reader-api';
import { createReaderOverlay } from './overlay';

export default defineContentScript({
  registration: 'runtime',
  matches: WORKERCN_MATCHES,
  main() {
    const existing = getReaderHandle();
    if (existing) {
      existing.open();
      return;
    }
    const overlay = createReaderOverlay();
    setReaderHandle(overlay);
    overlay.open();
  },
});
