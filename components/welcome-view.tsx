import { useId } from 'react';
import type { MarkKind } from '@/lib/page/mark-styles';
import { Legend, MarkSample } from './legend';

/** A piece of the example sentence: plain text, or text with a mark (a claim may hold marked names). */
type Piece = string | { kind: MarkKind; parts: Piece[] };

/** A made-up example (no real article is quoted), showing every kind of mark once, as the page draws them. */
const EXAMPLE: Piece[] = [
  { kind: 'person', parts: ['Ana Ruiz'] },
  ', the mayor of ',
  { kind: 'place', parts: ['Lisbon'] },
  ', said ',
  { kind: 'claim-named', parts: ['the new tram line would open in May'] },
  '. ',
  { kind: 'claim-anonymous', parts: ['The work is already over budget'] },
  ', according to two officials at the ',
  { kind: 'organization', parts: ['Transit Authority'] },
  ' who asked not to be named.',
];

function renderPieces(pieces: Piece[]) {
  return pieces.map((p, i) =>
    typeof p === 'string' ? (
      <span key={i}>{p}</span>
    ) : (
      <MarkSampleGroup key={i} kind={p.kind}>
        {p.parts}
      </MarkSampleGroup>
    ),
  );
}

function MarkSampleGroup({ kind, children }: { kind: MarkKind; children: Piece[] }) {
  if (children.every((c) => typeof c === 'string')) return <MarkSample kind={kind}>{(children as string[]).join('')}</MarkSample>;
  return <span>{renderPieces(children)}</span>;
}

export interface WelcomeViewProps {
  /** The browser's current shortcuts by command name (they can be changed by the user), e.g. {"save-article": "Alt+Shift+S"}. */
  shortcuts: Record<string, string | undefined>;
  onOpenOptions: () => void;
  onOpenLibrary: () => void;
}

function Key({ value, fallback }: { value?: string; fallback: string }) {
  return value ? <kbd className="dr-kbd">{value}</kbd> : <span className="dr-muted">{fallback}</span>;
}

/** The page opened once, on install: what the marks mean, with an example, and how to use Dramatis by mouse and keyboard. */
export function WelcomeView({ shortcuts, onOpenOptions, onOpenLibrary }: WelcomeViewProps) {
  const uid = useId();
  return (
    <main className="dr dr-welcome">
      <header className="dr-welcome__head">
        <h1>Welcome to Dramatis</h1>
        <p>Who is who, and who said what, in the news you read. Everything stays on your computer.</p>
      </header>

      <section aria-labelledby={`${uid}-marks`}>
        <h2 id={`${uid}-marks`}>What the marks mean</h2>
        <Legend variant="full" />
      </section>

      <section aria-labelledby={`${uid}-example`}>
        <h2 id={`${uid}-example`}>How they look in an article</h2>
        <p className="dr-welcome__example">{renderPieces(EXAMPLE)}</p>
        <p className="dr-muted dr-small">An invented example. Names are filled with colour; what someone said is underlined.</p>
      </section>

      <section aria-labelledby={`${uid}-use`}>
        <h2 id={`${uid}-use`}>Try it</h2>
        <ul className="dr-welcome__steps">
          <li>Open any English news article: Dramatis marks it by itself, with no change to the page.</li>
          <li>Point at a mark to see its card: who the person is, or who said the words and whether the article names them.</li>
          <li>Click the Dramatis button in the toolbar for the page’s people, organizations, places and claims.</li>
          <li>
            From the keyboard: <Key value={shortcuts['next-mark']} fallback="a shortcut you can set" /> goes to the next
            mark on the page and opens its card, <Key value={shortcuts['previous-mark']} fallback="another" /> to the
            previous one, <kbd className="dr-kbd">Esc</kbd> closes the card.
          </li>
          <li>
            <Key value={shortcuts['save-article']} fallback="The context menu" /> saves the article to your reading list.
          </li>
        </ul>
      </section>

      <nav className="dr-welcome__actions" aria-label="Dramatis pages">
        <button type="button" className="dr-btn dr-btn--primary" onClick={onOpenOptions}>
          Options
        </button>
        <button type="button" className="dr-btn" onClick={onOpenLibrary}>
          Reading list
        </button>
      </nav>
    </main>
  );
}
