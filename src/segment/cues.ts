/**
 * Cue words: page chrome, dates, news agencies and the small word lists the
 * line rules consult. Plain data; folded once by `compileCues`.
 */
import type { RuleId } from './rules.js';

/** How a chrome phrase must sit in a line to count. */
export type ChromeMode = 'exact' | 'prefix' | 'contains' | 'suffix';

/**
 * What a chrome line ends: a related list it cuts (`list`: share bars, follow
 * lines), or the story too (`story`: comment boxes, copyright footers, author
 * boxes; unmarked text after them is page furniture).
 */
export type ChromeEnds = 'list' | 'story';

/** The box a label opens: a poll's question and options, a widget's links or values. */
export interface ChromeBox {
  rule: RuleId;
  maxWords: number;
  /** The box ends at the first blank line, in the story too (a table of contents). */
  tight?: boolean;
  /** Its lines are a widget's options: a related label among them (`الأحدث`) is an option, not a list's label. */
  options?: true;
  /** Its lines are a form's fields and buttons (see `FORM_FIELDS`): another short line (a subheading under the box) ends it. */
  fields?: true;
  /** A question and its answers (a poll): once the question is read, a line longer than an answer, or another question, ends it. */
  choices?: true;
}

export interface ChromeGroup {
  /** Rule id shown by `inspect`: `chrome-share`, `chrome-copyright`, ... */
  rule: RuleId;
  mode: ChromeMode;
  /** The line may hold at most this many words (guards story sentences). */
  maxWords: number;
  ends?: ChromeEnds;
  /**
   * The line is the label of a box: the short lines under it (at most
   * `maxWords` words) belong to the box and get the rule id `rule`.
   */
  box?: ChromeBox;
  /** The line must also hold one of these phrases, anywhere (a platform and an invitation to follow it). */
  with?: readonly string[];
  /** A separator must follow the phrase (`مراجعة: سلمى حداد`): alone, its words also open sentences. */
  separator?: true;
  /** Readers' words follow (a comment box): the names and dates under it are theirs, never the page's. */
  readers?: true;
  /** A poll's buttons (vote, results): a question and short answers right above them are the poll's, even with no label. */
  vote?: true;
  /** Buttons: a scraper may save a row of them on one line (`فيسبوك تويتر واتساب`), read as the first of them. */
  row?: true;
  /** The page's place in the site (a labelled breadcrumb): its headline comes under it, and a list above it is over. */
  trail?: true;
  /** A link's text standing alone (`التفاصيل`, `المزيد`): the text above it, a list's headline or teaser, leads on there. */
  link?: true;
  phrases: readonly string[];
}

// Platforms and channels a page invites its readers to follow, and the words
// of that invitation (addressing the reader, or "our" channel). A line naming
// both is a promotion, whatever its wording.
// The site's own channels, as it names them to its reader (`قناتنا`: our channel).
export const OUR_CHANNELS: readonly string[] = ['قناتنا', 'صفحتنا', 'حسابنا', 'حساباتنا', 'موقعنا', 'تطبيقنا', 'منصاتنا', 'نشرتنا', 'مجموعتنا'];
// The platforms by name, as their buttons and links print them.
const PLATFORM_NAMES: readonly string[] = [
  'تلغرام', 'تليغرام', 'تيليغرام', 'تيليجرام', 'تليجرام', 'تلجرام', 'تلقرام', 'تيلقرام', 'تيليقرام', 'تليقرام', 'واتساب', 'واتس اب', 'واتس آب',
  'واتسآب', 'وتساب', 'الواتساب', 'يوتيوب', 'فيسبوك', 'فيس بوك', 'تويتر', 'انستغرام', 'إنستغرام', 'انستاغرام', 'إنستاغرام', 'انستجرام', 'إنستجرام',
  'انستقرام', 'تيك توك', 'تيكتوك', 'سناب شات', 'سنابشات', 'جوجل نيوز', 'غوغل نيوز', 'لينكدإن', 'لينكد إن', 'لينكد ان', 'إكس', 'ايكس', 'ثريدز',
  'ماسنجر', 'بنترست', 'ريديت', 'threads', 'telegram', 'whatsapp', 'youtube', 'facebook', 'twitter', 'instagram',
  'tiktok', 'google news', 'linkedin', 'messenger', 'pinterest', 'reddit',
];
const PLATFORMS: readonly string[] = [...PLATFORM_NAMES, ...OUR_CHANNELS];
// Only words that address the reader: imperatives and second persons (`تابع`,
// `انضم`, `حمل` are also the past tense of a story's verbs).
const INVITATIONS: readonly string[] = [
  'تابعوا', 'تابعونا', 'تابعنا', 'تابعينا', 'انضموا', 'اشتركوا', 'حملوا', 'يمكنكم', 'يمكنك', 'ليصلك', 'لتصلك', 'ليصلكم', 'لتصلكم',
  'اضغط', 'انقر', 'قرائنا', 'قراءنا', 'عزيزي القارئ', 'زوروا', 'follow us', 'join us', 'subscribe', 'download our',
  // Watch us, don't forget us, join us: `شاهد أيضا على قناتنا`, `لا تنسوا الاشتراك في القناة`, `انضم إلى مجموعتنا`.
  'شاهدوا', 'شاهد أيضا', 'شاهد أيضاً', 'لا تنسوا', 'لا تنس', 'لا تنسى', 'انضم إلى', 'انضمي إلى', 'اشترك في', 'اشتركي في',
  // Join us, the site, with a platform named (`انضم إلينا على تيليجرام`).
  'انضم إلينا', 'انضمي إلينا', 'انضموا إلينا', 'انضم لنا', 'انضموا لنا',
  // Join a channel with لـ (`انضم لقناة الموقع على واتساب`): the verb and the channel, one word.
  ...['انضم', 'انضمي', 'انضموا', 'اشترك', 'اشتركوا'].flatMap((v) => ['لقناة', 'لقناتنا', 'لمجموعة', 'لمجموعتنا', 'لصفحة', 'لصفحتنا'].map((c) => `${v} ${c}`)),
];

// Building a site, as its footer credits it: designing, programming, developing.
const BUILT_BY: readonly string[] = [
  'تصميم وتطوير', 'تصميم وبرمجة', 'برمجة وتصميم', 'تطوير وتصميم', 'تصميم وتطوير وبرمجة', 'تصميم وبرمجة وتطوير', 'برمجة وتطوير', 'تصميم الموقع', 'برمجة الموقع',
  // (Not `تطوير` alone: `تطوير: ...` heads a point of a story's plan.)
  'تصميم', 'برمجة', 'design',
];

/** `تعبر عن رأي كاتبها`, `يعبر عن آراء أصحابه`: a piece expresses the views of its writer, in each wording. */
function expressesWriter(): string[] {
  // Verbs taking `عن` (`تعبر عن رأي كاتبها`) and verbs taking the view itself (`تمثل رأي كاتبها`, `تعكس وجهة نظر صاحبها`).
  const about = ['تعبر', 'يعبر'];
  const direct = ['تعكس', 'يعكس', 'تمثل', 'يمثل'];
  const views = ['رأي', 'آراء', 'وجهة نظر', 'وجهات نظر'];
  const writers = ['كاتبها', 'كاتبه', 'كتابها', 'كتابه', 'صاحبها', 'صاحبه', 'أصحابها', 'أصحابه', 'الكاتب', 'الكاتبة', 'الكتاب', 'المؤلف'];
  const spoken = [...about.flatMap((v) => ['عن', ...views.map((w) => `عن ${w}`)].map((w) => `${v} ${w}`)), ...direct.flatMap((v) => [v, ...views.map((w) => `${v} ${w}`)])];
  return spoken.flatMap((v) => writers.map((x) => `${v} ${x}`));
}

/**
 * Two staff roles joined by و after a story (`مراجعة وتدقيق`, `تصوير ومونتاج`, `تحرير ومراجعة`). The first
 * is never a byline's cue (`إعداد وتحرير: X` names the author).
 */
function joinedRoles(): string[] {
  const first = ['مراجعة', 'تدقيق', 'إشراف', 'تنسيق', 'مونتاج', 'تصوير', 'تصميم', 'إخراج', 'تحرير'];
  const second = ['مراجعة', 'تدقيق', 'إشراف', 'تنسيق', 'مونتاج', 'تصوير', 'تصميم', 'إخراج', 'تحرير', 'إعداد', 'تقديم', 'متابعة'];
  return first.flatMap((a) => second.filter((b) => b !== a).map((b) => `${a} و${b}`));
}

/**
 * A piece published under an agreement with another outlet (`ننشر هذا المحتوى بالتعاون مع ...`, `هذه المادة منشورة
 * بالاتفاق مع ...`): each verb, object and kind of agreement, the phrase opening the line.
 */
function partnerNotes(): string[] {
  const verbs = ['ننشر', 'نشر', 'ينشر', 'تنشر', 'نعيد نشر', 'أعيد نشر', 'يعاد نشر'];
  const objects = ['هذا المحتوى', 'هذا المقال', 'هذا التقرير', 'هذه المادة', 'هذه المقالة', 'هذا الموضوع'];
  const agreements = ['بالتعاون مع', 'بالاتفاق مع', 'بالشراكة مع', 'ضمن شراكة مع', 'بإذن من', 'بموجب اتفاق مع'];
  const published: Record<string, string> = { 'هذا المحتوى': 'منشور', 'هذا المقال': 'منشور', 'هذا التقرير': 'منشور', 'هذه المادة': 'منشورة', 'هذه المقالة': 'منشورة', 'هذا الموضوع': 'منشور' };
  return [
    ...verbs.flatMap((v) => objects.flatMap((o) => agreements.map((a) => `${v} ${o} ${a}`))),
    ...objects.flatMap((o) => agreements.map((a) => `${o} ${published[o]} ${a}`)),
    'published in partnership with', 'republished with permission from', 'this article is republished from',
  ];
}

/**
 * `أكمل القراءة`, `تابعوا قراءة المقال أدناه`, `إعلان - يستمر الخبر بعد الإعلان`: the story goes on
 * past an ad slot, in each verb and object, alone or after the ad's label (where it goes on, `أدناه`,
 * `بعد الإعلان`, follows: the phrases open the line).
 */
function readingGoesOn(): string[] {
  const verbs = ['تابع', 'تابعوا', 'أكمل', 'أكملوا', 'واصل', 'واصلوا', 'استكمل', 'يتابع', 'يستمر', 'تستمر', 'يتواصل', 'يتبع', 'تتمة'];
  const objects = ['القراءة', 'قراءة المقال', 'قراءة الخبر', 'قراءة القصة', 'المقال', 'الخبر', 'القصة', 'الموضوع'];
  const phrases = verbs.flatMap((v) => objects.map((o) => `${v} ${o}`));
  return [...phrases, ...phrases.map((p) => `إعلان ${p}`)];
}

/**
 * Subscribing to a news service, in each verb, now or not, with في or ب:
 * `للاشتراك في خدمة`, `اشترك الآن بخدمة`, `فعّل خدمة` (imperatives and
 * infinitives: a story's sentence does not open so).
 */
function subscribeToService(): string[] {
  const verbs = ['اشترك', 'اشتركوا', 'للاشتراك', 'سجل', 'سجلوا', 'للتسجيل'];
  const nows = ['', ' الآن'];
  const ways = [' في خدمة', ' بخدمة'];
  return [...verbs.flatMap((v) => nows.flatMap((n) => ways.map((w) => `${v}${n}${w}`))), 'فعل خدمة', 'لتفعيل خدمة'];
}

/**
 * A breaking story's promise of more, in each wording: `التفاصيل تتبع`,
 * `تفاصيل أكثر بعد قليل`, `المزيد من التفاصيل لاحقا`, `الخبر قيد التحديث`,
 * `جار تحديث الخبر`, and its having been updated (`تم تحديث هذا الخبر`).
 * (Exact lines: a story's sentence goes on past them.)
 */
function detailsToFollow(): string[] {
  const details = ['التفاصيل', 'تفاصيل', 'المزيد من التفاصيل', 'مزيد من التفاصيل', 'تفاصيل أكثر', 'التفاصيل الكاملة'];
  const when = ['تتبع', 'لاحقا', 'بعد قليل', 'فيما بعد', 'تباعا', 'قريبا', 'في وقت لاحق'];
  const update = ['قيد التحديث', 'يتم تحديثه', 'جار تحديثه', 'جاري تحديثه', 'قيد المتابعة'].flatMap((u) => [`الخبر ${u}`, `خبر عاجل ${u}`, `هذا الخبر ${u}`]);
  // To be updated (`سيتم تحديث الخبر لاحقا`, `قد يتم تعديل هذا المقال`).
  const toBe = ['سيتم', 'سوف يتم', 'قد يتم', 'يتم'].flatMap((v) =>
    ['تحديث', 'تعديل'].flatMap((u) => ['الخبر', 'هذا الخبر', 'المقال', 'هذا المقال'].flatMap((o) => ['', ' لاحقا', ' تباعا', ' بالتفاصيل', ' أولا بأول'].map((w) => `${v} ${u} ${o}${w}`))),
  );
  // Updated already: `تم تحديث هذا الخبر`, `جرى تعديل المقال`.
  const updated = ['تم', 'جرى'].flatMap((v) => ['تحديث', 'تعديل'].flatMap((u) => ['الخبر', 'هذا الخبر', 'المقال', 'هذا المقال'].map((o) => `${v} ${u} ${o}`)));
  // (A note's label may come first: `ملحوظة: الخبر قيد التحديث`, `ملاحظة المحرر: تم تحديث هذا الخبر`.)
  const labels = ['ملحوظة', 'ملاحظة', 'تنويه', 'تحديث', 'عاجل', 'ملاحظة المحرر', 'ملاحظة من المحرر', 'ملاحظة التحرير', 'تنويه من المحرر', 'تنويه المحرر'];
  const noted = [...update, ...updated, 'جار تحديث الخبر', 'جاري تحديث الخبر'].flatMap((u) => labels.map((n) => `${n} ${u}`));
  return [...details.flatMap((d) => when.map((w) => `${d} ${w}`)), ...update, ...toBe, ...updated, ...noted, 'جار تحديث الخبر', 'جاري تحديث الخبر', 'يتبع التفاصيل', 'more to follow', 'developing story', 'this story is developing'];
}

/**
 * The site disowns what it carries: `الموقع غير مسؤول عن`, `الصحيفة غير مسئولة`,
 * `لا يتحمل الموقع أي مسؤولية`, `هذا الخبر منقول`. (A company in a story is
 * `الشركة غير مسؤولة`: only the site's own names are subjects here.)
 */
function notResponsible(): string[] {
  const sites = [['الموقع', ''], ['إدارة الموقع', ''], ['الصحيفة', 'ة'], ['الجريدة', 'ة'], ['الشبكة', 'ة'], ['البوابة', 'ة'], ['المنصة', 'ة']];
  const spellings = ['مسؤول', 'مسئول'];
  const not = sites.flatMap(([site, end]) => spellings.map((m) => `${site} غير ${m}${end}`));
  const bears = sites.flatMap(([site]) => ['لا يتحمل', 'لا تتحمل'].map((v) => `${v} ${site}`));
  const carried = ['هذا الخبر منقول', 'هذا المحتوى منقول', 'هذا المقال منقول', 'الخبر منقول من', 'المحتوى منقول من'];
  // Any subject (the site's own name too) not answering for what it links to: `... ليست مسؤولة عن محتوى المواقع الخارجية`.
  const answers = ['ليس مسؤولا', 'ليست مسؤولة', 'غير مسؤول', 'غير مسؤولة', 'ليس مسئولا', 'ليست مسئولة', 'غير مسئول', 'غير مسئولة'];
  const linked = answers.flatMap((a) => ['عن محتوى المواقع الخارجية', 'عن محتوى الروابط الخارجية', 'عن المواقع الخارجية'].map((w) => `${a} ${w}`));
  return [...not, ...bears, ...carried, ...linked];
}

/** `هذا المحتوى محمي`, `جميع المواد محمية`: the page's content named as protected, the adjective agreeing with its subject. */
function contentProtected(): string[] {
  const masculine = ['هذا المحتوى', 'هذا المقال', 'هذا الخبر', 'هذا الموقع', 'محتوى الموقع', 'المحتوى المنشور', 'محتوى هذا الموقع'];
  const feminine = ['هذه المادة', 'هذه المقالة', 'هذه الصفحة', 'جميع المواد', 'المواد المنشورة', 'جميع المواد المنشورة', 'جميع محتويات الموقع'];
  return [...masculine.map((s) => `${s} محمي`), ...feminine.map((s) => `${s} محمية`), 'this content is protected', 'content is protected by copyright'];
}

/** `محتوى مدعوم`, `مقال ممول`, `مادة إعلانية`, `المحتوى برعاية`, `شراكة مدفوعة`: a paid piece's label, each noun with each adjective in its gender, with and without the article. */
function paidContent(): string[] {
  const nouns: readonly [string, boolean][] = [['محتوى', false], ['مقال', false], ['خبر', false], ['تقرير', false], ['مادة', true], ['مقالة', true], ['شراكة', true]];
  const adjectives: readonly [string, string][] = [['مدعوم', 'مدعومة'], ['مدفوع', 'مدفوعة'], ['ممول', 'ممولة'], ['إعلاني', 'إعلانية'], ['ترويجي', 'ترويجية'], ['برعاية', 'برعاية']];
  return nouns.flatMap(([n, feminine]) =>
    adjectives.flatMap(([m, f]) => {
      const a = feminine ? f : m;
      return a === 'برعاية' ? [`${n} ${a}`, `ال${n} ${a}`] : [`${n} ${a}`, `ال${n} ال${a}`];
    }),
  );
}

/** `انشر على فيسبوك`, `غرد على تويتر`, `أرسل عبر واتساب`: a share button, the verb to the reader and the platform, alone on the line. */
/** "Share the article via", in each verb to the reader, object and preposition (`شارك المقال عبر`, `انشروا الخبر على`). */
const SHARE_THE_ARTICLE_VIA: readonly string[] = ['شارك', 'شاركوا', 'انشر', 'انشروا', 'مشاركة'].flatMap((v) =>
  ['المقال', 'الخبر', 'الموضوع', 'القصة', 'التقرير', 'الصفحة', 'هذا المقال', 'هذا الخبر', 'هذه الصفحة'].flatMap((o) => ['عبر', 'على', 'من خلال', 'في'].map((p) => `${v} ${o} ${p}`)),
);

function shareOnPlatform(): string[] {
  const verbs = ['انشر على', 'انشر عبر', 'غرد على', 'غرد عبر', 'غرد', 'أرسل عبر', 'أرسل على', 'شارك في', 'شاركه على', 'شاركها على', 'post on', 'tweet on', 'send via'];
  return verbs.flatMap((v) => PLATFORMS.map((p) => `${v} ${p}`));
}

// `هل لديك معلومة تريد التحقق منها؟`, `لديك صور للحادث؟`: a question to the reader about what they have,
// which the site asks them to send (see the group's `with`); an interview's question names no sending.
const READER_HAS: readonly string[] = ['هل لديك', 'لديك', 'هل عندك', 'عندك', 'هل تملك', 'هل شاهدت', 'هل رأيت', 'هل صورت', 'هل كنت شاهدا', 'هل تعرف', 'do you have', 'have you seen'];
// The sending a question to the reader asks for: to the site, by a verb to the reader or a channel.
const SEND_TO_US: readonly string[] = [
  'أرسل', 'أرسله', 'أرسلها', 'أرسلوا', 'أرسلي', 'ابعث', 'ابعثه', 'ابعثها', 'ابعثوا', 'راسلنا', 'راسلونا', 'شاركنا', 'شاركونا', 'شاركها معنا',
  'شاركه معنا', 'تواصل معنا', 'تواصلوا معنا', 'اتصل بنا', 'اتصلوا بنا', 'اكتب لنا', 'اكتبوا لنا', 'send us', 'send it', 'contact us', 'tell us',
];

/**
 * `يومية سياسية مستقلة`, `أسبوعية شاملة`, `صحيفة إلكترونية مستقلة`: a paper describing itself under its name, how often
 * it comes out and what it is (no article: a story names a paper `اليومية المستقلة`).
 */
function paperDescriptions(): string[] {
  const often = ['يومية', 'أسبوعية', 'شهرية', 'نصف شهرية', 'فصلية', 'إلكترونية', 'إخبارية'];
  const kinds = ['سياسية', 'مستقلة', 'شاملة', 'جامعة', 'إخبارية', 'عربية', 'ثقافية', 'اقتصادية', 'رياضية', 'إلكترونية'];
  return often.flatMap((o) => kinds.filter((k) => k !== o).map((k) => `${o} ${k}`));
}
// A slogan that describes the paper, after its name (see `paperDescriptions`).
export const PAPER_DESCRIPTIONS: readonly string[] = paperDescriptions();

/**
 * The paper describing itself on a line of its own (`جريدة يومية مستقلة تصدر عن ...`, `صحيفة إلكترونية
 * شاملة`, `موقع إخباري مستقل`, `يومية سياسية مستقلة`): its kind of publication, or none, then how often and
 * what it is, in the feminine for a paper, the masculine for a site.
 */
function selfDescriptions(): string[] {
  const paper = ['', 'جريدة ', 'صحيفة ', 'مجلة '].flatMap((n) => PAPER_DESCRIPTIONS.map((d) => n + d));
  const often = ['إخباري', 'إلكتروني'];
  const kinds = ['مستقل', 'شامل', 'عربي', 'سياسي', 'اقتصادي', 'رياضي', 'ثقافي', 'إخباري', 'إلكتروني'];
  const site = often.flatMap((o) => kinds.filter((k) => k !== o).map((k) => `موقع ${o} ${k}`));
  return [...paper, ...site];
}
const SELF_DESCRIPTIONS = selfDescriptions();

/**
 * The paper saying how often it comes out, the whole line (`مجلة أدبية تصدر كل شهر`, `جريدة تصدر يوميا`,
 * `نشرة ثقافية تصدر مرتين في الشهر`): its kind, what it is or nothing, the verb in its gender, and how often.
 * A headline about a paper goes on past that (`صحيفة تصدر يوميا رغم الحصار`).
 */
function publishedHowOften(): string[] {
  const what = ['', ' أدبية', ' ثقافية', ' فكرية', ' علمية', ' محكمة', ' فنية', ' سياسية', ' مستقلة', ' شاملة', ' إخبارية', ' اقتصادية', ' رياضية', ' إلكترونية', ' عربية'];
  const often = [
    ...['يوم', 'أسبوع', 'أسبوعين', 'شهر', 'شهرين', 'ثلاثة أشهر', 'فصل', 'سنة', 'عام', 'صباح', 'مساء', 'خميس', 'جمعة', 'سبت', 'أحد', 'اثنين'].map((t) => `كل ${t}`),
    'يوميا', 'أسبوعيا', 'شهريا', 'فصليا', 'سنويا',
    ...['مرة', 'مرتين'].flatMap((n) => ['في الأسبوع', 'في الشهر', 'في السنة', 'في العام', 'كل شهر', 'كل أسبوع'].map((t) => `${n} ${t}`)),
  ];
  const kinds = ['مجلة', 'جريدة', 'صحيفة', 'نشرة', 'دورية'].flatMap((n) => what.map((w) => `${n}${w} تصدر`));
  const supplements = ['ملحق', 'ملحق ثقافي', 'ملحق أدبي', 'ملحق أسبوعي'].map((n) => `${n} يصدر`);
  return [...kinds, ...supplements].flatMap((k) => often.map((o) => `${k} ${o}`));
}

/**
 * A comment box with nothing in it yet: `لا توجد تعليقات بعد`, `لا يوجد
 * تعليق حتى الآن`, `لا توجد تعليقات على الخبر` (on the story), `كن أول من
 * يعلق` (be the first to comment).
 */
function noCommentsYet(): string[] {
  const none = ['لا توجد', 'لا يوجد', 'لا'].flatMap((n) => ['تعليقات', 'تعليق', 'أي تعليقات', 'أي تعليق', 'ردود'].map((c) => `${n} ${c}`));
  const on = ['', ...['الخبر', 'المقال', 'المقالة', 'الموضوع', 'المنشور', 'التدوينة'].flatMap((x) => [` على ${x}`, ` على هذا ${x}`, ` على هذه ${x}`])];
  const yet = ['', ' بعد', ' حتى الآن', ' حاليا'];
  const first = ['كن أول من يعلق', 'كن أول المعلقين', 'كن أول من يضيف تعليقا', 'كن أول من يكتب تعليقا', 'كن أول من يعلق على الخبر', 'كن أول من يعلق على المقال'];
  return [...none.flatMap((n) => on.flatMap((o) => yet.map((y) => `${n}${o}${y}`))), ...first, 'be the first to comment', 'no comments yet'];
}

/**
 * Reusing the page's content forbidden or allowed, in each verb and act (`يحظر نقل أو اقتباس المحتوى`,
 * `يمنع إعادة النشر دون ذكر المصدر`, `يسمح بالاقتباس مع الإشارة إلى المصدر`): with the content or the
 * source named too (see the group's `with`).
 */
function reuseRuled(): string[] {
  const acts = ['نسخ', 'النسخ', 'نقل', 'النقل', 'اقتباس', 'الاقتباس', 'إعادة نشر', 'إعادة النشر', 'إعادة استخدام', 'استخدام', 'طبع', 'إعادة إنتاج'];
  const forbid = ['يمنع', 'يحظر', 'لا يجوز', 'ممنوع', 'يحظر منعا باتا'];
  // `لا يسمح بنسخ`, `يسمح بالنقل`: the preposition glued to the act.
  const allow = ['لا يسمح', 'يسمح'];
  return [...forbid.flatMap((f) => acts.map((a) => `${f} ${a}`)), ...allow.flatMap((v) => acts.map((a) => `${v} ب${a}`)), 'يسمح بالنقل والاقتباس'];
}

/** The label of an author box: about the writer, in the masculine and the feminine (`عن الكاتبة`, `نبذة عن المؤلف`). */
function aboutTheAuthor(): string[] {
  const who = ['الكاتب', 'الكاتبة', 'المؤلف', 'المؤلفة', 'المحرر', 'المحررة', 'كاتب المقال', 'كاتبة المقال'];
  return [...who.flatMap((w) => [`عن ${w}`, `نبذة عن ${w}`, `نبذة عن حياة ${w}`]), 'about the author', 'about the writer'];
}

/**
 * A prompt to give one's opinion under the story, alone on its line: a verb to the reader and the opinion
 * or the comments (`شاركنا رأيك في التعليقات`, `أخبرونا برأيكم`, `اترك رأيك`).
 */
function askOpinion(): string[] {
  const verbs = ['شاركنا', 'شاركونا', 'شارك', 'شاركي', 'أخبرنا', 'أخبرونا', 'قل', 'قولوا', 'اترك', 'اتركوا', 'أضف', 'أضيفوا', 'اكتب', 'اكتبوا'];
  const what = ['رأيك', 'برأيك', 'رأيكم', 'برأيكم', 'آراءكم', 'بآرائكم'].flatMap((o) => [o, `${o} في التعليقات`, `${o} في تعليق`, `${o} في خانة التعليقات`]);
  return [...verbs.flatMap((v) => [...what, 'في التعليقات', 'في خانة التعليقات'].map((o) => `${v} ${o}`)), 'share your opinion', 'tell us what you think', 'let us know in the comments'];
}

// The form under a newsletter box: a field's label and a button, a few words each.
const NEWSLETTER_FORM: ChromeBox = { rule: 'widget', maxWords: 3, fields: true };

// A camera's or a picture's mark opening a line: the line is the picture's caption (`📷 رجال الإطفاء في الغابة`).
export const PICTURE_MARKS: readonly string[] = ['📷', '📸', '🖼'];

// Words of a form's fields and buttons (`بريدك الإلكتروني`, `الاسم`, `اشتراك`, `إرسال`): the lines of a
// newsletter's form hold one of them; a subheading of the story under the form holds none.
export const FORM_FIELDS: readonly string[] = [
  'البريد', 'بريدك', 'بريد', 'الإلكتروني', 'إلكتروني', 'الإيميل', 'إيميلك', 'إيميل', 'الاسم', 'اسمك', 'اسم', 'الهاتف', 'هاتفك', 'الجوال', 'جوالك',
  'اشترك', 'اشتركي', 'اشتركوا', 'اشتراك', 'الاشتراك', 'سجل', 'سجلي', 'تسجيل', 'التسجيل', 'أرسل', 'إرسال', 'ارسال', 'موافق', 'أوافق', 'أدخل', 'ادخل', 'اكتب',
  'email', 'e-mail', 'name', 'phone', 'subscribe', 'sign up', 'submit', 'send', 'ok',
];

// A poll's names, as its label prints them alone or before its question.
const POLL_NAMES: readonly string[] = ['استطلاع رأي', 'استطلاع الرأي', 'استطلاع', 'الاستطلاع', 'استطلاع اليوم', 'استفتاء', 'استفتاء اليوم', 'سؤال اليوم', 'poll', 'quick poll'];

/**
 * The site saying it uses cookies: the site (or `we`) with a verb of using, in either order, and what it
 * calls them (`يستخدم هذا الموقع الكوكيز`, `موقعنا يعتمد على ملفات`, `يستعين الموقع بالكوكيز`).
 */
function siteUsesCookies(): string[] {
  // (`ملفات` alone only after this site or ours: `الموقع يستخدم ملفات مسربة` is news about a website.)
  const sites: [string, string[]][] = [['هذا الموقع', ['الكوكيز', 'كوكيز', 'ملفات']], ['موقعنا', ['الكوكيز', 'كوكيز', 'ملفات']], ['الموقع', ['الكوكيز', 'كوكيز', 'ملفات تعريف']]];
  // Each verb with the preposition its object takes (none, `على `, or the glued `ب`).
  const verbs: [string, string][] = [['يستخدم', ''], ['يستعمل', ''], ['يعتمد', 'على '], ['يستعين', 'ب']];
  const said = verbs.flatMap(([v, to]) => sites.flatMap(([s, objects]) => [`${v} ${s}`, `${s} ${v}`].flatMap((sv) => objects.map((o) => `${sv} ${to}${o}`))));
  const we: [string, string][] = [['نستخدم', ''], ['نستعمل', ''], ['نعتمد', 'على '], ['نستعين', 'ب']];
  return [...said, ...we.flatMap(([v, to]) => ['الكوكيز', 'كوكيز', 'ملفات تعريف'].map((o) => `${v} ${to}${o}`))];
}

// A live report's badge (`مباشر`, `تغطية مباشرة`, `لحظة بلحظة`): alone on its line, the page's chrome; before a
// headline's colon, a live report whose entries (`الدقيقة 12: ...`) follow its first paragraph.
export const LIVE_LEADS: readonly string[] = [
  'مباشر', 'بث مباشر', 'تغطية مستمرة', 'تغطية حية', 'تغطية مباشرة', 'متابعة مستمرة', 'متابعة حية', 'تحديثات مستمرة', 'تحديثات مباشرة',
  'لحظة بلحظة', 'live', 'live updates', 'live coverage', 'live blog',
];

export const CHROME: readonly ChromeGroup[] = [
  // Share buttons and their labels; a row of them on one line is one of them.
  {
    rule: 'chrome-share',
    mode: 'exact',
    maxWords: 6,
    ends: 'list',
    row: true,
    phrases: [
      // A platform's button alone (`تلغرام`, `لينكدإن`).
      ...PLATFORM_NAMES,
      'شارك', 'مشاركة', 'شارك الخبر', 'شارك المقال', 'شارك هذا المقال', 'شارك هذا الخبر', 'انشر', 'انشر الخبر',
      'مشاركة الخبر', 'المشاركة', 'شاركها', 'شارك القصة',
      // Help spread it (`ساهم في نشر الخبر`).
      ...['ساهم في نشر', 'ساهموا في نشر', 'ساعد في نشر', 'ساعدوا في نشر', 'ساعدنا في نشر'].flatMap((v) => ['الخبر', 'المقال', 'الموضوع'].map((o) => `${v} ${o}`)),
      'فيسبوك', 'تويتر', 'واتساب', 'واتس اب', 'تليجرام', 'تيليجرام',
      'لينكد إن', 'انستجرام', 'طباعة', 'اطبع', 'أرسل لصديق', 'ارسل الى صديق', 'إرسال', 'بريد إلكتروني',
      'نسخ الرابط', 'تم نسخ الرابط', 'تم النسخ', 'انسخ الرابط', 'رابط مختصر', 'الرابط المختصر', 'حفظ', 'تكبير الخط', 'تصغير الخط',
      // The editor's link the page shows a signed-in writer (`تعديل المقال`).
      'تعديل المقال', 'تعديل الخبر', 'تعديل الموضوع', 'تحرير المقال', 'تحرير الخبر', 'edit post', 'edit article', 'edit this',
      // Saving, copying, downloading the page (`تم الحفظ`, `نسخ النص`, `تنزيل المقال بصيغة PDF`).
      'تم الحفظ', 'حفظ المقال', 'حفظ الخبر', 'نسخ النص', 'تم نسخ النص', 'save article', 'saved',
      ...['تحميل', 'تنزيل', 'حمل', 'نزل'].flatMap((v) => ['pdf', 'المقال pdf', 'الخبر pdf', 'المقال بصيغة pdf', 'الخبر بصيغة pdf', 'بصيغة pdf', 'نسخة pdf'].map((o) => `${v} ${o}`)),
      'pdf', 'download pdf',
      'حجم الخط', 'share', 'share this', 'tweet', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'print',
      'email', 'copy link', 'x', 'facebook icon', 'whatsapp icon', 'twitter icon',
      // Blog share and like widgets, as their Arabic translations print them.
      'شارك هذا', 'شارك هذه', 'شارك هذه المقالة', 'شارك هذه التدوينة', 'مشاركة هذا', 'شارك على فيسبوك', 'معجب بهذه', 'معجب بهذا', 'أعجبني هذا',
      'إعجاب', 'إعجاب تحميل', 'تحميل', 'جار التحميل', 'like this', 'like loading', 'loading',
      // Page tools: a printable copy, sending, saving, bookmarking.
      // Printing the page, in each verb and each name of what is printed (`اطبع هذا الخبر`, `طباعة الصفحة`).
      ...['طباعة', 'اطبع', 'إطبع', 'طبع'].flatMap((v) => ['الخبر', 'المقال', 'الصفحة', 'الموضوع', 'المادة', 'التقرير', 'هذا الخبر', 'هذا المقال', 'هذه الصفحة', 'هذا الموضوع'].map((o) => `${v} ${o}`)),
      'نسخة للطباعة', 'نسخة للطبع', 'إرسال لصديق', 'أرسل إلى صديق', 'حفظ المقال', 'حفظ الخبر', 'print this', 'print version',
      'احفظ', 'احفظ المقال', 'احفظ الخبر', 'أضف للمفضلة', 'أضف إلى المفضلة', 'إضافة للمفضلة', 'إضافة إلى المفضلة', 'المفضلة', 'bookmark', 'save',
      // ... to read later, in each verb and list (`أضف إلى قائمة القراءة`, `احفظ للقراءة لاحقا`).
      ...['أضف إلى', 'أضف ل', 'إضافة إلى', 'احفظ في', 'حفظ في', 'احفظ ل', 'حفظ ل'].flatMap((v) =>
        ['قائمة القراءة', 'قائمة القراءة لاحقا', 'القراءة لاحقا', 'قائمتي', 'مفضلتي'].map((o) => (v.endsWith('ل') ? `${v}${o.replace(/^ال/u, 'ل')}` : `${v} ${o}`))),
      'اقرأ لاحقا', 'اقرأه لاحقا', 'read later', 'save for later', 'add to reading list',
      // Reading the page in another language, or having it translated (`اقرأ بالإنجليزية`, `ترجمة المقال إلى الفرنسية`).
      ...['الإنجليزية', 'الإنكليزية', 'الفرنسية', 'التركية', 'العبرية'].flatMap((l) => [`اقرأ ب${l.slice(1)}`, `اقرأ باللغة ${l}`, `ترجمة المقال إلى ${l}`, `ترجم المقال إلى ${l}`, `ترجمة الخبر إلى ${l}`]),
      'read in english', 'read in french', 'lire en français', 'translate this article',
      // Sending by mail, liking, a copy as a file (`أرسل بالبريد الإلكتروني`, `أعجبني`, `تحميل PDF`).
      'أرسل بالبريد الإلكتروني', 'إرسال بالبريد الإلكتروني', 'أرسل بالبريد', 'إرسال بالبريد', 'أعجبني', 'لم يعجبني', 'لا يعجبني',
      // A tweet button alone, the verb to the reader (`غرد`, `غردها`).
      'غرد', 'غردها', 'غرد الخبر',
      'تحميل pdf', 'تنزيل pdf', 'تحميل المقال pdf', 'تحميل الخبر pdf', 'نسخة pdf', 'pdf', 'download pdf',
    ],
  },
  { rule: 'chrome-share', mode: 'prefix', maxWords: 14, ends: 'list', phrases: ['شارك برأيك', 'حجم الخط'] },
  // "Share on / via": alone, or naming a platform (`شارك عبر واتساب`); a story says `شارك عبر تقنية الفيديو ...` too.
  { rule: 'chrome-share', mode: 'exact', maxWords: 3, ends: 'list', phrases: ['شارك على', 'شارك عبر', 'share on', 'share via', 'مشاركة عبر', 'شارك من خلال'] },
  // The text size buttons: `أ+ أ-`, `A- A+` (the signs fold away), and their names.
  // (And the buttons as bare letters, one a line or side by side: `أ` / `أ`, `A A`; and their verbs alone, `تكبير | تصغير`.)
  {
    rule: 'chrome-share',
    mode: 'exact',
    maxWords: 4,
    ends: 'list',
    phrases: ['أ+ أ-', 'أ- أ+', 'A+ A-', 'A- A+', 'تكبير الخط', 'تصغير الخط', 'تكبير الخط تصغير الخط', 'أ', 'أ أ', 'أ أ أ', 'A', 'A A', 'تكبير', 'تصغير', 'تكبير تصغير', 'تصغير تكبير'],
  },
  {
    rule: 'chrome-share',
    mode: 'prefix',
    maxWords: 14,
    ends: 'list',
    phrases: ['شارك على', 'شارك عبر', 'share on', 'share via', 'مشاركة عبر', 'شارك من خلال'],
    with: [...PLATFORMS, 'البريد الإلكتروني', 'الشبكات الاجتماعية', 'مواقع التواصل', 'وسائل التواصل', 'x', 'email', 'social media'],
  },
  // "Share the article via:" with nothing after it, in each verb and object (`شارك المقال عبر:`).
  {
    rule: 'chrome-share',
    mode: 'exact',
    maxWords: 5,
    ends: 'list',
    phrases: SHARE_THE_ARTICLE_VIA,
  },
  // "Share the article via Facebook and X": the same verbs, objects and prepositions, then the platforms.
  {
    rule: 'chrome-share',
    mode: 'prefix',
    maxWords: 14,
    ends: 'list',
    phrases: SHARE_THE_ARTICLE_VIA,
    with: [...PLATFORMS, 'البريد الإلكتروني', 'الشبكات الاجتماعية', 'مواقع التواصل', 'وسائل التواصل', 'email', 'social media'],
  },
  // Share buttons: a verb to the reader and the platform, alone (`انشر على فيسبوك`); `غرد على تويتر` opens a story's sentence
  // too (`غرد على تويتر قائلا ...`), so the whole line only.
  { rule: 'chrome-share', mode: 'exact', maxWords: 5, ends: 'list', phrases: shareOnPlatform() },
  // "Share this news with your friends", in its wordings.
  {
    rule: 'chrome-share',
    mode: 'contains',
    maxWords: 14,
    ends: 'list',
    phrases: [
      'مع أصدقائك', 'مع أصدقائكم', 'مع اصحابك', 'لأصدقائك', 'لأصدقائكم', 'شارك هذا الخبر', 'شارك هذا المقال', 'شاركوا هذا الخبر',
      'شاركوا الخبر', 'شاركوا المقال', 'انشر هذا الخبر', 'انشروا الخبر', 'share this article', 'share this story', 'share with your friends',
      // "Don't forget to share", and "share the news with ..." whoever it names (`لا تنس مشاركة الخبر مع من تحب`).
      ...['لا تنس', 'لا تنسى', 'لا تنسي', 'لا تنسوا'].flatMap((v) => ['مشاركة', 'نشر'].map((o) => `${v} ${o}`)),
      ...['شارك', 'شاركي', 'شاركوا', 'انشر', 'انشروا'].flatMap((v) => ['الخبر', 'المقال', 'الموضوع'].map((o) => `${v} ${o} مع`)),
      // "Send this news to your friends / to a friend": the mail button's wordings.
      'إلى أصدقائك', 'إلى أصدقائكم', 'لأصحابك', 'send to a friend', 'email to a friend',
      ...['أرسل', 'أرسلي', 'أرسلوا', 'ابعث', 'ابعثوا'].flatMap((v) => [...['هذا الخبر', 'هذا المقال', 'هذا الموضوع'].map((o) => `${v} ${o}`), `${v} إلى صديق`, `${v} لصديق`, `${v} لصديقك`]),
      // The piece named before the friend (`أرسل الخبر إلى صديق`), and the reader's own page or account as where to share it
      // (`انشر الخبر على صفحتك`): a story does not address its reader so.
      ...['أرسل', 'أرسلي', 'أرسلوا', 'ابعث', 'ابعثوا'].flatMap((v) => ['الخبر', 'المقال', 'الموضوع'].flatMap((o) => [`${v} ${o} إلى صديق`, `${v} ${o} لصديق`])),
      'على صفحتك', 'على صفحتكم', 'على حسابك', 'على حساباتكم', 'عبر صفحتك', 'عبر حسابك',
    ],
  },
  // Follow-us and join-our-channel lines.
  {
    rule: 'chrome-follow',
    mode: 'prefix',
    maxWords: 8,
    ends: 'list',
    phrases: [
      'تابعونا على', 'تابعنا على', 'تابعونا عبر', 'تابعنا عبر', 'تابعوا', 'تابعونا', 'تابعنا', 'follow us', 'تابع آخر الأخبار', 'تابع أحدث الأخبار',
      // The other verb of following (`اتبعنا على إنستغرام`), and a link to the site's own channel (`رابط قناتنا`).
      'اتبعنا على', 'اتبعونا على', 'اتبعنا عبر', 'اتبعونا عبر', 'رابط قناتنا', 'رابط مجموعتنا', 'رابط صفحتنا', 'رابط حسابنا',
    ],
  },
  {
    rule: 'chrome-follow',
    mode: 'contains',
    maxWords: 18,
    ends: 'list',
    phrases: [
      'تابعونا على', 'تابعنا على', 'انضم إلى قناتنا', 'انضموا إلى قناتنا', 'اشترك في قناتنا', 'قناتنا على', 'عبر تطبيق نبض',
      'لقناتنا على', 'انضم لقناتنا', 'انضموا لقناتنا', 'حسابنا على', 'صفحتنا على',
      'google news', 'جوجل نيوز', 'أخبار جوجل', 'أخبار غوغل', 'غوغل نيوز',
    ],
  },
  // A promotion of the site's channels: a platform and an invitation on one line.
  { rule: 'chrome-follow', mode: 'contains', maxWords: 30, ends: 'list', phrases: PLATFORMS, with: INVITATIONS },
  // A link to a channel on a platform, named on a short line (`رابط قناة تيليجرام`, `رابط الانضمام لمجموعة واتساب`).
  { rule: 'chrome-follow', mode: 'contains', maxWords: 8, ends: 'list', phrases: PLATFORMS, with: ['رابط قناة', 'رابط مجموعة', 'رابط صفحة', 'رابط حساب', 'رابط الانضمام', 'رابط الاشتراك'] },
  // Following the site's news, asked for by an invitation (`يمكنكم متابعة آخر الأخبار عبر تطبيق الأفق`, `لمتابعة أحدث
  // الأخبار اضغط هنا`); a story's `حث المواطنين على متابعة آخر الأخبار` addresses no reader.
  {
    rule: 'chrome-follow',
    mode: 'contains',
    maxWords: 20,
    ends: 'list',
    phrases: ['متابعة', 'لمتابعة', 'تابع', 'تابعوا'].flatMap((v) => ['آخر الأخبار', 'أحدث الأخبار', 'آخر المستجدات', 'المزيد من الأخبار', 'أهم الأخبار', 'الأخبار العاجلة'].map((o) => `${v} ${o}`)),
    with: INVITATIONS,
  },
  // A channel's own call to subscribe and ring its bell (`لا تنسوا الاشتراك في القناة وتفعيل الجرس`).
  { rule: 'chrome-follow', mode: 'contains', maxWords: 18, ends: 'list', phrases: ['تفعيل الجرس', 'تفعيل زر الجرس', 'الاشتراك في القناة', 'الاشتراك في قناتنا'], with: INVITATIONS },
  // The site's notifications, asked for by an invitation (`اضغط على الجرس لتصلك الإشعارات`).
  // (Or asked to turn them on: `فعّل الإشعارات`, `شغل التنبيهات`; only beside the notifications, a verb of any text elsewhere.)
  {
    rule: 'chrome-follow',
    mode: 'contains',
    maxWords: 14,
    ends: 'list',
    phrases: ['الجرس', 'زر الجرس', 'الإشعارات', 'إشعارات', 'التنبيهات', 'تنبيهات', 'notifications'],
    with: [...INVITATIONS, 'فعل', 'فعلي', 'فعلوا', 'شغل', 'شغلي', 'شغلوا', 'enable', 'turn on', 'activate'],
  },
  // The site's sign-off to its reader (`نتمنى أن يكون المقال قد نال إعجابكم`, `إذا أعجبك المقال شاركه`), and its
  // invitation to comment (`شاركنا برأيك في التعليقات`): the second person is the reader's.
  {
    rule: 'chrome-signoff',
    mode: 'contains',
    maxWords: 20,
    phrases: [
      'نال إعجابكم', 'ينال إعجابكم', 'نالت إعجابكم', 'تنال إعجابكم', 'قد أعجبكم', 'نال إعجابك', 'ينال إعجابك',
      ...['إذا أعجبك', 'إذا أعجبكم', 'إن أعجبك', 'إن أعجبكم', 'لو أعجبك'].flatMap((v) => ['المقال', 'الموضوع', 'الخبر', 'التقرير'].map((o) => `${v} ${o}`)),
      'شاركنا برأيك', 'شاركونا آراءكم', 'شاركونا برأيكم', 'شاركونا رأيكم', 'أخبرنا برأيك', 'أخبرونا برأيكم', 'اكتب لنا رأيك',
      'اتركوا تعليقاتكم', 'اترك لنا تعليقك', 'رأيك في التعليقات', 'آراءكم في التعليقات',
    ],
  },
  // ... or asked with no `if`, opening a short line (`أعجبك الخبر؟ شاركه الآن`): the piece itself, liked, in its gender.
  {
    rule: 'chrome-signoff',
    mode: 'prefix',
    maxWords: 8,
    phrases: [
      ...['أعجبك', 'أعجبكم'].flatMap((v) => ['المقال', 'الموضوع', 'الخبر', 'التقرير'].map((o) => `${v} ${o}`)),
      ...['أعجبتك', 'أعجبتكم'].flatMap((v) => ['المقالة', 'القصة', 'التدوينة'].map((o) => `${v} ${o}`)),
    ],
  },
  // Comment boxes (whole lines only, up to an empty box's longest notice).
  {
    rule: 'chrome-comments',
    mode: 'exact',
    maxWords: 8,
    ends: 'story',
    readers: true,
    phrases: [
      'اترك تعليق', 'اترك تعليقا', 'أضف تعليق', 'أضف تعليقك', 'التعليقات', 'تعليقات', 'لا توجد تعليقات', 'اكتب تعليقك',
      'شارك رأيك', 'شاركنا رأيك', 'أضف رأيك', 'تعليقات الفيسبوك', 'تعليقات فيسبوك', 'facebook comments', 'leave a comment', 'leave a reply', 'comments', 'no comments', 'comment',
      // Whose comments: `تعليقات الزوار`, `آراء القراء`, `التعليقات والآراء`.
      ...['تعليقات', 'التعليقات', 'آراء', 'الآراء', 'ردود'].flatMap((s) =>
        ['الزوار', 'القراء', 'المتابعين', 'القراء والزوار', 'الأعضاء', 'المستخدمين'].map((o) => `${s} ${o}`),
      ),
      'اترك تعليقا إلغاء الرد', 'اترك ردا', 'اترك رد', 'اترك ردا إلغاء الرد', 'إلغاء الرد', 'أضف تعليقا إلغاء الرد', 'leave a reply cancel reply', 'cancel reply',
      'أحدث التعليقات', 'آخر التعليقات', 'أكثر التعليقات', 'عدد التعليقات', 'التعليقات والآراء', 'شارك بتعليقك', 'شاركنا بتعليقك', 'علق على الخبر',
      'علق على الموضوع', 'علق على المقال', 'اكتب تعليقا', 'ما رأيك', 'رأيك يهمنا', 'أضف تعليقا', 'أرسل تعليقك', 'commentaires', 'laisser un commentaire',
      // The comment field's placeholder, and the plugin's name as its frame prints it.
      'إضافة تعليق', 'إضافة تعليقك', 'أضف تعليقا هنا', 'اكتب تعليقك هنا', 'add a comment', 'write a comment',
      // The comment form's button.
      'إرسال التعليق', 'ارسال التعليق', 'أرسل التعليق', 'نشر التعليق', 'انشر التعليق', 'إضافة التعليق', 'أضف التعليق', 'post comment', 'submit comment',
      'مكون facebook comments الإضافي', 'مكون تعليقات فيسبوك الإضافي', 'facebook comments plugin',
      ...noCommentsYet(),
      ...askOpinion(),
    ],
  },
  // A comment box's order (`ترتيب حسب` / `الأقدم` / `الأحدث`): its options are short lines under it, a label among
  // them (`الأحدث`, `الأكثر تفاعلا`) one of the options.
  {
    rule: 'chrome-comments',
    mode: 'exact',
    maxWords: 4,
    ends: 'story',
    readers: true,
    box: { rule: 'widget', maxWords: 3, options: true },
    phrases: ['ترتيب حسب', 'ترتيب التعليقات', 'ترتيب التعليقات حسب', 'فرز حسب', 'فرز التعليقات', 'رتب حسب', 'رتب التعليقات', 'sort by', 'order by'],
  },
  // The rules of a comment box: `المرجو عدم الإساءة ...`, `التعليقات تعبر عن رأي أصحابها`.
  {
    rule: 'chrome-comments',
    mode: 'contains',
    maxWords: 40,
    ends: 'story',
    phrases: [
      // A polite request opens them (`المرجو`, `يرجى`, `نرجو`): a story may report a call for `عدم الإساءة` too.
      ...['المرجو', 'يرجى', 'نرجو', 'الرجاء', 'ونرجو', 'ويرجى'].flatMap((r) =>
        ['عدم الإساءة', 'الالتزام بآداب الحوار', 'الالتزام بموضوع', 'احترام آداب الحوار', 'عدم الخروج عن موضوع',
          ...['بقواعد', 'بشروط', 'بآداب', 'بسياسة'].flatMap((k) => ['النشر', 'التعليق', 'التعليقات'].map((o) => `الالتزام ${k} ${o}`))].map((o) => `${r} ${o}`),
      ),
      // The site welcoming comments (`نرحب بتعليقاتكم`, `يسعدنا تلقي آرائكم`) over its rules.
      ...['بتعليقاتكم', 'بآرائكم', 'بمشاركاتكم'].map((o) => `نرحب ${o}`),
      ...['يسعدنا تلقي', 'نسعد بتلقي'].flatMap((v) => ['تعليقاتكم', 'آرائكم', 'مشاركاتكم'].map((o) => `${v} ${o}`)),
      'آداب التعليق', 'شروط التعليق', 'قواعد التعليق', 'سياسة التعليقات', 'تعبر عن رأي أصحابها', 'تعبر عن آراء أصحابها',
      'تعبر عن رأي كاتبيها', 'تعليقك بعد المراجعة', 'التعليق بعد المراجعة', 'تخضع التعليقات للمراجعة', 'يخضع التعليق للمراجعة', 'تخضع للمراجعة قبل النشر',
      'comment policy', 'comments are moderated',
    ],
  },
  // Comment boxes that are closed, and their rules.
  {
    rule: 'chrome-comments',
    mode: 'contains',
    maxWords: 16,
    ends: 'story',
    phrases: [
      'التعليقات مغلقة', 'التعليق مغلق', 'التعليقات مقفلة', 'إغلاق التعليقات', 'أغلقت التعليقات', 'تم إغلاق التعليقات', 'باب التعليقات مغلق',
      'لا يمكن التعليق', 'التعليقات متوقفة', 'التعليقات معطلة', 'أضف تعليقا', 'يجب تسجيل الدخول للتعليق', 'لن يتم نشر عنوان بريدك',
      'comments are closed', 'comments closed', 'comments are disabled', 'you must be logged in to post a comment',
      // The door of comments closed on this piece (`أغلق باب التعليق على هذا الموضوع`); "on this" makes it the page's own.
      'باب التعليق مغلق',
      ...['أغلق', 'تم إغلاق', 'أغلقنا'].flatMap((v) =>
        ['باب التعليق', 'باب التعليقات', 'التعليق', 'التعليقات'].flatMap((o) => ['على هذا', 'على هذه', 'في هذا', 'لهذا'].map((on) => `${v} ${o} ${on}`)),
      ),
    ],
  },
  // Comments closed on the post, its title between (`التعليقات على <العنوان> مغلقة`, `Comments Off on <title>`): the
  // notice ends the line, the comments open it (a story's sentence ending `مغلقة` names no comments first).
  { rule: 'chrome-comments', mode: 'suffix', maxWords: 45, ends: 'story', phrases: ['مغلقة', 'مغلق', 'مقفلة', 'مقفل'], with: ['التعليقات على', 'التعليق على'] },
  { rule: 'chrome-comments', mode: 'prefix', maxWords: 45, ends: 'story', phrases: ['comments off on', 'comments closed on'] },
  // The comment form's notes: the address kept private, the fields marked, the browser remembering the name.
  {
    rule: 'chrome-comments',
    mode: 'contains',
    maxWords: 30,
    ends: 'story',
    phrases: [
      'لن يتم نشر بريدك', 'لن ينشر بريدك', 'لن يتم نشر البريد الإلكتروني', 'البريد الإلكتروني لن يتم نشره', 'لن يظهر بريدك',
      ...['الحقول الإلزامية', 'الحقول المطلوبة', 'الحقول الضرورية'].flatMap((f) => ['مشار إليها', 'مشار لها', 'عليها علامة', 'مميزة بعلامة'].map((m) => `${f} ${m}`)),
      'احفظ اسمي', 'حفظ اسمي', 'احفظ اسمي وبريدي', 'تذكر اسمي', 'save my name', 'required fields are marked', 'your email address will not be published',
    ],
  },
  // Comments that cannot be posted, in any order of the words (`التعليق على هذا الخبر غير متاح`, `لا يمكن إضافة تعليقات`).
  {
    rule: 'chrome-comments',
    mode: 'contains',
    maxWords: 12,
    ends: 'story',
    phrases: ['غير متاح', 'غير متاحة', 'غير مفعل', 'غير مفعلة', 'معطل', 'معطلة', 'متوقف', 'متوقفة', 'لا يمكن إضافة', 'لا يمكنك إضافة', 'لا يمكنك'],
    with: ['التعليق', 'التعليقات', 'تعليق', 'تعليقات', 'تعليقك'],
  },
  // Opinion disclaimers under columns.
  {
    rule: 'chrome-disclaimer',
    mode: 'contains',
    maxWords: 30,
    phrases: [
      'تعبر عن رأي كاتبها', 'لا تعبر بالضرورة عن رأي', 'تعبر عن وجهة نظر كاتبها', 'المقالات المنشورة تعبر',
      'لا تعبر بالضرورة عن', 'لا تعبر عن رأي الموقع', 'لا تعبر عن رأي الصحيفة', 'لا تعبر عن رأي الجريدة', 'لا يعكس بالضرورة', 'لا تعكس بالضرورة',
    ],
  },
  // The site disowns what it carries (`هذا الخبر منقول ... والموقع غير مسؤول عن صحته`), in each subject and spelling.
  { rule: 'chrome-disclaimer', mode: 'contains', maxWords: 30, phrases: notResponsible() },
  // The views are the author's, in each wording ([the piece] expresses [the opinion of] its writer), on a line that names the writing:
  // a story's sentence may say so of a statement (`البيان يعبر عن رأي صاحبه`).
  {
    rule: 'chrome-disclaimer',
    mode: 'contains',
    maxWords: 30,
    phrases: expressesWriter(),
    with: ['المقال', 'المقالات', 'مقالات', 'مقال', 'المقالة', 'مقالة', 'الآراء', 'آراء', 'ما ينشر', 'المنشورة', 'المنشور', 'الرأي', 'المدونة', 'المدونات', 'التدوينة', 'التدوينات'],
  },
  // The paper's publisher in its masthead (`تصدر عن مؤسسة الأفق للصحافة والنشر`): the publishing verb opens
  // the line and the publisher's trade names it (a story's `يصدر عن الوزارة بيان` names none).
  {
    rule: 'chrome-masthead',
    mode: 'prefix',
    maxWords: 10,
    phrases: ['تصدر عن', 'يصدر عن', 'تصدرها', 'يصدرها', 'صادرة عن', 'صادر عن', 'published by'],
    with: ['للصحافة', 'للنشر', 'والنشر', 'للطباعة', 'للإعلام', 'والإعلام', 'الإعلامية', 'الصحفية', 'publishing', 'media group'],
  },
  // ... and the paper describing itself: its kind, how often and what it is, alone (`موقع إخباري مستقل`,
  // `يومية سياسية مستقلة`: four words at most), or
  // with its publisher or its founding (`جريدة يومية مستقلة تصدر عن دار المدار`, `... منذ 1987`). A headline
  // about such a paper has its own verb (`صحيفة يومية مستقلة تكشف ...`).
  { rule: 'chrome-masthead', mode: 'prefix', maxWords: 4, phrases: SELF_DESCRIPTIONS },
  // ... or how often it comes out, the whole line (see `publishedHowOften`).
  { rule: 'chrome-masthead', mode: 'exact', maxWords: 8, phrases: publishedHowOften() },
  {
    rule: 'chrome-masthead',
    mode: 'prefix',
    maxWords: 10,
    phrases: SELF_DESCRIPTIONS,
    with: ['تصدر عن', 'يصدر عن', 'صادرة عن', 'صادر عن', 'تصدرها', 'يصدرها', 'تأسست', 'تأسس', 'منذ', 'since'],
  },
  // Copyright footers.
  {
    rule: 'chrome-copyright',
    mode: 'contains',
    maxWords: 25,
    ends: 'story',
    phrases: ['جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة', 'all rights reserved', 'copyright'],
  },
  // The page says its content is protected (`هذا المحتوى محمي بحقوق النشر`), each subject in its gender.
  { rule: 'chrome-copyright', mode: 'contains', maxWords: 25, ends: 'story', phrases: contentProtected() },
  // ... or that the rights are kept, opening the line with no `all` (`الحقوق محفوظة لموقع المسار 2026`): in a
  // story's sentence the words come later (`وأكد أن الحقوق محفوظة ...`).
  { rule: 'chrome-copyright', mode: 'prefix', maxWords: 12, ends: 'story', phrases: ['الحقوق محفوظة', 'حقوق النشر والتوزيع محفوظة', 'حقوق الطبع والنشر محفوظة', '© الحقوق محفوظة'] },
  // Advertising slots.
  {
    rule: 'chrome-ads',
    mode: 'exact',
    maxWords: 3,
    phrases: [
      'إعلان', 'إعلانات', 'ترويج', 'مساحة إعلانية', 'برعاية', 'برعاية رسمية', 'إعلان تجاري', 'إعلانات تجارية', 'إعلان مدفوع الأجر', 'advertisement', 'ads', 'sponsored', 'ad',
      // An ad network's slot named (`إعلانات جوجل`, `إعلان Google`).
      ...['إعلان', 'إعلانات', 'اعلان', 'اعلانات'].flatMap((a) => ['جوجل', 'غوغل', 'google'].map((n) => `${a} ${n}`)),
    ],
  },
  // How to advertise on the site, with a way to reach it (`لإعلاناتكم يرجى الاتصال على الرقم ...`, `للإعلان
  // تواصلوا معنا عبر واتساب`). `للإعلان عن` opens a story's sentence too (to announce): only the words that follow
  // it when it means advertising, and a way to reach the site, are asked for.
  {
    rule: 'chrome-ads',
    mode: 'prefix',
    maxWords: 16,
    phrases: [
      'لإعلاناتكم', 'لاعلاناتكم', 'للإعلانات', 'للاعلانات', 'للحجز الإعلاني', 'لحجز الإعلانات', 'for advertising', 'to advertise',
      ...['للإعلان', 'للاعلان'].flatMap((a) =>
        ['اتصل', 'اتصلوا', 'يرجى', 'تواصل', 'تواصلوا', 'والتواصل', 'والاستفسار', 'على', 'في', 'معنا', 'لدينا', 'عبر', 'راسلنا', 'راسلونا'].map((w) => `${a} ${w}`),
      ),
    ],
    with: ['اتصل', 'اتصلوا', 'الاتصال', 'تواصل', 'تواصلوا', 'التواصل', 'راسلنا', 'راسلونا', 'هاتف', 'الهاتف', 'رقم', 'الرقم', 'واتساب', 'البريد', 'contact', 'call', 'email'],
  },
  // A sponsor's badge, the sponsor named after it on a short line (`برعاية بنك الأفق`, `بدعم من شركة المدار`,
  // `sponsored by X`): four words at most, where a sentence opening so goes on (`برعاية الوزير افتتح ...`).
  { rule: 'chrome-ads', mode: 'prefix', maxWords: 4, phrases: ['برعاية', 'بدعم من', 'مقدم من', 'مقدمة من', 'برعاية حصرية من', 'sponsored by', 'presented by'] },
  // A paid piece's label alone on its line, in each noun and adjective (`مقال مدعوم`, `المحتوى الإعلاني`, `مادة ممولة`).
  { rule: 'chrome-ads', mode: 'exact', maxWords: 3, phrases: [...paidContent(), 'sponsored content', 'paid content', 'paid post', 'advertorial', 'promoted', 'partner content'] },
  // The story going on past an ad slot, in every wording, and where (`أدناه`, `بعد الإعلان`) after it.
  { rule: 'chrome-ads', mode: 'prefix', maxWords: 6, phrases: readingGoesOn() },
  // Labels around an ad slot in the middle of a story: sponsored content, "the story goes on below".
  {
    rule: 'chrome-ads',
    mode: 'exact',
    maxWords: 6,
    phrases: [
      'المحتوى المدعوم', 'محتوى ممول', 'المحتوى الممول', 'إعلان ممول', 'إعلان مدفوع', 'مساحة إعلانية مدفوعة', 'روابط ممولة', 'روابط إعلانية',
      'تابع القراءة بالأسفل', 'تابع القراءة أدناه', 'تابع القراءة', 'يتابع القراءة بالأسفل', 'تابعوا القراءة بالأسفل', 'أكمل القراءة بالأسفل',
      'اسحب للأسفل لمتابعة القراءة', 'مرر للأسفل لمتابعة القراءة', 'يتبع بعد الإعلان', 'تتمة الخبر بعد الإعلان', 'المقال يتواصل بعد الإعلان',
      // Read more below the slot (`اقرأ المزيد أدناه`), and the slot's label in two languages (`إعلان Advertisement`).
      'اقرأ المزيد أدناه', 'اقرأ المزيد بالأسفل', 'اقرأ المزيد في الأسفل', 'المزيد أدناه', 'المزيد بالأسفل', 'continue reading below', 'story continues below',
      'article continues below', 'إعلان advertisement', 'advertisement إعلان', 'إعلانات advertisements', 'إعلان ad',
      // The story named first (`القصة تتابع أسفل الإعلان`), with where it goes on.
      ...['القصة', 'الخبر', 'المقال', 'الموضوع', 'النص'].flatMap((o) =>
        ['تتابع', 'يتابع', 'تستمر', 'يستمر', 'تتواصل', 'يتواصل', 'تتبع', 'يتبع'].flatMap((v) =>
          ['أسفل الإعلان', 'بعد الإعلان', 'تحت الإعلان', 'أدناه', 'بالأسفل', 'في الأسفل'].map((w) => `${o} ${v} ${w}`),
        ),
      ),
      // An empty slot's placeholder, where an ad is to go (`إضافة إعلان`, `ضع إعلانك هنا`, `احجز مساحتك الإعلانية`).
      'إضافة إعلان', 'أضف إعلانك', 'أضف إعلانك هنا', 'ضع إعلانك هنا', 'ضع إعلانك', 'أعلن هنا', 'إعلانك هنا', 'مساحة إعلانك هنا', 'هنا مكان إعلانك',
      'مكان إعلانك', 'مكان إعلانك هنا', 'مكان الإعلان', 'مساحة للإعلان', 'مساحة للإعلانات', 'مساحة إعلانية متاحة', 'احجز مساحتك الإعلانية',
      'احجز مساحتك الإعلانية الآن', 'احجز إعلانك', 'احجز إعلانك الآن', 'your ad here', 'advertise here', 'place your ad here', 'ad space', 'ad placeholder',
      // What follows the ad; skipping it.
      'يتبع', 'المحتوى بعد الإعلان', 'يتبع المحتوى بعد الإعلان', 'نهاية الإعلان', 'تخطى الإعلان', 'تخطي الإعلان', 'skip ad',
      'continue reading below', 'story continues below', 'story continues below advertisement', 'article continues below advertisement',
      'scroll to continue with content', 'sponsored content', 'paid content', 'publicité', 'publicite', 'contenu sponsorisé', 'contenu sponsorise',
    ],
  },
  // Any wording of the rest of the story after an ad slot (`باقي الخبر بعد الإعلان`, `يتبقى من القراءة بعد
  // الإعلان`): a short line ending where the story goes on, naming the reading or the rest of it. (A headline
  // ending `بعد الإعلان`, `الأسهم ترتفع بعد الإعلان`, names neither.)
  {
    rule: 'chrome-ads',
    mode: 'suffix',
    maxWords: 7,
    phrases: ['بعد الإعلان', 'أسفل الإعلان', 'تحت الإعلان', 'عقب الإعلان', 'بعد الفاصل الإعلاني', 'after the ad', 'after the advertisement', 'below the ad', 'below the advertisement'],
    with: [
      'القراءة', 'قراءة', 'الخبر', 'المقال', 'القصة', 'الموضوع', 'النص', 'التفاصيل', 'المحتوى', 'باقي', 'بقية', 'تكملة', 'تتمة', 'يتبقى', 'يتبع',
      'يستكمل', 'يستمر', 'مستمر', 'متواصل', 'تابع', 'أكمل', 'اقرأ', 'story', 'article', 'reading', 'continues',
    ],
  },
  // Skip links: a skip verb and where the reader goes on (`تخطى قصص مقترحة وواصل القراءة`, `انتقل إلى المحتوى الرئيسي`).
  // Both are asked for: `تجاوز` alone opens a story's sentence. What was skipped, a list above, is over.
  {
    rule: 'chrome-skip',
    mode: 'prefix',
    maxWords: 8,
    ends: 'list',
    phrases: ['تخطى', 'تخطي', 'تخط', 'التخطي', 'تجاوز', 'انتقل إلى', 'انتقل الى', 'اذهب إلى', 'اذهب الى', 'الانتقال إلى', 'الذهاب إلى', 'skip', 'jump to'],
    with: ['واصل القراءة', 'وواصل القراءة', 'تابع القراءة', 'وتابع القراءة', 'متابعة القراءة', 'إلى المحتوى', 'الى المحتوى', 'للمحتوى', 'المحتوى الرئيسي', 'continue reading', 'to content', 'main content'],
  },
  // Sponsored content and who paid for it: `هذا المحتوى مقدم من ...`, `محتوى برعاية ...`.
  {
    rule: 'chrome-ads',
    mode: 'prefix',
    maxWords: 10,
    phrases: ['هذا المحتوى مقدم من', 'المحتوى مقدم من', 'محتوى مقدم من', 'هذا المحتوى برعاية', 'محتوى برعاية', 'هذا المقال برعاية', 'مقال برعاية', 'هذا المحتوى بالتعاون مع', 'محتوى مدعوم من', 'محتوى ممول من', 'sponsored by', 'presented by', 'paid for by'],
  },
  // A piece published under an agreement with another outlet (`ننشر هذا المحتوى بالتعاون مع شبكة ...`): the site's note.
  { rule: 'chrome-ads', mode: 'prefix', maxWords: 16, phrases: partnerNotes() },
  // Cookie banners and paywalls: phrases specific enough for long lines.
  {
    rule: 'chrome-consent',
    mode: 'contains',
    maxWords: 60,
    ends: 'list',
    phrases: [
      'ملفات تعريف الارتباط', 'ملفات الكوكيز', 'نستخدم الكوكيز', 'we use cookies', 'هذا المقال مؤرشف', 'يتوجب عليك الاشتراك',
      'للاطلاع على المقالات المؤرشفة', 'للمشتركين فقط', 'بمواصلة تصفح', 'بمواصلتك تصفح', 'باستمرارك في تصفح', 'باستمرارك في استخدام',
      'بمتابعة التصفح', 'يستخدم هذا الموقع ملفات', 'cookie policy', 'this site uses cookies', 'this website uses cookies',
      'by continuing to browse', 'by continuing to use', 'this content is for subscribers', 'subscribers only',
      // The site saying it uses cookies, whoever says it, with whatever verb, and whatever it calls them (`يستخدم هذا
      // الموقع الكوكيز ...`, `موقعنا يعتمد على ملفات ...`, `يستعين الموقع بالكوكيز`); the word alone is a story's too (a law on cookies).
      ...siteUsesCookies(),
      // Browsing or using the site as consent, said to the reader (`بمتابعتك التصفح ...`, `باستخدامك لهذا الموقع ...`).
      'بمتابعتك التصفح', 'بمتابعتك تصفح', 'بمواصلتك التصفح', 'باستمرارك بالتصفح', 'باستمرارك في التصفح',
      'باستخدامك لهذا الموقع', 'باستخدامك هذا الموقع', 'باستخدامك للموقع', 'باستخدامك الموقع', 'باستخدامك لموقعنا', 'باستخدامك موقعنا',
      // A wire's or paper's notice that it serves subscribers, and how to become one (`للاشتراك يرجى التواصل معنا`).
      'للاشتراك يرجى', 'للاشتراك الرجاء', 'للاشتراك نرجو', 'للاشتراك يمكنكم', 'للاشتراك تواصلوا', 'للاشتراك تواصل', 'للاشتراك راسلونا',
      'تقدم للمشتركين', 'يقدم للمشتركين', 'المقدمة للمشتركين', 'المتاحة للمشتركين', 'to subscribe please contact', 'for subscriptions contact',
      // The piece itself kept for subscribers, in any wording (`هذا المحتوى حصري للمشتركين`, `هذا المقال متاح لمشتركينا`);
      // a service offered to a company's subscribers is a story's (`الخدمة متاحة للمشتركين`).
      ...[['هذا المحتوى', 'هذا المقال', 'هذا الخبر', 'هذا التقرير', 'المقال كاملا'], ['هذه المادة', 'هذه المقالة', 'هذه القصة']].flatMap((subjects, feminine) =>
        subjects.flatMap((s) => (feminine ? ['حصرية', 'متاحة', 'مخصصة'] : ['حصري', 'متاح', 'مخصص']).flatMap((a) => ['للمشتركين', 'لمشتركينا', 'للمشتركين فقط'].map((o) => `${s} ${a} ${o}`))),
      ),
      'for subscribers only', 'exclusive to subscribers',
      // The reader's ad blocker, named in any wording (`أنت تستخدم إضافة لحجب الإعلانات`, `يرجى تعطيل حاجب الإعلانات`):
      // a site's notice; a story on advertising names the blocking otherwise (`حجب إعلانات التبغ`).
      ...['حاجب', 'مانع', 'أداة حجب', 'إضافة حجب', 'إضافة لحجب', 'برنامج حجب', 'برنامج لحجب', 'أداة لحجب'].flatMap((a) => ['الإعلانات', 'إعلانات'].map((o) => `${a} ${o}`)),
      'ad blocker', 'adblocker', 'adblock',
    ],
  },
  // A paywall's offer: subscribe or sign in to read on (`اشترك للوصول إلى المقال كاملا`, `سجل الدخول لمتابعة القراءة`).
  {
    rule: 'chrome-consent',
    mode: 'prefix',
    maxWords: 16,
    ends: 'list',
    phrases: [
      ...['اشترك', 'اشتركي', 'اشتركوا', 'اشترك الآن', 'سجل الدخول', 'سجل دخولك', 'سجل', 'أنشئ حسابا'].flatMap((v) =>
        ['للوصول', 'لقراءة', 'لمتابعة القراءة', 'لمواصلة القراءة', 'لإكمال القراءة', 'لاستكمال القراءة', 'لتتمكن من قراءة',
          // ... or to get what subscribers get (`اشترك للحصول على المقالات الحصرية`, `اشترك لتحصل على ...`).
          'للحصول على', 'لتحصل على', 'لتحصلي على', 'لتحصلوا على', 'لتستفيد من', 'للاستفادة من'].map((w) => `${v} ${w}`)),
      'هل تريد الاستمرار في القراءة', 'هل تريد متابعة القراءة', 'هل ترغب في مواصلة القراءة', 'هل ترغب في متابعة القراءة',
      'subscribe to read', 'subscribe to continue', 'sign in to continue reading', 'sign in to read',
    ],
  },
  // A plea for the reader's money or support: `ادعم الصحافة المستقلة`, `ساهم في دعم استمرارنا`, `تبرع الآن`.
  // (The verbs open news sentences too, `ساهم في دعم المشروع مستثمرون`: only with the site, its work or journalism named.)
  {
    rule: 'chrome-consent',
    mode: 'prefix',
    maxWords: 20,
    phrases: ['ادعم', 'ادعمي', 'ادعموا', 'ادعمنا', 'ادعمونا', 'ساهم في دعم', 'ساهمي في دعم', 'ساهموا في دعم', 'ساعدنا', 'ساعدونا', 'كن داعما', 'كوني داعمة', 'كونوا داعمين', 'كن من داعمي', 'دعمك', 'دعمكم', 'support', 'help us'],
    with: ['الصحافة', 'صحافة', 'الموقع', 'موقعنا', 'استمرارنا', 'الاستمرار', 'عملنا', 'المستقلة', 'المستقل', 'journalism'],
  },
  { rule: 'chrome-consent', mode: 'exact', maxWords: 4, phrases: ['تبرع الآن', 'تبرعوا الآن', 'تبرع لنا', 'ادعمنا الآن', 'ادعمنا', 'ادعمونا', 'donate', 'donate now', 'support us'] },
  // The free articles a paywall leaves the reader (`لديك 3 مقالات مجانية متبقية هذا الشهر`).
  {
    rule: 'chrome-consent',
    mode: 'contains',
    maxWords: 14,
    ends: 'list',
    phrases: ['مقالات مجانية', 'مقالات مجانا', 'مقال مجاني', 'مقالا مجانيا', 'مقالان مجانيان', 'مقالين مجانيين', 'free articles', 'free article'],
    with: ['متبقية', 'متبقي', 'متبقيا', 'متبقيان', 'متبقيين', 'تبقى', 'تبقت', 'بقي', 'لديك', 'remaining', 'left'],
  },
  // Log-in and subscription prompts: short lines only (the clitic ب too: `قم بتسجيل الدخول للتعليق`).
  {
    rule: 'chrome-consent',
    mode: 'contains',
    maxWords: 8,
    ends: 'list',
    phrases: [
      'باقة الاشتراكات', 'سجل الدخول', 'تسجيل الدخول', 'بتسجيل الدخول', 'سجل دخولك', 'تسجيل دخولك', 'بتسجيل دخولك', 'اشترك الآن', 'إنشاء حساب', 'أنشئ حسابا', 'بإنشاء حساب', 'حساب جديد', 'sign in', 'log in', 'subscribe', 'sign up', 'create account',
      // Who must be logged in (`يجب أن تكون مسجل الدخول لتضيف تعليقا`).
      'مسجل الدخول', 'مسجلا الدخول', 'مسجلة الدخول', 'مسجل دخول', 'تسجل الدخول', 'تسجلي الدخول', 'logged in',
    ],
  },
  {
    rule: 'chrome-consent',
    mode: 'exact',
    maxWords: 4,
    ends: 'list',
    phrases: [
      'مقال مؤرشف', 'غلق', 'إغلاق', 'close', 'موافق', 'أوافق', 'ok', 'accept',
      // A consent box's other buttons (accept, refuse, accept all, choose, understood), each the whole line: a line
      // of the story is never one word of consent.
      'قبول', 'رفض', 'لا أوافق', 'أرفض', 'رفض الكل', 'قبول الكل', 'أقبل', 'أقبل الكل', 'قبول وإغلاق', 'رفض وإغلاق', 'فهمت', 'حسنا فهمت',
      'قبول جميع ملفات تعريف الارتباط', 'إدارة التفضيلات', 'تخصيص الإعدادات', 'إعدادات الكوكيز', 'إعدادات ملفات تعريف الارتباط', 'تفضيلات الخصوصية',
      'reject', 'reject all', 'accept all', 'decline', 'got it', 'i agree', 'cookie settings', 'manage cookies', 'manage preferences',
      // A newsletter form's prompt for an address, the whole line (a how-to's step goes on: `أدخل بريدك ثم اضغط ...`).
      ...['أدخل', 'ادخل', 'اكتب'].flatMap((v) => ['بريدك', 'بريدك الإلكتروني', 'عنوان بريدك', 'عنوان بريدك الإلكتروني', 'إيميلك'].map((o) => `${v} ${o}`)),
      'enter your email', 'your email address', 'enter your email address',
    ],
  },
  // The reader told that using the site is agreeing to its terms (`فإنك توافق على سياسة الخصوصية`), in each
  // person: only with the terms, the privacy or the cookies named.
  {
    rule: 'chrome-consent',
    mode: 'contains',
    maxWords: 60,
    ends: 'list',
    phrases: [
      'فإنك توافق', 'فأنت توافق', 'أنت توافق', 'فإنك توافقين', 'فإنكم توافقون', 'أنتم توافقون', 'فإنك تقبل', 'فأنت تقبل', 'فإنك تقر',
      'تعني موافقتك', 'يعني موافقتك', 'you agree', 'you accept', 'you consent',
    ],
    with: [
      'سياسة الخصوصية', 'الخصوصية', 'شروط الاستخدام', 'الاستخدام', 'شروط الخدمة', 'الشروط والأحكام', 'الأحكام', 'ملفات تعريف', 'الارتباط', 'الكوكيز', 'كوكيز',
      'privacy', 'cookies', 'terms',
    ],
  },
  // A log-in form's fields, links and buttons, each alone or in a row (`نسيت كلمة المرور؟`, `ليس لديك حساب؟ سجل الآن`).
  // (`كلمة السر` alone is a column's name too: only in the questions.)
  {
    rule: 'chrome-consent',
    mode: 'exact',
    maxWords: 6,
    ends: 'list',
    row: true,
    phrases: [
      'اسم المستخدم', 'كلمة المرور', 'تذكرني', 'تذكر بياناتي', 'تذكرني على هذا الجهاز', 'البقاء متصلا',
      ...['نسيت', 'هل نسيت', 'استعادة', 'استعد', 'إعادة تعيين', 'تغيير'].flatMap((v) => [`${v} كلمة المرور`, `${v} كلمة السر`]),
      'ليس لديك حساب', 'ليس لديك حساب بعد', 'لا تملك حسابا', 'هل لديك حساب', 'لديك حساب بالفعل', 'لديك حساب', 'سجل الآن', 'سجل حسابا جديدا', 'أنشئ حسابك',
      'username', 'password', 'forgot password', 'forgot your password', 'remember me', "don't have an account", 'register',
    ],
  },
  // Links that lead away: read more, click here, permalinks, app promotions.
  {
    rule: 'chrome-link',
    mode: 'contains',
    maxWords: 12,
    phrases: [
      'اضغط هنا', 'إضغط هنا', 'انقر هنا', 'click here', 'الرابط الدائم', 'رابط دائم', 'رابط الخبر', 'الرابط المختصر', 'رابط مختصر',
      'رابط المصدر', 'رابط المقال', 'source link',
      'read the full story', 'الخبر من المصدر',
    ],
  },
  // Instructions to follow a link, in their wordings (`نرجو النقر هنا لاستخدام الموقع البديل`).
  {
    rule: 'chrome-link',
    mode: 'contains',
    maxWords: 24,
    phrases: [
      'النقر هنا', 'الضغط هنا', 'اضغطوا هنا', 'انقروا هنا', 'اضغط على الرابط', 'انقر على الرابط', 'الموقع البديل', 'tap here', 'click the link',
      // The site's spare address for readers it is blocked for (`تابعوا الرابط البديل`).
      'الرابط البديل', 'الرابط الاحتياطي', 'الموقع الاحتياطي', 'النطاق البديل', 'alternative link', 'mirror site',
    ],
  },
  // The whole story elsewhere, asked to be read there (`إقرأ الخبر على الموقع الأصلي`, `تصفح النسخة الكاملة`):
  // where it is, and a verb that sends the reader.
  {
    rule: 'chrome-link',
    mode: 'contains',
    maxWords: 8,
    phrases: [
      'الموقع الأصلي', 'الموقع الاصلي', 'المصدر الأصلي', 'النسخة الكاملة', 'الخبر بالكامل', 'المقال بالكامل', 'الخبر كاملا', 'المقال كاملا', 'القصة كاملة',
      // The piece in its first language or place (a translation's, a summary's).
      'المقال الأصلي', 'الخبر الأصلي', 'النص الأصلي', 'المادة الأصلية', 'التقرير الأصلي', 'المقالة الأصلية',
      'full version', 'original site', 'original article', 'original story',
    ],
    with: ['اقرأ', 'إقرأ', 'طالع', 'تصفح', 'عرض', 'شاهد', 'تابع', 'لقراءة', 'لمتابعة', 'اضغط', 'انقر', 'على الموقع', 'في الموقع', 'read', 'view'],
  },
  // A print edition's jump to the page the story goes on or is told on (`التتمة ص 3`, `التفاصيل في الصفحة 5`):
  // the word for the rest and the word for a page, both.
  {
    rule: 'chrome-link',
    mode: 'prefix',
    maxWords: 6,
    phrases: ['التتمة', 'تتمة', 'البقية', 'بقية', 'التفاصيل', 'تفاصيل', 'تابع', 'يتبع', 'المزيد'],
    with: ['ص', 'صفحة', 'الصفحة', 'صفحه', 'الصفحه', 'صـ'],
  },
  // A link announced with no sentence around it (in a story, `يمكن التسجيل عبر الرابط التالي` runs longer).
  { rule: 'chrome-link', mode: 'contains', maxWords: 10, phrases: ['الرابط التالي', 'follow this link'] },
  {
    rule: 'chrome-link',
    mode: 'prefix',
    maxWords: 16,
    phrases: ['لمتابعة الخبر', 'لمتابعة التفاصيل', 'لقراءة الخبر', 'لقراءة المقال', 'لقراءة التفاصيل', 'لمشاهدة الفيديو', 'لمزيد من التفاصيل اضغط'],
  },
  // App promotions: download the site's app from a store. (They end a list, as the follow lines do: no list of
  // headlines holds one.)
  {
    rule: 'chrome-link',
    mode: 'contains',
    maxWords: 16,
    ends: 'list',
    phrases: [
      'تحميل التطبيق', 'حمل التطبيق', 'حمل تطبيق', 'تحميل تطبيق', 'حمل تطبيقنا', 'تحميل تطبيقنا', 'نزل تطبيق', 'نزل التطبيق', 'نزل تطبيقنا',
      'جوجل بلاي', 'آب ستور', 'اب ستور', 'google play', 'app store', 'download our app', 'download the app',
    ],
  },
  // SMS news services: `للاشتراك في خدمة الأخبار العاجلة أرسل 1 إلى 9999`, `اشترك الآن في خدمة ...`.
  { rule: 'chrome-link', mode: 'prefix', maxWords: 16, phrases: subscribeToService() },
  // The page in another language: `هذا المقال متاح أيضا باللغة الإنجليزية`, `اقرأ هذا المقال بالفرنسية`.
  {
    rule: 'chrome-link',
    mode: 'prefix',
    maxWords: 12,
    phrases: [
      ...['هذا المقال', 'هذا الخبر', 'هذا الموضوع', 'المقال', 'الخبر'].flatMap((a) => ['متاح', 'متوفر', 'متاح أيضا', 'متوفر أيضا'].map((v) => `${a} ${v} باللغة`)),
      'هذه المقالة متاحة', 'هذه المقالة متوفرة', 'اقرأ هذا المقال باللغة', 'اقرأ المقال باللغة', 'اقرأ الخبر باللغة', 'اقرأ هذا المقال بالإنجليزية',
      'اقرأ هذا المقال بالفرنسية', 'اقرأ هذا المقال بالعربية', 'this article is also available', 'this article is available in', 'read this article in', 'read in english',
    ],
  },
  // Found an error? Select the text and press the keys, tell us (`وجدت خطأ؟ ظلل النص واضغط Ctrl+Enter`): the finding
  // or the selecting, and a call to the reader with it (a story's `وجدت اللجنة خطأ ...` has none).
  {
    rule: 'chrome-link',
    mode: 'prefix',
    maxWords: 12,
    phrases: [
      ...['وجدت', 'وجدتم', 'هل وجدتم', 'لاحظت', 'هل لاحظت', 'لاحظتم', 'هل لاحظتم'].flatMap((v) => ['خطأ', 'خطأ ما', 'أخطاء', 'خطأ إملائيا'].map((o) => `${v} ${o}`)),
      ...['ظلل', 'ظللوا', 'حدد', 'حددوا'].flatMap((v) => ['النص', 'الخطأ', 'الكلمة'].map((o) => `${v} ${o}`)),
      'found a typo', 'found an error', 'spotted an error', 'select the text',
    ],
    with: ['ctrl', 'enter', 'اضغط', 'اضغطوا', 'أخبرنا', 'أخبرونا', 'أبلغنا', 'أبلغونا', 'بلغنا', 'راسلنا', 'راسلونا', 'نبهنا', 'نبهونا', 'let us know', 'tell us'],
  },
  // What the site asks of its reader: report an error, send in news, advertise (`أبلغ عن خطأ`، `هل لديك خبر؟ أرسله لنا`،
  // `للإعلان على الموقع اتصل ...`). Imperatives and questions to the reader: a story's sentence does not open so.
  {
    rule: 'chrome-link',
    mode: 'prefix',
    maxWords: 12,
    phrases: [
      'أبلغ عن خطأ', 'ابلغ عن خطأ', 'بلغ عن خطأ', 'إبلاغ عن خطأ', 'الإبلاغ عن خطأ', 'التبليغ عن خطأ', 'للإبلاغ عن خطأ', 'اقترح تصحيحا', 'أرسل تصحيحا',
      'هل وجدت خطأ', 'report an error', 'report a mistake', 'suggest a correction',
      // Correct the piece, asked of the reader in any wording (`صحح هذا الخبر`, `اقترح تعديلا على المقال`).
      ...['صحح', 'صححوا', 'اقترح تصحيحا على', 'اقترح تعديلا على', 'أرسل تصحيحا على'].flatMap((v) =>
        ['الخبر', 'هذا الخبر', 'المقال', 'هذا المقال', 'المعلومة', 'هذه المعلومة', 'الموضوع', 'هذا الموضوع'].map((o) => `${v} ${o}`),
      ),
      // The same asked as a question (`هل لديك تصحيح؟`, `هل لاحظت خطأ؟`).
      'هل لديك تصحيح', 'لديك تصحيح', 'هل لاحظت خطأ', 'هل لديك ملاحظة على الخبر', 'found an error', 'spotted an error',
      // The whole story at its source (`الخبر كاملا من المصدر`, `مصدر الخبر الأصلي`; not `الخبر الأصلي` alone, which opens sentences).
      'الخبر كاملا من المصدر', 'المقال كاملا من المصدر', 'الخبر كاملا في المصدر', 'مصدر الخبر الأصلي', 'رابط الخبر الأصلي', 'رابط المصدر الأصلي',
      'read the full story',
      // Report the content or an abuse (`الإبلاغ عن محتوى`, `أبلغ عن إساءة`).
      ...['أبلغ عن', 'ابلغ عن', 'إبلاغ عن', 'الإبلاغ عن', 'التبليغ عن', 'بلغ عن'].flatMap((v) => ['محتوى', 'المحتوى', 'محتوى مسيء', 'إساءة', 'مشكلة'].map((o) => `${v} ${o}`)),
      'report abuse', 'report this', 'report content',
      'هل لديك خبر', 'أرسل خبرا', 'أرسل لنا خبرك', 'أرسل خبرك', 'شاركنا قصتك', 'شاركنا خبرك', 'أرسل قصتك', 'شارك بخبر',
      'للإعلان على الموقع', 'للإعلان في الموقع', 'للإعلان معنا', 'أعلن معنا', 'للإعلان والتسويق', 'advertise with us',
    ],
  },
  // A question to the reader about what they have, and where to send it (`هل لديك معلومة تريد التحقق منها؟ راسلنا
  // عبر واتساب`): the site asking for tips.
  { rule: 'chrome-link', mode: 'prefix', maxWords: 24, phrases: READER_HAS, with: [...SEND_TO_US, ...PLATFORMS] },
  {
    rule: 'chrome-link',
    mode: 'exact',
    maxWords: 5,
    link: true,
    phrases: [
      'المزيد', 'للمزيد', 'اقرأ المقال', 'more', 'التفاصيل', 'تفاصيل أكثر', 'المزيد من التفاصيل', 'مزيد من التفاصيل', 'لمزيد من التفاصيل', 'للمزيد من التفاصيل',
      // Show more, read the whole story: a link standing alone.
      'إظهار المزيد', 'عرض المزيد', 'عرض الكل', 'إظهار الكل', 'تحميل المزيد', 'مشاهدة المزيد', 'مشاهدة الكل', 'رؤية المزيد', 'قراءة المزيد', 'اقرأ التفاصيل', 'التفاصيل كاملة', 'اقرأ التفاصيل كاملة',
      'اقرأ القصة كاملة', 'اقرأ المقال كاملا', 'اقرأ الخبر كاملا', 'اقرأ الخبر كاملا من المصدر', 'show more', 'see more', 'load more', 'view all',
      // ... and all of a kind of piece (`عرض كل المقالات`, `تصفح جميع الأخبار`).
      ...['عرض', 'مشاهدة', 'شاهد', 'تصفح', 'إظهار'].flatMap((v) =>
        ['كل', 'جميع'].flatMap((all) => ['المقالات', 'الأخبار', 'المواضيع', 'الموضوعات', 'الفيديوهات', 'الصور', 'المقاطع'].map((o) => `${v} ${all} ${o}`)),
      ),
    ],
  },
  // Translation and editing credits.
  { rule: 'chrome-credit', mode: 'prefix', maxWords: 20, phrases: ['ترجم هذا المقال', 'تُرجم هذا المقال', 'ترجمة هذا المقال'] },
  { rule: 'chrome-credit', mode: 'contains', maxWords: 16, phrases: ['للنشرة العربية'] },
  // A summary's label naming the machine that wrote it (`ملخص بالذكاء الاصطناعي`).
  { rule: 'chrome-credit', mode: 'exact', maxWords: 5, phrases: ['ملخص بالذكاء الاصطناعي', 'ملخص الذكاء الاصطناعي', 'ملخص آلي', 'تلخيص بالذكاء الاصطناعي', 'الملخص الآلي', 'ai summary', 'ai generated summary'] },
  // A voice reading the page, made by a machine (`الصوت مولد بالذكاء الاصطناعي`).
  {
    rule: 'chrome-credit',
    mode: 'exact',
    maxWords: 8,
    phrases: [
      ...['الصوت مولد', 'صوت مولد', 'الصوت المستخدم مولد', 'القراءة الصوتية مولدة', 'تم توليد الصوت'].flatMap((v) => [`${v} بالذكاء الاصطناعي`, `${v} آليا`, `${v} بتقنية الذكاء الاصطناعي`]),
      'قراءة صوتية بالذكاء الاصطناعي', 'ai generated audio', 'audio generated by ai', 'voiced by ai',
    ],
  },
  // A machine translation, and who edited the page last (`ترجمة آلية`, `آخر تعديل بواسطة X`).
  // The story taken from elsewhere and reworded, the note alone on its line (`بتصرف`, `(بتصرف يسير)`).
  { rule: 'chrome-credit', mode: 'exact', maxWords: 3, phrases: ['بتصرف', 'بتصرف يسير', 'بتصرف بسيط', 'مع بعض التصرف', 'بتصرف من المحرر'] },
  { rule: 'chrome-credit', mode: 'contains', maxWords: 10, phrases: ['ترجمة آلية', 'مترجم آليا', 'مترجمة آليا', 'الترجمة الآلية', 'machine translated', 'machine translation'] },
  { rule: 'chrome-credit', mode: 'prefix', maxWords: 8, phrases: ['آخر تعديل بواسطة', 'آخر تعديل من قبل', 'عدل بواسطة', 'تم التعديل بواسطة', 'last edited by', 'last modified by'] },
  // A machine's part in the page, said of the page's own text (`تم إنشاء هذا الملخص بواسطة الذكاء الاصطناعي`):
  // the machine named and the text named, both (a story speaks of artificial intelligence often). The
  // machine's words are the phrases: `هذا الخبر` is too common a pair of words to look a line up by.
  {
    rule: 'chrome-credit',
    mode: 'contains',
    maxWords: 20,
    phrases: ['بواسطة الذكاء الاصطناعي', 'باستخدام الذكاء الاصطناعي', 'بمساعدة الذكاء الاصطناعي', 'بالذكاء الاصطناعي', 'آليا', 'تلقائيا', 'generated by ai', 'with the help of ai', 'using ai'],
    with: [
      'هذا الملخص', 'هذه الخلاصة', 'ملخص المقال', 'هذا المقال', 'هذه المقالة', 'هذا الخبر', 'هذا النص', 'هذه الترجمة', 'هذا المحتوى', 'هذه المادة',
      'هذا التقرير', 'this summary', 'this article', 'this content',
    ],
  },
  // What the browser or the player says in the place of what it could not show or has not loaded yet, and a
  // picture's zoom link (`متصفحك لا يدعم تشغيل الفيديو`, `يرجى تفعيل الجافاسكربت`, `جاري التحميل`).
  {
    rule: 'chrome-media',
    mode: 'contains',
    maxWords: 14,
    phrases: [
      'متصفحك لا يدعم', 'المتصفح لا يدعم', 'تفعيل الجافاسكربت', 'تفعيل جافاسكربت', 'تفعيل javascript', 'تمكين الجافاسكربت', 'جاري التحميل', 'جار التحميل',
      'يتم التحميل', 'قيد التحميل', 'جاري تحميل',
      // ... and asks the reader to wait for it (`يرجى الانتظار`).
      'يرجى الانتظار', 'الرجاء الانتظار', 'يرجى الانتظار قليلا', 'الرجاء الانتظار قليلا', 'please wait', 'لتكبير الصورة', 'تكبير الصورة', 'عرض الصورة بالحجم الكامل', 'اضغط على الصورة لتكبيرها', 'انقر على الصورة لتكبيرها',
      // A click on the picture to see more of it (`اضغط على الصورة لمشاهدة الألبوم`).
      ...['اضغط على', 'انقر على', 'اضغط', 'انقر'].flatMap((v) => ['الصورة', 'الصور'].flatMap((o) => ['لمشاهدة', 'لعرض', 'لتصفح'].map((w) => `${v} ${o} ${w}`))),
      'your browser does not support', 'enable javascript', 'click to enlarge',
    ],
  },
  // Media and status badges standing alone: a video or gallery was here, or the page is live.
  {
    rule: 'chrome-media',
    mode: 'exact',
    maxWords: 3,
    phrases: [
      'فيديو', 'بالفيديو', 'فيديو وصور', 'بالصور', 'صور', 'صورة', 'إنفوجراف', 'انفوجرافيك', 'إنفوغراف', 'معرض الصور', 'حصري',
      // A gallery's label: `ألبوم الصور`, `معرض صور`.
      'ألبوم الصور', 'ألبوم صور', 'البوم الصور', 'معرض صور', 'ألبوم', 'الألبوم', 'photo gallery', 'album',
      'video', 'photos', 'gallery', 'infographic',
      // A live page's badge: the coverage goes on, updated as it happens.
      ...LIVE_LEADS,
      // An embedded post's label: `تغريدة`, `tweet`.
      'تغريدة', 'تغريدات', 'tweet',
      // Exclusivity badges: `خاص`, `حصريا`, `انفراد`; a translation made for the site.
      'خاص', 'حصريا', 'خاص بالموقع', 'انفراد', 'exclusive', 'ترجمة خاصة', 'ترجمة حصرية', 'ترجمة خاصة بالموقع',
      // A dossier's badge: the piece belongs to a special file.
      'ملف خاص', 'ملفات خاصة', 'ملف العدد',
    ],
  },
  // The site's own links in the footer (about, contact, privacy ...): the end of the page. A row of them
  // on one line (`من نحن - اتصل بنا - أعلن معنا`) is the footer too.
  {
    rule: 'chrome-footer',
    mode: 'exact',
    maxWords: 4,
    ends: 'list',
    row: true,
    phrases: [
      'من نحن', 'اتصل بنا', 'تواصل معنا', 'اتصل بنا الآن', 'سياسة الخصوصية', 'سياسة الاستخدام', 'شروط الاستخدام', 'الشروط والأحكام',
      'خريطة الموقع', 'أعلن معنا', 'للإعلان', 'هيئة التحرير', 'فريق التحرير', 'الأرشيف', 'about us', 'contact us', 'contact',
      'privacy policy', 'terms of use', 'terms and conditions', 'sitemap', 'advertise',
      // About the site, in each name a site gives itself: `عن الموقع`, `حول الصحيفة`, `عن الجريدة`.
      ...['عن', 'حول'].flatMap((a) => ['الموقع', 'الصحيفة', 'الجريدة', 'المجلة', 'القناة', 'الشبكة', 'الوكالة', 'المؤسسة', 'البوابة', 'المنصة'].map((x) => `${a} ${x}`)),
      // The rest of a footer's links: writing to the site, its policies, working with it, its questions and its editions.
      'اتصلوا بنا', 'تواصلوا معنا', 'راسلنا', 'راسلونا', 'اتفاقية الاستخدام', 'شروط الخدمة', 'سياسة الكوكيز', 'سياسة ملفات تعريف الارتباط',
      'سياسة التحرير', 'السياسة التحريرية', 'ميثاق الشرف', 'أعلن لدينا', 'للإعلان معنا', 'أسرة التحرير', 'فريق العمل', 'انضم إلينا',
      'اعمل معنا', 'الأسئلة الشائعة', 'خدمة العملاء', 'الدعم الفني', 'الشكاوى والمقترحات', 'النسخة الورقية', 'النسخة الإلكترونية',
      'about', 'careers', 'faq', 'cookie policy', 'editorial policy', 'advertise with us',
    ],
  },
  // Who built the site, in the footer (`تصميم وتطوير: شركة ...`, `Designed by ...`): the end of the page. A
  // story's sentence opens with `تصميم وتطوير` too, so a separator or a maker (a company, `بواسطة`) must follow.
  { rule: 'chrome-footer', mode: 'prefix', maxWords: 10, ends: 'story', separator: true, phrases: BUILT_BY },
  { rule: 'chrome-footer', mode: 'prefix', maxWords: 10, ends: 'story', phrases: BUILT_BY, with: ['شركة', 'لشركة', 'مؤسسة', 'بواسطة', 'by'] },
  { rule: 'chrome-footer', mode: 'prefix', maxWords: 10, ends: 'story', phrases: ['designed by', 'developed by', 'design by', 'design and development by', 'powered by', 'web design by'] },
  // The site's telephone, fax and post box, before a separator (`هاتف: 0123 - فاكس: 0124`).
  {
    rule: 'contact-line',
    mode: 'prefix',
    maxWords: 12,
    separator: true,
    phrases: ['هاتف', 'الهاتف', 'هاتف وفاكس', 'تلفون', 'تليفون', 'تلفاكس', 'فاكس', 'الفاكس', 'ص ب', 'صندوق بريد', 'صندوق البريد', 'الرقم المجاني', 'tel', 'phone', 'fax', 'p o box'],
  },
  // The site's street address after its label (`العنوان: شارع الجمهورية، مبنى 12، الطابق الثالث`): the line
  // must name a building or a floor too, which a headline after a label of its own seldom does.
  {
    rule: 'contact-line',
    mode: 'prefix',
    maxWords: 16,
    separator: true,
    phrases: ['العنوان', 'عنواننا', 'عنوان الصحيفة', 'عنوان المؤسسة', 'المقر', 'مقرنا', 'المقر الرئيسي', 'مقر الصحيفة', 'address', 'our address', 'adresse'],
    with: ['مبنى', 'عمارة', 'بناية', 'برج', 'الطابق', 'طابق', 'مكتب رقم', 'ص ب', 'صندوق بريد', 'building', 'floor', 'suite', 'p o box', 'immeuble', 'étage'],
  },
  // Sidebar and footer widgets: a label over short lines of links or values
  // (the site's sections, prayer times, exchange rates, the weather).
  {
    rule: 'chrome-widget',
    mode: 'exact',
    maxWords: 4,
    box: { rule: 'widget', maxWords: 6 },
    phrases: [
      'أقسام الموقع', 'الأقسام', 'روابط سريعة', 'روابط مهمة', 'مواقيت الصلاة', 'أوقات الصلاة', 'أسعار العملات', 'أسعار الصرف',
      'حالة الطقس', 'الطقس اليوم', 'quick links', 'prayer times',
    ],
  },
  // A long article's table of contents: the subheadings under it come again in the story, after a blank line.
  {
    rule: 'chrome-widget',
    mode: 'exact',
    maxWords: 4,
    box: { rule: 'widget', maxWords: 10, tight: true },
    phrases: [
      'محتويات المقال', 'جدول المحتويات', 'فهرس المقال', 'فهرس المحتويات', 'محتوى المقال', 'المحتويات', 'محتويات', 'في هذا المقال',
      'table of contents', 'contents', 'in this article',
    ],
  },
  // An author box after a column: the label, then the name and a short biography.
  { rule: 'chrome-author-box', mode: 'exact', maxWords: 4, ends: 'story', phrases: aboutTheAuthor() },
  // ... or the label with the biography after it on its line (`نبذة عن الكاتب: صحفي يكتب في ...`).
  { rule: 'chrome-author-box', mode: 'prefix', maxWords: 80, ends: 'story', separator: true, phrases: aboutTheAuthor() },
  // Navigation words standing alone: the site's menu, which no list holds (a list above is over).
  { rule: 'chrome-navigation', mode: 'exact', maxWords: 3, ends: 'list', phrases: ['الرئيسية', 'الصفحة الرئيسية', 'القائمة', 'القائمة الرئيسية', 'القائمة الجانبية', 'بحث', 'ابحث', 'البحث', 'ابحث هنا', 'home', 'menu', 'main menu', 'search', 'عاجل'] },
  // The site's other editions and languages: `النسخة الإنجليزية`, `English | Français` (a Latin line on an Arabic page is furniture anyway).
  {
    rule: 'chrome-navigation',
    mode: 'exact',
    maxWords: 4,
    ends: 'list',
    phrases: [
      'النسخة الإنجليزية', 'النسخة الانجليزية', 'النسخة الإنكليزية', 'النسخة الفرنسية', 'النسخة العربية',
      'الموقع الإنجليزي', 'الموقع بالإنجليزية', 'الموقع بالفرنسية', 'الطبعة الدولية', 'الطبعة الإنجليزية', 'تغيير اللغة', 'اللغة', 'English version', 'version française',
    ],
  },
  // The site's search box and its prompts: `ابحث في الموقع`, `اكتب كلمة البحث`, `بحث متقدم`.
  {
    rule: 'chrome-navigation',
    mode: 'exact',
    maxWords: 5,
    ends: 'list',
    phrases: [
      'ابحث في الموقع', 'البحث في الموقع', 'بحث في الموقع', 'ابحث في الأخبار', 'ابحث عن خبر', 'ابحث عن', 'ابحث هنا عن', 'ابحث الآن',
      'كلمة البحث', 'كلمات البحث', 'اكتب كلمة البحث', 'أدخل كلمة البحث', 'ادخل كلمة البحث', 'اكتب ما تبحث عنه', 'عما تبحث', 'عم تبحث',
      'بحث متقدم', 'البحث المتقدم', 'نتائج البحث', 'إغلاق البحث', 'search the site', 'search this site', 'type to search', 'search for',
    ],
  },
  // The reader's account and the page's display buttons: `حسابي`, `تسجيل الخروج`, `الوضع الليلي`, `وضع القراءة`.
  {
    rule: 'chrome-navigation',
    mode: 'exact',
    maxWords: 4,
    phrases: [
      'حسابي', 'حسابك', 'ملفي الشخصي', 'الملف الشخصي', 'الإشعارات', 'إشعاراتي', 'سجل الآن', 'تسجيل الخروج', 'تسجيل خروج', 'my account', 'log out', 'sign out', 'notifications',
      ...['الوضع', 'وضع'].flatMap((m) => ['الليلي', 'الداكن', 'النهاري', 'الفاتح', 'القراءة', 'التركيز'].map((x) => `${m} ${x}`)),
      'dark mode', 'light mode', 'reading mode',
    ],
  },
  // The browser's or the region's notices: the page did not load for this reader (`يرجى تفعيل جافا سكريبت`,
  // `هذا المحتوى غير متاح في بلدك`, `متصفحك لا يدعم تشغيل الفيديو`).
  {
    rule: 'chrome-media',
    mode: 'contains',
    maxWords: 16,
    phrases: [
      ...['تفعيل', 'بتفعيل', 'فعل', 'فعّل', 'تمكين', 'بتمكين'].flatMap((v) => ['جافا سكريبت', 'جافاسكريبت', 'الجافا سكريبت', 'الجافاسكريبت', 'javascript'].map((j) => `${v} ${j}`)),
      'enable javascript', 'javascript is disabled', 'متصفحك لا يدعم', 'المتصفح لا يدعم', 'متصفحك قديم', 'حدث متصفحك', 'تحديث المتصفح',
      ...['غير متاح', 'غير متوفر', 'غير متاحة', 'غير متوفرة'].flatMap((n) => ['في بلدك', 'في منطقتك', 'في دولتك', 'في بلدكم', 'في منطقتكم'].map((w) => `${n} ${w}`)),
      'not available in your country', 'not available in your region', 'your browser does not support',
    ],
  },
  // A breadcrumb under its label: `أنت هنا: الرئيسية / أخبار / العالم`.
  {
    rule: 'chrome-navigation',
    mode: 'prefix',
    maxWords: 24,
    ends: 'list',
    trail: true,
    phrases: ['أنت هنا', 'أنت الآن في', 'أنت الآن هنا', 'مسار التصفح', 'you are here', 'vous êtes ici', 'vous etes ici'],
  },
  // Back-to-top buttons.
  {
    rule: 'chrome-navigation',
    mode: 'exact',
    maxWords: 6,
    ends: 'list',
    phrases: [
      // Back to the top, in each verb and each way of saying "the top".
      ...['', 'زر '].flatMap((b) => ['الذهاب', 'العودة', 'الرجوع', 'عودة', 'رجوع', 'انتقل', 'اذهب', 'ارجع', 'عد'].flatMap((v) =>
        ['إلى الأعلى', 'للأعلى', 'لأعلى', 'إلى أعلى الصفحة', 'لأعلى الصفحة', 'إلى أعلى'].map((t) => `${b}${v} ${t}`))),
      'إلى الأعلى', 'للأعلى', 'أعلى الصفحة', 'back to top', 'scroll to top', 'go to top', 'top',
    ],
  },
  // Record numbers: `رمز الخبر: 66020`, `رقم العدد 8291` (numbers aside).
  {
    rule: 'chrome-record',
    mode: 'exact',
    maxWords: 5,
    phrases: [
      // (Persian pages: `کد خبر`, `شناسه خبر`, with the keheh folded.)
      'كد خبر', 'كد الخبر', 'شناسه خبر', 'رمز خبر', 'رقم خبر', 'كود خبر',
      // A record's number, code or id: `رقم المقال`, `معرف الموضوع`, `كود المادة`.
      ...['رمز', 'رقم', 'كود', 'معرف'].flatMap((n) => ['الخبر', 'المقال', 'المقالة', 'الموضوع', 'التقرير', 'المادة', 'المنشور', 'التدوينة'].map((r) => `${n} ${r}`)),
      'رقم العدد',
      // The record's reference number, code or id named so (`الرقم المرجعي للخبر`, `الكود المرجعي`).
      ...['الرقم المرجعي', 'الرمز المرجعي', 'الكود المرجعي', 'الرقم التعريفي', 'المعرف'].flatMap((n) => [n, `${n} للخبر`, `${n} للمقال`, `${n} للموضوع`, `${n} للمادة`]),
      'العدد', 'عدد', 'رقم المادة', 'news id', 'article id', 'post id', 'id', 'news code', 'reference number', 'ref',
    ],
  },
  // Feed footers: `The post X appeared first on Y`, as RSS plugins write it, in Arabic too
  // (`ظهرت المقالة X أولاً على Y`): it opens with the post and says where it appeared first.
  {
    rule: 'chrome-feed',
    mode: 'prefix',
    maxWords: 40,
    phrases: [
      'ظهر المقال', 'ظهرت المقالة', 'ظهر الخبر', 'ظهرت التدوينة', 'ظهر المنشور', 'المقال', 'المقالة', 'the post',
      // The post named by a demonstrative (`ظهر هذا المقال لأول مرة على ...`).
      'ظهر هذا المقال', 'ظهرت هذه المقالة', 'ظهر هذا الخبر', 'ظهرت هذه التدوينة', 'ظهر هذا المنشور',
    ],
    with: ['أولا على', 'أولا في', 'لأول مرة على', 'لأول مرة في', 'first on', 'appeared first', 'first appeared'],
  },
  // Staff credits after a story, before a separator: who reviewed, proofread, designed or supervised it.
  {
    rule: 'chrome-credit',
    mode: 'prefix',
    maxWords: 8,
    separator: true,
    phrases: [
      'مراجعة', 'مراجعة لغوية', 'المراجعة', 'تدقيق', 'تدقيق لغوي', 'التدقيق اللغوي', 'التدقيق', 'إشراف', 'الإشراف', 'تنسيق', 'مونتاج',
      'جرافيك', 'تصميم', 'التصميم', 'تصميم الجرافيك', 'إخراج', 'الإخراج', 'إخراج فني', 'رسوم', 'انفوجراف', 'إنفوجراف', 'إنفوجرافيك',
      'تحرير لغوي', 'edited by', 'reviewed by', 'designed by', 'produced by',
      // Two roles joined (`مراجعة وتدقيق`, `تصوير ومونتاج`), and the roles said as verbs with their object (`حرره`, `راجعته`).
      ...joinedRoles(),
      ...['حرره', 'حررته', 'راجعه', 'راجعته', 'دققه', 'دققته', 'صممه', 'صممته', 'أخرجه', 'أخرجته', 'نسقه', 'نسقته'],
    ],
  },
  // The author's other fields in an article's information box, before a separator (`Role, مراسل الأفق في القاهرة`,
  // `المنصب: محررة الشؤون الدولية`): the byline's role or where the author reports from, not the story.
  {
    rule: 'chrome-author-field',
    mode: 'prefix',
    maxWords: 12,
    separator: true,
    phrases: ['role', 'job title', 'position', 'reporting from', 'الصفة', 'المنصب', 'الوظيفة', 'المسمى الوظيفي', 'يكتب من', 'تكتب من'],
  },
  // A disclaimer label before a separator (`إخلاء مسؤولية: الأسعار استرشادية ...`): the site's terms, however long.
  {
    rule: 'chrome-disclaimer',
    mode: 'prefix',
    maxWords: 60,
    separator: true,
    phrases: ['إخلاء مسؤولية', 'إخلاء المسؤولية', 'إخلاء مسئولية', 'إخلاء المسئولية', 'تنويه قانوني', 'إشعار قانوني', 'disclaimer', 'legal notice'],
  },
  // The categories a post is filed under, before a separator (`تصنيفات: محليات، بيئة`): the site's sections.
  {
    rule: 'chrome-navigation',
    mode: 'prefix',
    maxWords: 12,
    separator: true,
    phrases: [
      'تصنيفات', 'التصنيفات', 'التصنيف', 'تصنيف', 'القسم', 'الأقسام', 'الأبواب', 'الفئة', 'الفئات', 'فئة', 'الباب', 'نشر في قسم', 'منشور في',
      'categories', 'category', 'filed under', 'posted in', 'section',
    ],
  },
  // Reuse notices: the line opens by asking to name the source, or by forbidding copies.
  {
    rule: 'chrome-copyright',
    mode: 'prefix',
    maxWords: 16,
    phrases: [
      'يرجى ذكر المصدر', 'الرجاء ذكر المصدر', 'يرجى الإشارة إلى المصدر', 'يمنع نسخ', 'يمنع النقل', 'يمنع إعادة نشر', 'يحظر نسخ', 'يحظر النقل',
      'يحظر إعادة نشر', 'لا يجوز نسخ', 'لا يجوز نقل', 'لا يجوز إعادة نشر', 'يسمح بالنقل', 'النقل مسموح', 'يسمح بإعادة النشر',
      'يسمح بالاقتباس', 'الاقتباس مسموح', 'يسمح بالنقل والاقتباس',
    ],
    with: ['المحتوى', 'المواد', 'المادة', 'المصدر', 'الموقع', 'المقال', 'الخبر', 'إذن', 'نشره', 'نشرها', 'الإشارة'],
  },
  // ... in each other verb and act (`يحظر نقل أو اقتباس المحتوى دون إذن`, `يمنع إعادة النشر دون ذكر المصدر`),
  // the page's content or the source named: a story forbids moving patients or using chemicals, without them.
  {
    rule: 'chrome-copyright',
    mode: 'prefix',
    maxWords: 16,
    phrases: reuseRuled(),
    with: ['المحتوى', 'محتوى', 'المقال', 'المقالة', 'الخبر', 'المنشور', 'المنشورات', 'المصدر', 'content'],
  },
  // Where the piece was printed or first published: `نشرت هذه المادة في العدد 4521 من صحيفة ...`,
  // `نشر هذا المقال في النسخة الورقية`: it opens with this piece (not `نشر المقال`: a story speaks so of
  // another; but `الخبر منشور ...`, the piece said to be in print) and names the edition, issue or paper.
  {
    rule: 'chrome-feed',
    mode: 'prefix',
    maxWords: 40,
    phrases: [
      'نشر هذا المقال', 'نشرت هذه المقالة', 'نشرت هذه المادة', 'نشر هذا الخبر', 'نشر هذا التقرير', 'نشر هذا الحوار', 'نشر هذا الموضوع',
      'هذا المقال منشور', 'هذه المادة منشورة', 'هذا التقرير منشور', 'هذا الخبر منشور', 'هذه المقالة منشورة', 'هذا الحوار منشور',
      // The piece named with the article alone (`الخبر منشور في العدد الورقي`).
      'المقال منشور', 'المادة منشورة', 'التقرير منشور', 'الخبر منشور', 'المقالة منشورة', 'الحوار منشور', 'الموضوع منشور',
      'this article appeared', 'this article was published', 'a version of this article', 'this story appeared',
    ],
    with: ['العدد', 'عدد', 'النسخة الورقية', 'النسخة المطبوعة', 'الطبعة الورقية', 'الطبعة المطبوعة', 'صحيفة', 'جريدة', 'مجلة', 'أولا', 'print edition', 'issue', 'originally'],
  },
  // A short note of the issue a piece was printed in: `نشر في العدد 1234` (a story's sentence opening so runs longer).
  { rule: 'chrome-feed', mode: 'prefix', maxWords: 8, phrases: ['نشر في العدد', 'نشرت في العدد', 'منشور في العدد', 'نشر بالعدد', 'نشرت بالعدد', 'منشور بالعدد'] },
  // Automatic image descriptions (alt text) that scrapers keep: `قد تكون صورة ‏٨ أشخاص`.
  {
    rule: 'caption',
    mode: 'prefix',
    maxWords: 60,
    phrases: [
      'قد تكون صورة', 'قد يكون صورة', 'قد تحتوي الصورة على', 'ربما تحتوي الصورة على', 'لا يتوفر وصف للصورة', 'قد يكون رسما توضيحيا',
      'قد تكون رسما توضيحيا', 'قد يكون نصا', 'قد تكون لقطة شاشة', 'may be an image of', 'may be a graphic', 'image may contain',
      'no photo description available', 'may be a cartoon', 'may be a screenshot',
    ],
  },
  // An office suite's alt text, the picture and what it holds, comma by comma (`صورة تحتوي على نص, شخص`): short only,
  // as a caption's sentence about a picture runs on.
  { rule: 'caption', mode: 'prefix', maxWords: 10, phrases: ['صورة تحتوي على', 'صورة تحوي', 'صورة تتضمن', 'a picture containing', 'an image containing'] },
  // A contact box under a press release or a report: its label, then the short lines of names,
  // offices, numbers and addresses under it (`للاستفسارات الإعلامية:` / `إدارة الاتصال المؤسسي`).
  {
    rule: 'contact-line',
    mode: 'exact',
    maxWords: 5,
    box: { rule: 'contact-line', maxWords: 8 },
    phrases: [
      ...['للاستفسارات', 'للاستفسار', 'للتواصل', 'للاتصال', 'للاستعلام', 'للاستعلامات'].flatMap((l) => [l, `${l} الإعلامية`, `${l} الصحفية`, `${l} الإعلامي`, `${l} الصحفي`]),
      'جهة الاتصال', 'معلومات الاتصال', 'بيانات الاتصال', 'معلومات التواصل', 'للمزيد من المعلومات', 'لمزيد من المعلومات', 'للمزيد من المعلومات يرجى التواصل مع',
      'media contact', 'media contacts', 'media inquiries', 'press contact', 'for more information', 'contact',
    ],
  },
  // Poll boxes: the label opens the box (the question and options under it are
  // boilerplate too, see the assembler), the buttons stand alone.
  { rule: 'chrome-poll', mode: 'exact', maxWords: 4, box: { rule: 'poll', maxWords: 20, choices: true }, phrases: [
      // The poll named, and its invitations to take part.
      ...POLL_NAMES, 'استطلاعات الرأي', 'شارك في الاستطلاع', 'شارك في التصويت', 'استطلع رأيك', 'صوت برأيك',
    ] },
  // ... or with its question after a separator on the label's line (`استطلاع: هل تؤيد القرار؟`), the choices under it;
  // a question word it needs (a story's lead-in `استطلاع: 60% ...` has none).
  {
    rule: 'chrome-poll',
    mode: 'prefix',
    maxWords: 20,
    separator: true,
    box: { rule: 'poll', maxWords: 20, choices: true },
    phrases: POLL_NAMES,
    with: ['هل', 'ماذا', 'كيف', 'أي', 'أين', 'متى', 'لماذا', 'برأيك', 'رأيك', 'do', 'does', 'will', 'should', 'what', 'which', 'who'],
  },
  { rule: 'chrome-poll-button', mode: 'exact', maxWords: 3, vote: true, phrases: [
      // Casting a vote, and seeing how others voted.
      'تصويت', 'التصويت', 'صوت', 'صوت الآن', 'أرسل صوتك', 'إرسال التصويت', 'vote', 'vote now',
      'النتائج', 'عرض النتائج', 'اعرض النتائج', 'شاهد النتائج', 'نتائج التصويت', 'نتيجة التصويت', 'نتائج الاستطلاع', 'results', 'view results', 'show results',
    ] },
  // Reading time: `زمن القراءة: 3 دقائق`, `دقيقتان للقراءة`, `قراءة 3 دقائق` (numbers aside).
  {
    rule: 'chrome-reading-time',
    mode: 'contains',
    maxWords: 6,
    phrases: [
      'زمن القراءة', 'وقت القراءة', 'مدة القراءة', 'دقيقة للقراءة', 'دقائق للقراءة', 'دقيقتان للقراءة', 'دقيقتين للقراءة',
      'min read', 'minute read', 'minutes read', 'reading time',
    ],
  },
  // ... and with a preposition, the reading or the reader's verb first (`قراءة في دقيقتين`, `تقرأ في 3 دقائق`).
  {
    rule: 'chrome-reading-time',
    mode: 'exact',
    maxWords: 4,
    phrases: [
      'قراءة دقائق', 'قراءة دقيقة', 'دقائق قراءة', 'دقيقة قراءة',
      ...['قراءة', 'تقرأ', 'اقرأ', 'يقرأ', 'قراءة المقال', 'قراءة الخبر'].flatMap((v) => ['دقيقة', 'دقيقتين', 'دقيقتان', 'دقائق'].flatMap((m) => [`${v} في ${m}`, `${v} خلال ${m}`])),
    ],
  },
  // The end mark of wire copy: `(انتهى)`, `/انتهى/`, `- النهاية -` (the key has no punctuation).
  { rule: 'chrome-end', mode: 'exact', maxWords: 2, ends: 'story', phrases: ['انتهى', 'النهاية', 'انتهى الخبر', 'end', 'fin'] },
  // "Was this article helpful?" boxes: the question, then its answers (`نعم`, `لا`) in the box.
  {
    rule: 'chrome-feedback',
    mode: 'exact',
    maxWords: 8,
    ends: 'story',
    box: { rule: 'poll', maxWords: 6 },
    phrases: [
      'هل كان هذا مفيدا', 'هل وجدت هذا مفيدا', 'هل وجدت هذا المقال مفيدا', 'هل أفادك هذا المقال', 'هل أفادك هذا الخبر', 'هل كانت هذه الصفحة مفيدة',
      'هل كان هذا المقال مفيدا', 'هل كان هذا الخبر مفيدا', 'هل كانت هذه المقالة مفيدة', 'هل كانت هذه المعلومات مفيدة',
      'ما رأيك في هذا المقال', 'ما رأيك في هذا الخبر', 'قيم هذا المقال', 'قيم المقال', 'تقييم المقال',
      // "Did you like this news?", to one reader or to all, of each kind of piece.
      ...['هل أعجبك', 'هل أعجبكم', 'هل نال إعجابك', 'هل نال إعجابكم', 'هل استفدت من', 'هل استفدتم من'].flatMap((q) =>
        ['المقال', 'هذا المقال', 'الخبر', 'هذا الخبر', 'الموضوع', 'هذا الموضوع', 'التقرير', 'هذا التقرير'].map((o) => `${q} ${o}`),
      ),
      'was this article helpful', 'was this helpful', 'rate this article',
    ],
  },
  // Thanks for reading or following, the page's sign-off under the story (`شكرا لقراءتك`, `نشكركم على المتابعة`).
  {
    rule: 'chrome-end',
    mode: 'exact',
    maxWords: 6,
    ends: 'story',
    phrases: [
      ...['شكرا', 'شكرًا', 'نشكرك', 'نشكركم'].flatMap((t) =>
        ['لقراءتك', 'لقراءتكم', 'للقراءة', 'على القراءة', 'لمتابعتك', 'لمتابعتكم', 'للمتابعة', 'على المتابعة', 'على قراءة المقال', 'لقراءة المقال', 'لزيارتك', 'لزيارتكم',
          // ... and for rating the page or sending a note (a feedback box's answer).
          'لتقييمك', 'لتقييمكم', 'على تقييمك', 'على تقييمكم', 'لملاحظاتك', 'على ملاحظاتك', 'لمشاركتك', 'على مشاركتك', 'على رأيك', 'لرأيك'].map((w) => `${t} ${w}`),
      ),
      'thanks for reading', 'thank you for reading', 'merci pour votre lecture', 'تم إرسال تقييمك', 'تم استلام تقييمك', 'thanks for your feedback',
    ],
  },
  // An embedded post's link to its platform: `عرض هذا المنشور على Instagram`.
  {
    rule: 'chrome-media',
    mode: 'prefix',
    maxWords: 8,
    phrases: ['عرض هذا المنشور على', 'شاهد هذا المنشور على', 'عرض هذه الصورة على', 'عرض هذا الفيديو على', 'view this post on', 'view this photo on', 'watch this video on'],
  },
  // A breaking story's promise of more (`التفاصيل تتبع`، `الخبر قيد التحديث`): the newsroom's note, not the story.
  { rule: 'chrome-media', mode: 'exact', maxWords: 8, phrases: detailsToFollow() },
  // The author's picture, by its alt text (`صورة الكاتب`).
  // The picture's kind alone on its line, with the article (`الصورة من الأرشيف`): a line ending so may be a story's sentence.
  { rule: 'caption', mode: 'exact', maxWords: 4, phrases: ['الصورة من الأرشيف', 'الصور من الأرشيف', 'الصورة أرشيفية', 'الصورة تعبيرية', 'الصورة من المصدر'] },
  { rule: 'caption', mode: 'exact', maxWords: 4, phrases: ['صورة الكاتب', 'صورة الكاتبة', 'صورة المؤلف', 'صورة المحرر', 'الصورة الشخصية للكاتب', 'author photo', 'author image'] },
  // Audio and video players: `استمع إلى المقال`, `مدة الفيديو 02:35` (numbers aside).
  {
    rule: 'chrome-media',
    mode: 'exact',
    maxWords: 6,
    phrases: [
      // A reader that speaks the article, in each verb and object: `استمع إلى هذا المقال`, `الاستماع للخبر`.
      // (And the recordings a page plays: the episode, the podcast, the report.)
      ...['استمع', 'استمعوا', 'الاستماع', 'استماع'].flatMap((v) => [v, ...['المقال', 'الخبر', 'هذا المقال', 'هذا الخبر', 'القصة', 'الحلقة', 'البودكاست', 'التقرير', 'التسجيل', 'المقطع'].flatMap((o) => [`${v} إلى ${o}`, `${v} ل${o.startsWith('ال') ? o.slice(1) : o}`])]),
      'استمع الآن', 'تشغيل', 'إيقاف مؤقت', 'سرعة التشغيل', 'سرعة القراءة', 'playback speed',
      'مدة الفيديو', 'مدة المقطع', 'مدة التشغيل', 'listen to this article', 'listen to article', 'listen', 'play', 'pause',
      // Media that did not load, or is loading: `تعذر تحميل الوسائط`.
      'تعذر تحميل الوسائط', 'تعذر تحميل الفيديو', 'تعذر تشغيل الفيديو', 'تعذر تحميل التغريدة', 'جار تحميل الفيديو', 'جار تحميل التغريدة',
      // Video players and their links: play, watch on the platform, the live stream.
      'تشغيل الفيديو', 'شغل الفيديو', 'تشغيل المقطع', 'مشاهدة الفيديو', 'شاهد الفيديو', 'شاهدي الفيديو', 'شاهدوا الفيديو', 'شاهد بالفيديو',
      // Click to zoom the picture, to watch or play: `اضغط على الصورة للتكبير`, `انقر لمشاهدة الفيديو`.
      ...['اضغط', 'إضغط', 'انقر', 'اضغطي', 'انقري', 'اضغط هنا', 'انقر هنا'].flatMap((v) =>
        ['للتكبير', 'على الصورة للتكبير', 'على الصورة لتكبيرها', 'لتكبير الصورة', 'لمشاهدة الصورة', 'لمشاهدة الصور', 'لمشاهدة الفيديو', 'لتشغيل الفيديو', 'على الفيديو لتشغيله', 'لمشاهدة المقطع'].map((o) => `${v} ${o}`)),
      'click to enlarge', 'click to zoom', 'tap to enlarge',
      'شاهد المقطع', 'شاهد الفيديو كاملا', 'مشاهدة على يوتيوب', 'شاهد على يوتيوب', 'المشاهدة على يوتيوب',
      // An album's link: see the pictures, the gallery (`شاهد الصور`, `اضغط لمشاهدة ألبوم الصور`, `تصفح معرض الصور`).
      ...['شاهد', 'شاهدوا', 'شاهدي', 'مشاهدة', 'تصفح', 'تصفحوا', 'اضغط لمشاهدة', 'انقر لمشاهدة', 'اضغط هنا لمشاهدة', 'لمشاهدة'].flatMap((v) =>
        ['الصور', 'جميع الصور', 'كل الصور', 'ألبوم الصور', 'معرض الصور', 'الألبوم', 'الصور كاملة', 'المزيد من الصور'].map((o) => `${v} ${o}`)),
      // A recording on a platform, the episode or the whole programme (`استمع إلى الحلقة كاملة على ساوندكلاود`).
      ...['استمع إلى', 'استمع ل', 'شاهد'].flatMap((v) =>
        ['الحلقة كاملة', 'الحلقة', 'البودكاست', 'المقابلة كاملة'].flatMap((o) => {
          const x = v.endsWith('ل') ? `${v}${o.slice(1)}` : `${v} ${o}`;
          return [x, ...['ساوندكلاود', 'سبوتيفاي', 'يوتيوب', 'أنغامي'].map((pl) => `${x} على ${pl}`)];
        })),
      'شاهد البث المباشر', 'شاهد البث', 'مشاهدة البث المباشر', 'تابع البث المباشر', 'كتم الصوت', 'ملء الشاشة', 'play video', 'watch on youtube',
      'watch live', 'mute', 'full screen', 'fullscreen',
      // A player's other buttons, each alone on its line.
      'إيقاف', 'توقف', 'استئناف', 'إعادة التشغيل', 'إعادة تشغيل', 'إلغاء كتم الصوت', 'رفع الصوت', 'خفض الصوت', 'الشاشة الكاملة', 'replay', 'unmute', 'stop',
    ],
  },
  // Newsletter boxes, and the form under them (`بريدك الإلكتروني` / `اشترك`: a field's label and a button).
  { rule: 'chrome-newsletter', mode: 'contains', maxWords: 25, ends: 'list', box: NEWSLETTER_FORM, phrases: ['النشرة البريدية', 'اشترك في النشرة', 'اشترك في نشرتنا', 'newsletter'] },
  // A newsletter's promise that the reader may leave it (`يمكنك إلغاء الاشتراك في أي وقت`).
  { rule: 'chrome-newsletter', mode: 'contains', maxWords: 14, ends: 'list', phrases: ['إلغاء الاشتراك في أي وقت', 'إلغاء اشتراكك في أي وقت', 'unsubscribe at any time'] },
  // The box's label alone: `النشرة الإخبارية` and `القائمة البريدية` also name a bulletin or a list in a sentence.
  {
    rule: 'chrome-newsletter',
    mode: 'exact',
    maxWords: 5,
    ends: 'list',
    box: NEWSLETTER_FORM,
    phrases: [
      'النشرة الإخبارية', 'نشرتنا الإخبارية', 'النشرة الإخبارية اليومية', 'النشرة اليومية', 'القائمة البريدية', 'اشترك في القائمة البريدية', 'انضم إلى القائمة البريدية', 'mailing list',
      // The box's call to stay informed, to one reader or to all (`ابق على اطلاع`, `كونوا أول من يعلم`).
      ...['ابق', 'ابقى', 'ابقي', 'ابقوا', 'كن', 'كوني', 'كونوا'].flatMap((v) => ['على اطلاع', 'على اطلاع دائم', 'على اطلاع بآخر الأخبار', 'على تواصل', 'على اتصال'].map((o) => `${v} ${o}`)),
      'كن أول من يعلم', 'كوني أول من يعلم', 'كونوا أول من يعلم', 'كن أول من يعرف', 'كونوا أول من يعرف', 'stay informed', 'stay updated', 'stay in the loop',
    ],
  },
  // Subscribe so that the news reaches you (`اشترك لتصلك أهم الأخبار يوميا`): the reader asked to subscribe, the news promised.
  {
    rule: 'chrome-newsletter',
    mode: 'contains',
    maxWords: 16,
    ends: 'list',
    box: NEWSLETTER_FORM,
    phrases: ['لتصلك', 'ليصلك', 'لتصلكم', 'ليصلكم', 'حتى تصلك', 'حتى يصلك'],
    with: ['اشترك', 'اشتركوا', 'اشتركي', 'سجل', 'سجلوا', 'سجلي', 'subscribe'],
  },
  // The box's promise, addressed to the reader's inbox (`احصل على أهم الأخبار في بريدك كل صباح`), with news or a
  // subscription named: a how-to story's `أدخل بريدك الإلكتروني` names neither.
  {
    rule: 'chrome-newsletter',
    mode: 'contains',
    maxWords: 16,
    ends: 'list',
    box: NEWSLETTER_FORM,
    phrases: ['في بريدك', 'إلى بريدك', 'على بريدك', 'لبريدك', 'بريدك الإلكتروني', 'صندوق بريدك', 'your inbox'],
    with: ['الأخبار', 'أخبار', 'أخبارنا', 'النشرة', 'نشرتنا', 'اشترك', 'اشتركوا', 'احصل', 'احصلوا', 'تصلك', 'يصلك', 'ليصلك', 'لتصلك', 'يوميا', 'كل صباح', 'أسبوعيا', 'news', 'subscribe'],
  },
];

// Masthead titles: the paper's editor-in-chief, board and publisher, as the
// top of Egyptian, Gulf and Maghreb sites print them. A line of such titles
// (with names, or the paper's name before them) is the masthead, not a headline.
export const MASTHEAD_TITLES: readonly string[] = [
  'رئيس التحرير', 'رئيسة التحرير', 'رئيس مجلس الإدارة', 'رئيسة مجلس الإدارة', 'رئيس مجلس الإدارة والتحرير', 'رئيس مجلسي الإدارة والتحرير',
  'رئيس مجلس الإدارة ورئيس التحرير', 'رئيسا مجلس الإدارة والتحرير', 'نائب رئيس التحرير', 'نائب رئيس مجلس الإدارة', 'رئيس التحرير التنفيذي',
  'رئيس التحرير المسؤول', 'مدير التحرير', 'مديرة التحرير', 'مدير عام التحرير', 'سكرتير التحرير', 'المدير العام', 'المدير المسؤول',
  'مدير النشر', 'مديرة النشر', 'المدير المسؤول عن النشر', 'المشرف العام', 'صاحب الامتياز', 'editor in chief', 'editor-in-chief',
  'managing editor',
  // Editors answerable for the paper, deputies and assistants, advisers, the board, the founder.
  'المحرر المسؤول', 'المحررة المسؤولة', 'مسؤول النشر', 'مسؤولة النشر', 'مساعد رئيس التحرير', 'مساعدة رئيس التحرير', 'رئيس التحرير المساعد',
  'نائب المدير العام', 'مستشار التحرير', 'مستشار رئيس التحرير', 'هيئة التحرير', 'مؤسس الموقع', 'المؤسس ورئيس التحرير',
];
// Words that open the outlet part of a dateline (`العاصمة - وكالة الأنباء الوطنية`,
// `القاهرة - خاص`): a dateline naming one is certain, even inside the story.
export const DATELINE_OUTLET_WORDS: readonly string[] = [
  'وكالة', 'وكالات', 'مراسل', 'مراسلنا', 'مراسلة', 'مراسلتنا', 'خاص', 'متابعات', 'صحيفة', 'جريدة', 'موقع', 'بوابة', 'شبكة', 'قناة',
  // The other kinds of outlet: a magazine, a blog, a platform, a radio or television station.
  'مجلة', 'مدونة', 'منصة', 'إذاعة', 'راديو', 'تلفزيون',
];

// Words that end an outlet's name (`سكاي نيوز عربية`, `الجزيرة نت`, `فرانس 24`): a dateline part
// ending so is the outlet, whichever side of the dash it stands on.
export const OUTLET_TAIL_WORDS: readonly string[] = [
  'نيوز', 'نت', 'عربية', 'عربي', 'الإخبارية', 'الإخباري', 'الاخبارية', 'الاخباري', 'أونلاين', 'اونلاين', 'الآن', '24', 'news', 'online', 'tv', 'net',
];

// Words that end a site's name after a headline (`... | الواحة نيوز`): the outlet tails that end no
// phrase of a headline (not `عربية` or `الآن`: `قمة بغداد - رؤية عربية`).
export const SITE_NAME_TAILS: readonly string[] = ['نيوز', 'نت', 'أونلاين', 'اونلاين', 'الإخبارية', 'الإخباري', 'الاخبارية', 'الاخباري', 'news', 'online', 'tv', 'net'];

// Common given names, men's then women's: a part of a line opening with one reads as a person's name
// (`هسبريس - يوسف العلوي`: an outlet, then who wrote it). None is a place or an outlet; names that are
// also common words, places or other words once folded (`أمل`, `جمعة`, `باسم`, `سلطان`, `عمان`; `علي` as `على`,
// `يحيى` as `يحيي`) are left out.
export const GIVEN_NAMES: readonly string[] = [
  ...['محمد', 'أحمد', 'محمود', 'مصطفى', 'حسن', 'حسين', 'عمر', 'عثمان', 'خالد', 'إبراهيم', 'يوسف', 'يونس', 'موسى', 'عيسى',
    'إسماعيل', 'زكريا', 'عبد', 'عبدالله', 'عبدالرحمن', 'عبدالعزيز', 'عبدالرحيم', 'عبدالكريم', 'عبدالمجيد', 'عبدالسلام',
    'طارق', 'طه', 'ياسر', 'ياسين', 'هشام', 'وليد', 'وائل', 'هاني', 'سامي', 'سامر', 'رامي', 'رامز', 'فادي', 'فراس', 'مازن', 'ماهر',
    'نبيل', 'نادر', 'نزار', 'بسام', 'زياد', 'زيد', 'فيصل', 'فهد', 'سلمان', 'سليمان', 'ناصر', 'منصور',
    'مراد', 'مهدي', 'حمزة', 'أسامة', 'أنس', 'أيمن', 'أشرف', 'إيهاب', 'عماد', 'عاطف', 'عصام', 'علاء', 'معتز', 'مؤمن',
    'هيثم', 'حازم', 'حاتم', 'حمدي', 'شادي', 'صلاح', 'غسان', 'قاسم', 'لؤي', 'مجدي',
    'مروان', 'مهند', 'نضال', 'بلال', 'توفيق', 'رشيد', 'جلال', 'حامد', 'حمد',
    'راشد', 'سعد', 'سعود', 'عمرو', 'غازي', 'فؤاد', 'فتحي', 'قيس', 'معاذ', 'ممدوح', 'نايف', 'نواف',
    // Names common in the Maghreb, the Levant, Iraq and the Gulf.
    'عبدالقادر', 'عبدالحميد', 'عبدالرزاق', 'عبدالحكيم', 'عبدالوهاب', 'عبداللطيف', 'عبدالناصر', 'عبدالفتاح', 'سمير', 'منير', 'سفيان',
    'إدريس', 'بوعلام', 'لخضر', 'رضا', 'أنور', 'وسيم', 'يزن', 'عدنان', 'جواد', 'حيدر', 'عباس', 'كاظم', 'ماجد', 'مشعل', 'بندر', 'ثامر',
    'إياد', 'باسل', 'مصعب', 'نبيه'],
  ...['فاطمة', 'عائشة', 'مريم', 'زينب', 'خديجة', 'سارة', 'ليلى', 'هند', 'نورة', 'رانيا', 'رنا', 'ريم',
    'دينا', 'مها', 'لينا', 'لمى', 'رشا', 'سمر', 'سهى', 'سوسن', 'إيمان', 'أسماء', 'آمنة', 'هبة', 'نادية', 'نسرين', 'ياسمين',
    'رحاب', 'شيماء', 'دعاء', 'إسراء', 'حنان', 'رباب', 'سناء', 'عبير', 'غادة', 'فدوى', 'لبنى', 'نجلاء', 'هالة',
    'نسيمة', 'سميرة', 'كريمة', 'نعيمة', 'حليمة', 'فريدة', 'مليكة', 'خولة', 'رقية', 'سعاد', 'سلمى', 'نوال', 'منال', 'نجوى', 'سهير',
    'رزان', 'ديما', 'رولا', 'ميساء', 'جمانة', 'سوزان', 'نهى', 'هيفاء', 'شيرين', 'نيفين', 'داليا'],
];

// Given names that are also common nouns (`دعاء` a prayer, `أسماء` names, `إيمان` faith): beside a date or an outlet
// they name a person, alone on a line they may be a subhead's first word (`دعاء السفر`, `أسماء المرشحين`).
export const GIVEN_NAMES_ALSO_WORDS: readonly string[] = ['دعاء', 'أسماء', 'إيمان', 'هبة', 'حنان', 'رحاب', 'عبير', 'سناء', 'آمنة', 'هالة', 'سمر', 'مها', 'هند', 'نادية'];

// A weather widget's reading (`الطقس: 25 درجة مئوية`, `الرياض 31 °C`, `عمان 18° غائم`): a temperature's
// units, after its figure, and the words that may label it or say the sky (any place's name may too).
export const TEMPERATURE_UNITS: readonly string[] = ['°', '°C', '°F', '°م', 'C', 'F', 'درجة', 'درجات', 'مئوية'];
// Those no grade or score shares: they say a temperature alone (`درجة` may be a grade).
export const DEGREE_UNITS: readonly string[] = ['°', '°C', '°F', '°م', 'C', 'F', 'مئوية'];
export const WEATHER_WORDS: readonly string[] = [
  'الطقس', 'طقس', 'الحرارة', 'درجة الحرارة', 'الطقس اليوم', 'حالة الطقس', 'غائم', 'غائم جزئيا', 'مشمس', 'صحو', 'ممطر', 'أمطار', 'رياح', 'عاصف', 'ضباب', 'رطوبة',
  'العظمى', 'الصغرى', 'weather',
];

// The turns of an interview printed question and answer (`س: متى تبدأ ...؟` / `ج: سنبدأ ...`, `سؤال/`,
// `الجواب -`): before a colon, a slash or a dash opening the line. Such a line is the story's, never a
// headline of a list.
export const INTERVIEW_TURNS: readonly string[] = ['س', 'ج', 'سؤال', 'جواب', 'السؤال', 'الجواب'];

// A site's motto ending with the year it was founded (`صوت الحقيقة منذ 1987`, `تأسست عام 1923`, `Est. 1987`,
// `في خدمتكم منذ العام 1990`): the founding word, then the year, a year's word between them perhaps. Over a
// headline the story speaks of, it is never the headline (`أعلى مستوى منذ 2008` is one its story speaks of).
export const FOUNDING_WORDS: readonly string[] = ['منذ', 'تأسست', 'تأسس', 'أسست', 'أسس', 'تأسيس', 'التأسيس', 'since', 'est', 'estd', 'established', 'founded'];
// Words between a founding word and its year: `منذ عام 1987`, `تأسست سنة 1923`, `تأسست في 1923`.
export const FOUNDING_YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'في', 'in'];

// Words that name a publication before its masthead: `جريدة النهار رئيس التحرير ...`; a paper, a magazine, a
// site, a portal, a network, and a platform, a radio, a channel or an agency (`منصة الأفق`, `إذاعة الأفق`).
export const PUBLICATION_WORDS: readonly string[] = ['جريدة', 'صحيفة', 'مجلة', 'موقع', 'بوابة', 'شبكة', 'يومية', 'أسبوعية', 'منصة', 'إذاعة', 'قناة', 'وكالة'];

// Words that open the name of an office issuing a statement (`وزارة الخارجية`,
// `المكتب الإعلامي`): right above a headline, such a line labels it.
export const ORGANISATION_HEADS: readonly string[] = [
  'وزارة', 'الوزارة', 'مكتب', 'المكتب', 'سفارة', 'السفارة', 'قنصلية', 'القنصلية', 'رئاسة', 'ديوان', 'الديوان', 'مديرية', 'المديرية',
  'هيئة', 'الهيئة', 'بلدية', 'البلدية', 'أمانة', 'الأمانة العامة', 'المركز الإعلامي', 'الناطق الرسمي', 'بيان صحفي', 'بيان', 'بلاغ', 'تصريح صحفي',
];

// Photo credits at the end of a caption, in brackets or after a dash:
// `(حسابه بالإعلام الاجتماعي)`, `- أرشيفية`, `(Getty)`. Agency names count too.
export const CAPTION_CREDITS: readonly string[] = [
  'حسابه بالإعلام الاجتماعي', 'حسابها بالإعلام الاجتماعي', 'حسابه الشخصي بالإعلام الاجتماعي', 'الإعلام الاجتماعي', 'حسابه', 'حسابها',
  'حسابه على', 'حسابها على', 'مواقع التواصل', 'مواقع التواصل الاجتماعي', 'وسائل التواصل', 'وسائل التواصل الاجتماعي', 'منصات التواصل',
  'متداولة', 'صورة متداولة', 'أرشيفية', 'صورة أرشيفية', 'أرشيف', 'من الأرشيف', 'خاص', 'صورة خاصة', 'الصورة', 'صورة', 'تصوير',
  'إكس', 'تويتر', 'فيسبوك', 'انستغرام', 'getty', 'getty images', 'shutterstock', 'epa', 'afp', 'reuters', 'ap', 'social media',
  // Photo agencies as Arabic pages spell them (`(غيتي)`, `- شاترستوك`).
  'غيتي', 'جيتي', 'غيتي إيميجز', 'جيتي إيميجز', 'غيتي إيماجز', 'جيتي إيماجز', 'شاترستوك', 'شترستوك', 'إي بي إيه', 'أسوشيتد برس', 'أ ب',
  // The account or page it was taken from (`(من صفحته على فيسبوك)`).
  'صفحته', 'صفحتها', 'صفحته على', 'صفحتها على', 'موقعه', 'موقعها', 'موقع الوزارة', 'الموقع الرسمي',
  // An office's media arm or official account, whose handout the picture is (`(المكتب الإعلامي للبلدية)`, `- الصفحة الرسمية للوزارة`).
  'المكتب الإعلامي', 'المكتب الصحفي', 'مكتب الإعلام', 'المركز الإعلامي', 'الدائرة الإعلامية', 'الخدمة الصحفية', 'الإعلام الحربي', 'إعلام الوزارة',
  'الصفحة الرسمية', 'الحساب الرسمي', 'الحساب الرسمي على', 'المنصة الرسمية', 'وكالة الأنباء الرسمية',
];
// A printed paper's issue line: the words that open it with their number (`العدد 4521`, `السنة 15`).
export const ISSUE_WORDS: readonly string[] = ['العدد', 'رقم العدد', 'السنة', 'المجلد', 'الإصدار', 'الطبعة', 'issue', 'vol', 'volume', 'year'];
// Ordinals, as an issue line counts its year (`السنة الخامسة عشرة`), in both genders and with `و`.
export const ORDINAL_WORDS: readonly string[] = [
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة', 'السادس', 'السادسة', 'السابع', 'السابعة',
  'الثامن', 'الثامنة', 'التاسع', 'التاسعة', 'العاشر', 'العاشرة', 'الحادي', 'الحادية', 'عشر', 'عشرة',
  'العشرون', 'والعشرون', 'الثلاثون', 'والثلاثون', 'الأربعون', 'والأربعون', 'الخمسون', 'والخمسون', 'الستون', 'والستون',
  'السبعون', 'والسبعون', 'الثمانون', 'والثمانون', 'التسعون', 'والتسعون', 'المئة', 'بعد المئة',
];
// Words that may lead a credit, before what it names: `(من حسابه على إنستغرام)`, `(عن رويترز)`.
export const CAPTION_CREDIT_FROM: readonly string[] = ['من', 'عن', 'عبر', 'نقلا عن', 'via', 'from'];

// Image files by their extensions: a line that is a file name is a leftover of an image.
export const IMAGE_EXTENSIONS: readonly string[] = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'svg', 'heic', 'tif', 'tiff', 'avif'];

// WordPress shortcodes left in the text: `[caption id=...]...[/caption]` is a
// caption; the others are markup.
export const CAPTION_SHORTCODES: readonly string[] = ['caption', 'wp_caption'];

// First words of a menu line (`الرئيسية سياسة اقتصاد رياضة`).
export const MENU_STARTS: readonly string[] = ['الرئيسية', 'الصفحة الرئيسية', 'home'];
// The names news sites give their sections, bare and with the article (a glued و is taken off before
// look-up): a line of three or more of them and nothing else is a menu (`محليات عربي ودولي اقتصاد رياضة`).
export const SECTION_NAMES: readonly string[] = [
  ...['محليات', 'محلي', 'عربي', 'عربية', 'دولي', 'دولية', 'عالمي', 'عالم', 'اقتصاد', 'اقتصادية', 'أعمال', 'مال', 'بورصة', 'رياضة', 'رياضي',
    'فن', 'فنون', 'ثقافة', 'ثقافي', 'منوعات', 'سياسة', 'سياسي', 'صحة', 'تكنولوجيا', 'تقنية', 'علوم', 'مقالات', 'رأي', 'آراء', 'فيديو',
    'صور', 'حوادث', 'تعليم', 'بيئة', 'سياحة', 'مجتمع', 'أخبار', 'تقارير', 'تحقيقات', 'حوارات', 'ملفات', 'محافظات', 'مرأة', 'شباب',
    'سيارات', 'عقارات', 'طقس', 'إسلاميات', 'أدب', 'مشاهير', 'جامعات', 'اتصالات', 'طاقة', 'زراعة', 'كاريكاتير', 'إنفوجراف', 'ملتيميديا',
    'برلمان', 'خليج', 'خليجي', 'اقتصادي', 'مدونات', 'مدونة',
    // The feminine adjectives a section's name puts after أخبار (`أخبار محلية`, `أخبار رياضية`).
    'محلية', 'سياسية', 'رياضية', 'ثقافية', 'فنية', 'صحية', 'علمية', 'اجتماعية', 'عالمية', 'عاجلة'].flatMap((n) => [n, `ال${n}`]),
  'الرئيسية', 'عاجل', 'لايف ستايل', 'ترند', 'بودكاست', 'news', 'sports', 'politics', 'economy', 'culture', 'opinion', 'video',
];
// The top of a site's sections as the first crumb of a trail (`الأخبار / رياضة`, `مقالات - كتاب الرأي`):
// with a spaced separator after it, a breadcrumb (never a place over an outlet). Only as the whole first crumb.
export const TRAIL_ROOTS: readonly string[] = ['الأخبار', 'أخبار', 'الأقسام', 'أقسام', 'المقالات', 'مقالات', 'الأرشيف', 'news', 'sections'];

// Photo captions: a line ending with one of these (or starting with the second list) is a caption.
export const CAPTION_SUFFIXES: readonly string[] = [
  'أرشيفية', 'صورة أرشيفية', 'أرشيف', 'صورة تعبيرية', 'صورة توضيحية', 'أرشيفية رويترز', 'صورة من الأرشيف', 'صور من الأرشيف', 'لقطة أرشيفية', 'صورة رمزية',
  // The picture came with the story: `الصورة من المصدر`.
  'الصورة من المصدر', 'صورة من المصدر', 'الصور من المصدر',
  // A picture's alt text naming what it stands for: `صورة الخبر` over each item of a list.
  'صورة الخبر', 'صورة المقال', 'صورة المقالة', 'صورة الموضوع', 'الصورة الرئيسية', 'صورة رئيسية', 'صورة مصغرة', 'صورة الكاتب', 'صورة الفيديو',
];
// Credit leads that need no separator before the credit (`مصدر الصورة Reuters`,
// `بعدسة محمد علي`): a line of a few words opening with one is a photo credit.
export const CAPTION_CREDIT_LEADS: readonly string[] = ['مصدر الصورة', 'مصدر الصور', 'صدر الصورة', 'صدر الصور', 'حقوق الصورة', 'بعدسة', 'image source', 'image credit', 'photo credit'];
// What a credit may be of, before a colon and an agency (`الصور: رويترز`, `فيديو: أ ف ب`, `خرائط: رويترز`):
// a caption's credit, no place and agency. (Alone before a bar, `فيديو | ...` heads a watch list's item.)
export const MEDIA_KINDS: readonly string[] = [
  'صورة', 'الصورة', 'صور', 'الصور', 'فيديو', 'الفيديو', 'مقطع', 'المقطع', 'خريطة', 'الخريطة', 'خرائط', 'الخرائط', 'رسم', 'رسوم',
  'إنفوجراف', 'انفوجراف', 'بيانات', 'البيانات', 'photo', 'photos', 'image', 'images', 'video', 'map', 'maps', 'data',
];
export const CAPTION_PREFIXES: readonly string[] = [
  'صورة', 'الصورة', 'صورة من', 'مصدر الصورة', 'photo', 'image',
  // Photographer credits: `(تصوير: محمد علي)`, `عدسة: ...`.
  'تصوير', 'بعدسة', 'عدسة', 'تصوير وفيديو', 'photo by', 'photo credit', 'photography',
];
// Words that open a caption describing a picture (`جانب من الاجتماع`, `من اليمين: ...`):
// such a line with no sentence end is a caption.
export const CAPTION_OPENERS: readonly string[] = [
  'جانب من', 'لقطة من', 'صورة من', 'صور من', 'لقطة تظهر', 'صورة تظهر', 'صورة تجمع', 'صورة جماعية', 'من اليمين', 'من اليسار',
  // What kind of picture it is: `صورة أرشيفية لمبنى المحافظة`, `صورة تعبيرية`.
  'صورة أرشيفية', 'صور أرشيفية', 'صورة من الأرشيف', 'صورة أرشيف', 'لقطة أرشيفية', 'صورة تعبيرية', 'صورة توضيحية', 'صورة رمزية', 'صورة متداولة',
  'صورة مركبة',
  // A picture and who published or took it: `صورة نشرها الحساب الرسمي ...`, `لقطة بثتها القناة ...`.
  ...['صورة', 'صور', 'لقطة', 'لقطات'].flatMap((p) =>
    ['نشرها', 'نشرتها', 'نشرت', 'نشره', 'بثها', 'بثتها', 'بثت', 'وزعها', 'وزعتها', 'وزعت', 'التقطها', 'التقطتها', 'التقطت', 'تداولها', 'تداولتها', 'أرسلها', 'أرسلتها'].map((v) => `${p} ${v}`),
  ),
  // Screenshots, aerial and satellite pictures, drawings, charts and maps: `لقطة شاشة من الفيديو المتداول`, `رسم بياني يوضح ...`.
  'لقطة شاشة', 'لقطات من', 'صورة جوية', 'صورة بالأقمار الصناعية', 'صورة ملتقطة', 'رسم توضيحي', 'رسم بياني', 'رسم يظهر', 'رسم يوضح',
  'خريطة توضيحية', 'خريطة تظهر', 'خريطة توضح', 'مخطط يوضح', 'مخطط يظهر',
];
// A writer's portrait, then the name (`صورة الكاتبة هدى علي`, `الصورة الشخصية للكاتب سامر يوسف`): the
// text a page saves for the author's photo. The name alone may follow (a name has no particle: `صورة
// الكاتب في الرواية العربية` is a headline).
export const PORTRAIT_OPENERS: readonly string[] = [
  ...['صورة', 'الصورة الشخصية', 'صورة شخصية', 'صورة أرشيفية', 'بورتريه'].flatMap((p) =>
    ['الكاتب', 'الكاتبة', 'المؤلف', 'المؤلفة', 'المحرر', 'المحررة', 'المراسل', 'المراسلة', 'الصحفي', 'الصحفية', 'الكاتب الصحفي', 'الكاتبة الصحفية', 'الشاعر', 'الشاعرة']
      .flatMap((w) => [`${p} ${w}`, `${p} ل${w.slice(1)}`]),
  ),
  'صورة شخصية', 'الصورة الشخصية', 'author photo', "author's photo", 'portrait of',
];
// A picture's kind in one word, alone on its line (`أرشيفية`: an archive picture): the feminine adjective of `صورة`,
// no navigation link (`أرشيف` alone is one).
export const CAPTION_KINDS_ALONE: readonly string[] = ['أرشيفية', 'تعبيرية', 'توضيحية', 'رمزية', 'متداولة'];
// A picture a machine made, said under it (`صورة مولدة بالذكاء الاصطناعي`, `صورة تعبيرية تم إنشاؤها عبر الذكاء
// الاصطناعي`): a picture's word first, a word of making among the next, the machine closing the line (`MADE_BY_MACHINE`).
// A headline about such a picture goes on after the machine (`صورة مولدة بالذكاء الاصطناعي تثير جدلا`).
export const MADE_PICTURE_LEADS: readonly string[] = ['صورة', 'الصورة', 'صور', 'الصور', 'لقطة', 'رسم', 'رسمة', 'فيديو', 'مقطع', 'image', 'photo', 'picture', 'illustration'];
export const MADE_WORDS: readonly string[] = [
  'مولدة', 'مولد', 'منشأة', 'منشأ', 'مصممة', 'مصنوعة', 'مصنوع', 'أنشئت', 'أنشئ', 'أنشأها', 'أنشأتها', 'إنشاؤها', 'إنشاؤه', 'توليدها', 'توليده',
  'ولدت', 'ولدها', 'أنتجت', 'إنتاجها', 'صنعت', 'صنعها', 'صممت', 'تصميمها', 'generated', 'created', 'made', 'ai-generated',
];
// The machine, closing the line (its words folded; a clitic glued to `الذكاء` aside: `بالذكاء`).
export const MADE_BY_MACHINE: readonly string[] = ['الذكاء الاصطناعي', 'ai'];
// Words that say what a pictured person was doing when pictured, right after the person's name or title
// and before the doing with its pronoun (`رئيس الوزراء خلال ترؤسه اجتماع المجلس`, `الوزير أثناء جولته`,
// `الرئيس لدى وصوله`): with no verb before them, a caption. (Not `عقب`, `قبيل`, `وسط`: headlines say
// `احتجاجات وسط العاصمة`; nor a doing with no pronoun, an event aside (see CAPTION_EVENTS): `ارتفاع
// الصادرات خلال الربع الأول` is a headline.)
export const CAPTION_DURING: readonly string[] = ['خلال', 'أثناء', 'اثناء', 'لدى'];
// Events a person is pictured at, named right after the during word with no pronoun (`الوزير خلال افتتاح
// المعرض`, `الرئيس لدى استقبال الوفد`): opening, meeting, visiting, receiving, signing, honouring, speaking.
export const CAPTION_EVENTS: readonly string[] = [
  'افتتاح', 'لقاء', 'اجتماع', 'زيارة', 'جولة', 'استقبال', 'توقيع', 'تكريم', 'تسلم', 'تسليم', 'تفقد', 'حفل', 'مؤتمر', 'إلقاء', 'مشاركة',
  'مراسم', 'وصول', 'مغادرة', 'ترؤس', 'رعاية', 'تدشين', 'إطلاق', 'حضور', 'مباحثات', 'محادثات', 'جلسة', 'قمة', 'اختتام', 'انطلاق', 'أداء',
];
// Marks a site prints before its author's name (`✍️ أحمد سالم`): a writing hand and pens (not a memo: notes open so too).
export const PEN_MARKS: readonly string[] = ['\u270d', '\u2712', '\u{1f58a}', '\u{1f58b}'];
// Titles a pictured person is named by with no article (`رئيس الوزراء`, `وزيرة الصحة`, `ولي العهد`): the
// person before a during word opens with one of these or with the article (`الرئيس`, `الوزيرة`); a verb
// (`وافق مجلس الوزراء خلال اجتماعه`) opens otherwise.
export const PERSON_TITLES: readonly string[] = [
  'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'نائب', 'نائبة', 'أمين', 'أمينة', 'مدير', 'مديرة', 'سفير', 'سفيرة', 'محافظ', 'محافظة', 'قائد',
  'ولي', 'ملك', 'ملكة', 'أمير', 'أميرة', 'شيخ', 'رئيسا', 'عضو', 'عضوة', 'مبعوث', 'مبعوثة', 'ممثل', 'ممثلة', 'متحدث', 'المتحدث', 'مفتي', 'بابا',
  'president', 'minister', 'prince', 'king',
];
// Caption labels standing alone on a line (`التعليق على الصورة،`): the next line is the caption.
// With a separator and text after them on their own line (`التعليق على الصورة، فرق الإنقاذ ...`), the line is the caption.
export const CAPTION_LABELS: readonly string[] = [
  'التعليق على الصورة', 'تعليق على الصورة', 'التعليق على الفيديو', 'شرح الصورة', 'وصف الصورة', 'مصدر الصورة', 'صدر الصورة', 'حقوق الصورة', 'image caption',
  'image source', 'photo credit',
  // The picture's placeholder where it failed to load, its caption under it (`الصورة غير متاحة`).
  ...['الصورة', 'صورة'].flatMap((p) => ['غير متاحة', 'غير متوفرة', 'غير موجودة', 'لا تتوفر'].map((w) => `${p} ${w}`)),
  'لا تتوفر صورة', 'لا توجد صورة', 'image not available', 'image unavailable', 'no image available',
];

// Copyright signs that open a footer line (`© 2024 اسم الموقع`): U+00A9, and `(c)`.
export const COPYRIGHT_SIGNS: readonly string[] = ['\u00a9', '(c)', '(C)'];
// The rights a copyright sign inside a line names (`حقوق النشر © 2026 الموقع`): with a year, or one of these, it is the notice.
export const COPYRIGHT_WORDS: readonly string[] = ['حقوق', 'الحقوق', 'بحقوق', 'copyright', 'rights'];

// Words that open a paragraph continuing the story (`وأضاف`, `من جهته`): after a
// "read also" headline they say the story goes on rather than a new article.
// Words that bring in what someone said (`أكد أن ...`, `قال إنه ...`): in a line that opens
// like a story's sentence (a reporting verb, a conjunction), a chrome phrase after them is
// reported speech, not the page's footer (`... أن جميع الحقوق محفوظة لأصحابها`). A notice
// addressing the reader (`نحيطكم علما بأن التعليقات تخضع للمراجعة`) opens otherwise.
export const COMPLEMENTIZERS: readonly string[] = ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'بأنه', 'أنها', 'إنها', 'بأنها', 'لأن', 'that'];
// Particles of a sentence: a line holding two of them reads as prose, not as a menu of section
// names that happens to repeat a word (`... لتوثيق الثورة ... معنى الثورة ودعما لاستمرارها`).
export const SENTENCE_PARTICLES: readonly string[] = ['في', 'على', 'علي', 'إلى', 'الى', 'عن', 'التي', 'الذي', 'الذين', 'أن', 'إن', 'حتى', 'بين'];
// Names spelled like a particle once folded: `علي` (Ali) is `على` with its yeh folded.
export const NAMES_LIKE_PARTICLES: readonly string[] = ['علي'];

export const REPORTING_VERBS: readonly string[] = [
  'قال', 'قالت', 'قالوا', 'أكد', 'أكدت', 'أكدوا', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'أعلن', 'أعلنت',
  'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'شدد', 'شددت', 'لفت', 'لفتت', 'أضاف', 'أضافت', 'كشف', 'كشفت', 'يرى', 'ترى', 'يقول', 'تقول',
  'يؤكد', 'تؤكد', 'said', 'says',
];

// Words that end a line announcing a list under it, with or without a colon:
// `وجاءت النتائج كالتالي`, `... على النحو الآتي`, `... كما يلي`.
export const LIST_ANNOUNCERS: readonly string[] = ['كالتالي', 'كالآتي', 'التالي', 'التالية', 'الآتي', 'الآتية', 'يلي'];

export const CONTINUATION_STARTS: readonly string[] = [
  'وأضاف', 'وقال', 'وأشار', 'وأكد', 'وأوضح', 'وتابع', 'وذكر', 'وكان', 'وكانت', 'وأفاد', 'ولفت', 'وشدد', 'واعتبر', 'ونوه',
  'وبين', 'وأعرب', 'وختم', 'واختتم', 'وفي', 'كما', 'بدوره', 'بدورها', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها',
  'وفيما', 'في المقابل', 'إلى ذلك', 'يذكر أن', 'يشار إلى', 'وتجدر الإشارة',
  // The same verbs with a woman or a body (الوزارة، الحكومة) as the subject.
  'وأضافت', 'وقالت', 'وأشارت', 'وأكدت', 'وأوضحت', 'وتابعت', 'وذكرت', 'وأفادت', 'ولفتت', 'وشددت', 'واعتبرت', 'ونوهت',
  'وبينت', 'وأعربت', 'وختمت', 'واختتمت',
  // More verbs of reporting, in both genders: what a statement said, announced, disclosed, asked for (`وجاء في البيان`, `ونقلت الوكالة`).
  'وجاء', 'وجاءت', 'وأعلن', 'وأعلنت', 'وكشف', 'وكشفت', 'ونقل', 'ونقلت', 'وأردف', 'وأردفت', 'واستطرد', 'واستطردت', 'ومضى', 'ومضت',
  'وزاد', 'وزادت', 'ودعا', 'ودعت', 'وطالب', 'وطالبت', 'وأظهر', 'وأظهرت', 'وأشاد', 'وأشادت', 'وحذر', 'وحذرت', 'ونفى', 'ونفت',
  // The same in the present tense, as a story's closing lines run on (`ويبقى السؤال: ...`, `ويرى مراقبون أن ...`).
  'ويقول', 'وتقول', 'ويضيف', 'وتضيف', 'ويشير', 'وتشير', 'ويؤكد', 'وتؤكد', 'ويوضح', 'وتوضح', 'ويرى', 'وترى', 'ويعتبر', 'وتعتبر',
  'ويتوقع', 'وتتوقع', 'ويبقى', 'وتبقى', 'ويظل', 'وتظل', 'ويأتي', 'وتأتي',
  // The narration's connectives: what is expected or planned, according to whom, but and despite, besides.
  'ومن المتوقع', 'ومن المقرر', 'ومن المنتظر', 'ومن المرتقب', 'ومن المفترض', 'ومن المحتمل', 'ومن جهته', 'ومن جهتها', 'ومن جانبه',
  'ومن جانبها', 'وبحسب', 'ووفقا', 'ووفق', 'وطبقا', 'لكن', 'ولكن', 'غير أن', 'إلا أن', 'بيد أن', 'ورغم', 'وبالرغم', 'وعلى الرغم',
  'بالإضافة إلى', 'وبالإضافة إلى', 'فضلا عن', 'علاوة على', 'وعلى صعيد', 'وفي سياق', 'وفي السياق',
];

// The conjunction glued to a verb in the present tense (`ويمنح`, `وتقول`, `ويشهد`, `وتستهدف`): a
// sentence going on from the one above, whatever the verb, as the phrases above are. Taken only with
// three letters or more after the prefix and for no word whose own first letter is و (`WAW_ROOT_WORDS`).
export const CONJUNCTION_VERB_PREFIXES: readonly string[] = ['وي', 'وت'];

// Dates. A date line is made of these words, numbers and separators.
// Gregorian months as used in Egypt and the Gulf.
const MONTHS_EGYPT_GULF = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'دسمبر', 'ديسيمبر'];
// Syriac month names of the Levant and Iraq.
const MONTHS_LEVANT = ['كانون', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار', 'ايار', 'حزيران', 'تموز', 'آب', 'اب', 'أيلول', 'ايلول', 'تشرين'];
// Maghreb (Morocco) and Algeria / Tunisia month names.
const MONTHS_MAGHREB = ['ماي', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر', 'جانفي', 'فيفري', 'أفريل', 'افريل', 'جوان', 'جويلية', 'أوت', 'اوت'];
// Hijri months and their qualifiers.
const MONTHS_HIJRI = ['محرم', 'صفر', 'ربيع', 'جمادى', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي', 'القعدة', 'الحجة', 'الأول', 'الاول', 'الآخر', 'الثاني', 'الآخرة', 'الأولى'];
// Latin month names, full and short.
const MONTHS_LATIN = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const MONTH_WORDS: readonly string[] = [...MONTHS_EGYPT_GULF, ...MONTHS_LEVANT, ...MONTHS_MAGHREB, ...MONTHS_HIJRI, ...MONTHS_LATIN];

// Words joining an author's name to the date after it: `بواسطة سلمى الحداد في 19 مايو 2024`.
export const DATE_JOINERS: readonly string[] = ['في', 'بتاريخ', 'يوم', 'on'];

// Weekdays, Arabic and Latin.
export const WEEKDAY_WORDS: readonly string[] = [
  'الأحد', 'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat',
];

// Words that sit in date and time lines: time of day, relative time, labels.
export const DATE_FILLER_WORDS: readonly string[] = [
  'ص', 'م', 'مـ', 'هـ', 'ه', 'صباحا', 'مساء', 'ظهرا', 'عصرا', 'am', 'pm', 'gmt', 'utc', 'بتوقيت', 'الموافق', 'منذ', 'قبل', 'ساعة', 'ساعات', 'ساعتين',
  'دقيقة', 'دقائق', 'دقيقتين', 'ثانية', 'ثوان', 'يوم', 'يومين', 'أيام', 'أسبوع', 'شهر', 'سنة', 'عام', 'أمس', 'اليوم', 'الآن',
  'نشر', 'نشرت', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'آخر', 'اخر', 'أخر', 'تحديث', 'التحديث', 'تم', 'للصفحة', 'محدث', 'مساءً',
  'صباحًا', 'published', 'updated', 'on', 'at', 'last', 'posted', 'date', 'الساعة', 'من', 'هجري', 'ميلادي', 'هجرية', 'ميلادية',
  'التاريخ', 'توقيت', 'العدد', 'حرر', 'حررت', 'ساعتين', 'دقيقتين', 'أسابيع', 'شهور', 'أشهر', 'سنوات', 'ago', 'hours', 'minutes', 'days', 'hour', 'minute', 'day',
  // French labels, on Maghreb pages: `Publié le 12/10/2031`, `Mis à jour le ...`.
  'publié', 'publiée', 'le', 'mis', 'mise', 'à', 'jour',
];

// Places that name a time zone: date words only after a zone word (`بتوقيت القاهرة`,
// `توقيت مكة المكرمة`), not in a headline that dates an event in a city.
export const ZONE_LEADS: readonly string[] = ['بتوقيت', 'توقيت'];
export const ZONE_PLACES: readonly string[] = [
  'القدس', 'مكة', 'المكرمة', 'غرينتش', 'جرينتش', 'غرينيتش', 'القاهرة', 'الرياض', 'أبوظبي', 'أبو', 'ظبي', 'الدوحة', 'بيروت', 'دمشق',
  'بغداد', 'عمان', 'الكويت', 'دبي', 'المغرب', 'الجزائر', 'تونس', 'الخرطوم', 'صنعاء', 'طرابلس', 'المنامة', 'مسقط', 'الإمارات', 'السعودية',
];

// Cities a dateline names before a colon alone, with no dash or agency (`دبي: ...`, `غزة: ...`): a colon after
// an unknown word is as often a label's (`ملاحظة:`, `تحديث:`), so only a known city makes one a dateline
// (not a city whose name is a common word too: الخبر, صور).
// Arab capitals and large cities first, then the world's capitals and cities news is filed from.
export const DATELINE_CITIES: readonly string[] = [
  'القاهرة', 'الإسكندرية', 'الجيزة', 'أسوان', 'الأقصر', 'بورسعيد', 'السويس', 'الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة',
  'الدمام', 'الطائف', 'أبها', 'تبوك', 'دبي', 'أبوظبي', 'أبو ظبي', 'الشارقة', 'عجمان', 'رأس الخيمة', 'الفجيرة', 'الدوحة',
  'المنامة', 'الكويت', 'مسقط', 'صلالة', 'صنعاء', 'عدن', 'تعز', 'الحديدة', 'مأرب', 'بغداد', 'البصرة', 'الموصل', 'أربيل', 'النجف',
  'كربلاء', 'كركوك', 'السليمانية', 'دمشق', 'حلب', 'حمص', 'حماة', 'اللاذقية', 'طرطوس', 'إدلب', 'دير الزور', 'الرقة', 'درعا',
  'بيروت', 'صيدا', 'طرابلس', 'بعلبك', 'زحلة', 'عمان', 'عمّان', 'إربد', 'الزرقاء', 'العقبة', 'القدس', 'غزة', 'رام الله',
  'نابلس', 'الخليل', 'جنين', 'بيت لحم', 'رفح', 'خان يونس', 'الخرطوم', 'أم درمان', 'بورتسودان', 'بنغازي', 'مصراتة', 'سبها',
  'تونس', 'صفاقس', 'سوسة', 'الجزائر', 'وهران', 'قسنطينة', 'الرباط', 'الدار البيضاء', 'مراكش', 'فاس', 'طنجة', 'أغادير', 'نواكشوط',
  'جيبوتي', 'مقديشو', 'هرجيسا',
  'واشنطن', 'نيويورك', 'لندن', 'باريس', 'برلين', 'موسكو', 'بكين', 'طوكيو', 'روما', 'مدريد', 'بروكسل', 'جنيف', 'فيينا', 'أنقرة',
  'إسطنبول', 'اسطنبول', 'طهران', 'كابول', 'إسلام آباد', 'نيودلهي', 'كييف', 'وارسو', 'أثينا', 'لشبونة', 'أمستردام', 'ستوكهولم',
  'أوسلو', 'كوبنهاغن', 'برن', 'نيقوسيا', 'باكو', 'سيول', 'بيونغ يانغ', 'تايبيه', 'هونغ كونغ', 'سنغافورة', 'جاكرتا',
  'كوالالمبور', 'أديس أبابا', 'نيروبي', 'لاغوس', 'داكار', 'باماكو', 'نيامي', 'أنجامينا', 'كينشاسا', 'جوهانسبرغ', 'بريتوريا',
  'أوتاوا', 'تورونتو', 'مكسيكو', 'برازيليا', 'بوينس آيرس', 'كاراكاس', 'هافانا', 'سيدني', 'كانبيرا', 'تل أبيب', 'لوس أنجلوس',
];

// Relative time (`منذ 3 ساعات`, `قبل يومين`, `3 hours ago`): a line of such a
// word next to a unit of time, with or without a number, is a date line.
export const RELATIVE_TIME_WORDS: readonly string[] = ['منذ', 'قبل', 'ago'];
export const TIME_UNITS: readonly string[] = [
  'ثانية', 'ثوان', 'ثواني', 'دقيقة', 'دقائق', 'دقيقتين', 'ساعة', 'ساعات', 'ساعتين', 'يوم', 'يومين', 'أيام', 'أسبوع', 'أسبوعين',
  'أسابيع', 'شهر', 'شهرين', 'أشهر', 'شهور', 'سنة', 'سنتين', 'سنوات', 'عام', 'عامين', 'أعوام',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
];

// Counters beside a number (`1234 مشاهدة`, `12 تعليقا`): page furniture.
// Pagination: a line of these and page numbers (`الصفحة 1 من 3`, `1 2 3 التالي`) is the page's navigation.
export const PAGINATION_WORDS: readonly string[] = [
  'صفحة', 'الصفحة', 'الصفحات', 'التالي', 'التالية', 'السابق', 'السابقة', 'الأولى', 'الأخيرة',
  'page', 'pages', 'next', 'previous', 'prev', 'first', 'last',
];

export const COUNTER_WORDS: readonly string[] = [
  'مشاهدة', 'مشاهدات', 'قراءة', 'قراءات', 'تعليق', 'تعليقا', 'تعليقات', 'مشاركة', 'مشاركات', 'إعجاب', 'زيارة', 'زيارات',
  'المشاهدات', 'القراءات', 'الزيارات', 'عدد', 'ألف', 'مليون',
  'views', 'view', 'comments', 'comment', 'shares', 'likes', 'reads', 'k',
  // The other counters a page prints: words, votes, followers, subscribers, downloads (`عدد الكلمات: 540`, `1200 متابع`).
  'كلمة', 'كلمات', 'الكلمات', 'صوت', 'أصوات', 'الأصوات', 'متابع', 'متابعين', 'المتابعين', 'مشترك', 'مشتركين', 'المشتركين',
  'تحميل', 'تحميلات', 'تنزيل', 'تنزيلات', 'words', 'votes', 'followers', 'subscribers', 'downloads',
  // Read or seen so many times, by so many (`قرئ 845 مرة`, `شوهد 1200 مرة`, `قرأه 300 قارئ`).
  'قرئ', 'قرأ', 'قرأه', 'قرأها', 'شوهد', 'شوهدت', 'شاهده', 'شاهدها', 'قراءته', 'قراءتها', 'مشاهدته', 'مشاهدتها', 'مرة', 'مرات', 'قارئ', 'قراء', 'زائر', 'زوار',
  'times',
  // Shared so many times (`تمت مشاركته 120 مرة`, `شورك 40 مرة`), and the readers' rating with its stars
  // (`تقييم القراء 4.5 من 5`, `التقييم: 4 نجوم`).
  'تمت', 'مشاركته', 'مشاركتها', 'شورك', 'شوركت', 'تقييم', 'التقييم', 'تقييمات', 'التقييمات', 'القراء', 'نجوم', 'نجمة', 'نجمات',
  'rating', 'ratings', 'stars', 'shared',
  // The joining word of a gallery counter: `3 من 12`, `3 of 12`.
  'من', 'of',
];

// What a widget's figures are counted in: temperature, change and rate marks, and currencies by name
// (`القاهرة 24° غائم`, `الدولار 48.50 جنيه`, `البورصة ▲ 1.2%`). A line of figures after the story needs one
// to be read as a widget's: a story's table of places and numbers (`الجيزة 98`) has none.
export const WIDGET_UNIT_MARKS: readonly string[] = ['°', '℃', '℉', '%', '٪', '▲', '▼', '↑', '↓', '$', '€', '£'];
export const WIDGET_UNIT_WORDS: readonly string[] = [
  'درجة', 'درجات', 'مئوية', 'الدولار', 'دولار', 'اليورو', 'يورو', 'الجنيه', 'جنيه', 'جنيها', 'الريال', 'ريال', 'ريالا', 'الدرهم', 'درهم',
  'درهما', 'الدينار', 'دينار', 'دينارا', 'الليرة', 'ليرة', 'الإسترليني', 'الين', 'اليوان', 'الفرنك', 'بيتكوين', 'الذهب', 'الفضة', 'النفط',
  'برنت', 'أوقية', 'الأوقية', 'usd', 'eur',
];

// Gallery counters: `الصورة 3 من 12`, `Photo 3 of 12`. The line under one is its caption.
export const GALLERY_WORDS: readonly string[] = ['صورة', 'الصورة', 'صور', 'photo', 'photos', 'image', 'images', 'slide'];

// Wire credits that name no one agency (`وكالات`), and outlets credited like agencies. With every
// spelling of `AGENCY_TABLE` (meta/agencies.ts), a closing line made only of these is the source.
// (`متابعات`: compiled from the wires and other outlets.)
export const AGENCIES: readonly string[] = ['وكالات', 'وكالات الأنباء', 'مواقع', 'متابعات', 'agencies', 'cnn', 'bbc'];

// Closing formulas an author ends an article with: body, even as a short last line.
export const CLOSING_FORMULAS: readonly string[] = [
  'والله من وراء القصد', 'والله ولي التوفيق', 'والله الموفق', 'وبالله التوفيق', 'والله المستعان', 'والله أعلم',
  'والسلام عليكم', 'والسلام عليكم ورحمة الله وبركاته', 'والله من وراء القصد وهو يهدي السبيل',
];

// Bullets that are link arrows, pointing either way (U+00BB », U+203A ›, U+2190 ←, U+2B05 ⬅, U+25C4 ◄, U+25C0 ◀,
// U+27A2 ➢; U+2192 →, U+27A1 ➡: Arabic sites print the arrows of Latin ones too; not ► or ➤, which dress subheadings),
// and the emoji that point to a link (U+1F448 👈, U+1F449 👉, U+1F517 🔗): one such line alone between two
// paragraphs links to another story (`» عنوان`, `👈 عنوان`); so do the arrows a site doubles (`<< عنوان`, `>> عنوان`, `»» عنوان`).
export const LINK_ARROW_BULLETS: readonly string[] = ['\u00bb', '\u203a', '\u2190', '\u2b05', '\u25c4', '\u25c0', '\u27a2', '\u2192', '\u27a1', '\u{1f448}', '\u{1f449}', '\u{1f517}', '<<', '>>', '\u00bb\u00bb'];

// Roles that open an author's description right under the byline at the top of
// a column (`أستاذ العلوم السياسية في جامعة الشرق`, `كاتبة وباحثة مصرية`).
// Not `رئيس`, `مدير`, `وزير`: headlines open with those.
// A word crediting a paper named in quotes right after it, alone on a line: `عن «الشرق الأوسط»`,
// `من «النهار»` (`نقلا عن "الحياة"` is a source lead-in already).
export const QUOTED_SOURCE_LEADS: readonly string[] = ['عن', 'من'];
// A word placing a story in a section named in quotes after it, alone on a line (`في "أخبار"`, `In "News"`):
// the category a blog prints under each related headline.
export const ITEM_CATEGORY_LEADS: readonly string[] = ['في', 'ضمن', 'in', 'dans'];

// Labels of a box of key points under the headline (`باختصار`, `أبرز النقاط`): the lines under it,
// bulleted or not, are the story's highlights. Read in the header only: in a story `الخلاصة` is a subheading.
export const SUMMARY_LABELS: readonly string[] = [
  'باختصار', 'بإيجاز', 'بالمختصر', 'أبرز النقاط', 'النقاط الرئيسية', 'أهم النقاط', 'النقاط الأساسية', 'ملخص', 'الملخص', 'ملخص الخبر',
  'ملخص المقال', 'خلاصة', 'الخلاصة', 'في سطور', 'الخبر في سطور', 'أبرز ما جاء', 'أهم ما جاء', 'نقاط سريعة', 'ما تحتاج معرفته', 'ما يجب معرفته',
  'key points', 'in brief', 'summary', 'highlights', 'at a glance',
];

export const AUTHOR_ROLES: readonly string[] = [
  'أستاذ', 'أستاذة', 'كاتب', 'كاتبة', 'باحث', 'باحثة', 'صحفي', 'صحفية', 'صحافي', 'صحافية', 'خبير', 'خبيرة', 'محلل', 'محللة',
  'أكاديمي', 'أكاديمية', 'إعلامي', 'إعلامية', 'روائي', 'روائية', 'شاعر', 'شاعرة', 'ناقد', 'ناقدة', 'مستشار', 'مستشارة',
  'محامي', 'محامية', 'أديب', 'أديبة', 'مفكر', 'مفكرة', 'professor', 'writer', 'journalist', 'analyst', 'researcher', 'columnist',
];

// A newsroom's roles, named after a byline's name (`سامي يوسف، مراسل الأفق في القاهرة`): correspondents,
// editors, envoys, the heads of a bureau or a desk.
export const NEWSROOM_ROLES: readonly string[] = [
  'مراسل', 'مراسلة', 'محرر', 'محررة', 'مندوب', 'مندوبة', 'موفد', 'موفدة', 'مدير مكتب', 'مديرة مكتب', 'رئيس قسم', 'رئيسة قسم',
  'correspondent', 'reporter', 'editor',
];

// Labels of a breaking-news ticker item, before a separator: `عاجل | ...`,
// `آخر الأخبار: ...`, `Breaking - ...`. Such a line is the headline only when no
// later header line carries the page's date or byline under it.
export const TICKER_LABELS: readonly string[] = [
  'عاجل', 'خبر عاجل', 'أخبار عاجلة', 'عاجل جدا', 'هام وعاجل', 'الآن', 'آخر الأخبار', 'آخر الأنباء', 'أخبار الساعة', 'مباشر', 'بث مباشر',
  'breaking', 'breaking news', 'urgent', 'just in', 'live',
];

// Words that open a kicker (the line above a headline): prepositions and
// circumstance words. A kicker right above another headline-like line is body.
export const KICKER_STARTS: readonly string[] = [
  'في', 'ضمن', 'خلال', 'بعد', 'قبل', 'مع', 'وسط', 'عقب', 'إثر', 'اثر', 'رغم', 'بين', 'على', 'من', 'عن', 'لدى', 'حول', 'أثناء',
  'بحضور', 'برعاية', 'تحت', 'بمناسبة', 'بسبب', 'لأول', 'قبيل',
];

// Words that cannot end a sentence: prepositions, conjunctions, relative
// pronouns, `أن`. A line ending with one was cut in mid-sentence (a scraper that
// puts every link on a line of its own).
export const OPEN_ENDINGS: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'حول', 'بين', 'عند', 'لدى', 'منذ', 'خلال', 'بعد', 'قبل', 'ضد', 'نحو', 'عبر', 'حتى',
  'و', 'أو', 'ثم', 'بل', 'لكن', 'أن', 'إن', 'أنه', 'بأن', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'ما', 'لا', 'لم',
  'لن', 'قد', 'كما', 'وفي', 'ومن', 'وعلى', 'وإلى', 'بعض', 'كل', 'أمام', 'وراء', 'فوق', 'تحت', 'دون', 'سوى', 'غير',
  'the', 'of', 'and', 'in', 'on', 'to', 'for', 'with', 'a', 'an',
];

// An open word that the word before it closes: an adverb, not a preposition (`التعلم عن بعد` remotely,
// `فيما بعد` later, `من بعد` after that) or the close of a question (`أم لا`, `أو لا` or not). A line
// ending so may end its sentence.
export const CLOSED_ENDINGS: readonly string[] = ['عن بعد', 'فيما بعد', 'من بعد', 'أم لا', 'أو لا', 'أم لم', 'ومن ثم', 'من ثم'];

// Clitics: one-letter words written glued to the next word: و and ف (and,
// then), ب (with, by), ل (for, to), ك (like). Before the definite article ال
// they make وال، فال، بال، كال, and ل + ال is written لل. Tags never open with a
// clitic (`الأمين العام لمنظمة ...` is one tag), and word overlap compares words
// without them.
export const CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'ك'];

// Words whose own first letter is و, not the conjunction glued to a word (`وافق`, `وزير`, `وسط`): a line
// opening with one opens anew, as a headline or a teaser does, not as the story going on. Verbs in the
// past (he, she, they), then the nouns and prepositions news writing opens with, then places.
export const WAW_ROOT_WORDS: readonly string[] = [
  'وافق', 'وافقت', 'وافقوا', 'واصل', 'واصلت', 'واصلوا', 'واجه', 'واجهت', 'وصل', 'وصلت', 'وصلوا', 'وصف', 'وصفت', 'وضع', 'وضعت',
  'وقع', 'وقعت', 'وقعوا', 'وجه', 'وجهت', 'وعد', 'وعدت', 'وفر', 'وفرت', 'ورد', 'وردت', 'وقف', 'وقفت', 'وزع', 'وزعت', 'وثق', 'وثقت',
  'وجد', 'وجدت', 'ودع', 'ودعت', 'وسع', 'وسعت', 'ولد', 'ولدت', 'وطد', 'وطدت', 'وفد',
  'وزير', 'وزيرة', 'وزراء', 'وزارة', 'وزارات', 'وكالة', 'وكالات', 'وكيل', 'وفود', 'وسائل', 'وسيلة', 'وقت', 'واقع', 'واقعة', 'وقائع',
  'وادي', 'ولاية', 'ولايات', 'والي', 'وطن', 'وطني', 'وطنية', 'وحدة', 'وحدات', 'وثيقة', 'وثائق', 'وظيفة', 'وظائف', 'وجهة', 'ورشة',
  'وصول', 'وعي', 'وفاة', 'وفيات', 'وقود', 'وجبة', 'وجبات', 'ورقة', 'وجود', 'ودائع', 'وديعة', 'ولادة', 'وفقا', 'وفق', 'وسط', 'وراء',
  'واشنطن', 'وارسو', 'وهران', 'ويلز',
];
export const DEFINITE_ARTICLE = 'ال';
// The clitics before the definite article, as written.
export const ARTICLE_FORMS: readonly string[] = ['وال', 'فال', 'بال', 'لل', 'كال'];
// ل before the definite article, written لل (`للخصوصية`: for the privacy): taken off, ال is left.
export const LAM_ARTICLE = 'لل';
// Clitics stripped when comparing words (ك is left on: كان، كبير).
export const STEMMED_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل'];
// Endings stripped when comparing words: plural and possessive suffixes.
export const STEM_SUFFIXES: readonly string[] = ['ات', 'ون', 'ين', 'ه', 'ي'];

// Letters glued to a number that make it a date or time part: `1445هـ`, `2024م`, `10ص`.
export const ERA_SUFFIXES: readonly string[] = ['ه', 'م', 'ص', 'هـ'];
// Words that make a line a date on their own, without a number (`منذ ساعة`): relative-time anchors.
// Words any news story uses, naming no subject: when (today, yesterday, the morning, this week, the coming
// or past year), how much (many, more, large, various) and where in a crowd (`وسط`). Two paragraphs sharing
// only these are on no common topic (as with function words). Then the words that work as prepositions
// of cause, manner and purpose (`بسبب`, `إثر`, `وفقا`, `رغم`, `بهدف`): a ticker's item and a story sharing
// `بسبب` share no news.
export const NEWS_FILLER_WORDS: readonly string[] = [
  'اليوم', 'أمس', 'غدا', 'الليلة', 'صباح', 'مساء', 'ظهر', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة',
  'الجاري', 'الجارية', 'الحالي', 'الحالية', 'الأخير', 'الأخيرة', 'الأول', 'الأولى', 'حاليا', 'مؤخرا', 'أيام', 'ساعات', 'يوم',
  'كبير', 'كبيرة', 'كبيرا', 'عدد', 'عددا', 'مختلف', 'مختلفة', 'أكثر', 'أقل', 'نحو', 'حوالي', 'جميع', 'كافة', 'وسط', 'عدة', 'بعض',
  'بسبب', 'إثر', 'جراء', 'عقب', 'وفق', 'وفقا', 'بحسب', 'حسب', 'بفضل', 'رغم', 'برغم', 'بشأن', 'حيال', 'إزاء', 'ضمن', 'بهدف', 'بغية',
  'لصالح', 'بدلا', 'نتيجة', 'بمناسبة',
  // What is new: a new plant, a new law, a new season; every story has something new.
  'جديد', 'جديدة', 'جديدا', 'الجديد', 'الجديدة',
  // Verbs that report speech: every story and every article says who said what (`وقال`, `وأضافت`, `وأكد`).
  'قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'أوضح', 'أوضحت', 'يوضح', 'توضح', 'أكد', 'أكدت', 'يؤكد', 'تؤكد',
  'أشار', 'أشارت', 'يشير', 'تشير', 'ذكر', 'ذكرت', 'لفت', 'لفتت', 'أفاد', 'أفادت', 'صرح', 'صرحت', 'تابع', 'تابعت', 'مضيفا', 'مضيفة',
  'مؤكدا', 'مؤكدة', 'مشيرا', 'مشيرة', 'موضحا', 'موضحة', 'لافتا', 'لافتة',
  // And verbs that announce: every story announces something (`أعلنت الوزارة ...`, `وأعلن ...`).
  'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'معلنا', 'معلنة',
  // Numbers written out, and their fractions: a count says nothing of what is counted (`ثلاثة أحياء`, `ثلاث سنوات`).
  'واحد', 'واحدة', 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثلاث', 'ثلاثة', 'أربع', 'أربعة', 'خمس', 'خمسة', 'ست', 'ستة', 'سبع', 'سبعة',
  'ثمان', 'ثماني', 'ثمانية', 'تسع', 'تسعة', 'عشر', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون',
  'مئة', 'مائة', 'مئتي', 'مئتين', 'مئات', 'ألف', 'ألفي', 'ألفين', 'آلاف', 'مليون', 'مليوني', 'ملايين', 'مليار', 'ملياري', 'مليارات',
  'نصف', 'ربع', 'ثلث', 'عشرات',
];

export const RELATIVE_ANCHORS: readonly string[] = ['منذ'];
// The conjunction between agency names (`رويترز وأ ف ب`), alone or glued; glued, between masthead titles and an author's roles (`كاتبة وباحثة`).
export const AGENCY_JOINERS: readonly string[] = ['و'];
// Between an outlet and the wires it credits (`يورونيوز مع أ ف ب`), standing alone; a `+` joins them wherever it stands.
export const CREDIT_JOINERS: readonly string[] = ['مع', 'with'];

// The lead of the credit line under an embedded social-media post (besides a dash):
// `A post shared by X (@x)`.
export const EMBED_CREDIT_LEADS: readonly string[] = ['a post shared by', 'تمت مشاركة منشور بواسطة'];
// The lead of a Facebook post's credit, dated instead of handled: `Posted by X on Thursday, December 3, 2026`.
export const EMBED_POSTED_LEADS: readonly string[] = ['posted by'];

// Word-processor field codes left in pasted text.
export const FIELD_CODES: readonly string[] = ['INCLUDEPICTURE', 'MERGEFORMAT', 'HYPERLINK', 'MERGEFORMATINET'];
