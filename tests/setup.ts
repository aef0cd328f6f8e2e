// Unit tests run against real IndexedDB semantics (fake-indexeddb) and WXT's fake browser.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configure } from '@testing-library/preact';
import { setFallbackCatalogue } from '@/utils/i18n';
import english from '../public/_locales/en/messages.json';

// Components speak English in unit tests, where WXT's fake browser has no catalogue.
setFallbackCatalogue(english);

beforeEach(() => {
  fakeBrowser.reset();
});

// A shared machine under load can take more than a second to render a page's next state; waits
// for it (testing-library's `waitFor`, `findBy…`) give it ten.
configure({ asyncUtilTimeout: 10_000 });
