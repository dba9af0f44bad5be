// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorMemory } from '@/lib/store/history-queries';
import { ActorMemoryView } from './actor-memory-view';

const D = (s: string) => Date.parse(`${s}T12:00:00Z`);

const memory: ActorMemory = {
  identity: { keys: ['person:ana ruiz', 'person:ruiz'], name: 'Ana Ruiz', type: 'person' },
  articles: [
    { id: 2, url: 'https://b.example/2', title: 'Second story', site: 'B News', host: 'b.example', readAt: D('2026-03-10'), mentions: 4 },
    { id: 1, url: 'javascript:alert(1)', title: 'First story', site: 'A Times', host: 'a.example', readAt: D('2026-03-02'), mentions: 1 },
  ],
  articleCount: 2,
  first: D('2026-03-02'),
  last: D('2026-03-10'),
  weeks: [
    { week: Date.UTC(2026, 2, 2), mentions: 1, articles: 1 },
    { week: Date.UTC(2026, 2, 9), mentions: 4, articles: 1 },
  ],
  outlets: [
    { host: 'b.example', site: 'B News', articles: 1, last: D('2026-03-10') },
    { host: 'a.example', site: 'A Times', articles: 1, last: D('2026-03-02') },
  ],
  roles: [{ role: 'finance minister', first: D('2026-03-02'), last: D('2026-03-10'), articles: 2 }],
  said: [{ text: 'We will not raise taxes.', kind: 'direct', historyId: 2, title: 'Second story', readAt: D('2026-03-10') }],
  moreSaid: false,
  about: [{ text: '<b>She</b> misled parliament.', kind: 'indirect', source: null, anonymous: true, historyId: 1, title: 'First story', readAt: D('2026-03-02') }],
  moreAbout: false,
  coActors: [{ key: 'organization:treasury', name: 'Treasury', type: 'organization', articles: 2 }],
  coActorCount: 1,
};

afterEach(cleanup);

describe('ActorMemoryView', () => {
  it('shows the span of the reading, the weekly counts, articles, outlets, roles, claims and co-actors', () => {
    const open = vi.fn();
    render(<ActorMemoryView name="Ana Ruiz" memory={memory} onOpenActor={open} locale="en-US" />);
    expect(screen.getByText(/In 2 articles you read from 2 outlets, first on Mar 2, 2026, last on Mar 10, 2026\./)).toBeTruthy();
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows.map((r) => r.textContent)).toEqual(['Week ofMentionsArticles', 'Mar 2, 202611', 'Mar 9, 202641']);
    const articles = [...screen.getByRole('list', { name: 'Articles read' }).querySelectorAll('a')];
    expect(articles.map((a) => a.textContent)).toEqual(['Second story', 'First story']);
    expect(articles[0].getAttribute('href')).toBe('https://b.example/2');
    // A stored URL that is not http(s) is not a link target.
    expect(articles[1].getAttribute('href')).toBeNull();
    expect(screen.getByRole('list', { name: 'Roles seen' }).textContent).toContain('finance minister 2 articles, Mar 2, 2026 to Mar 10, 2026');
    expect(screen.getByRole('list', { name: 'What Ana Ruiz said' }).textContent).toContain('We will not raise taxes.');
    const about = screen.getByRole('list', { name: 'Said about Ana Ruiz' });
    // Page text stays text.
    expect(about.querySelector('b')).toBeNull();
    expect(about.textContent).toContain('<b>She</b> misled parliament.');
    expect(about.textContent).toContain('an unnamed source');
    // Outlets by registrable domain, under their site names.
    expect([...screen.getByRole('list', { name: 'Outlets' }).querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'B News (b.example) 1 article, last on Mar 10, 2026',
      'A Times (a.example) 1 article, last on Mar 2, 2026',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Treasury/ }));
    expect(open).toHaveBeenCalledWith('organization:treasury');
  });

  it('one domain is one outlet, whatever its pages call themselves; the network comes with its table', async () => {
    // Per-host counts (as actorMemory gives them): two hosts of one registrable domain, named differently.
    const onOneDomain = {
      ...memory,
      articleCount: 3,
      outlets: [
        { host: 'www.harbour.example', site: 'Harbour Times', articles: 2, last: D('2026-03-02') },
        { host: 'sport.harbour.example', site: 'Harbour Sport', articles: 1, last: D('2026-03-10') },
      ],
    };
    const network = { records: 3, total: 3, actorKeys: ['person:ana ruiz'], nodes: [{ key: 'organization:treasury', name: 'Treasury', type: 'organization' as const, articles: 2 }], edges: [] };
    render(<ActorMemoryView name="Ana Ruiz" memory={onOneDomain} network={network} actorHref={(k) => `#/actor/${k}`} locale="en-US" />);
    expect(screen.getByText(/In 3 articles you read from 1 outlet,/)).toBeTruthy();
    const outlets = screen.getByRole('list', { name: 'Outlets' });
    expect(outlets.textContent).toBe('Harbour Times (harbour.example) 3 articles, last on Mar 10, 2026; also as Harbour Sport');
    expect(outlets.querySelector('a')!.getAttribute('href')).toBe('#/outlet/harbour.example');
    expect(screen.getByRole('table', { name: 'Seen with Ana Ruiz', hidden: true }).textContent).toContain('Treasury (organization)2');
    expect((await screen.findByRole('link', { name: /^Treasury, organization: in 2 articles with Ana Ruiz/ })).getAttribute('href')).toBe('#/actor/organization:treasury');
  });

  it('counts every article when only the newest are listed (co-actors are counted over all of them: no note)', () => {
    render(<ActorMemoryView name="Ana Ruiz" memory={{ ...memory, articleCount: 340, first: D('2026-01-05') }} locale="en-US" />);
    expect(screen.getByText(/In 340 articles you read from 2 outlets, first on Jan 5, 2026, last on Mar 10, 2026\./)).toBeTruthy();
    expect(screen.getByText('and 338 more articles.')).toBeTruthy();
    expect(screen.queryByText(/In your latest/)).toBeNull();
  });

  it('"Show more" under each list that has more than it shows, and only when the page can read more', () => {
    const onShowMore = vi.fn();
    const many = {
      ...memory,
      articleCount: 40,
      moreSaid: true,
      coActors: [memory.coActors[0], { key: 'person:joao', name: 'João', type: 'person' as const, articles: 1 }],
      coActorCount: 2,
    };
    const { unmount } = render(<ActorMemoryView name="Ana Ruiz" memory={many} limit={1} locale="en-US" onShowMore={onShowMore} />);
    const buttons = screen.getAllByRole('button', { name: /^Show more/ }).map((b) => b.textContent);
    // 40 articles, 2 outlets and 2 co-actors for a limit of 1, and more claims by her; one role and one claim about her.
    expect(buttons).toEqual(['Show more articles', 'Show more outlets', 'Show more claims by Ana Ruiz', 'Show more actors']);
    fireEvent.click(screen.getByRole('button', { name: 'Show more claims by Ana Ruiz' }));
    expect(onShowMore).toHaveBeenCalledTimes(1);
    unmount();
    // Without a way to read more, the lists just end.
    render(<ActorMemoryView name="Ana Ruiz" memory={many} limit={1} locale="en-US" />);
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
    cleanup();
    // Everything shown: no button.
    render(<ActorMemoryView name="Ana Ruiz" memory={memory} locale="en-US" onShowMore={onShowMore} />);
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
  });

  it('says so when the actor is in no article read', () => {
    render(<ActorMemoryView name="Nobody" memory={{ ...memory, articles: [], articleCount: 0, first: null, last: null, weeks: [], outlets: [], roles: [], said: [], about: [], coActors: [] }} />);
    expect(screen.getByText('Not in any article you read since the history began.')).toBeTruthy();
  });
});
