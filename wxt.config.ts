import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Gecko id: fixed so Firefox keeps the same storage across reinstalls and tests can pin its UUID. */
export const GECKO_ID = 'threatlight@threatlight.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Threatlight',
    description:
      'Highlights agencies, threat actors, threat levels, statistics and indicators in security news, and keeps annotated clippings locally.',
    // offscreen (Chrome): the page analysis runs in an offscreen document, off the page's thread.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The gate runs on every page and the analyser is injected into pages whose gate passed.
    host_permissions: ['<all_urls>'],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this article to the Threatlight library',
      },
    },
    // runtime.getContexts, which finds the offscreen document again after the worker restarts.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
