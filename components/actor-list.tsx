import { useId } from 'react';
import { RovingFocusGroup, RovingFocusGroupItem } from '@radix-ui/react-roving-focus';
import type { Actor, ActorType } from '@/lib/nlp/types';
import { ACTOR_TYPE_ORDER, TYPE_GROUP_LABEL, countNoun, cx } from './format';
import { ROW_KEYS_HINT, ROW_MAIN, ROW_SIDE, onRowMainKey, onRowSideKey } from './list-keys';
import { TypeGlyph } from './type-glyph';

export interface ActorListProps {
  actors: Actor[];
  /** Click or Enter on a row: e.g. scroll the page to the actor and flash it. */
  onSelect: (actor: Actor) => void;
  /** The "Open card" button on each row; hidden when not given. */
  onOpenCard?: (actor: Actor) => void;
  /** Marks one row as current (aria-current). */
  selectedId?: string;
  className?: string;
}

export interface ActorGroup {
  type: ActorType;
  label: string;
  actors: Actor[];
}

/** Actors grouped People, Organizations, Places (empty groups dropped), most-mentioned first, then by name. */
export function groupActors(actors: Actor[]): ActorGroup[] {
  return ACTOR_TYPE_ORDER.map((type) => ({
    type,
    label: TYPE_GROUP_LABEL[type],
    actors: actors
      .filter((a) => a.type === type)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
  })).filter((g) => g.actors.length > 0);
}

/**
 * The page's actors by type; each row shows a type glyph, name, mention count and roles. The whole list is ONE Tab
 * stop: Up/Down move between rows, Right reaches the row's "Open card" button (a roving focus group).
 */
export function ActorList({ actors, onSelect, onOpenCard, selectedId, className }: ActorListProps) {
  const uid = useId();
  const groups = groupActors(actors);
  if (groups.length === 0) {
    return <p className={cx('dr dr-muted dr-state', className)}>No people, organizations or places found.</p>;
  }
  return (
    <RovingFocusGroup
      asChild
      orientation="vertical"
      loop
      data-roving-list=""
      aria-describedby={onOpenCard ? `${uid}-keys` : undefined}
    >
      <div className={cx('dr dr-actor-list', className)}>
        {onOpenCard ? (
          <p id={`${uid}-keys`} className="dr-visually-hidden">
            {ROW_KEYS_HINT}
          </p>
        ) : null}
        {groups.map((group) => {
          const headingId = `${uid}-${group.type}`;
          return (
            <section key={group.type} className="dr-group" aria-labelledby={headingId}>
              <div className="dr-group__head">
                <TypeGlyph kind={group.type} />
                <h3 id={headingId}>{group.label}</h3>
                <span className="dr-muted dr-small">{group.actors.length}</span>
              </div>
              <ul>
                {group.actors.map((actor) => (
                  <li key={actor.id} className="dr-row" data-actor-id={actor.id}>
                    <RovingFocusGroupItem asChild focusable>
                      <button
                        type="button"
                        className="dr-row__main"
                        {...{ [ROW_MAIN]: '' }}
                        aria-current={selectedId === actor.id ? 'true' : undefined}
                        onClick={() => onSelect(actor)}
                        onKeyDown={onRowMainKey}
                      >
                        <span className="dr-row__title">
                          <TypeGlyph kind={actor.type} />
                          <span className="dr-row__name">{actor.name}</span>
                          <span className="dr-row__count">{countNoun(actor.mentions.length, 'mention')}</span>
                        </span>
                        {actor.roles && actor.roles.length > 0 ? (
                          <span className="dr-row__sub">{actor.roles.join(' · ')}</span>
                        ) : null}
                      </button>
                    </RovingFocusGroupItem>
                    {onOpenCard ? (
                      <span className="dr-row__side">
                        <button
                          type="button"
                          tabIndex={-1}
                          {...{ [ROW_SIDE]: '' }}
                          className="dr-btn dr-btn--small dr-btn--card"
                          aria-label={`Open card for ${actor.name}`}
                          onClick={() => onOpenCard(actor)}
                          onKeyDown={onRowSideKey}
                        >
                          Open card
                        </button>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </RovingFocusGroup>
  );
}
