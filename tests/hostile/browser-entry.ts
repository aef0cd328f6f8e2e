/** The extraction as a page script, for running it on the browser's own DOMParser in e2e tests. */
import { extract } from '../../utils/site/extract';

(globalThis as unknown as { __wdrExtract: typeof extract }).__wdrExtract = extract;
