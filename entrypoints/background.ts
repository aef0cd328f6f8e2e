/** The background only wires feature modules together; each feature lives in utils/. */
import { setupExtensionPages } from '@/utils/extension-pages';
import { setupReaderLaunch } from '@/utils/reader-launch';

export default defineBackground(() => {
  setupExtensionPages();
  setupReaderLaunch();
});
