// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryDraft } from '@/lib/memory/record';
import { rememberArticle } from '@/lib/store/history';
import { ACTOR_LIST_SHOWN, ACTOR_MORE_STEP } from '@/lib/store/history-queries';
import { testDb } from '@/lib/store/test-db';
import { ActorMemorySection } from './actor-memory-section';

// Dexie's liveQuery never emits on fake-indexeddb under vitest (not even for a count), so the hook is replaced by one
// that runs the same query once per change of its deps: the page's own state and the real query are what is tested.
vi.mock('dexie-react-hooks', () => ({
  useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
    const [value, setValue] = useState<{ deps: unknown[]; v: T } | undefined>(undefined);
    useEffect(() => {
      let live = true;
      void query().then((v) => live && setValue({ deps, v }));
      return () => {
        live = false;
      };
    }, deps);
    // Like the real hook: a result for other deps is not this query's.
    return value && value.deps.every((d, i) => d === deps[i]) ? value.v : undefined;
  },
}));

afterEach(cleanup);
const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 2, 2, 9);

const draft = (i: number): MemoryDraft => ({
  url: `https://harbour.example/${i}`,
  title: `Story ${i}`,
  site: 'Harbour Times',
  publishedAt: 0,
  actors: [{ key: 'person:ana okafor', name: 'Ana Okafor', type: 'person', mentions: 1, roles: [], aliases: [] }],
  claims: [{ text: `Claim number ${i} by Okafor`, kind: 'direct', source: 'Ana Okafor', sourceKey: 'person:ana okafor', anonymous: false, aboutKeys: [] }],
});

describe('ActorMemorySection', () => {
  it('lists the newest articles and claims first, and reads more on "Show more" without blanking the page', async () => {
    const db = testDb();
    const n = ACTOR_LIST_SHOWN + ACTOR_MORE_STEP + 3;
    for (let i = 0; i < n; i++) await rememberArticle(db, draft(i), { incognito: false, now: T0 + i * DAY });
    render(<ActorMemorySection db={db} actorKey="person:ana okafor" />);
    const articles = async () => [...(await screen.findByRole('list', { name: 'Articles read' })).querySelectorAll('a')].map((a) => a.textContent);
    expect(await articles()).toEqual(Array.from({ length: ACTOR_LIST_SHOWN }, (_, i) => `Story ${n - 1 - i}`));
    expect(screen.getByText(`and ${n - ACTOR_LIST_SHOWN} more articles.`, { exact: false })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'What Ana Okafor said' }).children).toHaveLength(ACTOR_LIST_SHOWN);
    fireEvent.click(screen.getByRole('button', { name: 'Show more articles' }));
    // The lists grow by one step; the page shows the old lists while it reads.
    expect(screen.getByRole('list', { name: 'Articles read' })).toBeTruthy();
    await waitFor(async () => expect(await articles()).toHaveLength(ACTOR_LIST_SHOWN + ACTOR_MORE_STEP));
    expect(screen.getByRole('list', { name: 'What Ana Okafor said' }).children).toHaveLength(ACTOR_LIST_SHOWN + ACTOR_MORE_STEP);
    expect(screen.getByText('and 3 more articles.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more claims by Ana Okafor' }));
    await waitFor(async () => expect(await articles()).toHaveLength(n));
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
    await db.delete();
  });
});
