/**
 * Readers' comments inside the extracted text. Many pages print their comments straight under the story, in the same
 * container and often with no markup to tell them apart ("Comments are now closed for this story", then a bold name
 * and a paragraph per comment), so Readability keeps them, and they can be longer than the story. They are not the
 * article (the hand-marked pages of L3S-GN1 mark them apart: `sel5`), and their names and claims would be highlighted
 * as the story's actors and sources.
 *
 * The comments start at a block of its own that opens them: a comments heading ("Comments", "3 comments", "Post a
 * comment", "Have your say", "Comments are now closed"), or a comment's "Posted by: NAME | DATE" line. The text is cut
 * from that block to the end. Safety: the cut is made only when at least `minTextBefore` characters of text come
 * before the block (the story comes first; a "Posted by" line at the top of a blog post is not a comment), and the
 * first such block is used.
 */

export const COMMENTS_STAGE = {
  id: 'comments',
  reason:
    "Readers' comments printed under the story are not the article (and their names and claims are not the story's); they start at a block that opens them, and run to the end.",
  /** The longest block that can open the comments. */
  maxText: 160,
  /** Text (characters) that must come before the opening block: the story. */
  minTextBefore: 500,
} as const;

/** Whole-block texts that open a comments section. */
export const COMMENTS_OPENERS: readonly RegExp[] = [
  // "Comments", "3 Comments", "Comments (12)", "Post a comment", "Reader comments", "Leave your comment:"
  // (also with a trailing arrow or a limit: "Comments »", "Post a comment (150 word limit) »")
  /^((\d+|no|read|view|show|post|add|leave|write|submit|send)\s+)?(a\s+|your\s+|us\s+your\s+|readers?'?\s+|user\s+)?comments?(\s*\([^)]{1,30}\))?\s*[:»›>]*$/i,
  // "Comments are now closed for this story", "Comments are closed."
  /^comments (are )?(now )?closed\b.{0,80}$/i,
  // "Thanks for your comments - this feedback is now closed", "Have your say", "Join the discussion"
  /^(thanks? (you )?for your comments|this feedback is now closed|have your say|join the (discussion|conversation|debate)|discuss this (article|story)|talkback|readers'? (comments|views|responses|reactions)|what readers (say|think)|tell us what you think)\b.{0,80}$/i,
  // "The following are comments from the readers. In no way do they represent the view of ..."
  /^the following are comments from (the |our )?readers\b.{0,120}$/i,
  // "12 responses to ...", "4 replies"
  /^\d+\s+(comments?|responses?|replies)\b.{0,100}$/i,
  // a comment's own line: "Posted by: Dom, London on 5:19pm Tue 1 Jan 08", "Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM"
  /^posted by:?\s+.{1,60}?(\s\||\son\s|\sat\s|\s-\s).*\d.*$/i,
];

function folded(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when `text` (a whole block) opens a comments section. */
export function opensComments(text: string): boolean {
  return text.length <= COMMENTS_STAGE.maxText && COMMENTS_OPENERS.some((re) => re.test(text));
}

/**
 * Removes the comments under `root` (an inert copy, never the live page): from the first block that opens them, with
 * at least `minTextBefore` characters of text before it, to the end. Returns the number of characters removed (0 when
 * no cut was made).
 */
export function removeComments(root: Element): number {
  let before = 0;
  let opener: Element | null = null;
  // Elements are visited in document order; `before` counts the text of the text nodes passed so far.
  const visit = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        before += ((c as Text).data ?? '').replace(/\s+/g, ' ').trim().length;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const text = folded(el);
      if (!text) continue;
      if (before >= COMMENTS_STAGE.minTextBefore && opensComments(text)) {
        opener = el;
        return true;
      }
      if (visit(el)) return true;
    }
    return false;
  };
  visit(root);
  if (!opener) return 0;
  const start = opener as Element;
  let removed = 0;
  // everything after the opener, at every level up to the root, then the opener itself
  for (let el: Element | null = start; el && el !== root; el = el.parentElement) {
    while (el.nextSibling) {
      removed += folded(el.nextSibling).length;
      el.nextSibling.remove();
    }
  }
  removed += folded(start).length;
  start.remove();
  return removed;
}
