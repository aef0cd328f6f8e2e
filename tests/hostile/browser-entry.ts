/** The extraction as a page script, for running it on the browser's own DOMParser in e2e tests. */
import { parseHtml } from '../../utils/library/fetch-page';
import { extract } from '../../utils/site/extract';

(globalThis as unknown as { __wdrExtract: typeof extract }).__wdrExtract = extract;
/** The extension's own parser of fetched pages (DOMParser, read as the tab shows the page). */
(globalThis as unknown as { __wdrParse: typeof parseHtml }).__wdrParse = parseHtml;
