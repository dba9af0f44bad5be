import { markStyle, type MarkKind } from '@/lib/page/mark-styles';
import { cx } from './format';
import { TypeGlyph } from './type-glyph';

export interface LegendEntry {
  kind: MarkKind;
  /** The word in the compact key. */
  label: string;
  /** What the sample shows (a name, or "said" for claims). */
  sample: string;
  /** One sentence for the full key (options, welcome page). */
  meaning: string;
}

/** The key to the marks, as data: what each mark looks like on the page and what it means, in plain words. */
export const LEGEND: LegendEntry[] = [
  { kind: 'person', label: 'Person', sample: 'Ana Ruiz', meaning: 'A person named in the article.' },
  { kind: 'organization', label: 'Organization', sample: 'Red Cross', meaning: 'A company, party, agency, team or other group.' },
  { kind: 'place', label: 'Place', sample: 'Lisbon', meaning: 'A country, city, region or other place (also a dotted line above).' },
  {
    kind: 'claim-named',
    label: 'Named source',
    sample: 'said',
    meaning: 'Something someone said, and the article names who (straight underline).',
  },
  {
    kind: 'claim-anonymous',
    label: 'Unnamed source',
    sample: 'said',
    meaning: 'Something said by a source the article does not name, such as “officials” (wavy underline).',
  },
];

/** A word painted exactly as the page paints that kind (the same declarations as the `::highlight()` rules). */
export function MarkSample({ kind, children }: { kind: MarkKind; children: string }) {
  return (
    <span className="dr-mark-sample" style={markStyle(kind)}>
      {children}
    </span>
  );
}

export interface LegendProps {
  /** 'compact': one wrapped line of samples and words (popup header); 'full': a list with a sentence each. */
  variant?: 'compact' | 'full';
  /** A heading above the full key. */
  title?: string;
  className?: string;
}

/**
 * What the marks mean: a colour sample drawn like the page's highlight, a shape that does not depend on colour, and a
 * word. Compact in the popup's header; full (with a sentence each) in Options and on the welcome page.
 */
export function Legend({ variant = 'compact', title, className }: LegendProps) {
  if (variant === 'compact') {
    return (
      <ul className={cx('dr-legend dr-legend--compact', className)} aria-label="Key to the marks">
        {LEGEND.map((e) => (
          <li key={e.kind} className="dr-legend__item" title={e.meaning}>
            <TypeGlyph kind={e.kind} />
            <MarkSample kind={e.kind}>{e.label}</MarkSample>
          </li>
        ))}
      </ul>
    );
  }
  const list = (
    <dl className={cx('dr-legend dr-legend--full', className)} aria-label="Key to the marks">
      {LEGEND.map((e) => (
        <div key={e.kind} className="dr-legend__row">
          <dt>
            <TypeGlyph kind={e.kind} />
            <MarkSample kind={e.kind}>{e.sample}</MarkSample>
            <span className="dr-legend__label">{e.label}</span>
          </dt>
          <dd>{e.meaning}</dd>
        </div>
      ))}
    </dl>
  );
  if (!title) return list;
  return (
    <div className="dr-legend-block">
      <h3 className="dr-legend__title">{title}</h3>
      {list}
    </div>
  );
}
