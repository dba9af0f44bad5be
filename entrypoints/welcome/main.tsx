import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { WelcomeView } from '@/components/welcome-view';
import '@/components/styles.css';

/** The welcome page: opened once by the background when Dramatis is installed (runtime.onInstalled, reason "install"). */
function App() {
  const [shortcuts, setShortcuts] = useState<Record<string, string | undefined>>({});
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcuts(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut || undefined]))))
      .catch(() => undefined);
  }, []);
  return (
    <WelcomeView
      shortcuts={shortcuts}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
