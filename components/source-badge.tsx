import { cx } from './format';
import { TypeGlyph } from './type-glyph';

/**
 * A badge saying whether a source is named or not, in plain words, with the shape of its underline on the page
 * (straight for named, wavy for unnamed) so it does not rely on colour.
 */
export function SourceBadge({ anonymous }: { anonymous: boolean }) {
  return (
    <span className={cx('dr-badge', anonymous ? 'dr-badge--anonymous' : 'dr-badge--named')}>
      <TypeGlyph kind={anonymous ? 'claim-anonymous' : 'claim-named'} /> {anonymous ? 'unnamed source' : 'named source'}
    </span>
  );
}
