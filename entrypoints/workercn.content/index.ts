/**
 * Runs on every workercn.cn page, so it stays tiny: it classifies the page and marks it.
 * Everything heavy (extraction, the reader, the dictionary) loads only when the reader opens.
 */
import { detect } from '@/utils/site/detect';
import { WORKERCN_MATCHES } from '@/utils/site/hosts';

export default defineContentScript({
  matches: WORKERCN_MATCHES,
  runAt: 'document_idle',
  main() {
    const { kind, family } = detect(location.href, document);
    // A marker on <html> that the page cannot mistake for its own: lets tests and the reader see
    // what the extension made of the page without any message round trip.
    document.documentElement.dataset.workercnReader = kind;
    document.documentElement.dataset.workercnReaderFamily = family;
  },
});
