import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import '@/components/styles.css';

// The first render is synchronous so that its effects run at once: the list's live query (subscribed in an effect)
// starts reading right away instead of after the loading state's first paint (~20-30 ms later in Chromium).
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
