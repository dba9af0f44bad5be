import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Dramatis',
    description: 'Who is who and who said what: highlights the people, organizations, places and attributed claims in news articles.',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this article to the Dramatis reading list',
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
