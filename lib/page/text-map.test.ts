// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetAt, offsetsFor, rangeFor, isMapped } from './text-map';

function rootOf(html: string): Element {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('buildTextMap: text', () => {
  const cases: [string, string, string][] = [
    ['plain paragraph', '<p>Hello world.</p>', 'Hello world.'],
    ['two paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline elements keep words together', '<p>The <a href="#">State <em>Department</em></a> said.</p>', 'The State Department said.'],
    ['whitespace collapses, edges trimmed', '<p>\n   Mike   \t Pompeo\n said  </p>', 'Mike Pompeo said'],
    ['space across inline boundary', '<p>Mike <b> Pompeo</b></p>', 'Mike Pompeo'],
    ['entities decoded', '<p>AT&amp;T &lt;b&gt; caf&eacute; &#8220;q&#8221;</p>', 'AT&T <b> café “q”'],
    ['nbsp kept as nbsp', '<p>US&nbsp;forces</p>', 'US\u00a0forces'],
    ['br is a line break', '<p>line one<br>line two</p>', 'line one\nline two'],
    ['nested blocks', '<div>Intro<div><p>Inner</p>tail</div>end</div>', 'Intro\n\nInner\n\ntail\n\nend'],
    ['script, style, hidden skipped', '<p>A<script>var x=1</script><style>p{}</style>B<span hidden>C</span></p>', 'AB'],
    ['list items', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['pre keeps whitespace', '<p>x</p><pre>a  b\n  c</pre>', 'x\n\na  b\n  c'],
    ['whitespace-only nodes between blocks vanish', '<p>A</p>\n  \n<p>B</p>', 'A\n\nB'],
    ['empty', '', ''],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      expect(buildTextMap(rootOf(html)).text).toBe(expected);
    });
  }

  it('accept filter drops text nodes', () => {
    const root = rootOf('<p>Keep <span class="x">drop</span> this</p>');
    const map = buildTextMap(root, { accept: (t) => !(t.parentElement?.classList.contains('x')) });
    expect(map.text).toBe('Keep this');
  });
});

describe('buildTextMap: adjacent blocks, chips, list items and cells are separated; inline elements in prose are not', () => {
  const cases: [string, string, string][] = [
    // separated
    ['link chips with no space between', '<div class="tags"><a href="/pl">Premier League</a><a href="/a">Arsenal</a><a href="/l">Liverpool</a></div>', 'Premier League\n\nArsenal\n\nLiverpool'],
    ['link chips with spaces between', '<p><a href="/pl">Premier League</a> <a href="/a">Arsenal</a> <a href="/l">Liverpool</a></p>', 'Premier League\n\nArsenal\n\nLiverpool'],
    ['chips that wrap one link each', '<div><span class="x"><a href="/pl">Premier League</a></span><span class="x"><a href="/a">Arsenal</a></span></div>', 'Premier League\n\nArsenal'],
    ['chip-named spans (no links)', '<div><span class="tag">Premier League</span><span class="tag">Arsenal</span></div>', 'Premier League\n\nArsenal'],
    ['a link bar with separator marks', '<div><a>Home</a> | <a>World</a> · <a>Sport</a></div>', 'Home\n\n|\n\nWorld\n\n·\n\nSport'],
    ['a labelled row of tags', '<div>Tags: <a>Arsenal</a> <a>Liverpool</a></div>', 'Tags:\n\nArsenal\n\nLiverpool'],
    ['a labelled row of tags, label in an element', '<div><b>Topics:</b><a>Arsenal</a><a>Liverpool</a></div>', 'Topics:\n\nArsenal\n\nLiverpool'],
    ['list items holding links', '<ul><li><a>Premier League</a></li><li><a>Arsenal</a></li></ul>', 'Premier League\n\nArsenal'],
    ['table cells', '<table><tr><td>Arsenal</td><td>3</td></tr><tr><th>Liverpool</th><td>1</td></tr></table>', 'Arsenal\n\n3\n\nLiverpool\n\n1'],
    ['ARIA rows and cells', '<div role="row"><span role="cell">Arsenal</span><span role="cell">3</span></div><span role="listitem">Liverpool</span><span role="listitem">Chelsea</span>', 'Arsenal\n\n3\n\nLiverpool\n\nChelsea'],
    ['inline-block and flex items by inline style', '<div><span style="display:inline-block">Premier League</span><span style="color:red; display: flex">Arsenal</span></div>', 'Premier League\n\nArsenal'],
    // kept together: inline elements inside a sentence
    ['links, em and span inside a sentence', '<p>The <a href="#">State</a> <em>Department</em> and <span>Arsenal</span> said.</p>', 'The State Department and Arsenal said.'],
    ['a list of links in prose (commas and words between)', '<p><a>Arsenal</a>, <a>Chelsea</a> and <a>Liverpool</a> lost.</p>', 'Arsenal, Chelsea and Liverpool lost.'],
    ['links separated by a comma only', '<p><a>Arsenal</a>, <a>Chelsea</a></p>', 'Arsenal, Chelsea'],
    ['one link alone', '<p><a>Premier League</a></p><p>Text.</p>', 'Premier League\n\nText.'],
    ['spans that split a sentence (pasted markup)', '<p><span>Sentence one.</span> <span>Sentence two.</span></p>', 'Sentence one. Sentence two.'],
    ['spans in a headline', '<h1><span>Big</span> <span>headline</span></h1>', 'Big headline'],
    ['a drop cap', '<p><span class="dropcap">T</span>he council met.</p>', 'The council met.'],
    ['a link beside a non-link element', '<p><a>Arsenal</a> <b>won</b></p>', 'Arsenal won'],
    ['a link with a tag-like class name inside a sentence', '<p>Fans of <a class="tag">Arsenal</a> cheered.</p>', 'Fans of Arsenal cheered.'],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      expect(buildTextMap(rootOf(html)).text).toBe(expected);
    });
  }

  it('reads the same text in a live document and in a DOMParser copy (no layout): computed styles are not consulted', () => {
    const html =
      '<style>.tags a { display: inline-block } .glue { display: block }</style><div class="tags"><a>Premier League</a><a>Arsenal</a></div><p>The <span class="glue">inline</span> word.</p><ul><li>one</li></ul><table><tr><td>a</td><td>b</td></tr></table>';
    const live = buildTextMap(rootOf(html)).text;
    const copy = new DOMParser().parseFromString(`<body><div id="root">${html}</div></body>`, 'text/html');
    expect(buildTextMap(copy.getElementById('root')!).text).toBe(live);
    expect(live).toBe('Premier League\n\nArsenal\n\nThe inline word.\n\none\n\na\n\nb');
  });

  it('chip text still maps back to its nodes', () => {
    const root = rootOf('<div><a>Premier League</a><a>Arsenal</a></div>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('Arsenal');
    expect(rangeFor(map, start, start + 7)!.toString()).toBe('Arsenal');
    expect(rangeFor(map, 0, start + 7)!.toString()).toBe('Premier LeagueArsenal');
  });
});

describe('rangeFor / offsetsFor round trip', () => {
  it('a span across <a> and <em> maps to the right DOM range', () => {
    const root = rootOf('<p>The <a href="#">US <em>State</em> Department</a> declined.</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('The US State Department declined.');
    const start = map.text.indexOf('US State');
    const end = start + 'US State Department'.length;
    const range = rangeFor(map, start, end)!;
    expect(range.toString()).toBe('US State Department');
    expect(range.startContainer.textContent).toBe('US ');
    expect(range.endContainer.textContent).toBe(' Department');
    expect(offsetsFor(map, range)).toEqual({ start, end });
  });

  it('collapsed whitespace: range text contains the original whitespace', () => {
    const root = rootOf('<p>Mike\n    Pompeo said</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Mike Pompeo said');
    const range = rangeFor(map, 0, 11)!;
    expect(range.toString()).toBe('Mike\n    Pompeo');
    expect(offsetsFor(map, range)).toEqual({ start: 0, end: 11 });
  });

  it('every single character round-trips', () => {
    const root = rootOf(
      '<h2>Title &amp; more</h2><p>First <a>link <b>bold</b></a>  text.<br>Next   line</p><div>x<p>y</p>z</div><pre> p  q\n r</pre>',
    );
    const map = buildTextMap(root);
    for (let i = 0; i < map.text.length; i++) {
      const r = rangeFor(map, i, i + 1);
      if (!isMapped(map, i)) {
        expect(map.text[i]).toBe('\n');
        expect(r).toBeNull();
        continue;
      }
      expect(r, `char ${i}`).not.toBeNull();
      const s = r!.toString();
      expect(s.length).toBe(1);
      // a collapsed space maps to one whitespace char of the page
      if (map.text[i] === ' ') expect(/\s/.test(s)).toBe(true);
      else expect(s).toBe(map.text[i]);
      expect(offsetsFor(map, r!)).toEqual({ start: i, end: i + 1 });
    }
  });

  it('separators at the edges are trimmed off ranges', () => {
    const root = rootOf('<p>One.</p><p>Two.</p>');
    const map = buildTextMap(root);
    // [2, 8) = "e.\n\nTw"
    const range = rangeFor(map, 2, 8)!;
    expect(range.toString()).toBe('e.Tw');
    expect(rangeFor(map, 4, 6)).toBeNull(); // only the separator
    expect(rangeFor(map, 4, 10)!.toString()).toBe('Two.');
  });

  it('out of bounds and empty spans give null', () => {
    const map = buildTextMap(rootOf('<p>abc</p>'));
    expect(rangeFor(map, 0, 4)).toBeNull();
    expect(rangeFor(map, -1, 2)).toBeNull();
    expect(rangeFor(map, 2, 2)).toBeNull();
  });

  it('a stale map (node removed) gives null', () => {
    const root = rootOf('<p>abc</p><p id="b">def</p>');
    const map = buildTextMap(root);
    document.getElementById('b')!.remove();
    expect(rangeFor(map, 5, 8)).toBeNull();
    expect(rangeFor(map, 0, 3)!.toString()).toBe('abc');
  });
});

describe('offsetAt: DOM points to offsets', () => {
  it('points inside text nodes, inside collapsed whitespace, and on elements', () => {
    const root = rootOf('<p id="p1">Hello   <em id="em">big</em> world</p><p id="p2">Bye</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Hello big world\n\nBye');
    const hello = document.getElementById('p1')!.firstChild!;
    expect(offsetAt(map, hello, 0)).toBe(0);
    expect(offsetAt(map, hello, 2)).toBe(2);
    expect(offsetAt(map, hello, 5)).toBe(5); // the kept space
    expect(offsetAt(map, hello, 7)).toBe(6); // inside dropped whitespace -> next char ("b")
    expect(offsetAt(map, document.getElementById('em')!, 0)).toBe(6);
    expect(offsetAt(map, document.getElementById('p1')!, 2)).toBe(9); // before " world"
    expect(offsetAt(map, document.getElementById('p2')!, 0)).toBe(17);
    expect(offsetAt(map, document.getElementById('p2')!, 1)).toBe(20); // after "Bye": end
    expect(offsetAt(map, root, 0)).toBe(0);
  });

  it('points in excluded text map to the next included char', () => {
    const root = rootOf('<p>Keep <span class="x">drop</span> this</p>');
    const map = buildTextMap(root, { accept: (t) => !(t.parentElement?.classList.contains('x')) });
    const drop = root.querySelector('.x')!.firstChild!;
    expect(offsetAt(map, drop, 2)).toBe(map.text.indexOf('this'));
  });
});

describe('property: random trees round-trip', () => {
  // Random HTML from inline and block elements, <br>, whitespace-heavy text and entities.
  const word = fc.constantFrom('Pompeo', 'US', 'a', '“quote”', 'caf&eacute;', 'AT&amp;T', 'x\u00a0y', '.');
  const ws = fc.constantFrom('', ' ', '  ', '\n', ' \t\n ');
  const textArb = fc.array(fc.tuple(ws, word), { maxLength: 4 }).map((xs) => xs.map(([w, t]) => w + t).join('') + ' ');
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textArb,
      fc.constant('<br>'),
      fc.tuple(fc.constantFrom('a', 'em', 'b', 'span', 'p', 'div', 'li', 'h2', 'blockquote'), fc.array(tie('node'), { maxLength: 4 })).map(
        ([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`,
      ),
    ),
  })).node;

  it('every mapped char maps to one page char, offsets round-trip, no whitespace runs, no edge whitespace', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (kids) => {
        const map = buildTextMap(rootOf(kids.join('')));
        const t = map.text;
        expect(t).toBe(t.trim());
        expect(t).not.toMatch(/ {2}| \n|\n | ?\n{3}/);
        for (let i = 0; i < t.length; i++) {
          if (!isMapped(map, i)) {
            expect(t[i]).toBe('\n');
            continue;
          }
          const r = rangeFor(map, i, i + 1)!;
          const s = r.toString();
          if (t[i] === ' ') expect(s).toMatch(/^[ \t\n]$/);
          else expect(s).toBe(t[i]);
          expect(offsetsFor(map, r)).toEqual({ start: i, end: i + 1 });
        }
        // whole-text range covers every mapped char
        if (t.length > 0) expect(rangeFor(map, 0, t.length)!.toString().replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});
