/** Node side: HTML string → standards Document (linkedom: the fastest of the three DOMs here). */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export { decodeHtml } from './decode-html';
