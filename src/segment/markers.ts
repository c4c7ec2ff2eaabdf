/**
 * Markers: the phrases that name a part of a news page. Matching is done on
 * folded text (diacritics, hamza, alef, yeh, teh marbuta, tatweel, Persian
 * letters and punctuation folded), so `إقرأ أيضاً:`, `اقرأ ايضا` and
 * `اقرأ أيضًا..` are the same marker. Phrases are written here as a reader
 * would write them; `compileMarkers` folds them once.
 *
 * Users add phrases for sites maqal does not know with `--markers FILE`
 * (see `MarkerExtension`).
 */
import type { RelatedKind } from '../model/article.js';

/** One family of related-content markers. */
export interface RelatedMarkerGroup {
  kind: RelatedKind;
  /** Extra words a marker line may carry after the phrase (`الأكثر قراءة اليوم`). */
  extraWords: number;
  /** The phrase opens an item only before a separator (`شاهد: ...`), as it also opens sentences. */
  needsSeparator?: boolean;
  /** Only once the story began: above it the same line is a headline (`شاهد: لحظة ...`). */
  storyOnly?: boolean;
  /** A headline may follow the label on its line with no separator, as after `اقرأ أيضا` (`قد يهمك أيضا عنوان`). */
  gluedHeadline?: boolean;
  /** Also an item's "read more" link: right under a line of an open list, it is that link, not a new list. */
  itemLink?: boolean;
  /** A label menus use too (`أهم الأخبار`): a list's label only over two headlines, once the story began. */
  overHeadlines?: boolean;
  /**
   * A link to the site's previous or next story, printed after the story's end: a paragraph under its headline is
   * that story's (a page that loads the next story under it), never this story going on.
   */
  afterStory?: boolean;
  phrases: readonly string[];
}

/**
 * Each kind of item with each adjective, bare and with the article:
 * `مواضيع مقترحة` and `المواضيع المقترحة`, `مقالات مختارة` (suggested and
 * chosen), `أخبار ذات صلة` and `الأخبار ذات الصلة`, `مقالات على صلة` (alike).
 */
function eachWith(subjects: readonly string[], adjectives: readonly string[]): string[] {
  // Pages also write the article on one word alone (`أخبار ذات الصلة`, `الأخبار ذات صلة`).
  return subjects.flatMap((s) => adjectives.flatMap((a) => [...new Set([s, definite(s)].flatMap((x) => [`${x} ${a}`, `${x} ${definite(a)}`]))]));
}

/**
 * A noun phrase with the article: on the noun (`مقترحة` -> `المقترحة`,
 * `موصى بها` -> `الموصى بها`), on the second word after ذات or ذو (`ذات
 * الصلة`); a phrase opening with a preposition (`على صلة`) stays as it is.
 */
function definite(phrase: string): string {
  const words = phrase.split(' ');
  const k = words[0] === 'ذات' || words[0] === 'ذو' ? 1 : 0;
  if (words[k]!.startsWith('ال') || words[k] === 'على') return phrase;
  words[k] = `ال${words[k]}`;
  return words.join(' ');
}

/** `من نفس القسم`, `أخبار من التصنيف نفسه`, `المزيد من ذات الفئة`: [more] from or in the same section, in each way of saying "same". */
function sameSection(sections: readonly string[]): string[] {
  const leads = ['من', 'في', 'أخبار من', 'مقالات من', 'المزيد من', 'اقرأ من', 'أيضا من', 'أخبار في', 'مقالات في', 'مواضيع في'];
  const same = ['نفسه', 'نفسها', 'ذاته', 'ذاتها'];
  return sections.flatMap((x) => leads.flatMap((l) => [`${l} نفس ${x}`, `${l} ذات ${x}`, ...same.map((w) => `${l} ${x} ${w}`)]));
}

/** `قد يهمك`, `مواضيع قد تعجبك أيضا`, `ربما يعجبك`: [what] may interest or please you [too]. */
function mayInterest(subjects: readonly string[]): string[] {
  const modals = ['قد', 'ربما', 'لعله'];
  const verbs = ['يهمك', 'تهمك', 'يهمكم', 'تهمكم', 'يعجبك', 'تعجبك', 'يعجبكم', 'تعجبكم', 'يثير اهتمامك', 'يثير اهتمامكم', 'تحب قراءة', 'فاتك', 'يفوتك',
    // Stories that may catch the reader's interest (`مواضيع قد تثير اهتمامك`), that the reader may love (`قد تحبون`; `تحب`
    // only with its "too", below: `قد تحب العائلات ...` opens a sentence).
    'تحبون', 'تثير اهتمامك', 'تثير اهتمامكم', 'يستهويك', 'تستهويك',
    // Wanting to read, the "too" inside too (`قد ترغب أيضا في قراءة`).
    ...['ترغب في قراءة', 'ترغبون في قراءة', 'تود قراءة', 'تودون قراءة'].flatMap((v) => {
      const [verb, ...rest] = v.split(' ');
      return [v, ...['أيضا', 'كذلك'].map((t) => [verb, t, ...rest].join(' '))];
    })];
  const tails = ['', 'أيضا', 'كذلك'];
  const loved = subjects.flatMap((s) => modals.flatMap((m) => ['أيضا', 'كذلك'].map((t) => [s, m, 'تحب', t].filter(Boolean).join(' '))));
  return [...subjects.flatMap((s) => modals.flatMap((m) => verbs.flatMap((v) => tails.map((t) => [s, m, v, t].filter(Boolean).join(' '))))), ...loved];
}

/** `اقرأ أيضا للكاتبة`, `مقالات أخرى لنفس الكاتب`, `أحدث مقالات الكاتب`: the writer's other pieces. */
function byTheWriter(): string[] {
  const leads = ['اقرأ أيضا', 'اقرأ', 'اقرأ المزيد', 'المزيد', 'مقالات', 'مقالات أخرى', 'أحدث مقالات', 'آخر مقالات', 'كل مقالات', 'جميع مقالات', 'المزيد من مقالات'];
  const writers = ['للكاتب', 'للكاتبة', 'لنفس الكاتب', 'لنفس الكاتبة', 'لذات الكاتب', 'لذات الكاتبة', 'للمؤلف', 'للمؤلفة', 'الكاتب', 'الكاتبة'];
  // The same writer, alone as a label: `من نفس الكاتب`, `للكاتب نفسه`, `من الكاتبة ذاتها`.
  const same = ['نفس الكاتب', 'نفس الكاتبة', 'ذات الكاتب', 'ذات الكاتبة', 'الكاتب نفسه', 'الكاتبة نفسها', 'الكاتب ذاته', 'الكاتبة ذاتها'];
  // (ل before the article drops its alef: `للكاتب نفسه`.)
  return [...leads.flatMap((l) => writers.map((w) => `${l} ${w}`)), ...same.flatMap((w) => [`من ${w}`, `ل${w.startsWith('ال') ? w.slice(1) : w}`])];
}

/** `يكتبه`, `تكتبها`, `أعدته`, `تحليل يكتبه`, `حوار يجريه`: the writer's verb with the piece as its object, alone or after the piece's kind. */
function writesIt(): string[] {
  const verbs = ['يكتب', 'تكتب', 'يكتبه', 'يكتبها', 'تكتبه', 'تكتبها', 'كتبها', 'كتبته', 'كتبتها', 'يعده', 'يعدها', 'تعده', 'تعدها', 'أعده', 'أعدها', 'أعدته', 'أعدتها', 'يجريه', 'يجريها', 'تجريه', 'تجريها', 'أجراه', 'أجرته'];
  const kinds = ['مقال', 'تحليل', 'رؤية', 'قراءة', 'تقرير', 'متابعة', 'حوار', 'تحقيق', 'زاوية', 'عمود', 'رأي', 'دراسة', 'ملف'];
  return [...verbs, ...kinds.flatMap((k) => verbs.map((v) => `${k} ${v}`))];
}

/** Each reporter's title, the paper's own (`مراسلنا`, `مراسلتنا`) and bare (`مراسل`, `مراسلة`). */
function reporters(): string[] {
  return ['مراسل', 'موفد', 'مندوب'].flatMap((r) => [r, `${r}ة`, `${r}نا`, `${r}تنا`]);
}
/** `المزيد من الأخبار`, `للمزيد من المقالات`, `لقراءة المزيد من القصص`: more stories, with or without `for`. */
function moreOf(subjects: readonly string[]): string[] {
  const leads = ['المزيد من', 'مزيد من', 'للمزيد من', 'لمزيد من', 'لقراءة المزيد من', 'لمتابعة المزيد من', 'اقرأ المزيد من', 'شاهد المزيد من', 'شاهدوا المزيد من', 'تصفح المزيد من'];
  return subjects.flatMap((s) => leads.map((l) => `${l} ${s}`));
}

// Markers that open related content. Columns: the kind reported in JSON, how
// many extra words a marker line may carry, the phrases.

// A video's or a gallery's kind before its title (`فيديو: جولة داخل ...`, `بالصور: ...`): such an item is a
// link to watch, with no article of its own on the page; the paragraph under it is the story's.
export const MEDIA_LEADS: readonly string[] = [
  'شاهد بالفيديو', 'شاهد الفيديو', 'فيديو', 'بالفيديو', 'بالصور', 'فيديو وصور', 'بالفيديو والصور', 'video',
  // The other kinds of media, in their spellings (`إنفوغراف: ...`, `بودكاست | ...`, `ألبوم صور: ...`).
  // (Keys fold the hamza's forms: `انفوجراف` is found as `إنفوجراف`.)
  ...['إنفوجراف', 'إنفوغراف', 'إنفوجرافيك', 'إنفوغرافيك'].flatMap((k) => [k, `بال${k}`]),
  'بودكاست', 'بالبودكاست', 'ألبوم صور', 'ألبوم الصور', 'معرض صور', 'فيديوغراف', 'موشن جرافيك', 'موشن غراف', 'infographic', 'podcast', 'gallery',
];

// The verbs that send the reader to another story, each to one reader or to many (`اقرأ`, `اقرئي`, `اقرؤوا`):
// read, browse, watch, follow.
const READ_VERBS: readonly string[] = ['اقرأ', 'إقرأ', 'أقرأ', 'اقرئي', 'اقرؤوا', 'اقرأوا', 'اقروا', 'طالع', 'طالعي', 'طالعوا', 'شاهد', 'شاهدي', 'شاهدوا'];
const FOLLOW_VERBS: readonly string[] = ['تابع', 'تابعي', 'تابعوا'];

/** `اقرأ أيضا`, `طالعوا كذلك`: each verb with "too", then each of `where` (`اقرأ أيضا في`, `شاهدوا كذلك على`). */
function alsoVerbs(verbs: readonly string[], where: readonly string[] = ['']): string[] {
  return verbs.flatMap((v) => ['أيضا', 'كذلك'].flatMap((t) => where.map((w) => [v, t, w].filter(Boolean).join(' '))));
}

export const RELATED_MARKERS: readonly RelatedMarkerGroup[] = [
  // "Read also": one headline, a list, or a whole embedded article follows.
  {
    kind: 'read-also',
    extraWords: 0,
    phrases: [
      ...alsoVerbs(READ_VERBS), ...alsoVerbs(FOLLOW_VERBS), 'للمزيد اقرأ', 'يمكنك أيضا قراءة',
      'اقرأ في الملف', 'اقرأ في هذا الملف', 'اقرأ ضمن الملف', 'اقرأ كمان', 'إقرأ كمان', 'شوف كمان', 'شاهد كمان', 'اقرأ أيضا في هذا الملف',
      'اقرأ المزيد من الأخبار', 'ننصحك أيضا بقراءة',
      'read also', 'see also', 'also read',
      // French labels on Maghreb pages, with and without their accents (keys keep Latin accents).
      'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'a lire egalement', 'voir aussi', 'à voir aussi', 'a voir aussi',
    ],
  },
  // "Read also in", "from" or "on" a section or a site, with its name of a word or two after it (`إقرأ أيضا في
  // تحقيقات`, `اقرأ أيضا على موقعنا:`).
  { kind: 'read-also', extraWords: 2, phrases: alsoVerbs(READ_VERBS, ['في', 'من', 'على', 'عبر']) },
  // "Read more": a label over a list, or, right under an item's headline or teaser, that item's link.
  { kind: 'read-also', extraWords: 0, itemLink: true, phrases: ['اقرأ المزيد', 'إقرأ المزيد', 'اقرأ أكثر', 'إقرأ أكثر', 'read more'] },
  // Single verbs that point to another story only before a separator: `اقرأ: ...`,
  // `طالع.. ...` (a sentence may open with them too). Not `شاهد..` or `فيديو..`:
  // headlines open with those.
  { kind: 'read-also', extraWords: 0, needsSeparator: true, phrases: ['اقرأ', 'إقرأ', 'طالع', 'لا تفوتك قراءة', 'لا تفوت قراءة'] },
  // "Don't miss": alone or before a separator (`لا تفوتك: ...`); a sentence opens so too (`لا تفوتك فرصة ...`).
  { kind: 'read-also', extraWords: 0, needsSeparator: true, phrases: ['لا تفوت', 'لا يفوتك', 'لا تفوتك', 'لا يفوتكم', 'لا تفوتكم'] },
  // "You can read": alone or before a separator (`يمكنك قراءة: ...`); a sentence opens so too (`يمكنك قراءة الكتاب ...`).
  { kind: 'read-also', extraWords: 0, needsSeparator: true, phrases: ['يمكنك قراءة', 'يمكنكم قراءة', 'يمكنكم أيضا قراءة'] },
  // "See also", "more": labels alone, or before a separator (`انظر أيضا: ...`); a sentence may open with them too.
  { kind: 'read-also', extraWords: 0, needsSeparator: true, phrases: ['انظر أيضا', 'انظر كذلك', 'شاهد المزيد', 'طالع المزيد', 'تابع المزيد'] },
  // "For more:", "more:" before a separator and another story's headline (`للمزيد: الحكومة تطلق ...`); alone, a link (weak: never a label).
  { kind: 'read-also', extraWords: 0, needsSeparator: true, storyOnly: true, phrases: ['للمزيد', 'لمزيد', 'للمزيد اقرأ', 'للمزيد طالع', 'المزيد', 'اقرأ المزيد', 'for more', 'more'] },
  // Watch links between the story's paragraphs: `شاهد: فيديو يوثق ...`, and a video's or a gallery's title under
  // its kind (`فيديو: جولة داخل ...`, `بالصور: ...`). Headlines open so too, so only inside the story.
  {
    kind: 'read-also',
    extraWords: 0,
    needsSeparator: true,
    storyOnly: true,
    phrases: ['شاهد', 'شاهدي', 'شاهدوا', 'watch', ...MEDIA_LEADS],
  },
  // One story alike, the noun and adjective in the singular (`خبر ذو صلة`, `مقال مشابه`): alone on the line
  // only (`خبر ذو صلة بالحادث` may be a sentence's opening).
  { kind: 'related', extraWords: 0, phrases: eachWith(['خبر', 'مقال', 'موضوع', 'تقرير', 'رابط'], ['ذو صلة', 'ذو علاقة', 'مشابه', 'مماثل', 'متعلق', 'مرتبط']) },
  // In the context (`في السياق`), content alike (`محتوى مشابه`), what is new in the news (`جديد الأخبار`), a dossier's
  // and an issue's other pieces: the whole line only (`في السياق الإقليمي` is a story's subheading).
  {
    kind: 'related',
    extraWords: 0,
    phrases: [
      'في السياق', ...eachWith(['محتوى', 'المحتوى'], ['مشابه', 'مماثل', 'متعلق', 'مرتبط', 'مقترح']), 'جديد الأخبار', 'جديد الموقع',
      'في هذا الملف', 'ضمن هذا الملف', 'من هذا الملف', 'مقالات الملف', 'اقرأ في العدد', 'اقرأ في هذا العدد', 'في هذا العدد',
      // Special coverage and "to follow, to read more" over their headlines (`الأرشيف`, `ملفات` alone are menu links too).
      'تغطية خاصة', 'تغطيات خاصة', 'لمتابعة المزيد', 'لقراءة المزيد',
    ],
  },
  // Lists of related stories.
  {
    kind: 'related',
    extraWords: 1,
    phrases: [
      'مقالات مشابهة', 'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'موضوعات ذات صلة', 'مواد ذات صلة',
      'تقارير ذات صلة', 'روابط ذات صلة', 'قصص ذات صلة', 'أخبار ذات علاقة', 'مواضيع ذات علاقة', 'ذات صلة', 'ذات علاقة', 'ذات الصلة',
      'موضوعات متعلقة', 'أخبار متعلقة', 'مقالات متعلقة', 'مواضيع متعلقة', 'أخبار مشابهة', 'مواضيع مشابهة',
      'موضوعات مشابهة', 'أخبار مرتبطة', 'مقالات مرتبطة', 'المزيد من الأخبار',
      // What we advise you to read, with its kind of item (`مواضيع ننصحك بقراءتها`, `مقالات نرشحها لك`).
      ...['', 'مواضيع ', 'موضوعات ', 'مقالات ', 'أخبار ', 'قصص '].flatMap((k) => ['ننصحك بقراءتها', 'ننصحكم بقراءتها', 'نرشحها لك', 'نرشحها لكم', 'نقترحها عليك', 'نقترحها عليكم'].map((v) => k + v)),
      'المزيد من المقالات', 'مزيد من الأخبار', 'آخر الأخبار', 'أحدث الأخبار', 'أخبار أخرى', 'مقالات أخرى',
      'أخبار في نفس السياق', 'في نفس السياق', 'المزيد حول هذا الموضوع', 'نرشح لك', 'نرشح لكم',
      'يهمك أيضا', 'الأخبار المتعلقة', 'المقالات المتعلقة',
      'الأخبار ذات الصلة', 'المواضيع ذات الصلة', 'المقالات ذات الصلة', 'الموضوعات ذات الصلة', 'موضوعات أخرى',
      'أحدث المقالات', 'آخر المقالات', 'أخبار مقترحة', 'مقالات مقترحة', 'محتوى ذو صلة', 'المزيد حول هذه القصة',
      'المزيد عن هذه القصة', 'قصص مقترحة', 'قصص أخرى', 'تصفح أيضا', 'تصفح المزيد',
      // Not to miss (`لا تفوت أيضا`); related items (`متعلقات`).
      'لا تفوت أيضا', 'لا يفوتك أيضا', 'لا تفوتك أيضا',
      'متعلقات', 'مواد متعلقة', 'روابط متعلقة',
      // Older stories from the archive (`من الأرشيف`). (The top stories, `أبرز الأخبار`, a header's menu names too: see their group.)
      'عناوين أخرى', 'من الأرشيف', 'من أرشيف الموقع', 'من أرشيفنا', 'من أرشيف',
      // What is new now: `يحدث الآن`, `آخر المستجدات`.
      'يحدث الآن', 'آخر المستجدات', 'أحدث المستجدات', 'المستجدات',
      'related posts', 'related articles', 'related news', 'related stories', 'you may also like', 'you might also like',
      'more stories', 'more news',
      // Stories alike, whatever the kind of item and the word for "alike".
      ...eachWith(
        ['أخبار', 'مقالات', 'مواضيع', 'موضوعات', 'قصص', 'تقارير', 'مواد', 'روابط', 'فيديوهات', 'قراءات'],
        ['مشابهة', 'مماثلة', 'متعلقة', 'مرتبطة', 'متصلة', 'ذات صلة', 'ذات علاقة', 'على صلة', 'أخرى'],
      ),
      'على صلة', 'ذو صلة', 'ذو علاقة',
      // More from the same section (or category, rubric, corner), or in the same context.
      ...sameSection(['القسم', 'التصنيف', 'الفئة', 'الباب', 'الركن', 'الزاوية', 'الموضوع']),
      'أخبار من القسم',
      'في ذات السياق', 'في السياق ذاته', 'في السياق نفسه', 'أخبار في السياق',
      // More on the site.
      'أيضا في الموقع', 'أيضا على الموقع', 'المزيد على الموقع', 'المزيد في الموقع',
      // Suggested and chosen stories.
      ...eachWith(['مواضيع', 'موضوعات', 'مقالات', 'أخبار', 'قصص', 'تقارير', 'فيديوهات', 'قراءات'], ['مقترحة', 'مختارة', 'منتقاة', 'موصى بها']),
      'مقترحات', 'مقترح لك', 'مقترح لكم', 'نقترح لك', 'نقترح لكم', 'نقترح عليك', 'اقتراحات', 'اقتراحاتنا', 'مختارات', 'اختيارات',
      // Recommended, alone or for the reader (`موصى به`, `المحتوى الموصى به`, `موصى به لك`).
      'موصى به', 'موصى بها', 'موصى به لك', 'موصى به لكم', 'الموصى به', 'المحتوى الموصى به', 'محتوى موصى به', 'يوصى بقراءته', 'نوصي بقراءته', 'نوصي به',
      // The editors' (or the site's, the week's) picks, in each word for "picks".
      // (Not `توصيات اليوم`: a trading story's subheading says so.)
      ...eachWith(['مختارات', 'اختيارات', 'ترشيحات'], ['المحرر', 'المحررين', 'التحرير', 'الموقع', 'الأسبوع', 'اليوم']),
      'توصيات المحرر', 'توصيات المحررين',
      'ترشيحاتنا', 'اختياراتنا', 'مختاراتنا', 'يرشح لك المحرر', 'المحرر يرشح', 'المحرر يقترح', 'recommended', 'recommended for you', 'suggested', 'suggested for you', 'editor picks', "editor's picks",
      'you might like', 'you may like', 'you may be interested in', 'might interest you', 'we recommend',
      // Lists of the latest headlines. (`أبرز الأخبار`, `أهم الأخبار`, which menus name sections so, have their own group.)
      // Headlines of the day, the hour, the week (`عناوين اليوم`, `أبرز عناوين الأسبوع`).
      ...['اليوم', 'الساعة', 'الأسبوع'].flatMap((t) => [`عناوين ${t}`, `أهم عناوين ${t}`, `أبرز عناوين ${t}`]),
      'عناوين أخرى', 'الأحدث', 'الأكثر حداثة', 'آخر التحديثات', 'أحدث التحديثات', 'أخبار عاجلة', 'الأخبار العاجلة', 'آخر الأخبار العاجلة', 'شريط الأخبار', 'شريط الأخبار العاجلة', 'breaking news',
      'أحدث الموضوعات', 'أحدث المواضيع', 'آخر المواضيع', 'آخر الموضوعات', 'related', 'latest news', 'latest stories',
      // The latest published (`آخر ما نشر`, `أحدث ما نشر`, `آخر ما تم نشره`).
      ...['آخر', 'أحدث', 'جديد'].flatMap((l) => [`${l} ما نشر`, `${l} ما ينشر`, `${l} ما تم نشره`, `${l} المنشورات`]),
      'latest posts', 'recent posts', 'trending now', 'popular posts',
      // Trending tags: `الهاشتاغ الأكثر تداولا`, `الوسوم الرائجة`.
      ...['الهاشتاغ', 'الهاشتاغات', 'الهاشتاج', 'الوسوم', 'الكلمات'].flatMap((t) => [`${t} الأكثر تداولا`, `${t} الأكثر بحثا`, `${t} الرائجة`]),
      // More stories, in each kind of item, with or without "for" (`للمزيد من الأخبار`).
      ...moreOf(['الأخبار', 'المقالات', 'المواضيع', 'الموضوعات', 'القصص', 'التقارير', 'الفيديوهات']),
    ],
  },
  // Labels speaking to the reader, which a headline may follow on their line with no separator (`قد يهمك أيضا
  // ارتفاع أسعار ...`, `لمن فاته افتتاح ...`), as it may follow `اقرأ أيضا`: "[topics that] may interest / please
  // you [too]", in case you missed it, chosen or advised for you. (A sentence after them opens with a
  // complementizer: `قد يهمك أن تعرف ...`.)
  {
    kind: 'related',
    extraWords: 1,
    gluedHeadline: true,
    phrases: [
      ...mayInterest(['', 'مواضيع', 'موضوعات', 'مقالات', 'أخبار', 'قصص', 'فيديوهات', 'تقارير', 'محتوى', 'مواد', 'ما', 'مما', 'أخبار أخرى', 'مقالات أخرى', 'مواضيع أخرى', 'قصص أخرى']),
      'لمن فاته', 'لمن فاتته', 'لمن فاتهم', 'إن فاتك', 'ان فاتك', 'إذا فاتك', 'في حال فاتك',
      'ننصحك بقراءة', 'ننصحكم بقراءة', 'اخترنا لك', 'اخترنا لكم',
      // What the site recommends reading (`نوصي بقراءة`, `ننصح بقراءة`).
      'نوصي بقراءة', 'نوصيك بقراءة', 'نوصيكم بقراءة', 'ننصح بقراءة',
      // Picks recommended to the reader (`ترشيحاتنا لك`, `نرشح لك`). (Not `ترشيحات` alone: an awards story's
      // nominations, `ترشيحات الأوسكار`.)
      'ترشيحاتنا', 'ترشيحاتنا لك', 'ترشيحاتنا لكم', 'ترشيحات لك', 'نرشح لك', 'نرشح لكم',
    ],
  },
  // "More from the section / the author": a label of a few words naming where the list comes from.
  {
    kind: 'related',
    extraWords: 2,
    phrases: [
      'المزيد من', 'المزيد في', 'المزيد عن', 'المزيد حول', 'مزيد من', 'أخبار أخرى من', 'more from', 'more in', 'more on',
      // The writer's other pieces, in each lead and each way of naming the writer (`اقرأ أيضا للكاتبة`).
      ...byTheWriter(),
      'more by', 'more articles by',
      // French list labels.
      'sur le même sujet', 'sur le meme sujet', 'articles similaires', 'articles liés', 'articles lies', 'dans la même rubrique',
      'dans la meme rubrique', 'derniers articles', 'dernières nouvelles', 'dernieres nouvelles', 'vous aimerez aussi', 'vous pourriez aimer',
    ],
  },
  // The top stories, a name menus give a section too: a label only over headlines after the story has begun.
  {
    kind: 'related',
    extraWords: 0,
    overHeadlines: true,
    phrases: [
      ...['أهم', 'أبرز'].flatMap((a) => ['الأخبار', 'العناوين', 'المواضيع', 'الموضوعات', 'القصص', 'المقالات', 'الأحداث'].map((n) => `${a} ${n}`)),
      'عناوين الأخبار', 'آخر العناوين', 'أحدث العناوين', 'من أخبار الموقع', 'أخبار الموقع', 'top stories', 'top news', 'headlines',
    ],
  },
  // Most read / most viewed boxes.
  {
    kind: 'most-read',
    extraWords: 2,
    phrases: [
      'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'الأكثر شعبية', 'الأكثر قراءة اليوم',
      'الأكثر مشاركة', 'الأكثر زيارة', 'الأكثر رواجا', 'الأكثر تفاعلا', 'الأكثر متابعة', 'الأكثر بحثا',
      'الأخبار الأكثر قراءة', 'المقالات الأكثر قراءة', 'most read', 'most popular', 'most viewed', 'trending',
      // The most liked, rated, listened to; `الأعلى` for `الأكثر` (`الأعلى قراءة`).
      'الأكثر إعجابا', 'الأكثر تقييما', 'الأكثر استماعا', 'الأكثر تحميلا',
      ...eachWith(['الأعلى'], ['قراءة', 'مشاهدة', 'تقييما', 'تفاعلا', 'تداولا']),
      // Hot topics and what is trending, in each word for them.
      ...eachWith(['مواضيع', 'موضوعات', 'قضايا', 'ملفات', 'أخبار', 'عناوين'], ['ساخنة', 'رائجة', 'شائعة']),
      'الأكثر تداولا الآن', 'ترند', 'الترند', 'تريند', 'التريند', 'رائج الآن', 'الرائج الآن', 'hot topics', 'trending now',
      'les plus lus', 'les plus lues', 'les plus populaires',
    ],
  },
  // Links to the previous and next story of the site, each over its headline
  // (`المقال السابق` / `المقال التالي`, as blog themes print them). Only alone on
  // their line or before a separator: `التالي` also opens sentences.
  {
    kind: 'other',
    extraWords: 0,
    needsSeparator: true,
    afterStory: true,
    phrases: [
      'المقال السابق', 'المقال التالي', 'المقالة السابقة', 'المقالة التالية', 'الخبر السابق', 'الخبر التالي',
      'الموضوع السابق', 'الموضوع التالي', 'المنشور السابق', 'المنشور التالي', 'التدوينة السابقة', 'التدوينة التالية',
      'السابق', 'التالي', 'previous article', 'next article', 'previous post', 'next post',
      // Read next: `اقرأ التالي`, `اقرأ المقال التالي`.
      'اقرأ التالي', 'اقرأ المقال التالي', 'اقرأ الخبر التالي', 'اقرأ الموضوع التالي', 'read next', 'up next',
    ],
  },
  // Other boxes of links: videos and galleries the page recommends.
  {
    kind: 'other',
    extraWords: 1,
    phrases: ['فيديو قد يعجبك', 'فيديوهات قد تعجبك', 'شاهد الفيديو', 'شاهد بالفيديو', 'شاهد بالصور', 'فيديوهات ذات صلة', 'صور ذات صلة', 'ألبومات ذات صلة'],
  },
];

// Words before a related label that mark its list's end (`نهاية قصص مقترحة`): the list is over, the story may go on under it.
export const LIST_ENDS: readonly string[] = ['نهاية', 'انتهاء', 'end of'];

// A screen reader's words around a box of links, saved with the page's text: `list of 4 items` (`قائمة من 4 عناصر`)
// opens the box, `list 2 of 4` (`عنصر 2 من 4`) numbers each link, `end of list` (`نهاية القائمة`) closes it.
// The shape is the cue, whatever the box holds: a list's noun, the word joining its numbers, an item's noun.
export const LIST_ANNOUNCEMENT = {
  lists: ['list', 'قائمة', 'القائمة', 'لائحة', 'اللائحة'],
  joiners: ['of', 'with', 'من', 'تضم', 'فيها'],
  items: ['item', 'items', 'link', 'links', 'عنصر', 'عناصر', 'بند', 'بنود', 'رابط', 'روابط'],
} as const;

// Conjunctions a label may be glued to (`واقرأ أيضا`): every Arabic label is matched with each too.
export const MARKER_JOINERS: readonly string[] = ['و'];
// Words that, right after a label's words with no separator, show the line names no list of stories:
// `المزيد من التفاصيل لاحقا` (more details later) is a promise, `المزيد من المعلومات` a link.
export const MARKER_NOT_NAMING: readonly string[] = ['التفاصيل', 'تفاصيل', 'المعلومات', 'معلومات', 'details', 'information'];
// ... and with a preposition before them (`اقرأ المزيد من التفاصيل في البيان.`: the story sends its reader to a document).
export const MARKER_NOT_NAMING_LEADS: readonly string[] = ['من', 'عن', 'حول', 'of', 'about'];

// Endings that make a short line a related-list label whatever its first word:
// `قراءات ذات صلة`, `فيديوهات ذات علاقة` (a label of two or three words).
export const RELATED_SUFFIXES: readonly string[] = ['ذات صلة', 'ذات علاقة'];
export const RELATED_SUFFIX_MAX_WORDS = 3;

// Source attribution labels: `المصدر: X`. The separator after the label is
// required, so a sentence such as `المصدر أكد أن ...` stays in the story.
export const SOURCE_LABELS: readonly string[] = [
  'المصدر', 'مصدر', 'مصدر الخبر', 'المصدر الأصلي', 'المصادر', 'مصادر', 'مصادر الخبر', 'source', 'sources',
  // Where it was taken from, or what it refers to: `عن: X`, `المرجع: X`.
  'عن', 'المرجع',
];
// Source labels that stand alone only before a colon (`عن:`): alone, a preposition is a piece of a sentence cut at a link.
export const SOURCE_LABELS_ALONE_WITH_COLON: readonly string[] = ['عن'];

// Source labels that name the source with no separator after them (`المصدر الجزيرة`), on a short
// line of their own: the name is a few words, not a human source described (`المصدر الأمني`, `المصدر نفسه`).
export const SOURCE_LABELS_UNSEPARATED: readonly string[] = ['المصدر', 'المصادر', 'مصدر الخبر'];
// Words after such a label that describe a person, not an outlet: the same source, the one named before.
export const SOURCE_NOT_NAMES: readonly string[] = ['نفسه', 'ذاته', 'نفسها', 'ذاتها', 'السابق', 'المذكور', 'المطلع', 'المقرب', 'الذي', 'التي'];

// Source labels at the end of the last paragraphs: `... - المصدر: X`.
export const TRAILING_SOURCE_LABELS: readonly string[] = ['المصدر'];

// Lead-ins that attribute the whole story to another outlet: `نقلا عن X`, or say
// it was adapted or translated from one: `بتصرف عن X`, `ترجمة عن X`.
export const SOURCE_LEADINS: readonly string[] = [
  'نقلا عن', 'نقلاً عن', 'منقول عن', 'منقول من', 'الخبر منقول عن', 'المقال منقول عن', 'بتصرف عن', 'بتصرف من', 'via',
  // Translated from, said of the piece or not (`المقال مترجم عن X`, `ترجمة بتصرف عن X`).
  'ترجمة عن', 'مترجم عن', 'مترجمة عن', 'ترجمة بتصرف عن', 'مترجم بتصرف عن', 'المقال مترجم عن', 'المقالة مترجمة عن', 'الخبر مترجم عن',
  'التقرير مترجم عن', 'translated from',
];

// `عن` and the kind of outlet (`عن موقع الأفق`, `عن وكالة الأنباء الرسمية`): a lead-in whose last word is the
// source's own, kept in its name as after `المصدر:` (`عن` alone opens sentences).
export const SOURCE_LEADINS_NAMING: readonly string[] = ['عن موقع', 'عن صحيفة', 'عن جريدة', 'عن مجلة', 'عن وكالة', 'عن قناة', 'عن شبكة', 'عن بوابة'];
// `عن` before wire agencies only, the whole line (`عن رويترز`, `(عن أ ف ب)`): the agencies credited.
export const AGENCY_LEADS: readonly string[] = ['عن'];

// Tag labels: `كلمات دلالية: ...` on one line, or the label alone with one tag a line after it.
export const TAG_LABELS: readonly string[] = [
  'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الوسوم', 'وسوم', 'الوسم', 'الأوسمة',
  'الكلمات الدالة', 'كلمات البحث', 'هاشتاج', 'هاشتاغ', 'هاشتاجات', 'هاشتاغات', 'العلامات', 'تاغ', 'تاج', 'تاغات', 'tags', 'keywords',
  // The tags by their borrowed name with the article (`التاغات`, `الهاشتاغ`; not `التاج`, the crown).
  'التاغات', 'التاجات', 'التاغ', 'الهاشتاغ', 'الهاشتاج',
  // French chrome on Maghreb pages.
  'mots-clés', 'mots clés', 'mots-clefs', 'étiquettes',
  // Key words, and the tags named with what they tag (`وسوم الخبر`, `الكلمات المفتاحية للمقال`).
  'الكلمات الرئيسية', 'كلمات رئيسية', 'كلمات دالة',
  ...['وسوم', 'الوسوم', 'كلمات', 'الكلمات المفتاحية', 'الكلمات الدلالية'].flatMap((t) =>
    ['الخبر', 'المقال', 'المقالة', 'الموضوع', 'التقرير', 'للخبر', 'للمقال', 'للمقالة', 'للموضوع'].map((o) => `${t} ${o}`),
  ),
];
// Tag labels no sentence opens with: with the tags glued on after them and no separator
// (`كلمات دلالية الذهب النفط`), the line is still a tag line.
export const TAG_LABELS_UNSEPARATED: readonly string[] = [
  'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات الدالة', 'كلمات دالة',
  // The tags by their own name (`الوسوم الذهب النفط`): a sentence opening with the word reads on with a particle.
  'الوسوم', 'وسوم', 'tags', 'keywords',
];
// Tag labels only before a separator (`مواضيع: اقتصاد، طاقة`): alone on a line, the words also label lists.
export const TAG_LABELS_WITH_SEPARATOR: readonly string[] = [
  'مواضيع', 'موضوعات', 'المواضيع', 'الموضوعات', 'topics',
  // "Read more about:" the topics (`اقرأ المزيد عن: الطقس`); without a separator the words label a list of stories.
  'اقرأ المزيد عن', 'المزيد عن', 'اقرأ عن', 'اقرأ المزيد حول', 'المزيد حول', 'read more about', 'more about', 'more on',
  // Blog themes' labels (`التسميات: أخبار، رياضة`), and tags spelled as the English plural or named marks: alone, the
  // words open sentences or label a sidebar's list.
  'التسميات', 'تسميات', 'labels', 'تاغز', 'تاجز', 'تاجات', 'الهاشتاجات', 'الهاشتاغات', 'علامات',
  // The hashtags by their borrowed name, one or many (`هاشتاغ #الذهب #النفط`): a hashtag right after the label is as good as a separator.
  ...['هاشتاغ', 'هاشتاج', 'هاشتاق', 'هاشتاغات', 'هاشتاجات', 'الهاشتاغ', 'الهاشتاج', 'hashtag', 'hashtags'],
];

// Byline cues: `كتب: X`, `كتبت - X`, `بقلم X`. The first group may stand with
// a name after a space; the second needs a separator, since the words also start sentences.
export const BYLINE_CUES: readonly string[] = [
  'كتب', 'كتبت', 'كتبه', 'بقلم', 'الكاتب', 'الكاتبة', 'كتب بواسطة', 'بواسطة', 'by',
  // Blog themes: who posted it (`تم النشر بواسطة: admin`, `نشر من قبل X`).
  'تم النشر بواسطة', 'نشر بواسطة', 'نشرت بواسطة', 'نشر من قبل', 'أضيف بواسطة', 'تمت الإضافة بواسطة', 'posted by', 'published by',
  // French, on Maghreb pages: `Par Ahmed Benali`.
  'par', 'publié par',
];
// Correspondents, envoys and delegates, the paper's own (`مراسلنا`, `موفدتنا`) or by trade (`مراسل`):
// before a separator they sign the piece, and may name where they report from first
// (`مراسلنا في القاهرة - أحمد نبيل`, `موفدة الأفق إلى جنيف: ريم منصور`).
export const REPORTER_CUES: readonly string[] = reporters();
// The words that open where a correspondent reports from: in, from, to a place.
export const REPORTER_PLACE_LEADS: readonly string[] = ['في', 'من', 'إلى', 'الى', 'لدى'];
// What may open a correspondent's credit with no name (`من مراسلنا في القدس`, `خاص من مراسلتنا في بيروت`): from, exclusively from.
export const REPORTER_CREDIT_OPENERS: readonly string[] = ['من', 'خاص من', 'خاص'];
export const BYLINE_CUES_WITH_SEPARATOR: readonly string[] = [
  'إعداد', 'تقرير', 'حوار', 'متابعة', 'تحرير', 'المحرر', 'written by',
  // An article's information box names its author as a field (`Author, سامي يوسف`).
  'author', 'authors',
  // The paper's own correspondents and envoys (`مراسلنا: X`); with where they report from, see `REPORTER_CUES`.
  ...REPORTER_CUES,
  // The newsroom's other trades: who monitored, compiled, reviewed or wrote it up (`رصد: X`, `إعداد وتحرير: X`).
  'رصد', 'جمع', 'تجميع', 'صياغة', 'إعداد وتحرير', 'رصد وتحرير', 'إعداد وتقديم', 'تقديم', 'compiled by', 'edited by', 'reported by',
  // Translators: `ترجمة: X`, `ترجمته: X`, `translated by X`.
  'ترجمة', 'ترجمه', 'ترجمته', 'ترجمتها', 'المترجم', 'المترجمة', 'translated by',
  // Who held the interview, in each person and object (`حاورها: X`, `حاورتها: X`, `حاورناه: X`), or who
  // conducted it (`أجرى الحوار: X`, `أجرت المقابلة: X`).
  'حاوره', 'حاورها', 'حاورهم', 'حاورهما', 'حاورته', 'حاورتها', 'حاورتهم', 'حاورتهما', 'حاورناه', 'حاورناها', 'حاورناهم',
  'أجرى الحوار', 'أجرت الحوار', 'أجرى اللقاء', 'أجرت اللقاء', 'أجرى المقابلة', 'أجرت المقابلة', 'interview by', 'interviewed by',
  // Who writes or prepares it, in the present or the past with its object (`يكتبه: X`, `أعدته: X`), alone or after the
  // piece's kind (`تحليل يكتبه: X`, `رؤية تكتبها: X`); alone, `يكتب` opens a sentence too.
  ...writesIt(),
];
// A desk signing the piece, alone on its line (`المحرر الاقتصادي`, `محرر الشؤون البرلمانية`): the byline names no person.
export const DESK_BYLINES: readonly string[] = [
  ...['الاقتصادي', 'السياسي', 'الرياضي', 'الثقافي', 'الفني', 'المحلي', 'الدولي', 'العلمي', 'البرلماني', 'القضائي', 'الأمني', 'العسكري', 'التربوي', 'الصحي', 'الدبلوماسي'].flatMap(
    (d) => [`المحرر ${d}`, `المحررة ${d}ة`, `محرر الشؤون ${d.replace(/ي$/u, 'ية')}`],
  ),
  'محرر الموقع', 'محرر الشؤون العربية',
];
// The word before who posted it, after the date (`نشر في 12 مارس 2031 بواسطة سامي يوسف`, `Posted on ... by X`).
export const POSTED_BY: readonly string[] = ['بواسطة', 'by'];
// Byline cues after a dash, inside a dateline: `القاهرة - كتب: محمد سامي`.
export const BYLINE_CUES_AFTER_DASH: readonly string[] = ['كتب', 'كتبت', 'بقلم'];
// Cues that name an author even without a separator and even inside the story (`بقلم X`); and a blog
// theme's "posted by" (`تم النشر بواسطة فريق التحرير`), which no sentence of a story opens with.
export const BYLINE_CUES_STRONG: readonly string[] = [
  'بقلم', 'بواسطة', 'by',
  'تم النشر بواسطة', 'نشر بواسطة', 'نشرت بواسطة', 'أضيف بواسطة', 'تمت الإضافة بواسطة', 'posted by', 'published by',
];

// Honorifics that open an author's name standing alone under a headline
// (`د. خالد العمري`): a line of two to four words opening with one is a
// byline, in the header only (a story's sentences open with them too).
export const NAME_HONORIFICS: readonly string[] = [
  'د', 'الدكتور', 'الدكتورة', 'دكتور', 'أ', 'الأستاذ', 'الأستاذة', 'أ د', 'م', 'المهندس', 'المهندسة', 'الشيخ', 'السفير',
  'المستشار', 'اللواء', 'العميد', 'الإعلامي', 'الإعلامية', 'الصحفي', 'الصحفية', 'dr',
];

/** What `--markers FILE` may add: phrases per family. */
export interface MarkerExtension {
  'read-also'?: string[];
  related?: string[];
  'most-read'?: string[];
  other?: string[];
  source?: string[];
  tags?: string[];
  byline?: string[];
  chrome?: string[];
  /** Wire agencies as `ID=name` (`MENA=أ ش أ`): credited by id, and read as agencies in credit lines. */
  agencies?: string[];
}

export const MARKER_EXTENSION_KEYS: readonly (keyof MarkerExtension)[] = [
  'read-also', 'related', 'most-read', 'other', 'source', 'tags', 'byline', 'chrome', 'agencies',
];
