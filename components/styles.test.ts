import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Vitest replaces CSS imports (even `?raw`) with '' unless test.css includes them, so the stylesheet is read from disk
// here; the Vite build of `styles.ts` inlines the full text (checked with a vite build).
const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

describe('styles.css', () => {
  it('scopes every rule under .dr (or a dr- class), so nothing leaks into a host page', () => {
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@keyframes[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '')
      .match(/[^{}@;]+(?=\{)/g)!
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('media'));
    expect(selectors.length).toBeGreaterThan(50);
    const unscoped = selectors.filter((s) => !/^(:where\(\.dr\)|\.dr(\b|-|\[|:))/.test(s));
    expect(unscoped).toEqual([]);
  });

  it('has a dark scheme, visible focus rings, and no rem/em font sizes (a page cannot rescale cards)', () => {
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain(':focus-visible');
    expect(css).not.toMatch(/\d(rem)\b/);
  });
});
