// Adversarial texts for analyze(): shapes a hostile or broken page could hand the engine, each built to any length.
// They are what the linear-time work (issue 10, point 4) was measured on; the bench (scripts/bench/adversarial.ts)
// times them through the CLI and lib/nlp/adversarial.test.ts checks the engine's work on them stays bounded.
// Each shape repeats a short unit until the text reaches the asked length (UTF-16 code units, which for these shapes
// is about bytes: only the zero-width shape has non-ASCII characters).

export interface Shape {
  name: string;
  /** What the shape is and which part of the engine it was aimed at. */
  why: string;
  /** The text, at least `length` code units long, cut on a unit boundary so no name is split. */
  make(length: number): string;
}

/** Repeats `unit` (with `i` its index) until the text is at least `length` long. */
function repeat(length: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts = [head];
  let n = head.length + tail.length;
  for (let i = 0; n < length; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

const CAPITALISED = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060'];

export const SHAPES: Shape[] = [
  {
    name: 'said',
    why: '"said said said ...": one sentence of speech verbs, every one a cue looking back and forward for a source',
    make: (n) => repeat(n, () => 'said '),
  },
  {
    name: 'bank-of',
    why: '"Bank of Bank of ... Hungary": one "X of Y" organization name that never ends',
    make: (n) => repeat(n, () => 'Bank of ', '', 'Hungary.'),
  },
  {
    name: 'according-to',
    why: '"according to according to ...": one sentence of "according to" cues, each looking for its source',
    make: (n) => repeat(n, () => 'according to '),
  },
  {
    name: 'caps-said',
    why: 'capitalised words with "said" every few words, no punctuation: many candidate sources in one sentence',
    make: (n) => repeat(n, (i) => `${CAPITALISED[i % 12]} ${CAPITALISED[(i * 5 + 1) % 12]} ${CAPITALISED[(i * 7 + 3) % 12]} said `),
  },
  {
    name: 'zero-width',
    why: 'zero-width characters (U+200B, U+200C, U+200D, U+FEFF, U+2060) inside names, in one unpunctuated sentence',
    make: (n) =>
      repeat(n, (i) => {
        const z = (k: number) => ZERO_WIDTH[(i + k) % ZERO_WIDTH.length];
        return `Mi${z(0)}ke Pom${z(1)}peo${z(2)} and Ma${z(3)}ria Gon${z(4)}zalez said `;
      }),
  },
  {
    name: 'open-quote',
    why: 'a quote that never closes: one opening mark, then sentences of reported speech to the end of the text',
    make: (n) => repeat(n, (i) => `the minister said the plan number ${i} would work and Smith agreed. `, 'He said: "'),
  },
  {
    name: 'caps-run',
    why: 'one sentence of capitalised words with no punctuation: a name candidate that never ends',
    make: (n) => repeat(n, (i) => `${CAPITALISED[(i * 7) % 12]} `),
  },
  {
    name: 'same-name',
    why: 'thousands of mentions of one name, each in its own short sentence: linking and mention lists',
    make: (n) => repeat(n, () => 'Mike Pompeo said it was fine. '),
  },
  {
    name: 'brackets',
    why: 'deeply nested parentheses and brackets around names and cues, never closed until the end',
    make: (n) => {
      const open = '( [ Mike Pompeo said ';
      const close = ' ] )';
      const units = Math.ceil(n / (open.length + close.length));
      return open.repeat(units) + 'it.' + close.repeat(units);
    },
  },
  {
    name: 'quotes-said',
    why: 'alternating short quotes and cues with no sentence end: every quote a claim looking for a source',
    make: (n) => repeat(n, (i) => `"It is ${i}," said ${CAPITALISED[i % 12]} `),
  },
];

export function shapeByName(name: string): Shape {
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`no adversarial shape "${name}" (have: ${SHAPES.map((s) => s.name).join(', ')})`);
  return shape;
}
