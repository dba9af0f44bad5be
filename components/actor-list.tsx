import { useId } from 'react';
import type { Actor, ActorType } from '@/lib/nlp/types';
import { ACTOR_TYPE_ORDER, TYPE_GROUP_LABEL, countNoun, cx } from './format';

export interface ActorListProps {
  actors: Actor[];
  /** Click or Enter on a row: e.g. scroll the page to the actor and flash it. */
  onSelect: (actor: Actor) => void;
  /** The "Card" button on each row; hidden when not given. */
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

/** The page's actors by type; each row shows name, mention count and roles. */
export function ActorList({ actors, onSelect, onOpenCard, selectedId, className }: ActorListProps) {
  const uid = useId();
  const groups = groupActors(actors);
  if (groups.length === 0) {
    return <p className={cx('dr dr-muted dr-state', className)}>No people, organizations or places found.</p>;
  }
  return (
    <div className={cx('dr dr-actor-list', className)}>
      {groups.map((group) => {
        const headingId = `${uid}-${group.type}`;
        return (
          <section key={group.type} className="dr-group" aria-labelledby={headingId}>
            <div className="dr-group__head">
              <h3 id={headingId}>{group.label}</h3>
              <span className="dr-muted dr-small">{group.actors.length}</span>
            </div>
            <ul>
              {group.actors.map((actor) => (
                <li key={actor.id} className="dr-row">
                  <button
                    type="button"
                    className="dr-row__main"
                    aria-current={selectedId === actor.id ? 'true' : undefined}
                    onClick={() => onSelect(actor)}
                  >
                    <span className="dr-row__title">
                      <span className={`dr-dot dr-dot--${actor.type}`} aria-hidden="true" />
                      <span className="dr-row__name">{actor.name}</span>
                      <span className="dr-row__count">{countNoun(actor.mentions.length, 'mention')}</span>
                    </span>
                    {actor.roles && actor.roles.length > 0 ? (
                      <span className="dr-row__sub">{actor.roles.join(' · ')}</span>
                    ) : null}
                  </button>
                  {onOpenCard ? (
                    <span className="dr-row__side">
                      <button
                        type="button"
                        className="dr-btn dr-btn--small dr-btn--ghost"
                        aria-label={`Open card for ${actor.name}`}
                        onClick={() => onOpenCard(actor)}
                      >
                        Card
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
  );
}
