/** Chrome's offscreen document that holds the reader's dictionary and glossary (see utils/reader/engine-background.ts). */
import { setupReaderEngineHost, warmEngine } from '@/utils/reader/engine-host';

setupReaderEngineHost();
void warmEngine();
