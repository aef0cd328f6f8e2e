/** The background only wires feature modules together; each feature lives in utils/. */
import { setupExtensionPages } from '@/utils/extension-pages';
import { setupReaderLaunch } from '@/utils/reader-launch';
import { setupLibrary } from '@/utils/library/background';
import { setupStudy } from '@/utils/study/background';
import { setupReaderEngine } from '@/utils/reader/engine-background';
import { setupSync } from '@/utils/sync/background';
import { setupOverrides } from '@/utils/overrides/background';

export default defineBackground(() => {
  setupExtensionPages();
  setupReaderLaunch();
  setupLibrary();
  setupStudy();
  setupReaderEngine();
  setupSync();
  setupOverrides();
});
