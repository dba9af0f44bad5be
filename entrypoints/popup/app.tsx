import type { SaveOutcome } from '@/lib/store/save-outcome';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupView, type PopupViewProps } from '@/components/popup-view';
import { OutletMemory } from '@/components/memory/outlet-line';
import type { TabAnalysis, TabState } from '@/lib/messaging/protocol';
import type { Actor, Analysis, Claim } from '@/lib/nlp/types';
import { getArticleByUrl } from '@/lib/store/articles';
import { getCard, setNote } from '@/lib/store/cards';
import type { CardRecord } from '@/lib/store/schema';
import { DramatisDB } from '@/lib/store/db';
import { isSiteEnabled, setSiteEnabled, siteKey } from '@/lib/store/settings';
import { askBackground, askTab, currentTab, waitForTabComplete } from './tab-client';
import { NOT_STARTED_REASON, reachTab } from './reach-tab';
import { usePopupCorrections } from './use-corrections';

const db = new DramatisDB();
const POLL_MS = 250;
const POLL_LIMIT = 120; // 30 s

/** What the popup shows; the rest of PopupView's props are its event handlers. */
type View = Pick<PopupViewProps, 'status' | 'reason' | 'analysis' | 'title' | 'site' | 'highlightsVisible' | 'siteEnabled' | 'saved'>;

export function App() {
  const [view, setViewState] = useState<View>({ status: 'loading', highlightsVisible: true, siteEnabled: true, saved: false });
  const setView = setViewState;
  const [tabId, setTabId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const url = useRef<string | undefined>(undefined);
  const [cards, setCards] = useState<Map<string, CardRecord>>(new Map());

  // The user's cards for this page's actors (notes, background), for the card opened from the list.
  useEffect(() => {
    const actors = view.analysis?.actors ?? [];
    void Promise.all(actors.map((a) => getCard(db, a.name, a.type).catch(() => undefined))).then((found) => {
      const next = new Map<string, CardRecord>();
      actors.forEach((a, i) => {
        if (found[i]) next.set(a.id, found[i]!);
      });
      setCards(next);
    });
  }, [view.analysis, view.saved]);

  const applyState = useCallback(async (tab: number, state: TabState) => {
    const host = /^https?:/.test(state.url) ? siteKey(state.url) : undefined;
    // The page knows its state; the analysis itself lives in the engine (the page never holds it).
    const [siteEnabled, saved, analysis] = await Promise.all([
      host ? isSiteEnabled(db, host) : true,
      getArticleByUrl(db, state.url).then(Boolean).catch(() => false),
      state.status === 'ready' ? askBackground<TabAnalysis | null>({ type: 'get-tab-analysis', tabId: tab }) : null,
    ]);
    if (analysis && !analysis.ok) return setView((v) => ({ ...v, status: 'error', reason: analysis.error }));
    setView({
      status: state.status === 'ready' && !analysis?.value ? 'error' : state.status,
      reason: state.status === 'ready' && !analysis?.value ? 'The analysis of this page is no longer available: analyze it again.' : state.reason,
      analysis: analysis?.value?.analysis,
      title: state.title,
      site: host,
      highlightsVisible: state.highlightsVisible,
      siteEnabled,
      saved,
    });
  }, []);

  // Only the latest refresh may change the view (React's StrictMode runs the first effect twice; "Analyze" starts anew).
  const generation = useRef(0);
  const refresh = useCallback(
    async (id: number) => {
      const mine = ++generation.current;
      const setView = (update: (v: View) => View) => {
        if (generation.current === mine) setViewState(update);
      };
      for (let i = 0; i < POLL_LIMIT; i++) {
        if (generation.current !== mine) return;
        // A page still loading has no content script yet: wait for it rather than calling it off limits.
        const reached = await reachTab<TabState>({
          ask: () => askTab<TabState>(id, { type: 'get-state' }),
          tab: () => browser.tabs.get(id).then((t) => ({ status: t.status, url: t.url }), () => null),
          waitComplete: (ms) => waitForTabComplete(id, ms),
          sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
          onWaiting: () => setView((v) => ({ ...v, status: 'waiting', reason: undefined })),
        });
        if (reached.kind === 'gone') return setView((v) => ({ ...v, status: 'no-access', reason: 'This tab was closed.' }));
        if (reached.kind === 'not-started') return setView((v) => ({ ...v, status: 'not-started', reason: NOT_STARTED_REASON }));
        if (reached.kind === 'off-limits') return setView((v) => ({ ...v, status: 'no-access', reason: undefined }));
        const reply = reached.reply;
        if (!reply.ok) return setView((v) => ({ ...v, status: 'error', reason: reply.error }));
        url.current = reply.value.url;
        if (reply.value.status !== 'loading') return generation.current === mine ? applyState(id, reply.value) : undefined;
        setView((v) => ({ ...v, status: 'loading' }));
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      setView((v) => ({ ...v, status: 'error', reason: 'The page took too long to analyze.' }));
    },
    [applyState],
  );

  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false);
    void currentTab().then((tab) => {
      if (!tab) return setView((v) => ({ ...v, status: 'no-access' }));
      setTabId(tab.id);
      // A save from the context menu or the shortcut that failed on this tab says why here (the icon shows "!").
      void askBackground<SaveOutcome | null>({ type: 'get-last-save', tabId: tab.id }).then((last) => {
        if (last.ok && last.value && !last.value.ok) setNotice(last.value.message);
      });
      return refresh(tab.id);
    });
  }, [refresh]);

  // Corrections from the popup: applied to the page by the background, then the popup reads the new analysis.
  const reload = useCallback(async () => {
    if (tabId !== null) await refresh(tabId);
  }, [tabId, refresh]);
  const corrections = usePopupCorrections(tabId, view.analysis, reload);

  const analyzeNow = async () => {
    if (tabId === null) return;
    setView((v) => ({ ...v, status: 'loading' }));
    const reply = await askTab<TabState>(tabId, { type: 'analyze' });
    if (!reply) return setView((v) => ({ ...v, status: 'no-access' }));
    if (!reply.ok) return setView((v) => ({ ...v, status: 'error', reason: reply.error }));
    await refresh(tabId);
  };

  const jump = (target: { start: number; end: number } | undefined) => {
    if (tabId !== null && target) void askTab(tabId, { type: 'jump', start: target.start, end: target.end });
  };

  return (
    <PopupView
        {...view}
        notice={notice ?? undefined}
        outletLine={<OutletMemory db={db} site={view.site} />}
        fixNotice={corrections.fixNotice}
        onFixClaimSource={corrections.onFixClaimSource}
        actorCardProps={(actor) => {
          const card = cards.get(actor.id);
          const fix = { children: corrections.actorFix(actor) };
          if (!card) return fix;
          return {
            ...fix,
            note: card.note,
            background: card.summary,
            onEditNote: (note: string) =>
              void setNote(db, card.key, note).then(() => setCards((m) => new Map(m).set(actor.id, { ...card, note }))),
            onOpenActorPage: () =>
              void browser.tabs.create({ url: browser.runtime.getURL(`/library.html#/actor/${encodeURIComponent(card.key)}`) }),
          };
        }}
        onToggleHighlights={(visible) => {
          if (tabId === null) return;
          setView((v) => ({ ...v, highlightsVisible: visible }));
          void askTab(tabId, { type: 'set-highlights', visible });
        }}
        onSave={async () => {
          if (tabId === null) return;
          setNotice(null);
          const reply = await askBackground<{ id: number }>({ type: 'save-tab', tabId });
          if (reply.ok) setView((v) => ({ ...v, saved: true }));
          else setNotice(`Not saved: ${reply.error}`);
        }}
        onAnalyze={analyzeNow}
        onSelectActor={(actor: Actor) => jump(actor.mentions[0])}
        onSelectClaim={(claim: Claim) => jump(claim)}
        onOpenLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onToggleSite={async (enabled) => {
          if (!view.site) return;
          await setSiteEnabled(db, view.site, enabled);
          setView((v) => ({ ...v, siteEnabled: enabled }));
          if (enabled) await analyzeNow();
          else if (tabId !== null) {
            await askTab(tabId, { type: 'set-highlights', visible: false });
            setView((v) => ({ ...v, status: 'disabled', highlightsVisible: false }));
          }
        }}
      />
  );
}
