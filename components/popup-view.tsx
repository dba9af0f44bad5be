import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Actor, Analysis, Claim } from '@/lib/nlp/types';
import { ActorCard, type ActorCardProps } from './actor-card';
import { ActorList } from './actor-list';
import { ClaimList } from './claim-list';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { languageName } from './format';
import { Legend } from './legend';
import { LoadingState } from './loading-state';
import { SourcingSummary } from './sourcing-summary';
import { Switch } from './switch';

/**
 * 'waiting': the tab is still loading (its content script starts once it has); 'not-started': a web page where
 * Dramatis never started (opened before it was installed or updated); 'no-access': pages off limits to extensions.
 */
export type PopupStatus = 'loading' | 'waiting' | 'ready' | 'not-article' | 'not-english' | 'disabled' | 'error' | 'no-access' | 'not-started';

export interface PopupViewProps {
  status: PopupStatus;
  /** A line under the page's sourcing summary (the reading history's outlet profile, components/memory). */
  outletLine?: ReactNode;
  /**
   * Extra detail for the status: the language code for 'not-english' ("fr"), the error message for 'error', an
   * optional explanation for 'no-access' / 'not-article'.
   */
  reason?: string;
  analysis?: Analysis;
  /** The page's title. */
  title?: string;
  /** The page's host name, e.g. "example.com" (used in "Dramatis is off for example.com"). */
  site?: string;
  highlightsVisible: boolean;
  saved: boolean;
  onToggleHighlights: (visible: boolean) => void;
  onSave: () => void;
  /** "Analyze this page": shown when the page was not analysed automatically (not an article, site off, error retry). */
  onAnalyze: () => void;
  onSelectActor: (actor: Actor) => void;
  onSelectClaim: (claim: Claim) => void;
  onOpenLibrary: () => void;
  onOpenOptions: () => void;
  siteEnabled: boolean;
  onToggleSite: (enabled: boolean) => void;
  /** Extra data for the actor card opened from the list (background, note, country facts, onEditNote...). */
  actorCardProps?: (actor: Actor) => Omit<ActorCardProps, 'actor' | 'onClose'>;
  initialTab?: 'actors' | 'claims';
  /** A one-line message under the controls, e.g. "Not saved: storage is full." */
  notice?: string;
  /** When given: "Wrong source?" on each claim of the Claims tab (see ClaimList). */
  onFixClaimSource?: (claim: Claim, actorId: string | null) => Promise<unknown>;
  /** What the last correction made from the popup did, with its Undo (focus moves to Undo when it appears). */
  fixNotice?: { text: string; onUndo?: () => void };
}

type Tab = 'actors' | 'claims';
const TABS: { id: Tab; label: string }[] = [
  { id: 'actors', label: 'Actors' },
  { id: 'claims', label: 'Claims' },
];

function AnalyzeButton({ onAnalyze, label = 'Analyze this page' }: { onAnalyze: () => void; label?: string }) {
  return (
    <button type="button" className="dr-btn dr-btn--primary" onClick={onAnalyze}>
      {label}
    </button>
  );
}

function StatusBody(props: PopupViewProps) {
  const { status, reason, site, onAnalyze, onToggleSite } = props;
  const where = site ?? 'this site';
  switch (status) {
    case 'loading':
      return <LoadingState label="Reading the article…" />;
    case 'waiting':
      return <LoadingState label="Waiting for the page to finish loading… Dramatis reads it as soon as it is ready." />;
    case 'not-started':
      return (
        <EmptyState title="Dramatis has not started on this page yet.">
          {reason ?? 'Reload the page, then open Dramatis again.'}
        </EmptyState>
      );
    case 'not-article':
      return (
        <EmptyState title="This page doesn’t look like a news article." action={<AnalyzeButton onAnalyze={onAnalyze} />}>
          {reason ?? 'Dramatis reads articles automatically. You can still analyze this page.'}
        </EmptyState>
      );
    case 'not-english': {
      const lang = reason ? `${languageName(reason)} (${reason})` : 'another language';
      return (
        <EmptyState title={`This page is in ${lang}.`}>
          Dramatis reads English articles.
        </EmptyState>
      );
    }
    case 'disabled':
      return (
        <EmptyState
          title={`Dramatis is off for ${where}`}
          action={
            <>
              <Switch checked={false} onChange={(on) => onToggleSite(on)}>
                Turn on for {where}
              </Switch>
              <button type="button" className="dr-btn dr-btn--small" onClick={onAnalyze}>
                Analyze this page once
              </button>
            </>
          }
        >
          Nothing on this site is read or highlighted.
        </EmptyState>
      );
    case 'no-access':
      return (
        <EmptyState title="Dramatis can’t read this page.">
          {reason ?? 'Browser pages, extension stores and some protected pages are off limits to extensions.'}
        </EmptyState>
      );
    case 'error':
      return (
        <ErrorState
          title="Dramatis could not analyze this page."
          message={reason ?? 'An unexpected error occurred.'}
          onRetry={onAnalyze}
        />
      );
    default:
      return null;
  }
}

/** The whole popup body (about 380px wide). */
export function PopupView(props: PopupViewProps) {
  const {
    status,
    analysis,
    title,
    site,
    highlightsVisible,
    saved,
    onToggleHighlights,
    onSave,
    onSelectActor,
    onSelectClaim,
    onOpenLibrary,
    onOpenOptions,
    siteEnabled,
    onToggleSite,
    actorCardProps,
    initialTab = 'actors',
    notice,
    onFixClaimSource,
    fixNotice,
  } = props;
  const [tab, setTab] = useState<Tab>(initialTab);
  // The actor whose card is open, as it was when opened: a correction made in the card re-analyses the page, and the
  // card stays on the same actor (with its Undo) while the list behind it changes.
  const [openActor, setOpenActor] = useState<Actor | null>(null);
  // Where focus goes back to when the card closes: the row's "Open card" button it was opened from.
  const returnTo = useRef<string | null>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ actors: null, claims: null });
  const ready = status === 'ready' && !!analysis;
  const cardActor = ready && openActor ? openActor : undefined;
  const openCard = (actor: Actor) => {
    returnTo.current = actor.id;
    setOpenActor(actor);
  };
  const closeCard = () => setOpenActor(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (fixNotice?.onUndo) undoRef.current?.focus();
  }, [fixNotice]);
  useEffect(() => {
    if (cardActor) {
      backRef.current?.focus();
      return;
    }
    const id = returnTo.current;
    if (!id) return;
    returnTo.current = null;
    const row = [...(bodyRef.current?.querySelectorAll<HTMLElement>('[data-actor-id]') ?? [])].find((el) => el.dataset.actorId === id);
    (row?.querySelector<HTMLElement>('[data-row-side]') ?? row?.querySelector<HTMLElement>('[data-row-main]'))?.focus();
  }, [cardActor]);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'Home'
        ? TABS[0]
        : e.key === 'End'
          ? TABS[TABS.length - 1]
          : TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  return (
    <div className="dr dr-popup">
      <header className="dr-popup__header">
        <div className="dr-popup__brand">
          <span>Dramatis</span>
        </div>
        {title ? <h1 className="dr-popup__title">{title}</h1> : null}
        {ready ? (
          <SourcingSummary
            claims={analysis.profile.claims}
            anonymous={analysis.profile.anonymous}
            sources={analysis.profile.sources.length}
          />
        ) : null}
        {ready ? props.outletLine : null}
        {ready ? <Legend variant="compact" /> : null}
      </header>

      <main className="dr-popup__main">
      {ready ? (
        <>
          <h2 className="dr-visually-hidden">On this page</h2>
          <div className="dr-popup__controls">
            <Switch checked={highlightsVisible} onChange={onToggleHighlights}>
              Show marks on the page
            </Switch>
            <button
              type="button"
              className={saved ? 'dr-btn dr-btn--done' : 'dr-btn dr-btn--primary'}
              onClick={onSave}
              disabled={saved}
            >
              {saved ? '✓ Saved' : 'Save to reading list'}
            </button>
          </div>
          {notice ? (
            <p className="dr-popup__notice" role="alert">
              {notice}
            </p>
          ) : null}
          {fixNotice ? (
            <p className="dr-popup__notice dr-popup__fixed">
              <span role="status">{fixNotice.text}</span>
              {fixNotice.onUndo ? (
                <button ref={undoRef} type="button" className="dr-btn dr-btn--small" onClick={fixNotice.onUndo}>
                  Undo
                </button>
              ) : null}
            </p>
          ) : null}
          {cardActor ? (
            <div className="dr-popup__body">
              <button ref={backRef} type="button" className="dr-btn dr-btn--small dr-btn--ghost" onClick={closeCard}>
                ← Back to the list
              </button>
              <ActorCard actor={cardActor} {...(actorCardProps?.(cardActor) ?? {})} onClose={closeCard} />
            </div>
          ) : analysis.actors.length === 0 && analysis.claims.length === 0 ? (
            <div className="dr-popup__body">
              <EmptyState title="Nothing found on this page.">
                Dramatis found no people, organizations, places or attributed claims here.
              </EmptyState>
            </div>
          ) : (
            <>
              <div className="dr-tabs" role="tablist" aria-label="Page contents">
                {TABS.map((t) => (
                  <button
                    key={t.id}
                    ref={(el) => {
                      tabRefs.current[t.id] = el;
                    }}
                    type="button"
                    role="tab"
                    id={`${uid}-tab-${t.id}`}
                    aria-selected={tab === t.id}
                    aria-controls={`${uid}-panel-${t.id}`}
                    tabIndex={tab === t.id ? 0 : -1}
                    className="dr-tab"
                    onClick={() => setTab(t.id)}
                    onKeyDown={onTabKey}
                  >
                    {t.label}
                    <span className="dr-tab__count">
                      {t.id === 'actors' ? analysis.actors.length : analysis.claims.length}
                    </span>
                  </button>
                ))}
              </div>
              <div
                ref={bodyRef}
                className="dr-popup__body"
                role="tabpanel"
                id={`${uid}-panel-${tab}`}
                aria-labelledby={`${uid}-tab-${tab}`}
              >
                {tab === 'actors' ? (
                  <ActorList
                    actors={analysis.actors}
                    onSelect={onSelectActor}
                    onOpenCard={openCard}
                  />
                ) : (
                  <ClaimList claims={analysis.claims} actors={analysis.actors} onSelect={onSelectClaim} onFixSource={onFixClaimSource} />
                )}
              </div>
            </>
          )}
        </>
      ) : (
        <div className="dr-popup__body">
          {notice ? (
            <p className="dr-popup__notice" role="alert">
              {notice}
            </p>
          ) : null}
          <StatusBody {...props} />
        </div>
      )}
      </main>

      <footer className="dr-popup__footer">
        {status !== 'disabled' && status !== 'no-access' && status !== 'not-started' && status !== 'waiting' ? (
          <Switch checked={siteEnabled} onChange={onToggleSite}>
            {site ? `Active on ${site}` : 'Active on this site'}
          </Switch>
        ) : (
          <span />
        )}
        <span className="dr-popup__links">
          <button type="button" className="dr-btn dr-btn--small dr-btn--ghost" onClick={onOpenLibrary}>
            Reading list
          </button>
          <button type="button" className="dr-btn dr-btn--small dr-btn--ghost" onClick={onOpenOptions}>
            Options
          </button>
        </span>
      </footer>
    </div>
  );
}
