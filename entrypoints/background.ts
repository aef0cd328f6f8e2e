/** The background only wires feature modules together; each feature lives in utils/. */
import { setupExtensionPages } from '@/utils/extension-pages';

export default defineBackground(() => {
  setupExtensionPages();
});
