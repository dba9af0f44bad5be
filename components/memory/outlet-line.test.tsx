// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OutletLine } from './outlet-line';

afterEach(cleanup);
const base = { host: 'harbour.example', site: 'Harbour Times', first: Date.parse('2026-03-02T12:00:00Z'), last: Date.parse('2026-05-01T12:00:00Z'), trend: [] };

describe('OutletLine', () => {
  it('the share of anonymous claims across the articles read there, and the most-quoted sources', () => {
    const { container } = render(
      <OutletLine locale="en-US" profile={{ ...base, articles: 24, claims: 200, anonymous: 76, anonymousShare: 0.38, topSources: [{ name: 'Rui Valente', claims: 12 }, { name: 'Ana Ferraz', claims: 5 }] }} />,
    );
    expect(container.textContent).toBe('This outlet: 38% anonymous across 24 articles you read since Mar 2, 2026. Quoted most: Rui Valente (12), Ana Ferraz (5).');
  });

  it('one article (this page) says nothing the page summary does not', () => {
    const { container } = render(<OutletLine profile={{ ...base, articles: 1, claims: 5, anonymous: 1, anonymousShare: 0.2, topSources: [] }} />);
    expect(container.textContent).toBe('');
  });

  it('links "This outlet" to the outlet page when given one, the words unchanged', () => {
    const { container, getByRole } = render(
      <OutletLine href="library.html#/outlet/harbour.example" profile={{ ...base, articles: 3, claims: 10, anonymous: 4, anonymousShare: 0.4, topSources: [] }} />,
    );
    expect(container.textContent).toMatch(/^This outlet: 40% anonymous across 3 articles you read since /);
    const link = getByRole('link', { name: 'This outlet (Harbour Times): open its page' });
    expect(link.getAttribute('href')).toBe('library.html#/outlet/harbour.example');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
