import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WORKERCN_MATCHES } from './utils/site/hosts';

/** Any https (and http, for a server on this computer) origin may be asked for at run time, one at a time. */
const SYNC_OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chrome's MV3 needs `scripting` to load the reader into a tab (Firefox's MV2 uses tabs.executeScript)
    // and `offscreen` for the document that holds the reader's dictionary (Firefox: the background page).
    // `alarms`: sync runs periodically and a while after changes, across service worker restarts.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      ...(browser === 'firefox' ? [] : ['scripting', 'offscreen']),
    ],
    host_permissions: WORKERCN_MATCHES,
    // Optional hosts, each asked for only when the user turns its feature on: the user's WebDAV
    // server (sync) and AnkiConnect on this machine (Anki export).
    ...(browser === 'firefox'
      ? { optional_permissions: [...SYNC_OPTIONAL_HOSTS, 'http://127.0.0.1:8765/*'] }
      : { optional_host_permissions: [...SYNC_OPTIONAL_HOSTS, 'http://127.0.0.1:8765/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // The reader (a content script) loads the dictionary from the package; only workercn.cn pages may.
    // Stroke data too (one file per character, fetched when the word card shows a character), and
    // the characters' radicals and components (small shards, fetched the same way).
    web_accessible_resources: [{ resources: ['dict/*', 'strokes/*', 'chars/*'], matches: WORKERCN_MATCHES }],
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Desktop: DecompressionStream (the dictionary) needs 113; 115 is the ESR line.
        gecko: { id: 'workercn-reader@workercn-reader.org', strict_min_version: '115.0' },
        // Android: any add-on installs from 120 on (before, only a short curated list could). The
        // toolbar action sits in the browser's menu there and `commands` does nothing: the page's
        // launcher and the menu entry open the reader, the library's navigation reaches every page.
        gecko_android: { strict_min_version: '120.0' },
      },
    }),
  }),
  zip: {
    // Firefox's sources zip: what rebuilds the extension (`npm ci && npm run build`), not what a
    // build or a test run leaves behind.
    excludeSources: [
      'public/dict/**',
      'public/strokes/**',
      'public/chars/**',
      'test-results/**',
      '.output/**',
      '.wxt/**',
    ],
  },
  vite: () => ({
    plugins: [preact()],
    // NO_MINIFY=1: readable function names in profiles (scripts/profile-reader.ts).
    ...(process.env.NO_MINIFY ? { build: { minify: false } } : {}),
  }),
});
