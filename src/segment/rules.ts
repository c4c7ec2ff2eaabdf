/**
 * Every rule that can place a line, with the reason it exists. `maqal
 * inspect` shows these ids, the README's rule table is generated from this
 * table, and the type `RuleId` makes a misspelt id a compile error. No code
 * decides anything by comparing rule ids: ids explain, fields decide.
 */

// Columns: the id shown by `inspect`, and why the rule exists (one line).
export const RULES = {
  // Line rules: what a line says about itself (classify.ts).
  'related-marker': 'A label that opens a list of other stories or a read-also box (مقالات ذات صلة، اقرأ أيضا).',
  'inline-related': 'A read-also label and its headline on one line (اقرأ أيضا: عنوان).',
  'tags-line': 'A tag label with its tags on the same line (كلمات دلالية: ...).',
  'tags-label': 'A tag label alone: the tags follow one a line.',
  hashtags: 'A line made of hashtags.',
  'source-line': 'An explicit attribution: a source label, a separator, the source (المصدر: ...).',
  'source-leadin': 'A lead-in that credits another outlet with the story (نقلا عن ...).',
  'agency-credit': 'A line made only of wire agency names: the closing credit.',
  byline: 'An author cue with a name (كتب: ...، بقلم ...).',
  'byline-label': 'An author cue standing alone above the name.',
  'byline-honorific': 'A short name opening with an honorific (د. ...): an author, in the header only.',
  'date-line': 'A line made of a date or time, absolute or relative.',
  'dateline-line': 'A place and an agency or outlet on a line of their own (جدة - واس).',
  'counter-line': 'A counter beside a number: views, comments, shares.',
  'gallery-counter': 'A gallery counter (الصورة 3 من 12): the line right under it is its caption.',
  'chrome-share': 'Share buttons and their labels.',
  'chrome-follow': 'Follow-us and join-our-channel promotions.',
  'chrome-comments': 'Comment boxes: the story is over.',
  'chrome-disclaimer': "An opinion disclaimer under a column (the views are the author's).",
  'chrome-copyright': 'A copyright footer: the story is over.',
  'chrome-ads': 'An advertising slot.',
  'chrome-consent': 'Cookie banners, paywalls, log-in and subscription prompts.',
  'chrome-masthead': "The paper's masthead: its name, editor-in-chief and board.",
  'chrome-link': 'Links that lead away: read more, click here, permalinks, app stores.',
  'chrome-credit': 'Translation and editing credits.',
  'chrome-media': 'A media or status badge standing alone (فيديو، بث مباشر).',
  'chrome-footer': "The site's own footer links (من نحن، اتصل بنا).",
  'chrome-widget': 'A sidebar or footer widget label: the short lines under it belong to it.',
  'chrome-author-box': 'An author box after a column: the story is over.',
  'chrome-navigation': 'A navigation word standing alone (الرئيسية، بحث).',
  'chrome-poll': 'A poll label: its question and options follow.',
  'chrome-poll-button': 'A poll button standing alone.',
  'chrome-reading-time': 'A reading-time line (3 دقائق للقراءة).',
  'chrome-newsletter': 'A newsletter sign-up box.',
  'chrome-record': 'A record number standing alone (رمز الخبر: 66020، العدد 8291).',
  'chrome-feed': 'A feed footer: the post first appeared on another site. The story is over.',
  'chrome-user': 'A chrome phrase from the user\'s --markers file.',
  'embed-credit': 'The credit line under an embedded social-media post.',
  'markup-line': 'Leftover markup: an HTML tag or a markdown image.',
  'field-code': 'A word-processor field code.',
  'url-line': 'A bare URL or e-mail address.',
  'image-file': 'An image file name (IMG_2034.jpg): the leftover of a picture.',
  'shortcode': 'A WordPress shortcode other than a caption ([gallery ...], [embed]).',
  'caption-label': 'A caption label standing alone: the next line is the caption.',
  caption: 'A photo caption: a credit at its end, a picture word at its start, or the line under a caption label.',
  breadcrumb: 'A breadcrumb trail (الرئيسية » أخبار » ...).',
  'menu-line': 'A menu of section names on one line.',
  'nav-line': 'Section names between separators (أخبار | رياضة | اقتصاد): navigation.',
  'site-name': "A masthead of a site's name and slogans between separators.",
  'symbol-line': 'A line with no letter or digit.',
  'number-line': 'A lone number or two.',
  'latin-line': 'A short line with no Arabic on an Arabic page: a button or a label.',
  'learned-chrome': 'A line repeated on many pages of the corpus (--learn-chrome).',
  // Decisions of the reading (assemble.ts and its passes).
  'agency-in-header': "An agency credit above the story: the dateline's agency, not the source.",
  'section-meta': 'Author names, counters and dates under the headlines of a related list.',
  paragraph: 'A sentence-shaped line: a story paragraph.',
  'short-line': 'A short line inside the story: a subheading or a list line.',
  'story-list': 'A bulleted line inside the story.',
  'after-story': 'Unmarked text after the source, tags or comments: page furniture.',
  'title-copy': 'A second copy of the headline, perhaps with the site name.',
  'repeated-line': 'A short line printed again on the page: a caption or a label, not the story.',
  'repeated-item': 'A related headline printed a second time in its list.',
  'headline-run': "Other stories' headlines after the story, with no label: page furniture.",
  'tags-list': 'One tag a line under a tag label.',
  teaser: 'A short summary right under a related headline, about it.',
  'embedded-body': 'A paragraph of an article embedded under a read-also headline.',
  'item-teaser': 'The teaser paragraph of a read-also headline inside a story: it speaks of the headline, not of the story.',
  'bullet-item': 'A bulleted headline of a related list.',
  'headline-item': 'A headline of a related list.',
  'header-label': 'A section label above the headline, with no list under it.',
  title: 'The headline: the first title-shaped line of the header.',
  'title-echo': "The headline the breadcrumb above ends with (the trail's last crumb is the page itself).",
  'title-after-story': 'A headline the scraper appended after the story.',
  kicker: 'A line above the headline that belongs to the story.',
  'header-line': 'A header line that is neither headline nor story: section, brand, teaser.',
  'org-label': 'The name of an office heading its statement (وزارة الخارجية): a label above the headline.',
  deck: 'A line under the headline that sums up the story.',
  highlight: 'A highlight bullet under the headline.',
  'author-note': "An author's note (* كاتب ...) after a column.",
  'story-tail': "Short lines after the story's last paragraph: names, menus, site names.",
  widget: "A line of a widget's box.",
  poll: "A poll's question or option.",
  box: 'A line of a box under a label.',
  blank: 'A blank line.',
} as const satisfies Record<string, string>;

/** The id of a rule that placed a line. */
export type RuleId = keyof typeof RULES;

/** Is this string a known rule id? */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
