import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WORKERCN_MATCHES } from './utils/site/hosts';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: WORKERCN_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'workercn-reader@workercn-reader.org', strict_min_version: '115.0' },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
