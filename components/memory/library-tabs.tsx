/**
 * The library's sections: the saved articles, the reading history ("Read") and the outlets read. Links (each a
 * route of the library page), the current one marked with aria-current; Options at the end.
 */
import { cx } from '../format';

export type LibrarySection = 'saved' | 'read' | 'outlets';

const SECTIONS: { id: LibrarySection; label: string; href: string }[] = [
  { id: 'saved', label: 'Saved', href: '#/' },
  { id: 'read', label: 'Read', href: '#/read' },
  { id: 'outlets', label: 'Outlets', href: '#/outlets' },
];

export function LibraryTabs({ current, optionsHref = 'options.html' }: { current?: LibrarySection; optionsHref?: string }) {
  return (
    <nav className="dr-library__tabs" aria-label="Library">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a className={cx('dr-library__tab', s.id === current && 'dr-library__tab--current')} href={s.href} aria-current={s.id === current ? 'page' : undefined}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
      <a className="dr-btn dr-btn--small dr-btn--ghost" href={optionsHref}>
        Options
      </a>
    </nav>
  );
}
