/**
 * Blocks inside an article that are not its body: captions, "related"/"more stories" lists, newsletter prompts,
 * share widgets, ad labels. Readability keeps many of them because they sit inside the content root. Rules are data
 * with a reason; `findNoise` applies them to an element tree (a clone or an inert document, never the live page).
 */

export interface NoiseRule {
  id: string;
  reason: string;
  /** CSS selector the element must match. */
  selector?: string;
  /** Tested against the element's class, id, data-component and data-testid attributes (joined by spaces). */
  classId?: RegExp;
  /** Tested against the element's whitespace-folded text content. */
  text?: RegExp;
  /** Tested against the text of the element's first heading (h1-h6, or a strong/b/span that opens the element). */
  heading?: RegExp;
  /** Only elements with at most this many characters of text (protects a body that sits in a badly named wrapper). */
  maxText?: number;
  /** Only elements whose text is at least this share link text. */
  minLinkDensity?: number;
  /** Only elements with at least this many links. */
  minLinks?: number;
  /** Restrict the element kinds (lower-case tag names). */
  tags?: string[];
  /** Apply only to Readability's output (e.g. bylines, which Readability reads before dropping them). */
  afterReadability?: boolean;
}

const BLOCKS = ['div', 'section', 'aside', 'ul', 'ol', 'nav', 'p', 'span', 'footer', 'header', 'figure', 'form', 'li', 'dl', 'table'];

export const NOISE_RULES: readonly NoiseRule[] = [
  { id: 'figcaption', selector: 'figcaption', reason: 'Image captions and credits describe a picture, not the story.' },
  {
    id: 'caption-class',
    classId: /(^|[\s_-])(caption|captions|credit|credits|image-credit|photo-credit|media-credit|img-credit|wp-caption-text|copyright|image-copyright|photo-byline)([\s_-]|$)/i,
    maxText: 600,
    tags: ['div', 'p', 'span', 'small', 'figcaption', 'cite'],
    reason: 'Captions laid out as a <p>/<div>/<span> with a caption or credit class.',
  },
  {
    id: 'caption-text',
    text: /^(image|media|photo|video|picture) (caption|credit|source)\s*[,:]/i,
    maxText: 400,
    tags: ['div', 'p', 'span', 'small', 'figcaption', 'cite'],
    reason: 'Captions announced as such for screen readers ("Image caption, ...").',
  },
  {
    id: 'byline-block',
    classId: /(^|[\s_-])(byline|bylines|byline-block|author-line|article-byline|entry-meta|dateline|article-meta|post-meta)([\s_-]|$)/i,
    maxText: 200,
    tags: BLOCKS,
    afterReadability: true,
    reason: 'Byline and date lines: kept in the byline/published fields, not in the text.',
  },
  {
    id: 'share-class',
    classId: /(^|[\s_-])(share|shares|sharing|share-?bar|share-?tools|share-?buttons|sharetools|social|social-?share|social-?links|social-?buttons|sharedaddy|addthis|a2a_kit)([\s_-]|$)/i,
    maxText: 400,
    tags: BLOCKS,
    reason: 'Share widgets ("Share on Facebook", "Copy link").',
  },
  {
    id: 'share-text',
    text: /^(share( this( article| story| page)?)?( on)?:?\s*)?((facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|copy link|print|share|save|pinterest|messenger|telegram|bluesky|threads|instagram)[\s,|·•]*){2,}$/i,
    maxText: 200,
    tags: BLOCKS,
    reason: 'A row of share-button labels with no class to go by.',
  },
  {
    id: 'follow-us',
    text: /^(follow [\w\s&'-]{1,40}\s*)?follow us on\b/i,
    maxText: 300,
    tags: BLOCKS,
    reason: '"Follow us on ..." social prompts.',
  },
  {
    id: 'newsletter-class',
    classId: /(^|[\s_-])(newsletter|newsletters|signup|sign-?up|subscribe|subscription|optin|opt-in|nl-promo|inline-newsletter|email-capture)([\s_-]|$)/i,
    maxText: 700,
    tags: BLOCKS,
    reason: 'Newsletter sign-up and subscription prompts.',
  },
  {
    id: 'newsletter-text',
    text: /(\b(sign up|subscribe|inbox|e-?mail address)\b[\s\S]*\bnewsletters?\b|\bnewsletters?\b[\s\S]*\b(sign up|subscribe|inbox)\b|delivered (straight |directly )?to your inbox|enter your e-?mail|for unlimited access|already a subscriber|subscribe (now|today|for \$|to our))/i,
    maxText: 400,
    tags: BLOCKS,
    reason: 'Newsletter and subscription prompts recognised by their wording.',
  },
  {
    id: 'related-class',
    classId: /(^|[\s_-])(related|related-?(stories|articles|content|links|posts)|more-?stories|more-?from|read-?more|read-?next|recommended|recommendations|also-?read|most-?(read|popular|viewed)|popular|trending|outbrain|taboola|further-?reading|inline-?promo|story-?promo|promo|teaser|teasers|jp-relatedposts)([\s_-]|$)/i,
    maxText: 1500,
    tags: BLOCKS,
    reason: '"Related", "More stories", "Recommended" and other link lists to other articles.',
  },
  {
    id: 'related-heading',
    heading: /^(related( (stories|articles|coverage|content|reading|links))?|more (stories|on this story|from|news|coverage|in)\b.*|read (more|next)|you (may|might) (also )?(like|be interested)|recommended( for you)?|most (read|popular|viewed)|trending( now)?|further reading|see also|also read|what to read next|top stories|latest news)\s*:?$/i,
    maxText: 1500,
    minLinkDensity: 0.4,
    tags: ['div', 'section', 'aside', 'ul', 'ol', 'nav', 'footer'],
    reason: 'A block headed "Related", "More stories", "Read more" that is mostly links.',
  },
  {
    id: 'read-more-line',
    text: /^(read more|related|see also|also read|read also|more|watch|listen|read next|recommended|more on this|further reading)\s*:/i,
    maxText: 250,
    minLinkDensity: 0.5,
    tags: ['p', 'div', 'li', 'h2', 'h3', 'h4', 'strong', 'span'],
    reason: 'A single "Read more: <link>" line between paragraphs.',
  },
  {
    id: 'ad-label',
    text: /^(advertisement|advertising|ad|sponsored|story continues below( this)?( advertisement)?|article continues below|continue reading (the )?(main )?story( below)?)$/i,
    maxText: 60,
    tags: BLOCKS.concat(['small', 'aside']),
    reason: 'Advertisement labels and "story continues below" markers.',
  },
  {
    id: 'author-bio',
    classId: /(^|[\s_-])(author-?bio|bio|about-?the-?author|contributor-?bio|author-?info|author-?box)([\s_-]|$)/i,
    maxText: 600,
    tags: BLOCKS,
    reason: 'The writer\'s bio after the story ("Elena Varga is a writer based in Lisbon").',
  },
  {
    id: 'link-list',
    minLinkDensity: 0.8,
    minLinks: 3,
    maxText: 2000,
    tags: ['ul', 'ol', 'dl', 'nav', 'menu', 'div', 'section', 'aside', 'table', 'td', 'p', 'font', 'center'],
    // Before Readability, removing link lists changes what it picks (the blocks around them look less like page
    // chrome and the pick widens to the whole page), so the rule reads Readability's output only.
    afterReadability: true,
    reason:
      'Lists of links to other pages (sections, topics, other stories) that Readability kept with the story: three or more links and nearly all of the text in them. A story\'s own text is mostly not links.',
  },
  {
    id: 'copyright-line',
    text: /^(Â?©|\(c\)\s*(19|20)\d\d|copyright\s*(Â?©|\(c\)|(19|20)\d\d|by\b)|all rights reserved)/i,
    maxText: 200,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'footer', 'address'],
    afterReadability: true,
    reason: 'Copyright notices ("© 2008 The Associated Press. All rights reserved.") are page furniture, not the story.',
  },
  {
    id: 'date-line',
    text: new RegExp(
      '^(?=.*\\b(19|20)\\d\\d\\b|.*\\d[:.]\\d\\d)(?=.*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)' +
        '((published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|[a-z]{1,3}t|gmt|utc|(mon|tues|wednes|thurs|fri|satur|sun)day' +
        '|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\\d{1,4}(st|nd|rd|th)?|\\d{1,2}[:.]\\d\\d([ap]m)?)(?![a-z0-9])[\\s,:|\\-–./Â\\u00a0]*)+$',
      'i',
    ),
    maxText: 80,
    tags: ['p', 'div', 'span', 'small', 'time', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'h4', 'h5', 'h6'],
    afterReadability: true,
    reason: 'A line that is only a date or time ("Saturday, December 29, 2007", "UPDATED: 9:48 am EST January 4, 2008"); the published field holds it.',
  },
  {
    id: 'numeric-date-line',
    text: /^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(((19|20)\d\d-\d\d-\d\d|\d{1,2}\/\d{1,2}\/(19|20)?\d\d|(19|20)\d{6})[\s,]*(\d{1,2}[:.]\d\d([:.]\d\d)?)?|\d{1,2}\/\d{1,2}[\s,]+\d{1,2}[:.]\d\d([:.]\d\d)?)\s*([ap]\.?m\.?)?\s*([a-z]{1,4}t)?[\s.,:|-]*$/i,
    maxText: 50,
    tags: ['p', 'div', 'span', 'small', 'time', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'h4', 'h5', 'h6'],
    afterReadability: true,
    reason:
      'A line that is only a date in digits, perhaps with a time ("2008-01-12 11:31:01", "1/7/2008, 6:30 p.m. EST", "08/01 13:27 CET"): wire and portal timestamps; the published field holds the date.',
  },
  {
    id: 'byline-text',
    text: /^([Bb]y|BY):?\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|la|le|and|&))*(\s*[,|/–-]\s*(\p{Lu}[\p{L}.'’&-]*\.?\s*)+)?$/u,
    maxText: 80,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'h4', 'h5', 'h6', 'address', 'cite'],
    afterReadability: true,
    reason:
      'A byline without a class to go by ("By JEFF KAROUB", "By: Murray Brewster, THE CANADIAN PRESS"): a line of its own that is "By" and capitalised names; the byline field holds it. "By Tuesday, the council..." is prose (lower-case words) and stays.',
  },
  {
    id: 'credit-line',
    text: /^((article )?from:?\s+|source:?\s+|by\s+)?[([]?(the )?(associated press|ap|reuters|afp|agence france-presse|press association|pa|(the )?canadian press|indo-asian news service|ians|xinhua|bloomberg( news)?|dpa|upi|aap|voa news|staff and agencies|agencies)( (staff )?writers?)?[)\]]?\.?$/i,
    maxText: 60,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'h4', 'h5', 'h6', 'address', 'cite'],
    afterReadability: true,
    reason:
      'A line that only credits a news agency ("The Associated Press", "Associated Press Writer", "(AP)", "Article from: Agence France-Presse"): the byline of the story, not its text.',
  },
  {
    id: 'post-line',
    text: /^(\p{Lu}[\p{L}.'’&-]*\s+){0,5}([Ss]taff |[Ss]enior |[Cc]hief |[Ss]pecial |[Pp]olitical |[Ss]ports |[Bb]usiness )?([Ww]riter|[Rr]eporter|[Cc]orrespondent|WRITER|REPORTER|CORRESPONDENT)$/u,
    maxText: 60,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'h4', 'h5', 'h6', 'address', 'cite'],
    afterReadability: true,
    reason:
      'A line that is only a writer\'s post under the byline ("AP White House Correspondent", "Palm Beach Post Staff Writer", "Staff writer"): capitalised words and the post, nothing else; "He is a correspondent" is prose and stays.',
  },
  {
    id: 'contact-line',
    text: /^([\w.+-]+@[\w-]+(\.[\w-]+)+|.{0,120}\b(can be )?(reached|contacted) at\b.*|[\p{L} .'’-]{2,40}:\s*\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(\s+or\s+[\w.+-]+@[\w-]+(\.[\w-]+)+)?)$/iu,
    maxText: 200,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'address'],
    afterReadability: true,
    reason:
      'The writer\'s contact line after the story ("jbotchford@png.canwest.com", "Staff writer Elena Varga can be reached at ...", "Jayda Evans: 206-464-2067 or jevans@..."): how to reach the paper, not the story.',
  },
  {
    id: 'contributors-line',
    text: /^(\((additional )?(reporting|writing|editing|compiled|translated) by\s[^()]{1,150}\)\.?|\(?((some |additional )?(information|material|reporting)( for| in)? (this|the) (report|story|article) (was|were|came)( provided| supplied| gathered)? (by|from)\b.{1,80}|.{1,150}\b(contributed|was used) (to|in) (this|the) (report|story|article))\.?\)?\.?)$/i,
    maxText: 250,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td', 'address', 'cite'],
    afterReadability: true,
    reason:
      'A wire note after the story on who else reported or edited it ("Some information for this report was provided by AFP and AP.", "Reuters contributed to this report.", "(Reporting by Jo Li; Editing by Sam Ray)"): a credit, like the byline, not the story.',
  },
  {
    id: 'disclaimer-line',
    text: /^disclaimer\s*:/i,
    maxText: 600,
    tags: ['p', 'div', 'span', 'small', 'font', 'em', 'i', 'b', 'strong', 'li', 'td'],
    afterReadability: true,
    reason: 'A republisher\'s "Disclaimer: ..." notice under a syndicated story: the page\'s legal small print, not the story.',
  },
  {
    id: 'tags-line',
    text: /^(tags|tagged( with)?|topics|keywords|filed under|categories)\s*:/i,
    maxText: 300,
    tags: BLOCKS.concat(['small', 'font', 'strong', 'b', 'em', 'i', 'td']),
    reason: 'A "Tags: sport, tennis, india" or "Filed under:" line: labels of the page, not the story.',
  },
  {
    id: 'tool-label',
    text: /^(e-?mail|print|share|font size|text size|send this article|e-?mail this( article| story| page)?|print this( article| story| page)?|printer[- ]friendly( version)?|print version|comments?|save|more(\s*\.{1,3})?|home|multimedia|view pdf now|digg this|bookmark|rss)\s*:?$/i,
    maxText: 30,
    tags: BLOCKS.concat(['small', 'font', 'strong', 'b', 'em', 'i', 'td', 'a']),
    afterReadability: true,
    reason:
      'A lone label of a page tool ("Email", "Print", "Font size:", "Send this article:", "Comments"): the controls of the page, left as text once their links or buttons are gone.',
  },
  {
    id: 'controls',
    selector: 'button, input, select, textarea',
    reason: 'Buttons and form fields are never article text.',
  },
  {
    id: 'form',
    selector: 'form',
    maxText: 1500,
    reason:
      'Search boxes, polls, comment and sign-up forms. Not large ones: many sites (ASP.NET pages above all) wrap the whole page, article included, in one <form> (and the guards catch a short article in such a wrapper).',
  },
];

function namesOf(el: Element): string {
  return ['class', 'id', 'data-component', 'data-testid'].map((a) => el.getAttribute(a) ?? '').join(' ');
}

function folded(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += folded(a).length;
  return links / textLength;
}

function headingOf(el: Element): string {
  const h = el.querySelector('h1, h2, h3, h4, h5, h6, [class*="title" i], [class*="heading" i], strong, b');
  if (!h) return '';
  // the heading must open the block: nothing but whitespace before it
  const before = folded(el).indexOf(folded(h));
  return before === 0 ? folded(h) : '';
}

/** The rule an element matches, or null. */
export function matchNoise(el: Element, rules: readonly NoiseRule[] = NOISE_RULES): NoiseRule | null {
  const tag = el.tagName.toLowerCase();
  let text: string | undefined;
  for (const rule of rules) {
    if (rule.tags && !rule.tags.includes(tag)) continue;
    if (rule.selector && !el.matches(rule.selector)) continue;
    if (rule.classId && !rule.classId.test(namesOf(el))) continue;
    text ??= folded(el);
    if (rule.maxText !== undefined && text.length > rule.maxText) continue;
    if (rule.text && !rule.text.test(text)) continue;
    if (rule.heading && !rule.heading.test(headingOf(el))) continue;
    if (rule.minLinks !== undefined && el.getElementsByTagName('a').length < rule.minLinks) continue;
    if (rule.minLinkDensity !== undefined && linkDensity(el, text.length) < rule.minLinkDensity) continue;
    return rule;
  }
  return null;
}

export interface NoiseHit {
  element: Element;
  rule: NoiseRule;
}

/** The outermost noise elements under `root` (the root itself excluded), in document order. */
export function findNoise(root: Element, rules: readonly NoiseRule[] = NOISE_RULES): NoiseHit[] {
  const hits: NoiseHit[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const rule = matchNoise(child, rules);
      if (rule) hits.push({ element: child, rule });
      else visit(child);
    }
  };
  visit(root);
  return hits;
}

/** Removes noise under `root` (use on a clone or an inert document only). Returns what was removed. */
export function removeNoise(root: Element, rules: readonly NoiseRule[] = NOISE_RULES): NoiseHit[] {
  const hits = findNoise(root, rules);
  for (const h of hits) h.element.remove();
  return hits;
}
