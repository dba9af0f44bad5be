// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardMemoryLine } from './card-memory-line';

const D = (s: string) => Date.parse(`${s}T12:00:00Z`);
afterEach(cleanup);

const match = (site: string, readAt: number, source: string | null, otherSource: boolean) => ({
  historyId: 1,
  url: `https://${site}.example/x`,
  title: `A story in ${site}`,
  site,
  host: `${site}.example`,
  readAt,
  text: 'The bridge will reopen in May',
  source,
  anonymous: source === null,
  otherSource,
});

describe('CardMemoryLine', () => {
  it('an actor: how many other articles, since when, last when', () => {
    const { container } = render(<CardMemoryLine memory={{ kind: 'actor', articles: 14, first: D('2026-03-02'), last: D('2026-05-20') }} locale="en-US" />);
    expect(container.textContent).toBe('In 14 other articles you read since Mar 2, 2026, last on May 20, 2026.');
  });

  it('a claim: first seen where and when, the other outlets, the other speaker flagged, the word change', () => {
    render(
      <CardMemoryLine
        locale="en-US"
        memory={{
          kind: 'claim',
          seen: {
            matches: [
              { ...match('Harbour', D('2026-03-02'), 'Rui Valente', false), diff: [{ kind: 'same', text: 'The bridge will reopen in May' }, { kind: 'added', text: ' or June' }] },
              match('Other', D('2026-03-05'), 'Ana Ferraz', true),
              match('Third', D('2026-03-07'), null, true),
            ],
            outlets: ['Harbour', 'Other', 'Third'],
            otherSource: true,
          },
        }}
      />,
    );
    const section = screen.getByRole('region', { name: 'Seen before' });
    expect(section.textContent).toContain('Also in 3 other articles you read; first seen in Harbour on Mar 2, 2026. Also carried by Other, Third.');
    expect(screen.getByRole('note').textContent).toBe('Attributed to a different source elsewhere: Ana Ferraz (Other); an unnamed source (Third).');
    expect(section.querySelector('ins')?.textContent).toBe(' or June');
  });

  it('a claim whose count a read limit cut: "at least", and the exact wording otherwise', () => {
    const seen = { matches: [match('Harbour', D('2026-03-02'), 'Rui Valente', false), match('Other', D('2026-03-05'), 'Rui Valente', false)], outlets: ['Harbour', 'Other'], otherSource: false };
    const { container, rerender } = render(<CardMemoryLine locale="en-US" memory={{ kind: 'claim', seen: { ...seen, more: true } }} />);
    expect(container.textContent).toBe('Also in at least 2 other articles you read; first seen in Harbour on Mar 2, 2026. Also carried by Other.');
    rerender(<CardMemoryLine locale="en-US" memory={{ kind: 'claim', seen }} />);
    expect(container.textContent).toBe('Also in 2 other articles you read; first seen in Harbour on Mar 2, 2026. Also carried by Other.');
  });

  it('nothing remembered: nothing shown', () => {
    const { container } = render(<CardMemoryLine memory={{ kind: 'claim', seen: { matches: [], outlets: [], otherSource: false } }} />);
    expect(container.textContent).toBe('');
  });
});
