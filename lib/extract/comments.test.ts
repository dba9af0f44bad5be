import { describe, expect, it } from 'vitest';
import { opensComments, removeComments } from './comments';
import { parseHtml } from './from-html';

const story = Array.from(
  { length: 5 },
  (_, i) => `<p>Paragraph ${i + 1}: the premiers met the prime minister at his residence on Friday night, and the economy took most of the dinner.</p>`,
).join('');

describe("readers' comments under the story", () => {
  it.each([
    ['Comments', true],
    ['3 Comments', true],
    ['Comments (12)', true],
    ['Post a comment', true],
    ['Comments are now closed for this story', true],
    ['Thanks for your comments - this feedback is now closed', true],
    ['Have your say', true],
    ['Tell us what you think...', true],
    ['Comments »', true],
    ['Post a comment (150 word limit) »', true],
    ['The following are comments from the readers. In no way do they represent the view of NWHerald.com.', true],
    ['Posted by: Dom, London on 5:19pm Tue 1 Jan 08', true],
    ['Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM', true],
    // prose and other lines
    ['Comments by the minister angered the union.', false],
    ['Posted by the company on its website, the notice gave no reason.', false],
    ['The premiers say they would prefer more common meetings.', false],
    ['Comments (see page 4) were cut from the record by the chair.', false],
  ])('%j opens comments: %s', (text, expected) => {
    expect(opensComments(text)).toBe(expected);
  });

  it('cuts from the opening block to the end, at every level (a page with no markup for its comments)', () => {
    const html = `<body><div id="r"><div>${story}<hr><a name="c"></a><b>Comments are now closed for this story</b><br><b>Stephen B</b><br>The time has come to cut the fat.<br><hr></div><p>Lina: I agree.</p></div></body>`;
    const root = parseHtml(html).getElementById('r')!;
    const removed = removeComments(root);
    expect(removed).toBeGreaterThan(40);
    const text = root.textContent ?? '';
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('closed');
    expect(text).not.toContain('Stephen B');
    expect(text).not.toContain('Lina');
  });

  it('cuts nothing when the opener comes before the story (a "Posted by" line at the top of a blog post)', () => {
    const html = `<body><div id="r"><p>Posted by: Jo Li | January 14, 2008 06:24 PM</p>${story}</div></body>`;
    const root = parseHtml(html).getElementById('r')!;
    expect(removeComments(root)).toBe(0);
    expect(root.textContent).toContain('Posted by');
    expect(root.querySelectorAll('p').length).toBe(6);
  });

  it('cuts nothing on a story without comments', () => {
    const root = parseHtml(`<body><div id="r">${story}<p>Comments by the minister angered the union.</p></div></body>`).getElementById('r')!;
    expect(removeComments(root)).toBe(0);
    expect(root.querySelectorAll('p').length).toBe(6);
  });
});
