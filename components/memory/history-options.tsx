import { useId, useState } from 'react';
import { Switch } from '../switch';
import { formatDate } from '../format';

export interface HistoryOptionsProps {
  on: boolean;
  onChange: (on: boolean) => void;
  days: number;
  /** The retention choices offered (days). */
  dayChoices: readonly number[];
  onDaysChange: (days: number) => void;
  /** How much is remembered now. */
  size?: { articles: number; since: number | null };
  /** Forgets every article of a site (host or URL); resolves with how many went. */
  onForgetSite: (site: string) => Promise<number>;
  onForgetAll: () => Promise<void>;
  locale?: string;
}

/** Options › Reading history: the switch, the retention, and forgetting a site or everything. */
export function HistoryOptions(props: HistoryOptionsProps) {
  const uid = useId();
  const [site, setSite] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const count = props.size?.articles ?? 0;
  return (
    <section aria-labelledby={`${uid}-history`} className="dr-options__history">
      <h2 id={`${uid}-history`}>Reading history</h2>
      <p>
        Dramatis can remember the articles it reads for you (saved or not): who appeared, what was said and by whom, so a
        card can say “in 14 articles you read since March”. It keeps a short record, never the article’s text, on this
        computer only, and never from a private window.
      </p>
      <Switch checked={props.on} onChange={props.onChange}>
        Remember the articles I read
      </Switch>
      <p>
        <label>
          Keep for{' '}
          <select className="dr-select" value={props.days} onChange={(e) => props.onDaysChange(Number(e.target.value))} aria-label="Keep the reading history for">
            {[...new Set([...props.dayChoices, props.days])]
              .sort((a, b) => a - b)
              .map((d) => (
                <option key={d} value={d}>
                  {d === 365 ? '1 year' : `${d} days`}
                </option>
              ))}
          </select>
        </label>
      </p>
      <p className="dr-muted dr-small" role="status">
        {count === 0
          ? 'Nothing remembered yet.'
          : `${count.toLocaleString(props.locale ?? 'en-US')} article${count === 1 ? '' : 's'} remembered${props.size?.since ? ` since ${formatDate(props.size.since, props.locale)}` : ''}.`}
      </p>
      <form
        className="dr-card__actions"
        onSubmit={(e) => {
          e.preventDefault();
          const s = site.trim();
          if (!s) return;
          void props.onForgetSite(s).then((n) => {
            setMessage(n ? `Forgot ${n} article${n === 1 ? '' : 's'} from ${s}.` : `Nothing remembered from ${s}.`);
            setSite('');
          });
        }}
      >
        <label>
          Forget a site{' '}
          <input type="text" value={site} onChange={(e) => setSite(e.target.value)} placeholder="example.com" aria-label="Site to forget" />
        </label>
        <button type="submit" className="dr-btn dr-btn--small">
          Forget this site
        </button>
      </form>
      <div className="dr-card__actions">
        {confirmAll ? (
          <>
            <span>Forget all {count.toLocaleString(props.locale ?? 'en-US')} remembered articles? Saved articles stay.</span>
            <button
              type="button"
              className="dr-btn dr-btn--small dr-btn--danger"
              onClick={() =>
                void props.onForgetAll().then(() => {
                  setConfirmAll(false);
                  setMessage('The reading history is empty.');
                })
              }
            >
              Forget everything
            </button>
            <button type="button" className="dr-btn dr-btn--small dr-btn--ghost" onClick={() => setConfirmAll(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="dr-btn dr-btn--small" onClick={() => setConfirmAll(true)} disabled={count === 0}>
            Forget everything…
          </button>
        )}
      </div>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
