import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The memory bench's page (entrypoints/bench-memory) exists in test builds only (`wxt build --mode e2e`), like the
    // background's test seam: every other build drops it, so no production build ships it.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      const i = entrypoints.findIndex((e) => e.name === 'bench-memory');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
  vite: () => ({
    build: {
      rollupOptions: {
        // tldts (the Public Suffix List, ~134 KB) declares no "sideEffects": false, so every page that imports the
        // store kept it; only saving uses it (lib/store/canonical-url.ts), i.e. the background.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]tldts(-core)?[\\/]/.test(id) },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Dramatis',
    description: 'Who is who and who said what: highlights the people, organizations, places and attributed claims in news articles.',
    // scripting: the page part of the content script is injected only into pages that passed the cheap checks.
    // offscreen (Chrome): the engine document (Firefox runs it in a frame of its background page).
    // No 'storage': everything lives in IndexedDB (unlimitedStorage), nothing uses browser.storage.
    // storage: one flag, that the welcome page was shown (entrypoints/background.ts welcomeOnce)
    permissions: ['contextMenus', 'storage', 'unlimitedStorage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The in-page card is this extension page in a frame: the page can place it but neither read nor measure what it
    // shows. Chrome serves it from a per-session URL so pages cannot probe for the extension.
    web_accessible_resources: [
      { resources: ['card.html'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this article to the Dramatis reading list',
      },
      // The keyboard path to the page's marks (J/K: next/previous, as in feed readers). Chrome allows at most four
      // suggested keys: three used. Chromium on Linux does not assign Alt+Shift+N or Alt+Shift+P (checked with
      // commands.getAll()), hence J and K.
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next mark on the page and open its card',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous mark on the page and open its card',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: {
              id: 'dramatis@dramatis.example',
              strict_min_version: '140.0',
              // Dramatis sends nothing anywhere by default.
              data_collection_permissions: { required: ['none'] },
            }, } }
      : {}),
  }),
});
