import { useId, useState } from 'react';
import { RovingFocusGroup, RovingFocusGroupItem } from '@radix-ui/react-roving-focus';
import type { Actor, Claim, SourceDescriptor } from '@/lib/nlp/types';
import { KIND_LABEL, countNoun, cx, describeDescriptor, truncate } from './format';
import { ROW_KEYS_HINT, ROW_MAIN, ROW_SIDE, onRowMainKey, onRowSideKey } from './list-keys';
import { SourceBadge } from './source-badge';
import { SourcePicker } from './source-picker';


export interface ClaimListProps {
  claims: Claim[];
  /** Used to show a source by its actor's full name ("Mike Pompeo" for "Pompeo"). */
  actors?: Actor[];
  /** Click or Enter on a claim: e.g. scroll the page to it and flash it. */
  onSelect: (claim: Claim) => void;
  /** Claim text longer than this is shortened, with "Show more" to expand it. */
  maxLength?: number;
  className?: string;
  /**
   * When given: a "Wrong source?" menu on each claim (the page's actors or "unnamed source"); resolves once the fix is
   * applied. The caller reports it (with Undo): the claim may move to another source's group.
   */
  onFixSource?: (claim: Claim, actorId: string | null) => Promise<unknown>;
}

export interface ClaimGroup {
  key: string;
  /** Display name of the source; "Unattributed" for claims without one. */
  label: string;
  anonymous: boolean;
  /** True when a source is known at all. */
  attributed: boolean;
  actorId?: string;
  descriptor?: SourceDescriptor;
  claims: Claim[];
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Claims grouped by who made them: by resolved actor when known, else by the source's words. Groups keep the order of
 * their first claim in the text; unattributed claims come last.
 */
export function groupClaims(claims: Claim[], actors: Actor[] = []): ClaimGroup[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const groups = new Map<string, ClaimGroup>();
  const ordered = [...claims].sort((a, b) => a.start - b.start);
  for (const claim of ordered) {
    const src = claim.source;
    const actor = src?.actorId ? byId.get(src.actorId) : undefined;
    const key = !src ? '~none' : actor ? `actor:${actor.id}` : `text:${src.anonymous ? 'anon' : 'named'}:${fold(src.text)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: !src ? 'Unattributed' : (actor?.name ?? src.text),
        anonymous: src?.anonymous ?? false,
        attributed: !!src,
        actorId: actor?.id,
        descriptor: src?.descriptor,
        claims: [],
      };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.attributed), ...list.filter((g) => !g.attributed)];
}

interface ClaimRowProps {
  claim: Claim;
  onSelect: (c: Claim) => void;
  maxLength: number;
  actors: Actor[];
  onFixSource?: (claim: Claim, actorId: string | null) => Promise<unknown>;
}

const SIDE_PROPS = { tabIndex: -1, [ROW_SIDE]: '', onKeyDown: onRowSideKey } as const;

function ClaimRow({ claim, onSelect, maxLength, actors, onFixSource }: ClaimRowProps) {
  const [expanded, setExpanded] = useState(false);
  const body = claim.kind === 'no-comment' ? '' : claim.text;
  const short = truncate(body, maxLength);
  const shown = expanded ? body.trim() : short.text;
  return (
    <li className="dr-claim-row">
      <RovingFocusGroupItem asChild focusable>
        <button type="button" className="dr-row__main" {...{ [ROW_MAIN]: '' }} onClick={() => onSelect(claim)} onKeyDown={onRowMainKey}>
          <span className="dr-row__title">
            <span className="dr-badge dr-badge--kind">{KIND_LABEL[claim.kind]}</span>
            {claim.cue ? <span className="dr-row__sub">{claim.cue.text}</span> : null}
          </span>
          <span className="dr-claim-text">
            {shown || (claim.kind === 'no-comment' ? 'Declined to comment.' : '')}
          </span>
        </button>
      </RovingFocusGroupItem>
      {short.truncated ? (
        <button
          type="button"
          tabIndex={-1}
          {...{ [ROW_SIDE]: '' }}
          className="dr-link-btn"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          onKeyDown={onRowSideKey}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      ) : null}
      {onFixSource ? (
        <SourcePicker
          className="dr-claim-row__fix"
          current={claim.source ? (claim.source.anonymous ? null : claim.source.actorId) : undefined}
          choices={actors}
          inline={false}
          claimLabel={truncate(body || 'Declined to comment.', 60).text}
          onPick={(actorId) => onFixSource(claim, actorId)}
          triggerProps={SIDE_PROPS}
        />
      ) : null}
    </li>
  );
}

/**
 * The page's claims grouped by source, each source with a named/unnamed badge and, for unnamed ones, how the article
 * describes them. One Tab stop for the whole list: Up/Down move between claims, Right reaches "Show more".
 */
export function ClaimList({ claims, actors, onSelect, maxLength = 160, className, onFixSource }: ClaimListProps) {
  const uid = useId();
  const groups = groupClaims(claims, actors);
  if (groups.length === 0) {
    return <p className={cx('dr dr-muted dr-state', className)}>No attributed claims found.</p>;
  }
  const hasSide = !!onFixSource || groups.some((g) => g.claims.some((c) => c.kind !== 'no-comment' && truncate(c.text, maxLength).truncated));
  return (
    <RovingFocusGroup asChild orientation="vertical" loop data-roving-list="" aria-describedby={hasSide ? `${uid}-keys` : undefined}>
      <div className={cx('dr dr-claim-list', className)}>
        {hasSide ? (
          <p id={`${uid}-keys`} className="dr-visually-hidden">
            {ROW_KEYS_HINT}
          </p>
        ) : null}
        {groups.map((group, i) => {
          const headingId = `${uid}-${i}`;
          const descriptor = group.anonymous ? describeDescriptor(group.descriptor) : '';
          return (
            <section key={group.key} className="dr-source" aria-labelledby={headingId}>
              <div className="dr-source__head">
                <h3 id={headingId} className="dr-source__name">
                  {group.label}
                </h3>
                {group.attributed ? <SourceBadge anonymous={group.anonymous} /> : null}
                <span className="dr-muted dr-small">{countNoun(group.claims.length, 'claim')}</span>
              </div>
              {descriptor && descriptor.toLowerCase() !== group.label.toLowerCase() ? (
                <p className="dr-row__sub dr-source__desc">
                  {descriptor}
                </p>
              ) : null}
              <ul>
                {group.claims.map((claim, k) => (
                  <ClaimRow
                    key={`${claim.start}-${claim.end}-${k}`}
                    claim={claim}
                    onSelect={onSelect}
                    maxLength={maxLength}
                    actors={actors ?? []}
                    onFixSource={onFixSource}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </RovingFocusGroup>
  );
}
