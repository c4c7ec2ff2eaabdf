/** The marker table: spelling variants match, phrases inside sentences do not. */
import { describe, expect, it } from 'vitest';
import { classifyLine, cliticBare, compileCues, mayHoldWideGap, opensWithConjunction, pageFacts, PhraseIndex, type ClassifyContext } from '../src/segment/classify.js';
import { foundingMotto } from '../src/segment/header.js';
import { KeyFolder, makeLine } from '../src/segment/lines.js';
import { Normalizer } from '../src/normalize/engine.js';

const folder = new KeyFolder();
const ctx: ClassifyContext = { folder, cues: compileCues(folder) };
const clean = new Normalizer('clean');
const cue = (text: string, c: ClassifyContext = ctx) => classifyLine(makeLine(1, text, clean.line(text), folder), c, { arabic: true });

describe('related markers', () => {
  it.each([
    // Stories connected (`متصلة`), the latest published; what we advise the reader to read, with its kind of item.
    ['مواضيع متصلة', 'related'],
    ['آخر ما نشر', 'related'],
    // Headlines of the day, the hour, the week.
    ['عناوين اليوم', 'related'],
    ['أبرز عناوين الأسبوع:', 'related'],
    ['مواضيع ننصحك بقراءتها', 'related'],
    ['مقالات نرشحها لك', 'related'],
    ['إقرأ أيضاً:', 'read-also'],
    ['اقرأ ايضا', 'read-also'],
    ['اقرأ أيضًا..', 'read-also'],
    ['طالع أيضا', 'read-also'],
    ['شاهد أيضاً:', 'read-also'],
    ['اقرأ كمان', 'read-also'],
    ['اقرأ المزيد', 'read-also'],
    // Wanting to read, the "too" inside or at the end.
    ['قد ترغب أيضا في قراءة', 'related'],
    ['ربما تود قراءة', 'related'],
    ['مقالات مشابهة', 'related'],
    ['مقالات ذات صلة', 'related'],
    ['أخبار ذات صلة', 'related'],
    ['مواضيع ذات صلة', 'related'],
    ['موضوعات متعلقة', 'related'],
    ['أخبار متعلقة', 'related'],
    ['قد يهمك أيضا', 'related'],
    ['المزيد حول هذه القصة', 'related'],
    ['Related posts', 'related'],
    // A label glued to a joining و.
    ['واقرأ أيضا', 'read-also'],
    ['وإقرأ أيضاً:', 'read-also'],
    ['ومقالات ذات صلة', 'related'],
    // More stories, with or without "for".
    ['للمزيد من الأخبار', 'related'],
    ['لمزيد من المقالات:', 'related'],
    ['لقراءة المزيد من التقارير', 'related'],
    ['الأكثر قراءة', 'most-read'],
    ['الأكثر مشاهدة', 'most-read'],
    ['الأكثـــر قـــراءة', 'most-read'],
    ['الأکثر قراءة', 'most-read'],
    ['الأكثر قراءة اليوم', 'most-read'],
    // The most liked, the top read (`الأعلى` for `الأكثر`); reading you can do, before a separator.
    ['الأكثر إعجابا', 'most-read'],
    ['الأعلى قراءة', 'most-read'],
    ['الأعلى مشاهدة', 'most-read'],
    ['يمكنك قراءة:', 'read-also'],
    // The top stories: a label menus use too (the reading asks for headlines under it).
    ['أهم الأخبار', 'related'],
    ['أبرز العناوين', 'related'],
    // Hot topics and what is trending.
    ['مواضيع ساخنة', 'most-read'],
    ['قضايا رائجة', 'most-read'],
    ['ترند', 'most-read'],
    ['Lire aussi', 'read-also'],
    ['انظر أيضاً', 'read-also'],
    ['شاهد المزيد', 'read-also'],
    ['À lire aussi :', 'read-also'],
    ['Sur le même sujet', 'related'],
    ['Les plus lus', 'most-read'],
    ['قراءات ذات صلة', 'related'],
    ['قراءات مقترحة', 'related'],
    ['خبر ذو صلة', 'related'],
    ['مقال مشابه', 'related'],
    ['مقالات ذات علاقة', 'related'],
    ['ذات علاقة', 'related'],
    ['المقال السابق', 'other'],
    ['الخبر التالي:', 'other'],
    ['« السابق', 'other'],
    ['التالي »', 'other'],
    ['اقرأ التالي', 'other'],
    ['اقرأ المقال التالي:', 'other'],
    ['الأخبار العاجلة', 'related'],
    ['شريط الأخبار', 'related'],
    ['الهاشتاغ الأكثر تداولا', 'related'],
    ['Next post', 'other'],
  ])('%s opens a %s section', (text, kind) => {
    const c = cue(text);
    expect(c?.group).toBe('marker');
    expect(c && 'kind' in c ? c.kind : null).toBe(kind);
  });

  it.each([
    ['اقرأ أيضا: خطة جديدة لتخفيف الزحام', 'اقرأ أيضا:', 'خطة جديدة لتخفيف الزحام'],
    ['اقرأ: خطة جديدة لتخفيف الزحام', 'اقرأ:', 'خطة جديدة لتخفيف الزحام'],
    ['طالع.. خطة جديدة لتخفيف الزحام', 'طالع..', 'خطة جديدة لتخفيف الزحام'],
    ['اقرأ أيضًا.. رئيس الوزراء يعقد اجتماعا لمتابعة المشروعات', 'اقرأ أيضًا..', 'رئيس الوزراء يعقد اجتماعا لمتابعة المشروعات'],
    ['طالع أيضا - افتتاح معرض الكتاب الدولي', 'طالع أيضا -', 'افتتاح معرض الكتاب الدولي'],
    ['المقال التالي: البنك المركزي يبقي على أسعار الفائدة', 'المقال التالي:', 'البنك المركزي يبقي على أسعار الفائدة'],
    // The verb said to one reader or to many.
    ['تابعوا أيضا: افتتاح معرض الكتاب الدولي', 'تابعوا أيضا:', 'افتتاح معرض الكتاب الدولي'],
    ['اقرئي كذلك: خطة جديدة لتخفيف الزحام', 'اقرئي كذلك:', 'خطة جديدة لتخفيف الزحام'],
    ['طالعوا أيضا - افتتاح معرض الكتاب الدولي', 'طالعوا أيضا -', 'افتتاح معرض الكتاب الدولي'],
    // Where to read it, a site or a section, between the label and its separator.
    ['اقرأ أيضا في المدار: خطة جديدة لتخفيف الزحام', 'اقرأ أيضا في المدار:', 'خطة جديدة لتخفيف الزحام'],
    ['اقرأ أيضا على موقعنا: خطة جديدة لتخفيف الزحام', 'اقرأ أيضا على موقعنا:', 'خطة جديدة لتخفيف الزحام'],
    // ... but a headline opening with `في` after the label's own separator is the headline whole.
    ['اقرأ أيضا: في ذكرى رحيله.. الشاعر الذي غنى للمدينة', 'اقرأ أيضا:', 'في ذكرى رحيله.. الشاعر الذي غنى للمدينة'],
    // The line wrapped in brackets: the closing one is not the headline's.
    ['(اقرأ أيضا: خطة جديدة لتخفيف الزحام)', '(اقرأ أيضا:', 'خطة جديدة لتخفيف الزحام'],
    ['[اقرأ أيضا: خطة جديدة لتخفيف الزحام]', '[اقرأ أيضا:', 'خطة جديدة لتخفيف الزحام'],
    ['(اقرأ أيضا: معرض للصور القديمة (صور))', '(اقرأ أيضا:', 'معرض للصور القديمة (صور)'],
  ])('%s is one inline item', (text, label, headline) => {
    const c = cue(text);
    expect(c).toMatchObject({ group: 'inline', label, headline, strong: true });
  });

  it('a watch link is a weak inline item (a headline may open so), and never a label alone', () => {
    expect(cue('شاهد: فيديو يوثق طوابير توزيع المساعدات')).toMatchObject({ group: 'inline', label: 'شاهد:', strong: false });
    expect(cue('شاهد')).toBeNull();
    expect(cue('شاهد أيضا')).toMatchObject({ group: 'marker' });
  });

  it("a video's or a gallery's title under its kind is a weak inline item too", () => {
    expect(cue('فيديو: جولة داخل قاعات المتحف الجديد')).toMatchObject({ group: 'inline', label: 'فيديو:', strong: false });
    expect(cue('بالصور: سيارات نادرة تعرض للمرة الأولى')).toMatchObject({ group: 'inline', label: 'بالصور:', strong: false });
    // A credit after the kind is a caption's, not a title.
    expect(cue('فيديو: رويترز')?.group).not.toBe('inline');
    expect(cue('فيديو: Getty Images')?.group).not.toBe('inline');
    expect(cue('بالصور: أ ف ب')?.group).not.toBe('inline');
  });

  it.each(['إنفوغراف: ', 'انفوجرافيك | ', 'بالإنفوغراف.. ', 'بودكاست: ', 'ألبوم صور: ', 'معرض صور | '])("an infographic's, a podcast's or an album's title under its kind, in each spelling, is one too (%s)", (kind) => {
    expect(cue(`${kind}أرقام حملة التطعيم في المدارس`)).toMatchObject({ group: 'inline', headline: 'أرقام حملة التطعيم في المدارس', strong: false });
    expect(cue(`${kind}رويترز`)?.group).not.toBe('inline');
  });

  it.each([
    'كما يمكنك أن تقرأ أيضا في تقريرنا السابق مقارنة مفصلة بين أنظمة التشغيل',
    'وقال إن الأخبار ذات الصلة بالقضية ستنشر تباعا خلال الأيام المقبلة',
    'الأكثر قراءة بين الطلاب هي الروايات التاريخية بحسب استطلاع أجرته الجامعة مؤخرا',
    'طالع العديد من الطلاب الكتب الجديدة في المعرض',
    'اقرأ الكتاب قبل أن تحكم عليه يقول المثل القديم',
    'التالي في القائمة هو مشروع تطوير الطرق الصحراوية',
    'الخبر السابق عن إغلاق المصنع لم يكن دقيقا بحسب الشركة',
    'ناقش الاجتماع قضايا أخرى ذات صلة',
    'يمكنك قراءة الكتاب كاملا على موقع المكتبة الوطنية مجانا',
    'الأعلى قراءة بين الصحف المحلية هي الصحيفة الأقدم بحسب دراسة حديثة',
    'لمزيد من المقالات حول تاريخ المدينة عاد الباحث إلى أرشيف الصحف القديمة',
    'وقد يهمك أن تعرف أن المعرض يفتح أبوابه مجانا يوم الجمعة من كل أسبوع',
    'الكلمات المفتاحية في البحث تغيرت كثيرا خلال العام الماضي.',
    'الكلمات المفتاحية في تحسين محركات البحث',
    'العلامات التجارية الكبرى تتنافس على السوق المحلية',
    // A byline's word opening a sentence, with no separator after it.
    'رصد الخبراء ارتفاعا في أسعار المواد الغذائية خلال الشهر الماضي',
    'جمع المتطوعون تبرعات لصالح الأسر المتضررة من السيول',
    // A desk named in a sentence.
    'المحرر الاقتصادي للصحيفة يرى أن الأزمة ستطول',
    // A tag label's word with no separator opening a sentence.
    'علامات استفهام كثيرة تحيط بالقرار الجديد',
    'تسميات المدارس الجديدة أثارت جدلا',
    // A chart or a map named in a sentence; the archive alone is a link.
    'رسم بياني نشرته الوزارة أظهر تراجع الأسعار.',
    'خريطة توضح مناطق الاشتباك نشرها الجيش أمس.',
    // An archive label's words opening a sentence.
    'من الأرشيف الوطني استعاد الباحث الوثائق المفقودة',
    // A piece published first somewhere, sent to the papers, notices of a tax, in a story's sentences.
    'وقال الوزير إنه نشر الخبر أولا على حسابه الرسمي قبل أن تتناقله وسائل الإعلام.',
    'ظهر هذا الفنان لأول مرة على خشبة المسرح الوطني قبل عشرين عاما.',
    'أرسلت الوزارة الخبر إلى الصحف المحلية صباح اليوم.',
    'ما فعلته البلدية مع الإشعارات السابقة لم يكن كافيا بحسب السكان.',
    'رابط قناة السويس الجديد',
    '(صفحته على فيسبوك يقول إنه لن يترشح)',
    'صورة تحتوي على أسماء المرشحين انتشرت على مواقع التواصل الاجتماعي أمس وأثارت جدلا واسعا',
    'وقال إن الرقم المرجعي للأسعار سيتغير مطلع العام.',
    // Latin words beside a short line that name no photo credit, a two-letter credit inside a name, a wire named
    // inside a sentence, too short a caption for a wire's name alone: story text.
    'أعلنت الشركة عن هاتفها الجديد Galaxy',
    'مشروع ضخم تموله شركة AP Moller',
    'تقرير جديد لوكالة Reuters حول الأسواق',
    'وقال المتحدث لوكالة AFP',
    // A headline about a machine-made picture goes on after the machine; a picture with no word of making.
    'صورة مولدة بالذكاء الاصطناعي تثير جدلا واسعا',
    'صورة الرئيس تثير الجدل بعد استخدام الذكاء الاصطناعي',
    // A sentence ending with the board's title, a verb in it.
    'وحضر الاجتماع الوزير ورئيس مجلس الإدارة',
    // A sentence ending `مغلقة` that names no comments first.
    'الطرق المؤدية إلى المدينة مغلقة',
    // The verb of subscribing in the past tense, its subject after it.
    'اشترك المئات في الحملة للحصول على التطعيم',
    // An ad slot's words in a sentence.
    'ضع إعلانك هنا وسيراه آلاف القراء كل يوم قال مدير المبيعات',
    // A consent button's word in a sentence: the whole line must be the button.
    'رفض المجلس مشروع القانون بأغلبية كبيرة',
    'قبول الطلبات يبدأ الأسبوع المقبل',
    // The writer's present tense with no separator: a sentence.
    'يكتب الشاعر عن مدينته كما لو أنها امرأة يحبها',
    'تحليل يكتبه الخبراء كل أسبوع عن حال الأسواق',
    // A label's words sending the reader to the details, a preposition between: the story speaking.
    'اقرأ المزيد من التفاصيل في البيان الذي نشرته الوزارة على موقعها.',
    'المزيد عن المعلومات التي جمعتها اللجنة سينشر الأسبوع المقبل',
  ])('a marker phrase inside a sentence is story text: %s', (text) => {
    expect(cue(text)).toBeNull();
  });
});

describe('source, tags, byline and chrome lines', () => {
  it.each([
    ['المصدر: وكالة الأنباء', 'source', 'وكالة الأنباء'],
    ['المصدر : صحيفة الاقتصاد', 'source', 'صحيفة الاقتصاد'],
    ['نقلا عن وكالة الأنباء العراقية', 'source', 'وكالة الأنباء العراقية'],
    ['(أ ف ب، رويترز)', 'agency', 'أ ف ب، رويترز'],
    ['(بترا)', 'agency', 'بترا'],
    ['(المصدر: رويترز)', 'source', 'رويترز'],
    ['مصدر: وكالة الأنباء', 'source', 'وكالة الأنباء'],
    ['بتصرف عن موقع الاقتصاد', 'source', 'موقع الاقتصاد'],
    // Sources in the plural, taken from, referred to; a lead-in said of the story.
    ['مصادر: رويترز + أ ف ب', 'source', 'رويترز + أ ف ب'],
    ['عن: الجزيرة نت', 'source', 'الجزيرة نت'],
    ['المرجع: وكالة سبأ', 'source', 'وكالة سبأ'],
    ['الخبر منقول عن موقع الجزيرة', 'source', 'موقع الجزيرة'],
    // `عن` before wire agencies only: the agencies credited.
    ['عن رويترز', 'agency', 'رويترز'],
    ['(عن أ ف ب)', 'agency', 'أ ف ب'],
    // `عن` and the kind of outlet: the kind stays in the source's name, as after a label.
    ['عن موقع الاقتصاد', 'source', 'موقع الاقتصاد'],
    ['عن وكالة الأنباء العراقية', 'source', 'وكالة الأنباء العراقية'],
    // Translated from, said of the piece or not.
    ['المقال مترجم عن صحيفة الغارديان البريطانية', 'source', 'صحيفة الغارديان البريطانية'],
    ['ترجمة بتصرف عن موقع فورين بوليسي', 'source', 'موقع فورين بوليسي'],
    // A paper named in quotes after `عن`; an agency credit keeps a bracket inside it.
    ['عن «صحيفة المساء»', 'source', 'صحيفة المساء'],
    ['عن "الرأي".', 'source', 'الرأي'],
    ['وكالة الأنباء الأردنية (بترا)', 'agency', 'وكالة الأنباء الأردنية (بترا)'],
    // A place, a colon and a wire agency.
    ['الجزائر: واج', 'dateline', 'الجزائر: واج'],
    ['باريس: أ ف ب', 'dateline', 'باريس: أ ف ب'],
    // Compiled from the wires and other outlets: a credit alone on its line.
    ['متابعات', 'agency', 'متابعات'],
    ['كلمات دلالية: الطيران، السياحة', 'tags', 'الطيران، السياحة'],
    ['كتب - محمود عادل :', 'byline', 'محمود عادل'],
    ['بقلم سارة يوسف', 'byline', 'سارة يوسف'],
    // The newsroom's other trades, before a separator.
    ['رصد: فريق التحرير', 'byline', 'فريق التحرير'],
    ['إعداد وتحرير: سلمى حداد', 'byline', 'سلمى حداد'],
    // A date, then who posted it.
    ['نشر في 12 مارس 2031 بواسطة سامي يوسف', 'byline', 'سامي يوسف'],
    ['Posted on March 12, 2031 by Sami Youssef', 'byline', 'Sami Youssef'],
    ['د. خالد العمري', 'byline', 'د. خالد العمري'],
    ['بقلم: سامي يوسف - 15 مايو 2024', 'byline', 'سامي يوسف'],
    ['كتب: أحمد علي | 2024/05/14', 'byline', 'أحمد علي'],
    ['المهندسة ريم الحسن', 'byline', 'المهندسة ريم الحسن'],
    // A name ending in علي (Ali) is no preposition على cut off.
    ['كتب: محمد علي', 'byline', 'محمد علي'],
    ['بقلم سامي علي', 'byline', 'سامي علي'],
    ['بقلم: سلمى الحداد | آخر تحديث: 14 فبراير 2024', 'byline', 'سلمى الحداد'],
    ['حاورها: سامر يوسف', 'byline', 'سامر يوسف'],
    ['أجرى الحوار - منى عادل', 'byline', 'منى عادل'],
    // French chrome on a Maghreb page: the author, the tags.
    ['Par Ahmed Benali', 'byline', 'Ahmed Benali'],
    ['Mots-clés: économie, énergie', 'tags', 'économie, énergie'],
    // A blog theme's labels, tags as the English plural or as marks, before a separator.
    ['التسميات: أخبار، رياضة', 'tags', 'أخبار، رياضة'],
    ['تاغز: سياسة، انتخابات', 'tags', 'سياسة، انتخابات'],
    ['علامات: رياضة، كرة القدم', 'tags', 'رياضة، كرة القدم'],
    // The interviewer in each person: she (`حاورتها`), we (`حاورناه`); who conducted the interview.
    ['حاورتها: نور الهدى سالم', 'byline', 'نور الهدى سالم'],
    // A writing hand or a pen before the author's name, a date after it aside.
    ['✍️ أحمد سالم', 'byline', 'أحمد سالم'],
    ['🖊️ سلمى الحداد - 5 ديسمبر 2030', 'byline', 'سلمى الحداد'],
    ['حاورناه: فريق التحرير', 'byline', 'فريق التحرير'],
    ['أجرت المقابلة: ريم علي', 'byline', 'ريم علي'],
    // A desk signing the piece, the whole line.
    ['المحرر الاقتصادي', 'byline', 'المحرر الاقتصادي'],
    ['المحررة السياسية', 'byline', 'المحررة السياسية'],
    ['محرر الشؤون البرلمانية', 'byline', 'محرر الشؤون البرلمانية'],
    // Who writes or prepares it, alone or after the piece's kind.
    ['تحليل يكتبه: فراس الجبوري', 'byline', 'فراس الجبوري'],
    ['رؤية تكتبها - منى الساعدي', 'byline', 'منى الساعدي'],
    ['يكتبه: سامر يوسف', 'byline', 'سامر يوسف'],
    ['تقرير أعدته: ريم علي', 'byline', 'ريم علي'],
    ['الجزائر – و.أ.ج', 'dateline', 'الجزائر – و.أ.ج'],
    // An article's information box: the author as a field, a Latin label and a comma before the Arabic name.
    ['Author, سامي يوسف', 'byline', 'سامي يوسف'],
    ['Author: Sami Youssef', 'byline', 'Sami Youssef'],
    // An outlet's name, then a person's: who wrote it for the outlet. A place first is a dateline's.
    ['العربية.نت - محمد الشامي', 'byline', 'محمد الشامي'],
    ['بوابة الأفق - ليلى عبد الرحمن', 'byline', 'ليلى عبد الرحمن'],
    ['دبي - العربية.نت', 'dateline', 'دبي - العربية.نت'],
    ['القاهرة - محمد الشامي', 'dateline', 'القاهرة - محمد الشامي'],
    // Any name but a place's, then a given name: a brand the tables do not know, then who wrote for it.
    ['شبابيك - يوسف العلوي', 'byline', 'يوسف العلوي'],
    ['المرصد - هبة الشريف', 'byline', 'هبة الشريف'],
    ['حلب - وكالة الأنباء', 'dateline', 'حلب - وكالة الأنباء'],
  ])('%s is a %s line', (text, group, value) => {
    expect(cue(text)).toMatchObject({ group, value });
  });

  it.each(['الكاتب، الذي نشر روايته الأولى قبل عامين، يعود اليوم بعمل جديد', 'Author, editor and teacher of many years'])('%s: a comma after the label is no separator, unless a Latin label has Arabic after it', (text) => {
    expect(cue(text)?.group).not.toBe('byline');
  });

  it.each(['الأسواق - علي الرغم من الخسائر', 'المدرب - يحيي جماهير الفريق', 'الحكومة - باسم الشعب'])('%s: a word a given name becomes once folded names no author', (text) => {
    expect(cue(text)?.group).not.toBe('byline');
  });

  it.each(['قناة الأفق - بث مباشر', 'شبكة الأفق - أخبار محلية', 'موقع الأفق - شارك الخبر', 'صحيفة الأفق - العدد 512'])('%s: an outlet, then a label or a section, names no author', (text) => {
    expect(cue(text)?.group).not.toBe('byline');
  });

  it.each(['حوار', 'تقرير', 'متابعة'])('%s alone names a kind of piece, not a byline label', (text) => {
    expect(cue(text)?.group).not.toBe('byline');
  });

  it.each(['عن الكاتب: سامي يوسف', 'عن المؤتمر الدولي للطاقة في الرياض'])('%s (عن with no separator right after it) is no source line', (text) => {
    expect(cue(text)?.group).not.toBe('source');
  });

  it('a read-also headline after a separator holding the site\'s own word is still a headline', () => {
    expect(cue('اقرأ أيضا: وزير المالية يزور موقعنا الأثري')?.group).toBe('inline');
  });

  it('an interviewer\'s verb with no separator opens a sentence, not a byline', () => {
    expect(cue('حاورناه في مكتبه بالعاصمة حول خططه للعام المقبل')?.group).not.toBe('byline');
  });

  it('بقلم and بواسطة name an author anywhere (strong), كتب without a separator only in the header (weak)', () => {
    // A tatweel standing for the dash is a separator.
    expect(cue('كتب ـ محمد سامي')).toMatchObject({ group: 'byline', value: 'محمد سامي', strong: true });
    expect(cue('بواسطة محرر الموقع')).toMatchObject({ group: 'byline', strong: true });
    expect(cue('بقلم سارة يوسف')).toMatchObject({ group: 'byline', strong: true });
    expect(cue('كتب محمد حسن')).toMatchObject({ group: 'byline', strong: false });
  });

  it('a portrait before words that are no name, or a paper described in a sentence, stays a headline', () => {
    expect(cue('صورة الكاتب في الرواية العربية الحديثة')?.rule).not.toBe('caption');
    expect(cue('صحيفة يومية مستقلة تكشف فساد البلديات الكبرى')?.rule).not.toBe('chrome-masthead');
    expect(cue('صحيفة تصدر يوميا رغم الحصار')?.rule).not.toBe('chrome-masthead');
  });

  it('a sentence naming a service for subscribers, blocked adverts, a corrected story or a liked one stays the story', () => {
    for (const sentence of [
      'وقالت الشركة إن الخدمة الجديدة متاحة للمشتركين في الباقة الذهبية ابتداء من الشهر المقبل دون أي رسوم إضافية.',
      'وأعلنت الهيئة حجب إعلانات التبغ والمشروبات المحلاة عن القنوات التلفزيونية خلال ساعات بث برامج الأطفال.',
      'وأكد الباحث أن برامج حجب الإعلانات انتشرت بين مستخدمي الإنترنت في السنوات الأخيرة بشكل لافت.',
      'وأعجبك الخبر أم لم يعجبك، فإن الحقيقة تبقى كما هي، كما قال الكاتب في مقاله الأخير.',
    ]) {
      expect(cue(sentence), sentence).toBeNull();
    }
  });

  it('an arrow separates a label from its headline; a sentence opening with a latest-published label stays the story', () => {
    expect(cue('📌 ذات صلة ← انخفاض أسعار الحديد في السوق المحلية')).toMatchObject({ group: 'inline', headline: 'انخفاض أسعار الحديد في السوق المحلية' });
    expect(cue('اقرأ أيضا >> افتتاح أكبر مكتبة عامة في المدينة')).toMatchObject({ group: 'inline', headline: 'افتتاح أكبر مكتبة عامة في المدينة' });
    expect(cue('آخر ما نشر الكاتب كان رواية عن المدينة القديمة')).toBeNull();
  });

  it('a label speaking to the reader takes a headline with no separator; a sentence opening with a complementizer stays the story', () => {
    expect(cue('قد يهمك أيضا ارتفاع أسعار الحديد في السوق المحلية')).toMatchObject({ group: 'inline', headline: 'ارتفاع أسعار الحديد في السوق المحلية' });
    expect(cue('لمن فاته افتتاح أكبر مكتبة عامة في المدينة')).toMatchObject({ group: 'inline', headline: 'افتتاح أكبر مكتبة عامة في المدينة' });
    expect(cue('قد يهمك أن تعرف أن أسعار الحديد ارتفعت كثيرا هذا العام.')).toBeNull();
  });

  it('a sentence opening with a sponsor, or a bracketed phrase opening with a map, stays the story', () => {
    expect(cue('برعاية وزير الثقافة افتتح المعرض الدولي للكتاب')).toBeNull();
    expect(cue('(خريطة الطريق التي اقترحتها الأمم المتحدة للسلام)')?.rule).not.toBe('caption');
  });

  it('forbidding to move or use what is no content, or rights kept later in a sentence, stays the story', () => {
    expect(cue('يحظر نقل المرضى إلى المستشفيات الخاصة دون إذن الوزارة')).toBeNull();
    expect(cue('يمنع استخدام المواد الكيميائية في المزارع')).toBeNull();
    expect(cue('وأكد الوزير أن الحقوق محفوظة لجميع المتضررين')).toBeNull();
  });

  it('a whole date and a name with no separator are a date line; a date before more than a name is a headline', () => {
    expect(cue('06 ديسمبر 2026 سامر يوسف')).toMatchObject({ group: 'date', headed: true });
    expect(cue('سامر يوسف 06 ديسمبر 2026')).toMatchObject({ group: 'date', headed: true });
    expect(cue('6 ديسمبر 2026 يوم تاريخي للمدينة')?.group).not.toBe('date');
  });

  it('two figures with no clock, or clocks in a range, are no timetable', () => {
    // A score, a range of hours: a story's line or a headline's.
    expect(cue('الأهلي 2 الزمالك 1')?.rule).not.toBe('ticker-row');
    expect(cue('من 10:00 إلى 14:00')?.rule).not.toBe('ticker-row');
  });

  it('a correspondent, where they report from, a dash and the name sign the piece (weak); a colon or a sentence does not', () => {
    expect(cue('مراسلنا في القاهرة - أحمد نبيل')).toMatchObject({ group: 'byline', value: 'أحمد نبيل', strong: false });
    expect(cue('مراسلة الأفق في عمّان – هدى علي')).toMatchObject({ group: 'byline', value: 'هدى علي' });
    expect(cue('موفدنا إلى جنيف - أحمد كمال')).toMatchObject({ group: 'byline', value: 'أحمد كمال' });
    expect(cue('مراسلتنا: ريم منصور')).toMatchObject({ group: 'byline', value: 'ريم منصور', strong: true });
    // After a colon a headline quotes its reporter; after a dash, a sentence has its verb or particles.
    expect(cue('مراسلنا في غزة: القصف مستمر منذ الفجر')?.group).not.toBe('byline');
    expect(cue('مراسل الأفق في غزة - قال إن القصف مستمر')?.group).not.toBe('byline');
    expect(cue('مراسل الأفق - الحرب على الأبواب')?.group).not.toBe('byline');
  });

  it('a name under an honorific is a weak byline, and a sentence opening with one is not a byline', () => {
    expect(cue('د. خالد العمري')).toMatchObject({ rule: 'byline-honorific', strong: false });
    expect(cue('الدكتور مجدي يعقوب يفتتح مركزا جديدا للقلب')).toBeNull();
    expect(cue('د. خالد')).toMatchObject({ rule: 'byline-honorific' });
    expect(cue('الدكتور')).toBeNull();
  });

  it('a sentence that starts with المصدر is not a source line', () => {
    expect(cue('المصدر أكد أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة')).toBeNull();
  });

  it.each([
    'وقال إن البيان يعبر عن رأي صاحبه ولا يمثل موقف الحكومة الرسمي من القضية.',
    'وأوضح أن للاشتراك في خدمة الإنترنت الجديدة شروطا ميسرة للأسر محدودة الدخل.',
    'برعاية وزارة الثقافة انطلقت فعاليات المهرجان مساء أمس بحضور جماهيري كبير.',
    'تشغيل الفيديو في المدارس بات جزءا من المنهج الجديد لتعليم اللغات.',
  ])('%s is story text, though it holds words of a widget', (text) => {
    expect(cue(text)).toBeNull();
  });

  it.each([
    ['مواضيع: الموازنة، البرلمان', 'الموازنة، البرلمان'],
    ['تاغ: الموازنة، البرلمان', 'الموازنة، البرلمان'],
    ['التاغات: الموازنة, البرلمان', 'الموازنة, البرلمان'],
    // Key words, and tags named with what they tag.
    ['الكلمات الرئيسية: الموازنة، البرلمان', 'الموازنة، البرلمان'],
    ['كلمات الخبر: الموازنة، البرلمان', 'الموازنة، البرلمان'],
    // A label no sentence opens with, the tags glued on with no separator.
    ['كلمات دلالية الموازنة البرلمان', 'الموازنة البرلمان'],
    ['الكلمات المفتاحية الموازنة العامة', 'الموازنة العامة'],
    ['الوسوم الموازنة البرلمان', 'الموازنة البرلمان'],
    // "Read more about:" the topics, before a separator.
    ['اقرأ المزيد عن: الطقس', 'الطقس'],
    ['المزيد حول: الموازنة، البرلمان', 'الموازنة، البرلمان'],
    ['اقرأ المزيد حول: الموازنة العامة، البرلمان', 'الموازنة العامة، البرلمان'],
  ])('%s is a tag line', (text, value) => {
    expect(cue(text)).toMatchObject({ group: 'tags', value });
  });

  it.each([
    ['المصدر الجزيرة', 'الجزيرة'],
    ['المصدر سكاي نيوز عربية', 'سكاي نيوز عربية'],
    ['مصدر الخبر اليوم السابع', 'اليوم السابع'],
  ])('%s: a source label and a short name with no separator is a source line', (text, value) => {
    expect(cue(text)).toMatchObject({ group: 'source', value });
  });

  it.each(['المصدر الأمني', 'المصدر نفسه', 'المصدر أكد ذلك.', 'المصدر في الوزارة'])('%s: a person described or a sentence is no source line', (text) => {
    expect(cue(text)?.group).not.toBe('source');
  });

  it('"read also" with no separator, before a sentence with clauses and a full stop, is the story addressing its reader', () => {
    expect(cue('اقرأ أيضا ما كتبه الباحث في كتابه الأخير عن تاريخ المدينة، تجد أن القصة أعمق مما نظن.')).toBeNull();
    expect(cue('اقرأ أيضا الحكومة تقر الموازنة العامة')).toMatchObject({ group: 'inline' });
  });

  it('a headline after "more about:" is a link to a story, not a tag', () => {
    expect(cue('المزيد عن: الحكومة تقر الموازنة العامة للعام المقبل')).toMatchObject({ group: 'inline' });
  });

  it.each(['وسوم الخبر', 'الكلمات المفتاحية للمقال'])('%s alone on its line labels the tags under it', (text) => {
    expect(cue(text)?.group).toBe('tags-label');
  });

  it('the words of a tag label opening a sentence are no label', () => {
    expect(cue('كلمات الخبر كانت قاسية على المسؤولين في الوزارة')).toBeNull();
  });

  it('a topics label alone on its line is no tag label (lists are labelled so too)', () => {
    expect(cue('مواضيع')?.group).not.toBe('tags-label');
  });

  it.each(['الأخبار / رياضة', 'مقالات - كتاب الرأي', 'أخبار / محليات'])('%s: a trail from the root of the sections is a breadcrumb, not a place and an outlet', (text) => {
    expect(cue(text)?.rule).toBe('breadcrumb');
  });

  it.each(['الكويت - اقتصاد', 'عمّان | محليات', 'دولي - سياسة'])('%s: a place, then only sections\' names, is a breadcrumb, not a place and an outlet', (text) => {
    expect(cue(text)?.rule).toBe('breadcrumb');
  });

  it.each(['القاهرة - أخبار اليوم', 'جدة - واس', 'بيروت - الوكالة الوطنية'])('%s: a place and an outlet stay a dateline', (text) => {
    expect(cue(text)?.group).toBe('dateline');
  });

  it('a headline opening with the same word is no trail', () => {
    expect(cue('أخبار سارة للموظفين - زيادة في الرواتب')?.rule).not.toBe('breadcrumb');
  });

  it.each(['1. مراكش – المغرب', '2) العقبة - الأردن', '(3) الأقصر – مصر'])('%s: a numbered place and country is a list\'s item, no dateline', (text) => {
    expect(cue(text)?.group).not.toBe('dateline');
  });

  it('a score is no dateline: a place holds no digit', () => {
    expect(cue('الأهلي 2 - 0 الزمالك')?.group).not.toBe('dateline');
  });

  it.each(['منوعات | صحة', 'أخبار | محليات'])('%s is no dateline: a bar separates sections', (text) => {
    expect(cue(text)?.group).not.toBe('dateline');
  });

  it.each(['القاهرة - كتب: محمد سامي', 'القاهرة - كَتَبَ: محمد سامي', 'القاهرة - كـتـب: محمد سامي'])('%s names its author after the dash, harakat and tatweel or not', (text) => {
    expect(cue(text)).toMatchObject({ group: 'byline', value: 'محمد سامي' });
  });

  it.each([
    'كتب: أحمد سعيد | الأحد 19-05-2024 14:25',
    'كتب: أحمد سعيد - 2024/05/19',
    'بقلم: أحمد سعيد، 19.05.2024',
    // With no separator: the date runs on after the name, or after a joining word.
    'كتبت: أحمد سعيد 19 مايو 2024 - 14:25',
    'بواسطة أحمد سعيد في 19 مايو 2024',
  ])('%s is a byline with its date after a separator, the date holding separators too', (text) => {
    expect(cue(text)).toMatchObject({ group: 'byline', value: 'أحمد سعيد' });
  });

  it.each([
    ['تم النشر بواسطة: admin', 'admin'],
    ['ترجمة: سارة محمود', 'سارة محمود'],
  ])('%s names who posted or translated the piece', (text, value) => {
    expect(cue(text)).toMatchObject({ group: 'byline', value });
  });

  it('a sentence that starts with شارك is not a share button', () => {
    expect(cue('شارك آلاف المواطنين في المسيرة التي جابت شوارع المدينة أمس')).toBeNull();
  });

  it.each(['شارك', 'تابعونا على فيسبوك', 'جميع الحقوق محفوظة © 2024', 'اترك تعليقا', 'إعلان', 'Leave a Comment', 'inShare'])(
    '%s is chrome',
    (text) => {
      expect(cue(text)?.group).toBe('chrome');
    },
  );

  it.each([
    ['الأحد 12 مارس 2023 - 10:45 ص'],
    ['منذ 3 ساعات'],
    ['2012-06-18'],
    ['Tuesday, July 10, 2012 - 10:59 PM'],
    ['السبت 10 مايو 2025 05:45 مـ 12 ذو القعدة 1446 هـ'],
    ['الثلاثاء 12 رمضان 1445هـ - 2 أبريل 2024م'],
    ['منذ ساعتين'],
    ['آخر تحديث: 10:45 - 10 مارس 2024'],
    ['قبل 3 ساعات'],
    ['قبل يومين'],
    ['2 hours ago'],
    ['١٠:٤٥ صباحًا'],
    ['۱۰:۴۵'],
    // A live blog's time stamp is a time of day; a player's `00:00 / 03:12` is not.
    ['10:32'],
    ['حرر بتاريخ 12/05/2024 على الساعة 10h30'],
    // A zone's place counts after the zone word, or after a date that fills the line so far.
    ['الخميس 3 ديسمبر 2026 - 8:00 مساء بتوقيت مكة المكرمة'],
    ['الجمعة 4 ديسمبر 2026 أبوظبي'],
    // The paper's name, then the date of the day: a masthead's date.
    ['جريدة الأفق الاثنين 11 ديسمبر 2028'],
    ['صحيفة الشرق الجديد 11/12/2028'],
    // A tatweel standing alone for a dash.
    ['19 ـ 11 ـ 2031'],
    // French labels on a Maghreb page.
    ['Publié le 12/10/2031'],
    ['Mis à jour le 12/10/2031 à 10:15'],
    ['الأربعاء ـ 19 نوفمبر 2031'],
    // Day, month and year in two digits each, between dots: a date, not a decimal number.
    ['14.05.24'],
    // A name or a label beside the date, a bar or a spaced dash between, either first.
    ['أحمد سالم | منذ ساعتين'],
    ['5 ديسمبر 2030 | أحمد سالم'],
    ['سياسة دولية - 5 ديسمبر 2030'],
  ])(
    '%s is a date line',
    (text) => {
      expect(cue(text)?.group).toBe('date');
    },
  );

  it.each([
    ['1234 مشاهدة', 'counter-line'],
    ['التعليقات (0)', 'chrome-comments'],
    ['(صورة: أرشيف)', 'caption'],
    ['وزير الصحة خلال الجولة صورة أرشيفية', 'caption'],
    ['الرئيسية > محليات > تعليم', 'breadcrumb'],
    ['![صورة الوزير](https://example.org/a.jpg)', 'markup-line'],
    ['https://example.org/news/123', 'url-line'],
    ['INCLUDEPICTURE "http://example.org/a.jpg" \\* MERGEFORMATINET', 'field-code'],
    ['الآراء الواردة لا تعبر بالضرورة عن رأي الموقع', 'chrome-disclaimer'],
    ['انضموا إلى قناتنا على تليجرام لمتابعة آخر الأخبار', 'chrome-follow'],
    ['© 2024 شبكة الأفق الإخبارية. الشبكة ليست مسؤولة عن محتوى المواقع الخارجية.', 'chrome-copyright'],
    ['(c) 2024 Example News', 'chrome-copyright'],
    // The sign inside a short line, with a year or the rights named; its year is no date line.
    ['حقوق النشر © 2026 شبكة الأفق الإخبارية', 'chrome-copyright'],
    ['الأفق © 2026', 'chrome-copyright'],
    ['© 2026', 'chrome-copyright'],
    // A picture's maker alone after the sign, no year: the picture's credit.
    ['© Getty Images', 'photo-credit'],
    ['© شاترستوك', 'photo-credit'],
    ['(c) Shutterstock', 'photo-credit'],
    // A caption ending with its credit after the sign.
    ['المتظاهرون في الساحة الرئيسية © رويترز', 'caption'],
    ['رجال الإنقاذ يبحثون عن ناجين ©Getty Images', 'caption'],
    // Every wording of the views being the writer's, and of links the site does not answer for.
    ['المقال يعبر عن رأي الكاتب', 'chrome-disclaimer'],
    ['الآراء الواردة تمثل أصحابها', 'chrome-disclaimer'],
    ['هذه المقالة تعكس وجهة نظر كاتبها', 'chrome-disclaimer'],
    ['الموقع ليس مسؤولا عن محتوى المواقع الخارجية.', 'chrome-disclaimer'],
    ['الشبكة ليست مسئولة عن محتوى الروابط الخارجية', 'chrome-disclaimer'],
    ['يسمح بالاقتباس مع ذكر المصدر', 'chrome-copyright'],
    ['التخطي إلى المحتوى', 'chrome-skip'],
    ['مصدر الصورة،Getty Images', 'caption'],
    ['التعليق على الصورة،', 'caption-label'],
    // A caption after its label and a comma on one line, however long; the image's source after its label.
    ['التعليق على الصورة، فرق الإنقاذ تستخدم القوارب لإجلاء السكان من الأحياء المنخفضة بعد ليلة كاملة من الأمطار الغزيرة', 'caption'],
    ['صدر الصورة، Reuters', 'caption'],
    ['صدر الصورة', 'caption-label'],
    // A person and what they were doing when pictured, the doing with its pronoun.
    ['رئيس الوزراء خلال ترؤسه اجتماع المجلس', 'caption'],
    ['الوزيرة أثناء جولتها في المحافظة', 'caption'],
    ['الرئيس لدى وصوله إلى المطار', 'caption'],
    // The link to the source, not the source.
    ['رابط المصدر', 'chrome-link'],
    // A print edition's jump to another page.
    ['التتمة ص 3', 'chrome-link'],
    ['التفاصيل في الصفحة 5', 'chrome-link'],
    // An issue's number alone.
    ['العدد 8291', 'chrome-record'],
    // Notifications asked for, sending by mail, liking, a copy as a file.
    ['اضغط على الجرس لتصلك الإشعارات', 'chrome-follow'],
    ['أرسل بالبريد الإلكتروني', 'chrome-share'],
    ['أعجبني', 'chrome-share'],
    ['تحميل المقال PDF', 'chrome-share'],
    // Log-in prompts with the clitic ب.
    ['قم بتسجيل الدخول للتعليق', 'chrome-consent'],
    // Who must be logged in to comment, a newsletter's prompt for an address, the comment form's button.
    ['يجب أن تكون مسجل الدخول لتضيف تعليقا', 'chrome-consent'],
    // Following the site's news, asked of the reader.
    ['يمكنكم متابعة آخر الأخبار عبر تطبيق الأفق', 'chrome-follow'],
    ['لمتابعة أحدث الأخبار اضغط هنا', 'chrome-follow'],
    ['أدخل بريدك الإلكتروني', 'chrome-consent'],
    ['إرسال التعليق', 'chrome-comments'],
    // An ad network's slot, and a piece published under an agreement with another outlet.
    ['إعلانات جوجل', 'chrome-ads'],
    ['ننشر هذا المحتوى بالتعاون مع شبكة الأفق', 'chrome-ads'],
    ['هذه المادة منشورة بالاتفاق مع صحيفة الأفق', 'chrome-ads'],
    // What the browser or the player shows instead, a picture's zoom link.
    ['عذرا، متصفحك لا يدعم تشغيل الفيديو', 'chrome-media'],
    ['يرجى تفعيل الجافاسكربت', 'chrome-media'],
    ['جاري التحميل...', 'chrome-media'],
    ['انقر لتكبير الصورة', 'chrome-media'],
    // An article's information box: the author's role and where the author reports from, as fields.
    ['Role, مراسل الأفق في القاهرة', 'chrome-author-field'],
    ['المنصب: محررة الشؤون الدولية', 'chrome-author-field'],
    ['Reporting from, بيروت', 'chrome-author-field'],
    // A machine translation, the last editor, the whole story elsewhere.
    ['ترجمة آلية', 'chrome-credit'],
    ['آخر تعديل بواسطة أحمد سالم', 'chrome-credit'],
    ['إقرأ الخبر على الموقع الأصلي', 'chrome-link'],
    ['تصفح النسخة الكاملة', 'chrome-link'],
    // A machine's part in the page's own text.
    ['تم إنشاء هذا الملخص بواسطة الذكاء الاصطناعي وراجعه فريق التحرير', 'chrome-credit'],
    // Skip links and a related list's end mark.
    ['تخطى قصص مقترحة وواصل القراءة', 'chrome-skip'],
    ['انتقل إلى المحتوى الرئيسي', 'chrome-skip'],
    ['Skip to main content', 'chrome-skip'],
    ['نهاية قصص مقترحة', 'list-end'],
    ['نهاية اقرأ أيضا', 'list-end'],
    ['نهاية', 'list-end'],
    // Asking the reader for a correction, helping spread the story, the main menu, a reworded story's note, an archive picture.
    ['هل لديك تصحيح؟', 'chrome-link'],
    ['هل لاحظت خطأ في الخبر؟', 'chrome-link'],
    ['ساهم في نشر الخبر', 'chrome-share'],
    ['القائمة الرئيسية', 'chrome-navigation'],
    ['بتصرف', 'chrome-credit'],
    ['(بتصرف يسير)', 'chrome-credit'],
    ['الصورة من الأرشيف', 'caption'],
    // A screen reader's words around a box of links: its opening, each link's number, its end.
    ['list of 4 items', 'list-announcement'],
    ['قائمة من ٣ عناصر', 'list-announcement'],
    ['list 2 of 4', 'list-item-number'],
    ['عنصر 2 من 4', 'list-item-number'],
    ['end of list', 'list-end'],
    ['نهاية القائمة', 'list-end'],
    // A comment box's label with its count, and its notice that it is empty.
    ['تعليقات (2)', 'chrome-comments'],
    ['التعليقات (0)', 'chrome-comments'],
    ['لا توجد تعليقات على الخبر', 'chrome-comments'],
    ['لا توجد تعليقات على هذا المقال حتى الآن', 'chrome-comments'],
    // Two notices joined by punctuation are each whole: the line is chrome.
    ['لا توجد تعليقات بعد، كن أول من يعلق', 'chrome-comments'],
    ['لا توجد تعليقات. كن أول من يعلق!', 'chrome-comments'],
    ['سجل الدخول - أنشئ حسابا جديدا', 'chrome-consent'],
    ['1200 مشاهدة', 'counter-line'],
    // A footer's links: about the site in its own name, its policies, working with it.
    ['عن الموقع', 'chrome-footer'],
    ['حول الصحيفة', 'chrome-footer'],
    ['سياسة الكوكيز', 'chrome-footer'],
    ['انضم إلينا', 'chrome-footer'],
    ['الأسئلة الشائعة', 'chrome-footer'],
    // ... and a row of them on one line, with dashes or none.
    ['من نحن - اتصل بنا - أعلن معنا', 'chrome-footer'],
    ['من نحن اتصل بنا سياسة الخصوصية', 'chrome-footer'],
    // A prompt to give one's opinion under the story, alone on its line; a poll's question joined to it.
    ['شاركنا رأيك في التعليقات', 'chrome-comments'],
    ['اترك رأيك في خانة التعليقات', 'chrome-comments'],
    ['ما رأيك في هذا الخبر؟ شاركنا في التعليقات', 'chrome-feedback'],
    // A paid piece's label with the sponsor's word, and a paid partnership.
    ['المحتوى برعاية', 'chrome-ads'],
    ['شراكة مدفوعة', 'chrome-ads'],
    ['ترويج', 'chrome-ads'],
    // Reaction and tweet buttons alone, a link to more details, a dossier's badge, a short note of the printed issue.
    ['لم يعجبني', 'chrome-share'],
    ['غرّد', 'chrome-share'],
    ['المزيد من التفاصيل', 'chrome-link'],
    ['ملف خاص', 'chrome-media'],
    ['نشر في العدد 1234', 'chrome-feed'],
    ['هذا الخبر منشور في العدد الورقي', 'chrome-feed'],
    // Reading time with a preposition, the reading or the reader's verb first.
    ['قراءة في دقيقتين', 'chrome-reading-time'],
    ['تقرأ في 3 دقائق', 'chrome-reading-time'],
    // A live page's badge.
    ['تغطية مستمرة', 'chrome-media'],
    ['لحظة بلحظة', 'chrome-media'],
    // A poll's label in its invitations, and its buttons for voting and for the results.
    ['استطلع رأيك', 'chrome-poll'],
    ['سؤال اليوم', 'chrome-poll'],
    ['استطلاع: هل تؤيد تمديد ساعات عمل المكتبات؟', 'chrome-poll'],
    ['سؤال اليوم | ما رأيك في القرار الجديد؟', 'chrome-poll'],
    ['التصويت', 'chrome-poll-button'],
    ['شاهد النتائج', 'chrome-poll-button'],
    ['نتائج الاستطلاع', 'chrome-poll-button'],
    // A newsletter's label alone, and its promise to subscribers.
    ['النشرة الإخبارية', 'chrome-newsletter'],
    ['القائمة البريدية', 'chrome-newsletter'],
    ['اشترك لتصلك أهم الأخبار يوميا', 'chrome-newsletter'],
    ['سجل بريدك ليصلك كل جديد', 'chrome-newsletter'],
    // A record's number, code or id in any wording.
    ['معرف المقال: 887766', 'chrome-record'],
    ['كود الموضوع 4471', 'chrome-record'],
    // An author box's label, with the biography after it on its line.
    ['نبذة عن الكاتبة: صحفية تكتب في الشؤون الثقافية منذ عشر سنوات.', 'chrome-author-box'],
    ['عن المحرر - صحفي متخصص في الاقتصاد', 'chrome-author-box'],
    // The page's tools: the editor's link, reporting the content, the page in another language.
    ['تعديل المقال', 'chrome-share'],
    ['أبلغ عن محتوى مسيء', 'chrome-link'],
    ['هذا المقال متاح أيضا باللغة الإنجليزية', 'chrome-link'],
    ['اقرأ هذا المقال بالفرنسية', 'chrome-link'],
    ['أخبار جوجل', 'chrome-follow'],
    // Click to zoom or to watch; an update notice after a note's label.
    ['اضغط على الصورة للتكبير', 'chrome-media'],
    ['انقر هنا لمشاهدة الفيديو', 'chrome-media'],
    ['ملحوظة: الخبر قيد التحديث', 'chrome-media'],
    // A caption under a camera's mark, and the mark alone over its caption.
    ['📷 رافعات الميناء تفرغ حمولة السفينة', 'caption'],
    ['📸', 'caption-label'],
    // Read more below an ad slot, and the slot's label in two languages.
    ['اقرأ المزيد أدناه', 'chrome-ads'],
    ['إعلان Advertisement', 'chrome-ads'],
    // A paywall's offer and the free articles it leaves.
    ['سجل الدخول لمتابعة القراءة', 'chrome-consent'],
    ['اشترك الآن لقراءة المقال كاملا', 'chrome-consent'],
    ['هل ترغب في مواصلة القراءة؟', 'chrome-consent'],
    ['لديك 3 مقالات مجانية متبقية هذا الشهر', 'chrome-consent'],
    // A plea for support or money, the site or journalism named; a newsletter's promise; thanks for a rating.
    ['ساهم في دعم الصحافة المستقلة', 'chrome-consent'],
    ['ادعمنا لنواصل عملنا', 'chrome-consent'],
    ['تبرع الآن', 'chrome-consent'],
    ['يمكنك إلغاء الاشتراك في أي وقت', 'chrome-newsletter'],
    ['شكرا لتقييمك', 'chrome-end'],
    // The text size buttons; a machine's voice reading the page; more to watch.
    ['أ+ أ-', 'chrome-share'],
    ['A- A+', 'chrome-share'],
    ['الصوت مولد بالذكاء الاصطناعي', 'chrome-credit'],
    ['مشاهدة المزيد', 'chrome-link'],
    // A comment box's label after its count.
    ['3 تعليقات', 'chrome-comments'],
    ['٢ التعليقات', 'chrome-comments'],
    // The reader's account and the display buttons; the browser's and the region's notices.
    // The site's other editions and languages.
    ['النسخة الإنجليزية', 'chrome-navigation'],
    ['تغيير اللغة', 'chrome-navigation'],
    // The site's search box and its prompts.
    ['ابحث في الموقع', 'chrome-navigation'],
    ['اكتب كلمة البحث...', 'chrome-navigation'],
    ['عما تبحث؟', 'chrome-navigation'],
    ['بحث متقدم', 'chrome-navigation'],
    ['حسابي', 'chrome-navigation'],
    ['الوضع الليلي', 'chrome-navigation'],
    ['وضع القراءة', 'chrome-navigation'],
    ['يرجى تفعيل جافا سكريبت لعرض هذه الصفحة', 'chrome-media'],
    ['عفوا، هذا المحتوى غير متاح في بلدك', 'chrome-media'],
    // Saving, copying and downloading the page; the whole story at its source.
    ['تم الحفظ', 'chrome-share'],
    ['تحميل PDF', 'chrome-share'],
    ['حمل الخبر بصيغة PDF', 'chrome-share'],
    ['مصدر الخبر الأصلي', 'chrome-link'],
    // A summary's label naming the machine; a player's speed; a helpfulness poll.
    ['ملخص بالذكاء الاصطناعي', 'chrome-credit'],
    ['سرعة التشغيل', 'chrome-media'],
    ['هل وجدت هذا مفيدا؟', 'chrome-feedback'],
    ['انتهاء', 'list-end'],
    // A wire's notice that its site shows a part of what subscribers get.
    ['** يعرض الموقع جزءا من الأخبار التي تقدم للمشتركين في خدمة الوكالة بشكل مختصر. للاشتراك يرجى التواصل معنا.', 'chrome-consent'],
    ['— سارة أحمد (@sara_a) May 14, 2024', 'embed-credit'],
    ['1 / 10', 'gallery-counter'],
    ['تابعوا أحدث الأخبار العاجلة والتحليلات عبر قناتنا على تطبيق واتساب', 'chrome-follow'],
    ['عدد المشاهدات: 1234', 'counter-line'],
    ['مشاهدات: 1.2 ألف', 'counter-line'],
    ['زمن القراءة: 3 دقائق', 'chrome-reading-time'],
    ['دقيقتان للقراءة', 'chrome-reading-time'],
    ['قراءة 3 دقائق', 'chrome-reading-time'],
    ['لمتابعة أهم الأخبار لحظة بلحظة حمل تطبيق الموقع من متجر جوجل بلاي', 'chrome-link'],
    ['الصورة 3 من 12', 'gallery-counter'],
    ['Photo 3 of 12', 'gallery-counter'],
    ['فيديو', 'chrome-media'],
    ['بث مباشر', 'chrome-media'],
    ['انضم لقناتنا على واتساب', 'chrome-follow'],
    ['تعليقات الفيسبوك', 'chrome-comments'],
    ['التعليقات المنشورة لا تعبر عن رأي الموقع', 'chrome-disclaimer'],
    ['حجم الخط أ أ أ', 'chrome-share'],
    ['اقرأ الخبر من المصدر', 'chrome-link'],
    ['من نحن', 'chrome-footer'],
    ['سياسة الخصوصية', 'chrome-footer'],
    ['مواقيت الصلاة', 'chrome-widget'],
    ['عن الكاتب', 'chrome-author-box'],
    ['المحرر المسؤول: خالد عبد الرحمن', 'chrome-masthead'],
    // Embedded posts, media that did not load, page tools, the author's picture, show-more links.
    ['عرض هذا المنشور على Instagram', 'chrome-media'],
    ['تعذر تحميل الوسائط', 'chrome-media'],
    ['نسخة للطباعة', 'chrome-share'],
    ['صورة الكاتب', 'caption'],
    ['الصفحة 1 من 3', 'pagination'],
    ['1 2 3 التالي', 'pagination'],
    ['إظهار المزيد', 'chrome-link'],
    ['اقرأ التفاصيل كاملة', 'chrome-link'],
    ['مساعد رئيس التحرير: سامي فؤاد', 'chrome-masthead'],
    // Two titles with their names, a bar between: the masthead, not a name and its role.
    ['المدير العام: ناصر الخطيب | مدير التحرير: ليلى حمدان', 'chrome-masthead'],
    // Video players and their links, app and SMS-service promotions, sponsorship badges, embedded-post labels.
    ['مشاهدة على يوتيوب', 'chrome-media'],
    ['تشغيل الفيديو', 'chrome-media'],
    ['شاهد البث المباشر', 'chrome-media'],
    ['حمل تطبيقنا الآن', 'chrome-link'],
    ['للاشتراك في خدمة الأخبار العاجلة أرسل رقم 1 إلى 9999', 'chrome-link'],
    ['اشترك الآن في خدمة الأخبار العاجلة عبر الرسائل القصيرة', 'chrome-link'],
    ['سجل بخدمة التنبيهات العاجلة مجانا', 'chrome-link'],
    ['محتوى مدفوع', 'chrome-ads'],
    ['برعاية', 'chrome-ads'],
    ['تغريدة', 'chrome-media'],
    // Picture credits with no separator, and pictures that came with the story.
    ['مصدر الصورة Reuters', 'caption'],
    ['بعدسة محمد علي', 'caption'],
    ['الصورة من المصدر', 'caption'],
    // The views are the author's, in each wording, on a line naming the writing.
    ['مقالات الرأي تعبر عن أصحابها', 'chrome-disclaimer'],
    ['المقال يعبر عن رأي كاتبه فقط', 'chrome-disclaimer'],
    // A label with its count and what it counts in brackets.
    ['ألبوم الصور (12 صورة)', 'chrome-media'],
    ['التعليقات (3 تعليقات)', 'chrome-comments'],
    // The paper's publisher, the publishing verb opening the line and the trade in the name.
    ['تصدر عن مؤسسة الأفق للصحافة والنشر', 'chrome-masthead'],
    ['تصدرها شركة الأفق الإعلامية', 'chrome-masthead'],
    // Shared so many times; the readers' rating in stars or out of five.
    ['تمت مشاركته 120 مرة', 'counter-line'],
    ['التقييم: 4 نجوم', 'counter-line'],
    ['تقييم 4 من 5', 'counter-line'],
    // An album's link, a recording on a platform, a sponsor named, reading later, reading in another language, a map's credit.
    ['شاهد الصور', 'chrome-media'],
    ['اضغط لمشاهدة ألبوم الصور', 'chrome-media'],
    ['استمع إلى الحلقة كاملة على ساوندكلاود', 'chrome-media'],
    ['برعاية بنك الأفق', 'chrome-ads'],
    ['أضف إلى قائمة القراءة', 'chrome-share'],
    ['ترجمة المقال إلى الإنجليزية', 'chrome-share'],
    ['(خريطة: جوجل)', 'caption'],
    // Reusing the content forbidden in other verbs and acts; the rights kept with no `all`; a machine's part in this content.
    ['يحظر نقل أو اقتباس المحتوى دون إذن مسبق', 'chrome-copyright'],
    ['يمنع إعادة النشر دون ذكر المصدر', 'chrome-copyright'],
    ['لا يسمح بإعادة استخدام المحتوى إلا بإذن', 'chrome-copyright'],
    ['الحقوق محفوظة لموقع المسار 2026', 'chrome-copyright'],
    ['تمت الاستعانة بالذكاء الاصطناعي في إعداد هذا المحتوى', 'chrome-credit'],
    // The paper describing itself on its own line: kind, how often, what it is.
    ['جريدة يومية مستقلة تصدر عن دار المدار', 'chrome-masthead'],
    ['موقع إخباري مستقل', 'chrome-masthead'],
    ['يومية سياسية مستقلة', 'chrome-masthead'],
    ['صحيفة إلكترونية شاملة تصدر عن مؤسسة المدار', 'chrome-masthead'],
    // ... or how often it comes out, the whole line, in any wording of the time.
    ['مجلة أدبية تصدر كل شهر', 'chrome-masthead'],
    ['جريدة تصدر يومياً', 'chrome-masthead'],
    ['نشرة ثقافية تصدر مرتين في الشهر', 'chrome-masthead'],
    ['ملحق ثقافي يصدر كل خميس', 'chrome-masthead'],
    // The reader asked to share a piece they liked, to correct it, to see all of a kind; a paywall, an ad
    // blocker's notice, a wait, a consent box's other buttons: each in more than one wording.
    ['أعجبك الخبر؟ شاركه الآن', 'chrome-signoff'],
    ['أعجبتك القصة؟ أرسلها لأصدقائك', 'chrome-signoff'],
    ['صحح هذا الخبر', 'chrome-link'],
    ['اقترح تعديلا على المقال', 'chrome-link'],
    ['عرض كل المقالات', 'chrome-link'],
    ['تصفح جميع الفيديوهات', 'chrome-link'],
    ['هذا المحتوى حصري للمشتركين', 'chrome-consent'],
    ['هذه المادة متاحة للمشتركين فقط', 'chrome-consent'],
    ['أنت تستخدم إضافة لحجب الإعلانات', 'chrome-consent'],
    ['يرجى تعطيل حاجب الإعلانات لمتابعة القراءة', 'chrome-consent'],
    ['يرجى الانتظار', 'chrome-media'],
    ['رفض الكل', 'chrome-consent'],
    // A feed's footer naming the post by a demonstrative; the piece sent to a friend, shared on the reader's own page;
    // the notifications to turn on.
    ['ظهر هذا المقال لأول مرة على موقع المدار', 'chrome-feed'],
    ['أرسل الخبر إلى صديق', 'chrome-share'],
    ['انشر الخبر على صفحتك', 'chrome-share'],
    ['لمتابعة أهم الأخبار فعّل خدمة الإشعارات', 'chrome-follow'],
    // A photo credit alone in brackets under its caption; an office suite's alt text.
    ['(حسابه بالإعلام الاجتماعي)', 'photo-credit'],
    ['(غيتي)', 'photo-credit'],
    ['(من صفحته على فيسبوك)', 'photo-credit'],
    ['صورة تحتوي على نص، شخص، ملابس', 'caption'],
    // A record's reference number; the other verb of following; a link to a channel on a platform.
    ['الرقم المرجعي للخبر: 88213', 'chrome-record'],
    ['اتبعنا على إنستغرام', 'chrome-follow'],
    ['رابط قناة تيليجرام', 'chrome-follow'],
    // A consent box's buttons each on its own line, one word: accept, refuse, understood.
    ['قبول', 'chrome-consent'],
    ['رفض', 'chrome-consent'],
    ['حسنا، فهمت', 'chrome-consent'],
    ['إعدادات ملفات تعريف الارتباط', 'chrome-consent'],
    ['Got it', 'chrome-consent'],
    ['ابق على اطلاع', 'chrome-newsletter'],
    ['كونوا أول من يعلم', 'chrome-newsletter'],
    // A writer's portrait and the name: the text saved for the author's photo.
    ['صورة الكاتبة هدى علي', 'caption'],
    ['الصورة الشخصية للكاتب سامر يوسف', 'caption'],
    // Platforms in their other spellings, in a row of buttons and in an invitation.
    ['شاركها فيسبوك X لينكدإن واتساب تيلقرام', 'chrome-share'],
    ['تابعونا على سنابشات وتيكتوك', 'chrome-follow'],
    // The story's having been updated, under an editor's note label or alone.
    ['ملاحظة المحرر: تم تحديث هذا الخبر', 'chrome-media'],
    ['جرى تعديل هذا المقال', 'chrome-media'],
    // The page's content named as protected, each subject in its gender; a log-in prompt with the reader's own word.
    ['هذا المحتوى محمي بحقوق النشر', 'chrome-copyright'],
    ['جميع المواد المنشورة محمية بموجب قوانين الملكية الفكرية', 'chrome-copyright'],
    ['سجل دخولك لتتمكن من التعليق', 'chrome-consent'],
    // A caption's label before a comma, and the pictured person's role after it: the caption, no name and role.
    ['التعليق على الصورة، رئيس البلدية خلال المؤتمر الصحفي', 'caption'],
  ])('%s is page furniture (%s)', (text, rule) => {
    expect(cue(text)?.rule).toBe(rule);
  });

  it.each([
    ['الرئيسية سياسة اقتصاد رياضة ثقافة'],
    ['قناة الغد الغد سبورت الغد عقارات الغد'],
    ['صحيفة الغد – صحيفة يومية مستقلة – من قلب الحدث'],
    // The paper's name, then how it describes itself: no place and outlet.
    ['جريدة الصباح الجديد - يومية سياسية مستقلة'],
    ['صحيفة المساء | أسبوعية شاملة'],
    ['موقع الأخبار | أخبار | رياضة'],
    ['رياضة محلية رياضة عربية رياضة'],
  ])('%s is header furniture', (text) => {
    expect(cue(text)?.group).toBe('head-chrome');
  });

  it.each([
    ['وأكد أن الصور المنشورة لا تعبر عن الواقع'],
    ['التصريحات لا تعبر عن رأي الحكومة بحسب المتحدث الرسمي'],
    ['فيديو يظهر لحظة انهيار المبنى في وسط المدينة'],
    ['من أجل مستقبل أفضل للأجيال القادمة'],
    ['اتصل بنا أحد القراء ليسأل عن موعد افتتاح المعرض'],
    ['عن الكاتب الراحل قالت ابنته إنه كان يكتب كل صباح'],
    // A skip verb without where the reader goes on; an end word before words that label no list.
    ['تجاوز المنتخب الدور الأول وواصل مشواره في البطولة'],
    ['تخطى المؤشر حاجز عشرة آلاف نقطة'],
    ['نهاية قصص النجاح في الريف'],
    ['نهاية الموسم الكروي'],
    // Notifications, the original site, a full version, a file: spoken of by the story.
    ['وقال الوزير إن الإشعارات ستصل للمواطنين عبر تطبيق الهاتف'],
    ['وأضاف أن الموقع الأصلي للمعبد اكتشف قبل عشرين عاما'],
    ['نشرت الصحيفة النسخة الكاملة من التقرير'],
    // A verb before the during word, or no pronoun on the doing: headlines.
    ['الرئيس يلتقي وزير الخارجية خلال زيارته'],
    ['ارتفاع الصادرات خلال الربع الأول'],
    ['ارتفاع الودائع لدى البنوك'],
    ['الرئيس خلال الفترة المقبلة'],
    // A past tense opening, or a line cut in mid-sentence: a headline, a paragraph's first piece.
    ['وافق مجلس الوزراء خلال اجتماعه اليوم على قانون العمل'],
    ['الرئيس خلال لقائه بالوزير على'],
    // The rest or the details, with no page named.
    ['تفاصيل الخبر'],
    // A note after a pen, a memo's line.
    ['🖊️ ملاحظة: الموعد تغير'],
    ['📝 ملاحظة مهمة للقراء'],
    // The word for tags opening a sentence that reads on with a particle.
    ['الوسوم التي يستخدمها المغردون تكشف اهتماماتهم'],
    // A singular label opening a longer line.
    ['خبر ذو صلة بالحادث'],
    // This article and artificial intelligence, with no machine's part in the page's own text.
    ['يتناول هذا المقال مخاطر الذكاء الاصطناعي على الوظائف'],
    // Where the original was published, in a sentence.
    ['ونشر المقال الأصلي في صحيفة الغارديان'],
    // Two roles in a sentence; thanks said in a longer line.
    ['تصوير وتحرير الفيديو استغرق ثلاثة أيام'],
    ['شكرا لقراءتك هذا المقال الطويل عن المدينة'],
    // A quoted name inside a line that says more.
    ['في "الصحراء" قصيدة جديدة للشاعر'],
    // A headline ending where an announcement left things, naming no reading; a label's headline with no building.
    ['الأسهم ترتفع بعد الإعلان'],
    ['العنوان: انهيار جسر في شارع الجمهورية'],
    // A figure after a colon is no telephone: too few digits, or written with commas.
    ['وقال المتحدث: 1999'],
    ['بلغ عدد الزوار: 1200000'],
    ['الخط الساخن: 19123'],
    // Views and a copyright sign in a story's sentence.
    ['وقال إن البيان يعبر عن رأي صاحبه'],
    ['وأكد الوزير أن الحكومة تمثل رأي الشعب كله في هذه القضية'],
    ['وتحمل الشعارات الجديدة للشركة علامة © التجارية المسجلة منذ عقود طويلة في الأسواق العالمية'],
    // A count of pictures in a headline or a sentence.
    ['معرض 30 صورة'],
    ['نشرت الوزارة 12 صورة'],
    // A statement or a magazine issued by someone, in a story.
    ['يصدر عن الوزارة بيان يومي حول الوضع'],
    // Platforms a story speaks of.
    ['ونشر المقطع على تيكتوك وانستاغرام وحقق ملايين المشاهدات'],
    ['تطبيق ثريدز الجديد يجذب مليون مستخدم'],
    // An update the story tells of.
    ['تم تحديث هذا الخبر بمعلومات جديدة عن الضحايا'],
    // Protected things that are not the page's content.
    ['المحميات الطبيعية محمية بموجب القانون'],
    ['وأكد أن المحتوى محمي بحقوق النشر'],
    // Support and donations a story tells of (past tense, no site named).
    ['ساهم في دعم المشروع عدد من المستثمرين المحليين'],
    ['تبرع رجل أعمال بمليون دينار لبناء المستشفى'],
    ['ساعدنا الحظ في الوصول مبكرا إلى موقع الحادث'],
    ['دعمكم للمنتخب في المباراة المقبلة ضروري'],
    // A language, a mode and a country a story speaks of.
    ['أطلقت الشركة إصدارا جديدا من لغة جافا سكريبت'],
    ['وضع القراءة في المدارس الحكومية يحتاج إلى مراجعة'],
    ['الدواء الجديد غير متاح في بلدان كثيرة حتى الآن'],
    // A study printed in a journal's issue, told at a sentence's length.
    ['نشر في العدد الأخير من مجلة نيتشر بحث يكشف أسرار النوم عند الأطفال'],
    // A date and a few words a date holds too, then words no date holds and a full stop: a sentence.
    ['الجمعة 5 ديسمبر كانت آخر أيام المعرض.'],
  ])('%s is story text', (text) => {
    expect(cue(text)).toBeNull();
  });

  it.each([
    ['قبل 3 ساعات من بدء الاجتماع أعلن الوزير استقالته'],
    ['قبل أن يغادر القاعة'],
    // A headline that dates an event in a city: the city is no time zone there.
    ['مواعيد القطارات اليوم الخميس 3 ديسمبر 2026 في القاهرة والجيزة'],
    ['صحيفة الأفق تحتفل بعيدها الخمسين في 11 ديسمبر 2028'],
    // A score between two names, and a sentence beside a date.
    ['الأهلي 2 - 1 الزمالك'],
    ['قال إن الاجتماع انتهى | 5 ديسمبر 2030'],
    // An issue's number: four digits no year can be.
    ['العدد 8291'],
    // A rating: a decimal number and counts, no year, month or time.
    ['4.2 من 5 (38 صوتا)'],
    ['3٫5 من 10 (12 تقييما)'],
  ])('%s is not a date line', (text) => {
    expect(cue(text)?.group).not.toBe('date');
  });

  it('splits a label glued to its value by punctuation with no space', () => {
    expect(cue('المصدر:وكالة الأنباء الوطنية')).toMatchObject({ group: 'source', value: 'وكالة الأنباء الوطنية' });
  });

  it('hashtags become tags', () => {
    expect(cue('#ثقافة #فنون #المسرح_العربي')).toMatchObject({ group: 'hashtags', tags: ['ثقافة', 'فنون', 'المسرح العربي'] });
  });

  it('user markers extend the table', () => {
    const extended: ClassifyContext = { folder, cues: compileCues(folder, { related: ['روابط مختارة'], chrome: ['صوت وصورة'] }) };
    expect(cue('روابط مختارة', extended)).toMatchObject({ group: 'marker', kind: 'related' });
    expect(cue('صوت وصورة', extended)?.group).toBe('chrome');
    expect(cue('روابط مختارة')).toBeNull();
  });
});

describe('families of page furniture, each with the story sentences it must leave alone', () => {
  it.each([
    // The paper's masthead: titles with names, two titles, the paper's name before a title.
    ['رئيس مجلسى الإدارة والتحرير', 'chrome-masthead'],
    ['رئيس التحرير: منى السيد', 'chrome-masthead'],
    ['رئيسة التحرير التنفيذي', 'chrome-masthead'],
    ['رئيس مجلس الإدارة حسن عبد الفتاح ورئيس التحرير منى السيد', 'chrome-masthead'],
    ['صحيفة الأفق رئيس مجلس الإدارة ورئيس التحريرماجد الخولي', 'chrome-masthead'],
    ['المدير المسؤول عن النشر: سعيد العلمي', 'chrome-masthead'],
    // Captions ending with a photo credit, automatic image descriptions, shortcodes, file names.
    ['الروائي يتحدث في ندوة أدبية (حسابه بالإعلام الاجتماعي)', 'caption'],
    ['آليات ثقيلة تزيل الصخور عن الطريق الساحلي - رويترز', 'caption'],
    ['جانب من الاجتماع الوزاري في العاصمة (أ ف ب)', 'caption'],
    ['المتظاهرون أمام مقر البرلمان (مواقع التواصل)', 'caption'],
    // An office's media arm or official account, whose handout the picture is.
    ['رئيس الوزراء يستقبل الوفد الزائر (المكتب الصحفي لرئاسة الوزراء)', 'caption'],
    ['الوزير يتفقد أعمال الصيانة - الصفحة الرسمية للوزارة', 'caption'],
    // A newsletter's promise to the reader's inbox; the site disowning what it carries; a sponsor.
    ['احصل على أهم الأخبار في بريدك الإلكتروني كل صباح', 'chrome-newsletter'],
    ['ليصلك كل جديد على بريدك', 'chrome-newsletter'],
    ['ملاحظة: هذا الخبر منقول من وسائل إعلام محلية، والموقع غير مسؤول عن صحته.', 'chrome-disclaimer'],
    ['الصحيفة غير مسئولة عن محتوى الإعلانات', 'chrome-disclaimer'],
    ['هذا المحتوى مقدم من شركة الأفق للاتصالات', 'chrome-ads'],
    // What the site asks of its reader: report an error, send in news, advertise.
    ['أبلغ عن خطأ', 'chrome-link'],
    ['هل لديك خبر؟ أرسله لنا', 'chrome-link'],
    ['للإعلان على الموقع اتصل على الرقم 123456', 'chrome-link'],
    // Counters of every kind beside their number.
    ['عدد الكلمات: 540', 'counter-line'],
    ['1200 متابع', 'counter-line'],
    // A breaking story's promise of more.
    ['التفاصيل تتبع...', 'chrome-media'],
    ['الخبر قيد التحديث', 'chrome-media'],
    ['المزيد من التفاصيل لاحقا', 'chrome-media'],
    // A credit in brackets led by a picture word, naming its maker.
    ['الضفدع النادر خلال رصده ليلا (الصورة من فريق البحث)', 'caption'],
    ['الوزير خلال افتتاح المعرض (تصوير: أحمد علي)', 'caption'],
    ['الوزير خلال افتتاح المعرض - تصوير: أحمد علي', 'caption'],
    ['(الوزير خلال افتتاح المعرض - تصوير: أحمد علي)', 'caption'],
    ['الوزير خلال افتتاح المعرض. تصوير: أحمد علي', 'caption'],
    ['قد تكون صورة ‏٣ أشخاص‏ و‏طريق‏', 'caption'],
    ['May be an image of 2 people and text', 'caption'],
    ['[caption id="attachment_1" align="alignnone" width="300"]<img src="a.jpg"> الوزير يتفقد المشروع[/caption]', 'caption'],
    ['[gallery ids="12,13,14"]', 'shortcode'],
    ['جانب من الاجتماع الوزاري في العاصمة', 'caption'],
    ['صورة من الاجتماع الوزاري الأخير في العاصمة', 'caption'],
    ['صور من حفل تخريج الدفعة الأولى', 'caption'],
    ['من اليمين: الوزير ومحافظ المدينة ورئيس البلدية', 'caption'],
    ['مصدر الصورة', 'caption-label'],
    ['IMG_20240311_0942.jpg', 'image-file'],
    ['صورة-المشروع-الجديد.webp', 'image-file'],
    // Promotions: a platform and an invitation, whatever the wording.
    ['يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال تطبيق تلغرام', 'chrome-follow'],
    ['انضموا إلى مجموعتنا على واتساب لتصلكم الأخبار العاجلة', 'chrome-follow'],
    ['اشترك في قناتنا على يوتيوب', 'chrome-follow'],
    // Watch us, don't forget us, join us; a related label naming the site's own channel is one of them.
    ['شاهد أيضا على قناتنا في يوتيوب', 'chrome-follow'],
    ['لا تنسوا الاشتراك في القناة وتفعيل الجرس', 'chrome-follow'],
    ['انضم إلى مجموعتنا على واتساب', 'chrome-follow'],
    // The site's sign-off to its reader, and its invitation to comment.
    ['نتمنى أن يكون المقال قد نال إعجابكم', 'chrome-signoff'],
    ['إذا أعجبك المقال شاركه مع أصدقائك', 'chrome-signoff'],
    ['ما رأيك في هذا الخبر؟ شاركنا برأيك في التعليقات', 'chrome-signoff'],
    ['شارك هذا الخبر مع أصدقائك', 'chrome-share'],
    ['شاركوا الخبر', 'chrome-share'],
    ['أرسل هذا الخبر إلى أصدقائك', 'chrome-share'],
    ['أرسل إلى صديق', 'chrome-share'],
    ['ابعث هذا المقال لصديقك عبر البريد', 'chrome-share'],
    // Closed comments, cookies, feed footers, link instructions, record numbers, back to top.
    ['التعليقات مغلقة.', 'chrome-comments'],
    // A disclaimer label before a separator, however long the terms after it.
    ['إخلاء مسؤولية: الأسعار استرشادية وقد تختلف من محل إلى آخر حسب المصنعية.', 'chrome-disclaimer'],
    // Page tools in each wording: bookmarking, a reader that speaks the article, back to the top, accounts, search.
    ['أضف للمفضلة', 'chrome-share'],
    ['الاستماع للمقال', 'chrome-media'],
    ['استمع إلى هذا المقال', 'chrome-media'],
    ['الرجوع للأعلى', 'chrome-navigation'],
    ['انتقل إلى أعلى الصفحة', 'chrome-navigation'],
    ['إنشاء حساب', 'chrome-consent'],
    ['ابحث', 'chrome-navigation'],
    // A contact line: a short label and an address after a separator.
    ['للتواصل مع فريق التحقيقات: investigations@site.com', 'contact-line'],
    ['البريد الإلكتروني: info@site.com', 'contact-line'],
    ['للاستفسارات الإعلامية:', 'contact-line'],
    ['لمزيد من المعلومات', 'contact-line'],
    // A comment box with nothing in it yet.
    ['لا يوجد تعليقات', 'chrome-comments'],
    ['لا توجد تعليقات بعد', 'chrome-comments'],
    ['لا تعليقات حتى الآن', 'chrome-comments'],
    ['كن أول من يعلق', 'chrome-comments'],
    ['تم إغلاق التعليقات على هذا الخبر', 'chrome-comments'],
    ['Comments are closed.', 'chrome-comments'],
    // Found an error? Select the text and press the keys.
    ['وجدت خطأ؟ ظلل النص واضغط Ctrl+Enter', 'chrome-link'],
    ['هل لاحظتم خطأ ما في الخبر؟ أخبرونا', 'chrome-link'],
    ['حدد النص واضغط Ctrl+Enter للإبلاغ', 'chrome-link'],
    // A counter of reads in times or readers, and the text-size buttons as bare letters or verbs.
    ['قرئ 845 مرة', 'counter-line'],
    ['شوهد 1,200 مرة', 'counter-line'],
    ['قرأه 300 قارئ', 'counter-line'],
    ['أ', 'chrome-share'],
    ['تكبير | تصغير', 'chrome-share'],
    // Comments closed on this piece, or not to be posted, in other words and orders.
    ['أُغلق باب التعليق على هذا الموضوع', 'chrome-comments'],
    ['التعليق على هذا الخبر غير متاح', 'chrome-comments'],
    ['لا يمكن إضافة تعليقات على هذا المقال', 'chrome-comments'],
    // The site saying it uses cookies by their loanword, its spare address, and "don't forget to share".
    ['يستخدم هذا الموقع الكوكيز لتقديم أفضل تجربة تصفح', 'chrome-consent'],
    ['هذا الموقع يستخدم كوكيز لضمان حصولك على أفضل تجربة', 'chrome-consent'],
    ['لمتابعة الأخبار في حال حجب الموقع تابعوا الرابط البديل', 'chrome-link'],
    ['لا تنس مشاركة الخبر مع من تحب', 'chrome-share'],
    ['شاركوا المقال مع العائلة والأصدقاء', 'chrome-share'],
    ['يستخدم هذا الموقع ملفات الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك', 'chrome-consent'],
    ['ظهر المقال ارتفاع الأسعار أولاً على موقع الساحل الإخباري.', 'chrome-feed'],
    // Where this piece was printed: it names the issue, the edition or the paper.
    ['نشرت هذه المادة في العدد 4521 من صحيفة الصباح الورقية.', 'chrome-feed'],
    ['نشر هذا المقال في النسخة المطبوعة من المجلة', 'chrome-feed'],
    ['نرجو النقر هنا لاستخدام الموقع البديل', 'chrome-link'],
    ['لمتابعة الخبر اضغط على الرابط التالي', 'chrome-link'],
    ['رمز الخبر: ۶۶۰۲۰', 'chrome-record'],
    ['رقم العدد 8291', 'chrome-record'],
    ['زر الذهاب إلى الأعلى', 'chrome-navigation'],
    ['العودة إلى الأعلى', 'chrome-navigation'],
    ['أنت هنا: الرئيسية / أخبار / العالم', 'chrome-navigation'],
    ['صورة أرشيفية لمبنى المحافظة', 'caption'],
    ['صورة تعبيرية', 'caption'],
    // A picture's kind alone, from the archive; screenshots, charts and maps described.
    ['أرشيفية', 'caption'],
    ['متداولة', 'caption'],
    ['صورة من الأرشيف', 'caption'],
    ['لقطة شاشة من الفيديو المتداول', 'caption'],
    ['رسم بياني يوضح تطور الأسعار خلال العام', 'caption'],
    ['خريطة توضح مناطق الاشتباك', 'caption'],
    ['صورة الخبر', 'caption'],
    ['هل كان هذا المقال مفيداً؟', 'chrome-feedback'],
    ['هل أعجبك هذا الخبر؟', 'chrome-feedback'],
    ['هل نال إعجابكم هذا التقرير؟', 'chrome-feedback'],
    // The end of wire copy: its end mark, and its editors' initials.
    ['(انتهى)', 'chrome-end'],
    ['/انتهى/', 'chrome-end'],
    ['ع ا ج / ب ع', 'wire-code'],
    ['م.ع.س/ح.م', 'wire-code'],
    // Initials with no slash, and the wire's slug: its name, serial, codes and time sent.
    ['ع ع', 'wire-code'],
    ['س ح', 'wire-code'],
    ['بنا 1245 جمت 30/11/2026', 'wire-code'],
    ['واس 0061', 'wire-code'],
    ['قنا ٠٩٣٤ جمت', 'wire-code'],
    // A paid piece's label, each noun and adjective.
    ['مقال مدعوم', 'chrome-ads'],
    ['المحتوى الإعلاني', 'chrome-ads'],
    ['مادة ممولة', 'chrome-ads'],
    ['Sponsored content', 'chrome-ads'],
    // Share buttons naming the platform; a player's buttons.
    ['انشر على فيسبوك', 'chrome-share'],
    ['غرد على تويتر', 'chrome-share'],
    ['أرسل عبر واتساب', 'chrome-share'],
    ['إيقاف', 'chrome-media'],
    ['إعادة التشغيل', 'chrome-media'],
    // A question to the reader about what they have, and where to send it.
    ['هل لديك معلومة تريد التحقق منها؟ راسلنا عبر واتساب', 'chrome-link'],
    ['لديك صور أو فيديو للحادث؟ أرسلها لنا', 'chrome-link'],
    ['هل شاهدت الحريق؟ شاركنا ما رأيت عبر البريد الإلكتروني', 'chrome-link'],
    ['استمع إلى المقال', 'chrome-media'],
    ['مدة الفيديو 02:35', 'chrome-media'],
    ['00:00 / 03:12', 'number-line'],
    ['00:00', 'number-line'],
    // A separator drawn with tatweel, alone or in runs: no word.
    ['ـــــــــــــــ', 'symbol-line'],
    ['ـــــــ ـــــــ', 'symbol-line'],
    // "Share via" naming a platform; a notice addressing the reader keeps its complementizer.
    ['شارك عبر واتساب', 'chrome-share'],
    // "Share the article via" naming the platforms after it.
    ['شارك المقال عبر فيسبوك وتويتر', 'chrome-share'],
    ['انشروا الخبر على واتساب', 'chrome-share'],
    ['ولمتابعة آخر الأخبار تابعونا على تلغرام', 'chrome-follow'],
    ['شارك عبر:', 'chrome-share'],
    ['نحيطكم علما بأن التعليقات تخضع للمراجعة قبل النشر', 'chrome-comments'],
    // A gallery's position: the caption touching it is the picture's.
    ['2 من 8', 'gallery-counter'],
    ['٣ / ١٢', 'gallery-counter'],
    // Staff credits and filed-under categories before a separator; reuse notices.
    ['مراجعة: سلمى حداد', 'chrome-credit'],
    ['تدقيق لغوي - مازن علي', 'chrome-credit'],
    ['تصنيفات: محليات، بيئة', 'chrome-navigation'],
    ['الفئة: رياضة', 'chrome-navigation'],
    ['منشور في: محليات، بيئة', 'chrome-navigation'],
    ['القسم: أخبار المدينة', 'chrome-navigation'],
    ['يرجى ذكر المصدر عند النقل', 'chrome-copyright'],
    ['يحظر نسخ المحتوى أو إعادة نشره دون إذن مسبق', 'chrome-copyright'],
    ['شارك هذا:', 'chrome-share'],
    ['معجب بهذه:', 'chrome-share'],
    ['إعجاب تحميل...', 'chrome-share'],
    ['اترك تعليقاً إلغاء الرد', 'chrome-comments'],
    // Comment boxes by whose comments they hold, and their rules.
    ['تعليقات الزوار', 'chrome-comments'],
    ['آراء القراء (12)', 'chrome-comments'],
    ['المرجو عدم الإساءة للأشخاص أو الهيئات، والالتزام بموضوع المقال.', 'chrome-comments'],
    ['التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر عن رأي الموقع', 'chrome-comments'],
    ['نرحب بتعليقاتكم، ونرجو الالتزام بقواعد النشر', 'chrome-comments'],
    ['يسعدنا تلقي آرائكم حول هذا الموضوع', 'chrome-comments'],
    // The comment form's notes.
    ['احفظ اسمي وبريدي الإلكتروني والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.', 'chrome-comments'],
    ['لن يتم نشر بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'chrome-comments'],
    // The newsroom's promise to update the piece; the piece said to be in print; how to advertise.
    ['قد يتم تعديل هذا الخبر لاحقا', 'chrome-media'],
    ['سيتم تحديث الخبر أولا بأول', 'chrome-media'],
    ['الخبر منشور في العدد الورقي الصادر اليوم', 'chrome-feed'],
    ['لإعلاناتكم يرجى الاتصال على الرقم 0123456789', 'chrome-ads'],
    ['للإعلان تواصلوا معنا عبر واتساب 0123456789', 'chrome-ads'],
    // Photographer credits, exclusivity badges, ad-slot labels.
    ['(تصوير: محمد علي)', 'caption'],
    ['تصوير: سامر يوسف', 'caption'],
    ['خاص', 'chrome-media'],
    ['- إعلان -', 'chrome-ads'],
    ['المحتوى المدعوم', 'chrome-ads'],
    ['تابع القراءة بالأسفل', 'chrome-ads'],
    ['Story continues below advertisement', 'chrome-ads'],
    // The story going on past an ad, in each verb, object and place, alone or after the ad's label.
    ['أكمل القراءة', 'chrome-ads'],
    ['واصلوا قراءة المقال أدناه', 'chrome-ads'],
    ['يستمر الخبر بعد الإعلان', 'chrome-ads'],
    ['إعلان - تابع القراءة', 'chrome-ads'],
    ['المحتوى بعد الإعلان', 'chrome-ads'],
    ['يتبع', 'chrome-ads'],
  ])('%s is page furniture (%s)', (text, rule) => {
    expect(cue(text)?.rule).toBe(rule);
  });

  it.each([
    // A sentence of someone sending something to a friend of theirs.
    ['وقال إنه أرسل رسالة إلى صديق قديم يعيش في الخارج منذ سنوات'],
    // A headline about an editor, a story sentence naming a board.
    ['رئيس التحرير يستقيل من منصبه بعد خلاف مع مجلس الإدارة حول السياسة التحريرية'],
    ['وقال رئيس مجلس الإدارة إن الشركة حققت أرباحا قياسية هذا العام'],
    // A story sentence with a bracket, or an agency at its end after a period.
    ['وأعلن الوزير أن المشروع سينتهي العام المقبل (بحسب الخطة).'],
    // A sentence of the story going on, a photographer's credit after its full stop.
    ['وقال الوزير إن المشروع مهم. تصوير: أحمد علي'],
    // A sentence opening with the words of a request to the reader.
    ['وجدت خطأ كبيرا في حسابات الشركة لجنة التدقيق الداخلي'],
    // `بواسطة` inside a sentence, after no date.
    ['تم الاعتداء على المتظاهرين بواسطة قوات الأمن'],
    // A story's sentence with a counter's word and a number.
    ['صوت 120 نائبا لصالح القانون الجديد في جلسة الأمس'],
    // A sentence promising details.
    ['وقال المتحدث إن التفاصيل تتبع في بيان رسمي يصدر مساء اليوم'],
    // A how-to's step naming the reader's mailbox, a company that disowns a delay, a statement presented by a ministry.
    ['أدخل بريدك الإلكتروني ثم اضغط على زر المتابعة'],
    // A sentence opening with `قد تحب` (she may love): a reader's label only with its "too".
    ['قد تحب العائلات قضاء عطلة نهاية الأسبوع في الحديقة الجديدة بعد افتتاحها.'],
    // Citizens urged to follow the news, told as news: no reader is addressed.
    ['وحث الوزير المواطنين على متابعة آخر الأخبار من المصادر الرسمية فقط.'],
    // A company's plan to publish with partners, told as news.
    ['وقالت الشركة إنها ستنشر هذا المحتوى بالتعاون مع عدة جامعات في المنطقة.'],
    ['وقالت الشركة إنها غير مسؤولة عن التأخير في تسليم الشحنات'],
    ['قدمت الوزارة هذا المحتوى ضمن حملة التوعية'],
    // A story sentence ending with a picture word in brackets that names no maker, or a sentence going on.
    ['وقال الوزير إن الحكومة ستدعم المزارعين (الصورة من الأرشيف)'],
    // A dateline is not a caption.
    ['القاهرة - أ ش أ'],
    // Platforms in the story, with no invitation to the reader.
    ['أعلنت شركة ميتا أن تطبيق واتساب سيتيح ميزات جديدة للمستخدمين الشهر المقبل'],
    ['شارك آلاف المواطنين في المسيرة مع أصدقائهم وعائلاتهم'],
    // Instructions in a how-to story: no link to follow.
    ['اضغط على زر الإعدادات ثم اختر الخصوصية من القائمة'],
    // A sentence opening with the words of a "reading goes on" line.
    ['ويستمر المقال في عرض تجارب الدول الأخرى مع الأزمة'],
    ['يتابع الخبراء القراءة الدقيقة للمؤشرات الاقتصادية منذ أشهر طويلة'],
    // A number with a label inside a sentence.
    ['وبلغ العدد الإجمالي للزوار 5000 زائر خلال اليوم الأول'],
    ['وقد ظهر المقال في الصحيفة الأسبوع الماضي وأثار جدلا واسعا'],
    // Verbs of a story that promotions also use, and the words of a tech story.
    ['وشدد الوزير على متابعة تطبيق القرار في جميع المحافظات'],
    ['انضم اللاعب إلى صفوف الفريق قادما من نادي الشباب'],
    ['أقر البرلمان الأوروبي قانونا ينظم استخدام الكوكيز في المواقع'],
    ['أغلق باب التعليق على مشروع القانون بعد شهر من النقاش العام'],
    ['قرئ البيان في الجلسة 3 مرات'],
    ['استطلاع: 60 في المئة من السكان يؤيدون تمديد ساعات العمل'],
    ['وجدت اللجنة خطأ في احتساب الأصوات في ثلاث دوائر'],
    ['حدد النص القانوني مهلة ثلاثين يوما للطعن'],
    ['أ - تعديل المادة 12 من القانون'],
    ['أصبح التطبيق غير متاح في بعض الدول بعد قرار الحكومة الأخير'],
    ['لا يمكنك تغيير موعد الحجز بعد تأكيده عبر التطبيق الجديد للشركة'],
    ['شارك الوزير في الاجتماع مع نظرائه العرب لبحث خطة الإغاثة'],
    ['ويمكن للطلاب التسجيل في المسابقة من خلال الرابط الإلكتروني للوزارة حتى نهاية الشهر'],
    ['نشرت الصحيفة التقرير أولا على موقعها الإلكتروني قبل أن تطبعه'],
    ['نشر المقال في صحيفة محلية وأثار نقاشا واسعا بين القراء'],
    // Footer phrases in reported speech, and "share via" opening a story's sentence.
    ['وأكد محامي الورثة أن جميع الحقوق محفوظة لأصحابها وفق القانون.'],
    ['أكد المحامي أن جميع الحقوق محفوظة للمؤلف وحده'],
    ['ورأى الناشر أن التعليقات مغلقة أمام الجمهور منذ سنوات'],
    ['وظلت التعليقات مغلقة على صفحة الوزارة طوال الأسبوع.'],
    ['شارك عبر تقنية الفيديو في الجلسة ممثلون عن اتحاد الناشرين العرب.'],
    // A story's sentence giving an address, or naming a way to ask.
    ['وللتواصل مع الوزارة يمكن الاتصال على الرقم المجاني المخصص لذلك.'],
    ['لمزيد من المعلومات حول البرنامج يمكن زيارة موقع الوزارة.'],
    ['ويمكن للمواطنين التواصل مع الوزارة عبر البريد الإلكتروني التالي: info@gov.sa'],
    // The words of staff credits, categories, disclaimers and reuse notices opening a story's lines.
    ['إخلاء مسؤولية الشركة عن الحادث أثار غضب الأهالي في القرية.'],
    ['مراجعة شاملة لخطة النقل العام'],
    ['تصميم المبنى الجديد'],
    ['القسم الأول من الخطة'],
    ['الفئة العمرية المستهدفة في الحملة من 12 إلى 18 عاما'],
    ['يحظر نسخ المصنفات دون موافقة أصحابها بموجب القانون'],
    // A sentence opening like a caption ends like a sentence.
    ['جانب من الحضور أكد أن المشروع سيوفر فرص عمل كثيرة.'],
    ['صورة من الأرشيف تكشف كيف كانت المدينة قبل مئة عام.'],
    // A call reported in the story, and comments named in it.
    ['ودعا المجلس إلى عدم الإساءة للأديان والالتزام بآداب الحوار في وسائل الإعلام'],
    ['وقال إن تعليقات الزوار على صفحة المتحف كانت إيجابية في معظمها'],
    // A story's liking and joining, in the third person.
    ['وقد نال إعجاب الجمهور العرض الأول للمسرحية في افتتاح المهرجان'],
    ['انضم إلى الفريق لاعب جديد قادما من الدوري الإسباني'],
    // An interview's question to its guest names no sending; a tweet reported; a paper named with its article.
    ['هل لديك خطة للعودة إلى المنتخب في البطولة المقبلة؟'],
    ['هل تعرف أن المدينة كانت مرفأ تجاريا قبل ألف عام؟'],
    ['غرد على تويتر قائلا إن الحكومة لن تتراجع عن القرار'],
    ['ونقلت الصحيفة اليومية المستقلة عن مصادر حكومية أن القرار نهائي'],
    ['توقف العمل في الميناء بسبب الإضراب'],
    ['تأسست الجريدة عام 1990 كصحيفة يومية مستقلة'],
    // Two words that are no initials, a count after a wire's name, a sentence opening with its letters.
    ['وام 24'],
    ['بنا على ذلك قررت اللجنة تأجيل الاجتماع'],
    // To announce (`للإعلان عن`) with a number in it; a piece posted somewhere; a plan to be updated.
    ['للإعلان عن المشروع عقدت الوزارة مؤتمرا صحفيا وأعلنت رقم الخط الساخن لتلقي الشكاوى'],
    ['الخبر منشور على الموقع الرسمي للبلدية منذ أسبوع'],
    ['وقال إنه سيتم تحديث الخطة لاحقا بعد دراسة ملاحظات السكان'],
    ['ودعا السكان إلى الالتزام بقواعد النشر على صفحات التواصل وعدم تداول الشائعات'],
    // A sentence ended before a bracketed office: a paragraph, not a caption.
    ['أعلنت البلدية افتتاح الحديقة الجديدة في الحي الشرقي. (المكتب الإعلامي للبلدية)'],
  ])('%s is story text', (text) => {
    expect(cue(text)?.group ?? null).not.toBe('chrome');
  });

  it.each([
    // Navigation: section names between separators, and a trail from the home page.
    ['أخبار محلية - أخبار عربية - أخبار دولية - اقتصاد وأعمال - رياضة - ثقافة وفنون', 'nav-line'],
    ['سياسة | اقتصاد | رياضة | ثقافة', 'nav-line'],
    ['الصفحة الرئيسية - مقالات الرأي - ليلى الحسيني - الماء في مدن الصحراء: حكاية نهر .', 'breadcrumb'],
    // A menu repeats a word of its section names.
    ['أخبار مصر أخبار العالم أخبار الرياضة فن ثقافة', 'menu-line'],
    // Section names and nothing else, glued by spaces (a و glued to one of them).
    ['محليات عربي ودولي اقتصاد رياضة فن ثقافة منوعات', 'menu-line'],
    // A longer run of section names may hold one word of a section's own (`عاجلة`).
    ['أخبار الساعة سياسة اقتصاد رياضة ثقافة تكنولوجيا', 'menu-line'],
    // Links a scraper joined with wide gaps (two spaces or more, or tabs), whatever their words.
    ['محليات  المحافظات  حوادث  أسواق  من نحن', 'gapped-menu'],
    ['الدوري\tالكأس\tالمنتخب\tالانتقالات', 'gapped-menu'],
    // A weather widget's reading: a temperature by its degree sign, a unit only a temperature has, or a weather word.
    ['الطقس: 25 درجة مئوية', 'ticker-row'],
    ['الرياض 31 °C', 'ticker-row'],
    ['بنغازي 19° غائم جزئيا', 'ticker-row'],
    ['درجة الحرارة 30 درجة', 'ticker-row'],
    ['العظمى 30° الصغرى 18°', 'ticker-row'],
    // An outlet's name and its slogan: a masthead, not a place and an outlet.
    ['موقع الأفق - أخبار على مدار الساعة', 'site-name'],
    // An outlet's name and what it carries, in section names.
    ['جريدة المدار | أخبار ومقالات', 'site-name'],
    ['صحيفة المساء | نافذتك على العالم', 'site-name'],
    // A section's name and the outlet's: the page's title line (no place opens with أخبار).
    ['أخبار العالم | صحيفة الأفق', 'site-name'],
    ['أخبار مصر - اليوم السابع', 'site-name'],
  ])('%s is navigation (%s)', (text, rule) => {
    expect(cue(text)?.rule).toBe(rule);
  });

  it.each([
    // Three section names may name one section: a label, not a menu.
    ['الاقتصاد والمال والأعمال'],
    // Headlines and datelines with dashes are not navigation.
    ['مصر - السودان: اتفاق على تقاسم مياه النهر'],
    ['القاهرة - أ ش أ - أعلنت الحكومة اليوم عن خطة جديدة'],
    ['الأهلي - الزمالك: موعد المباراة والقنوات الناقلة'],
    // Section names and two words of a sentence; a sentence typed with double spaces (its particles, its
    // punctuation); three pieces between wide gaps only.
    ['الاقتصاد والسياسة والرياضة والثقافة تتصدر المشهد'],
    ['قال الوزير  إن الحكومة  ستعمل على  تطوير القطاع'],
    ['وأضاف  المدير  أن  الخطة  جاهزة'],
    ['أسواق  حوادث  محليات'],
    // A place and an outlet's name: a dateline, not the outlet's tagline.
    ['الرياض - صحيفة المدار'],
    // Headlines about the heat (a verb, particles), a score in grades, a clock time.
    ['الحرارة تصل إلى 45 درجة في الرياض'],
    ['25 درجة مئوية في الظل'],
    ['فاز الفريق 3 درجات'],
    ['الساعة 6 م'],
    // Prose with no punctuation that repeats a word: it opens with a conjunction, or holds particles of a sentence.
    ['ويهدف البرنامج لدعم الزراعة المحلية لتبقى الزراعة مصدر دخل وتأكيدا لأهمية الزراعة'],
    ['تهدف المبادرة إلى دعم الزراعة لتبقى الزراعة مصدر دخل وتأكيدا على دور الزراعة'],
  ])('%s is not a navigation line', (text) => {
    expect(cue(text)?.group).not.toBe('head-chrome');
  });

  it('reads wide gaps as a menu only on a page whose prose is not spaced so', () => {
    const menu = 'محليات  المحافظات  حوادث  أسواق  من نحن';
    const line = makeLine(1, menu, clean.line(menu), folder);
    expect(classifyLine(line, ctx, { arabic: true, looseSpacing: true })?.group).not.toBe('head-chrome');
    const prose = (gap: string) => ['وقال', 'الوزير', 'إن', 'الحكومة', 'ستعمل', 'على', 'تطوير', 'القطاع', 'خلال', 'العام', 'المقبل.'].join(gap);
    const page = (gap: string) => [menu, prose(gap), prose(' ')].map((t, k) => makeLine(k + 1, t, clean.line(t), folder));
    expect(pageFacts(page('  ')).looseSpacing).toBe(true);
    expect(pageFacts([...page(' '), ...page('  ').slice(1, 2)]).looseSpacing).toBe(false);
    expect(pageFacts(page('\u00a0\u00a0')).looseSpacing).toBe(true);
  });

  it('a line whose clean text is its raw text holds no wide gap: the clean profile writes each gap as one space', () => {
    // The gapped-menu rule skips its scan on such lines; a gap the profile kept would hide a menu.
    for (const gap of ['  ', '\t', '\u00a0\u00a0', ' \u00a0', '\u00a0 ', '\t\t', ' \t ']) {
      const raw = ['محليات', 'حوادث', 'أسواق', 'رياضة'].join(gap);
      expect(clean.line(raw)).not.toBe(raw);
      expect(mayHoldWideGap(makeLine(1, raw, clean.line(raw), folder))).toBe(true);
    }
    const plain = 'محليات حوادث أسواق رياضة';
    expect(mayHoldWideGap(makeLine(1, plain, clean.line(plain), folder))).toBe(false);
  });

  it('a breadcrumb carries its last crumb, folded, so that the headline repeating it is found', () => {
    expect(cue('الصفحة الرئيسية - مقالات - حكاية نهر لا يراه أحد .')).toMatchObject({ rule: 'breadcrumb', echo: 'حكايه نهر لا يراه احد' });
  });

  it('a place and an outlet before a colon is a dateline, weak unless it names an agency; a lead-in is not', () => {
    expect(cue('المدينة المنورة، الساحل الإخباري:')).toMatchObject({ group: 'dateline', strong: false });
    expect(cue('الرياض، واس:')).toMatchObject({ group: 'dateline', strong: true });
    expect(cue('وقال الوزير، في بيان:')).toBeNull();
    expect(cue('من جهته، أوضح:')).toBeNull();
  });

  it.each(['بيروت، 2 مارس (أ ف ب):', 'الطريق الدولي، 2 مارس/آذار (الموقع):', 'واشنطن، 12 مايو/أيار 2025 (رويترز)', 'المدينة المنورة، الاثنين (واس) -'])(
    '%s: a place, its date and the agency in brackets is a certain dateline',
    (text) => {
      expect(cue(text)).toMatchObject({ group: 'dateline', strong: true });
    },
  );

  it.each(['تونس (وات)', 'طرابلس (وال)'])('%s: a place and a wire agency in brackets is a dateline, weak (a name and a credit read alike)', (text) => {
    expect(cue(text)).toMatchObject({ group: 'dateline', strong: false });
  });

  it.each(['من مراسلنا في القدس', 'مراسلتنا في بيروت', 'خاص من موفدنا إلى جنيف', 'من مندوبتنا لدى الأمم المتحدة'])(
    '%s: a correspondent and where they report from, with no name, is a weak dateline',
    (text) => {
      expect(cue(text)).toMatchObject({ group: 'dateline', value: text, strong: false });
    },
  );

  it.each(['من مراسلنا في المدينة التي لا تنام', 'مراسلنا في غزة: القصف مستمر', 'من مراسلنا في الرياض 3 تقارير'])(
    '%s: a correspondent in a sentence, quoted or counted, is no dateline',
    (text) => {
      expect(cue(text)?.group).not.toBe('dateline');
    },
  );

  it('a place, a dash and a bracketed agency before a colon stays a certain dateline', () => {
    expect(cue('القاهرة - (أ ش أ):')).toMatchObject({ group: 'dateline', strong: true });
    expect(cue('تونس (وات):')).toMatchObject({ group: 'dateline', strong: true });
  });

  it.each(['الرئيس خلال الاجتماع، 2 مارس (رويترز)', 'جانب من الحفل، أمس الأحد (رويترز)'])('%s: a caption with its date is no dateline (a place holds no preposition)', (text) => {
    expect(cue(text)?.group).not.toBe('dateline');
  });

  it("a dateline keeps the closing quote of the outlet's name it opened", () => {
    expect(cue('القاهرة - «الأفق»:')).toMatchObject({ group: 'dateline', value: 'القاهرة - «الأفق»' });
    expect(cue('المصدر: «الشرق الأوسط»')).toMatchObject({ group: 'source', value: 'الشرق الأوسط' });
  });

  it('a dateline naming an outlet or ending with a semicolon is certain', () => {
    expect(cue('العاصمة- وكالة الأنباء الوطنية')).toMatchObject({ group: 'dateline', strong: true });
    expect(cue('القاهرة - خاص')).toMatchObject({ group: 'dateline', strong: true });
    expect(cue('الكويت- سبأ؛')).toMatchObject({ group: 'dateline', strong: true });
  });

  it('a meta line ending with the attribution gives the source, and says it holds the date', () => {
    expect(cue('آخر تحديث 2024-06-18 09:30:00 - المصدر: شبكة الأخبار الوطنية')).toMatchObject({ group: 'source', value: 'شبكة الأخبار الوطنية', dated: true });
    expect(cue('آخر تحديث 2024-06-18 09:30:00 - الْمَصْدَر: شبكة الأخبار')).toMatchObject({ group: 'source', value: 'شبكة الأخبار' });
  });

  it('lines in another language on an Arabic page are furniture, whatever their length', () => {
    const long = 'Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza di navigazione e per mostrarti contenuti in linea con le tue preferenze, come spiegato nella nostra informativa completa.';
    expect(cue(long)?.rule).toBe('latin-line');
    expect(classifyLine(makeLine(1, long, clean.line(long), folder), ctx, { arabic: false })).toBeNull();
  });
});

describe('related labels as families', () => {
  it.each([
    // The archive, more videos to watch.
    'من الأرشيف', 'من أرشيف الموقع', 'عناوين أخرى', 'شاهد المزيد من الفيديوهات',
    'مواضيع قد تهمك', 'موضوعات قد تعجبك أيضا', 'قد يهمك أيضا', 'ربما يعجبك', 'أخبار قد تهمكم', 'مقالات مقترحة', 'مواضيع مقترحة',
    'مقترحات', 'اختيارات المحرر', 'المزيد من رياضة', 'آخر المواضيع', 'Latest news', 'المزيد من أخبار مصر', 'مقالات أخرى للكاتب', 'You may also like', 'More from Sports',
    // Typed on a Persian keyboard: keheh, Farsi yeh, heh with yeh above, a zero-width non-joiner.
    'مواضیع قد تهمک', 'مقالات ذات صلۀ', 'مقالات مشابه‌ة',
    // Stories alike in every wording, from the same section, in the same context, elsewhere on the site.
    'أخبار مماثلة', 'مواد مشابهة', 'مواضيع مرتبطة', 'قصص على صلة', 'على صلة', 'من نفس القسم', 'في ذات السياق', 'أيضا في الموقع',
    // The same category, rubric or corner in each way of saying "same"; the latest updates and breaking news boxes.
    'من نفس التصنيف', 'أخبار من الفئة نفسها', 'المزيد من ذات الباب', 'في الزاوية ذاتها', 'آخر التحديثات', 'أخبار عاجلة',
    // Recommended, alone or for the reader.
    'موصى به', 'موصى به لك', 'المحتوى الموصى به',
    // The editors' or the site's picks, in each word for "picks".
    'ترشيحات المحرر', 'مختارات التحرير', 'اختيارات الموقع', 'ترشيحاتنا', 'توصيات المحررين',
    // With the article on the noun and its adjective, or on one of them.
    // The writer's other pieces, in each lead.
    'اقرأ أيضا للكاتبة', 'مقالات أخرى لنفس الكاتب', 'أحدث مقالات الكاتبة', 'كل مقالات الكاتب', 'من نفس الكاتب', 'للكاتب نفسه',
    // In case you missed it, related items, what is new now.
    'لمن فاته', 'إن فاتك', 'لا تفوت أيضا', 'متعلقات', 'يحدث الآن', 'آخر المستجدات', 'تصفح أيضا',
    // Other stories, on the same topic, and the latest.
    'تقارير أخرى', 'الأخبار الأخرى', 'أخبار أخرى قد تهمك', 'في نفس الموضوع', 'في الموضوع نفسه', 'الأحدث',
    // Content that may please you, stories in the same topic, the most liked and the top read, reading you can do.
    'محتوى قد يعجبك', 'مواد قد تهمك', 'أخبار في نفس الموضوع', 'مقالات في الموضوع ذاته',
    'الموضوعات المقترحة', 'المقالات المختارة', 'الأخبار الموصى بها', 'القصص المماثلة', 'التقارير ذات الصلة', 'أخبار ذات الصلة',
    // In the context, content alike, what is new, a dossier's and an issue's other pieces: the whole line.
    'في السياق', 'محتوى مشابه', 'المحتوى المقترح', 'جديد الأخبار', 'في هذا الملف', 'اقرأ في العدد',
    // Special coverage, and "to follow more".
    'تغطية خاصة', 'تغطيات خاصة', 'لمتابعة المزيد', 'لقراءة المزيد',
    // Picks recommended to the reader, what the reader may love or find of interest.
    'ترشيحاتنا لك', 'نرشح لكم', 'نوصي بقراءة', 'قد تحب أيضا', 'مواضيع قد تثير اهتمامك',
  ])('%s opens a related list', (text) => {
    expect(cue(text)).toMatchObject({ group: 'marker', kind: 'related' });
  });

  it.each(['📌 اقرأ أيضا:', '👈🏽 اقرأ أيضا'])('%s: an emoji before a label separates words, it is no word of the label', (text) => {
    expect(cue(text)).toMatchObject({ group: 'marker', kind: 'read-also' });
  });

  it.each(['لا تفوتك', 'لا يفوتكم', 'لا تفوت', 'اقرأ في هذا الملف', 'إقرأ أيضاً في تحقيقات', 'اقرأ أيضا من الأرشيف', 'طالع أيضا في اقتصاد'])('%s opens a read-also box', (text) => {
    expect(cue(text)).toMatchObject({ group: 'marker', kind: 'read-also' });
  });

  it.each([
    'المزيد من الغارات على المدن الساحلية ليلة أمس',
    'من نفس التصنيف الذي اعتمدته اللجنة العام الماضي جاءت النتائج',
    'لا تفوتك فرصة زيارة المعرض قبل أن يغلق أبوابه نهاية الشهر',
    'لا تفوت الأسر موسم التخفيضات الذي يبدأ الأسبوع المقبل في الأسواق',
    'قد يهمك أن تعرف أن الدواء متوفر في الصيدليات',
    'في ذات السياق أكد الوزير أن الحكومة ماضية في خطتها الاقتصادية',
    'انظر أيضا إلى ما حدث في الاجتماع الأخير',
    'في السياق الإقليمي',
    'في هذا الملف تحديدا',
    'منذ عامين قرأت ألف كتاب',
    'في الأسواق، خبير اقتصادي يحذر',
    'على الحدود، مراسل الأفق',
    'عن',
  ])('%s is story text', (text) => {
    expect(cue(text)).toBeNull();
  });
});

describe('rows of buttons, tickers, issue lines and credited captions', () => {
  it.each([
    // Buttons saved in a row on one line: each is chrome alone, so the row is.
    ['تكبير الخط تصغير الخط', 'chrome-share'],
    ['فيسبوك تويتر واتساب تلغرام لينكدإن', 'chrome-share'],
    ['طباعة إرسال نسخ الرابط', 'chrome-share'],
    // Figures over the page: between bars, or each under its label.
    ['القاهرة 22° | الدولار 48.5 جنيه', 'ticker-row'],
    ['الفجر 5:12 الظهر 11:45 العصر 2:50 المغرب 5:10', 'ticker-row'],
    // Two times of day under their names are a timetable's row already.
    ['الفجر 05:12 الظهر 11:48', 'ticker-row'],
    ['العصر ٣:١٥ المغرب ٥:٤٠', 'ticker-row'],
    // A printed paper's issue and year.
    ['العدد 4521 - السنة الخامسة عشرة', 'issue-line'],
    ['السنة 15 العدد 4521', 'issue-line'],
    // Credits in Arabic spelling, or led by `من`; a picture and who published it.
    ['متظاهرون في الساحة الرئيسية (غيتي)', 'caption'],
    ['اللاعب يحتفل بهدفه (من حسابه على إنستغرام)', 'caption'],
    ['صورة نشرها الحساب الرسمي للوزارة على منصة إكس', 'caption'],
    // The story named before the ad it goes on after; a record number on a Persian keyboard.
    ['القصة تتابع أسفل الإعلان', 'chrome-ads'],
    ['کد خبر: ۶۶۰۲۰', 'chrome-record'],
    // Joining a channel with لـ; "more:" before another story's headline.
    ['انضم لقناة الأفق على واتساب', 'chrome-follow'],
    ['• المزيد: الحكومة تعلن خطة جديدة للنقل العام', 'inline-related'],
    // A gallery's label and the click to see it; a player of any recording; an ad's kind.
    ['ألبوم الصور', 'chrome-media'],
    ['اضغط على الصورة لمشاهدة الألبوم', 'chrome-media'],
    ['استمع إلى البودكاست', 'chrome-media'],
    ['إعلان تجاري', 'chrome-ads'],
    // "Share the article via:", who built the site, its telephone and fax.
    ['شارك المقال عبر:', 'chrome-share'],
    ['تصميم وتطوير شركة الأفق للبرمجيات', 'chrome-footer'],
    ['تصميم وتطوير: الأفق للبرمجيات', 'chrome-footer'],
    ['هاتف: 0123456789 - فاكس: 0123456780', 'contact-line'],
    // Pictures, a video or a map before a colon and an agency: a caption's credit, no place and agency.
    ['الصور: رويترز', 'caption'],
    ['فيديو: أ ف ب', 'caption'],
    ['خرائط: رويترز', 'caption'],
    // Staff credits: two roles joined, a role said as a verb with its object.
    ['مراجعة وتدقيق: سامي يوسف', 'chrome-credit'],
    ['تصوير ومونتاج: ريم منصور', 'chrome-credit'],
    ['حرره: سامي يوسف', 'chrome-credit'],
    // The original of a translated or summed-up piece, asked to be read.
    ['اقرأ المقال الأصلي', 'chrome-link'],
    ['لقراءة النص الأصلي اضغط هنا', 'chrome-link'],
    // The end mark between tatweel dashes, and thanks for reading.
    ['ـ انتهى ـ', 'chrome-end'],
    ['شكرا لقراءتك', 'chrome-end'],
    ['نشكركم على المتابعة', 'chrome-end'],
    // A related headline's category, a section in quotes after في.
    ['في "أخبار"', 'item-category'],
    ['في «مقالات الرأي»', 'item-category'],
    // A blog or a magazine's name and its slogan: the masthead, no place and outlet.
    ['مدونة الأفق – نكتب عن المدينة وأهلها', 'site-name'],
    ['مجلة الأفق - نافذة على الثقافة العربية', 'site-name'],
    // The rest of the story after an ad slot, in any wording that names the reading or its rest.
    ['باقي الخبر بعد الإعلان', 'chrome-ads'],
    ['يتبقى من القراءة بعد الإعلان', 'chrome-ads'],
    ['تكملة الخبر أسفل الإعلان', 'chrome-ads'],
    // The site's street address, a building or a floor named.
    ['العنوان: شارع الجمهورية، مبنى 12، الطابق الثالث', 'contact-line'],
    ['عنواننا: طريق الملك فهد، برج الأفق، الرياض', 'contact-line'],
    // A short label, a colon and a telephone number, whatever the label says.
    ['للتواصل مع المكتب الإعلامي: 065-1234567', 'contact-line'],
    ['الخط الساخن للطوارئ: +966 11 123 4567', 'contact-line'],
    ['واتساب: ٠٥٠١٢٣٤٥٦٧', 'contact-line'],
    // A picture's word alone before its credit is a caption, no place and agency.
    ['صورة (أ ف ب)', 'caption'],
    ['صورة (غيتي)', 'caption'],
    // A photo credit in Latin letters glued to its caption with no separator, before it or after it.
    ['AFP/Getty Images راع يقود قطيعه عبر الثلوج', 'caption'],
    ['Lina Haddad/Getty Images قارب صيد صغير عند الفجر', 'caption'],
    ['أطفال يلعبون تحت المطر في السوق القديم Reuters', 'caption'],
    // A picture a machine made, said under it: a picture's word, a word of making, the machine closing the line.
    ['صورة مولدة بالذكاء الاصطناعي', 'caption'],
    ['لقطة مصممة باستخدام الذكاء الاصطناعي', 'caption'],
    ['صورة تعبيرية تم إنشاؤها عبر الذكاء الاصطناعي', 'caption'],
    // Another role of the same person, then the board's title joined by و; a picture's placeholder over its caption.
    ['رئيس حزب الأفق ورئيس مجلس الإدارة', 'chrome-masthead'],
    ['الصورة غير متاحة', 'caption-label'],
    ['image not available', 'caption-label'],
    // Comments closed on the post, its title between.
    ['التعليقات على الأرصاد: موجة حر تضرب المناطق الجنوبية ابتداء من الغد مغلقة', 'chrome-comments'],
    ['Comments Off on Heat wave hits the south', 'chrome-comments'],
    // Subscribing to get what subscribers get; joining the site on a platform.
    ['اشترك للحصول على المقالات الحصرية', 'chrome-consent'],
    ['انضم إلينا على تيليجرام', 'chrome-follow'],
    // An empty ad slot's placeholder, where an ad is to go.
    ['إضافة إعلان', 'chrome-ads'],
    ['ضع إعلانك هنا', 'chrome-ads'],
    ['احجز مساحتك الإعلانية', 'chrome-ads'],
    // A Facebook post's credit, dated instead of handled; a translation made for the site.
    ['Posted by وزارة الصحة on Thursday, December 3, 2026', 'embed-credit'],
    ['(ترجمة خاصة)', 'chrome-media'],
    // A preposition that labels a source stands alone only before a colon.
    ['عن:', 'source-label'],
    // A name, then what its bearer is: a byline.
    ['سامي يوسف، مراسل الأفق في القاهرة', 'byline-role'],
    ['ريم منصور | صحفية', 'byline-role'],
    ['علي أحمد، صحفي', 'byline-role'],
    ['أحمد علي، كاتب وروائي', 'byline-role'],
    // A name, perhaps what its bearer is, then the author's account.
    ['هدى الساعدي باحثة @huda_saadi', 'byline-handle'],
    ['سامر يوسف | @samer.yousef', 'byline-handle'],
    ['ريم منصور، مراسلة الأفق في عمان @reem_m', 'byline-handle'],
    // A counter beside a relative date neither makes nor unmakes it.
    ['منذ ساعتين | 2.3 ألف مشاهدة', 'date-line'],
    // A full stop after date words only is still a date.
    ['نشر في 7 ديسمبر 2026.', 'date-line'],
    // ... and one number beside a counter is the count, not a year.
    ['عدد المشاهدات: 1520', 'counter-line'],
    ['1520 مشاهدة', 'counter-line'],
    // A person pictured at an event named with no pronoun.
    ['الوزير خلال افتتاح المعرض الدولي', 'caption'],
    ['الرئيس لدى استقبال الوفد الزائر', 'caption'],
    // A phrase found anywhere in a line with a clitic glued to its first word.
    ['باستخدامك الموقع فإنك توافق على استخدامنا لملفات تعريف الارتباط', 'chrome-consent'],
    ['يستعين موقعنا بملفات تعريف الارتباط لتقديم أفضل تجربة', 'chrome-consent'],
    // The reader agreeing to the terms by browsing, in each person; the site's cookies with any verb.
    ['بمتابعتك التصفح فإنك توافق على سياسة الخصوصية', 'chrome-consent'],
    ['عند زيارتك أنت توافق على شروط الاستخدام', 'chrome-consent'],
    ['هذا الموقع يعتمد على الكوكيز', 'chrome-consent'],
    // A log-in form's fields and links, alone or in a row.
    ['نسيت كلمة المرور؟', 'chrome-consent'],
    ['هل نسيت كلمة السر؟', 'chrome-consent'],
    ['ليس لديك حساب؟ سجل الآن', 'chrome-consent'],
    ['تذكرني', 'chrome-consent'],
    // Printing the page, in each verb and name of what is printed.
    ['اطبع هذا الخبر', 'chrome-share'],
    ['إطبع الصفحة', 'chrome-share'],
    // A copyright sign before a name: a picture's credit, whoever it names.
    ['مزارعون يحصدون القمح في حقل جنوب البلاد © سامر يوسف', 'caption'],
  ])('%s → %s', (text, rule) => {
    expect(cue(text)?.rule).toBe(rule);
  });

  it.each([
    'الأهلي 2 - 1 الزمالك',
    'فيسبوك تعلن عن ميزة جديدة لحماية الخصوصية',
    // An account closing a sentence or a call to follow: no author's name before it.
    'وكتب الوزير في حسابه @minister',
    'لمتابعة آخر الأخبار @alofoq_news',
    'فيسبوك وتويتر',
    'ارتفع الذهب إلى 3500 ريال والدولار إلى 3.75 ريال',
    'العدد الإجمالي للمصابين بلغ 20 شخصا',
    'العدد 20 شخصا',
    'من حسابه على إنستغرام نشر اللاعب صورة مع عائلته.',
    'القصة تتابع أحداثها في قرية صغيرة',
    'المزيد من التفاصيل حول الحادث',
    'تصميم وتطوير المنتجات المحلية يحتاج دعما حكوميا كبيرا',
    'تطوير: تحسين شبكة الطرق في القرى',
    'هاتف المستقبل الذكي يصل إلى الأسواق',
    'ألبوم جديد للفنانة يصدر الشهر المقبل',
    'الحكومة خلال اجتماع الأمس: لا زيادة في الأسعار',
    'الاقتصاد خلال عام من الأزمة',
    // One notice's words inside a sentence, punctuation after them: no piece is a whole notice.
    'لا توجد تعليقات بعد على القرار، بحسب المتحدث',
    'وقال: لا، شكرا. سأبقى هنا',
    'من نحن؟ سؤال يطرحه الشباب كل يوم',
    // A bulletin, a list, a writer and a subscription inside a sentence.
    'قال مقدم النشرة الإخبارية إن البث سيستأنف غدا',
    'عن الكاتب الراحل قال ابنه إنه ترك مخطوطة لم تنشر',
    'وأضاف أن المشتركين في الخدمة سيصلهم إشعار بالموعد',
    'ودعا المواطنين إلى الاشتراك في المنصة ليصلهم كل جديد',
    // A book in another language, a report on content, a click inside a sentence.
    'الكتاب متاح أيضا باللغة الإنجليزية في المكتبات',
    'وطالب النواب بالإبلاغ عن محتوى التحريض على المنصات',
    'وقال إن الضغط على الصورة للتكبير لا يعمل في التطبيق القديم',
    // A subscription, free articles and a machine's summary in a sentence.
    'وأتاحت الصحيفة عشرة مقالات مجانية للقراء الجدد هذا العام',
    'اشترك لاعبو الفريق في حملة لقراءة الكتب في المدارس',
    'وقدم الباحث ملخص الذكاء الاصطناعي في الطب خلال المؤتمر',
    // Agreeing, cookies, passwords and printing in the story's own sentences.
    'وقال الوزير إن الحكومة توافق على الخطة بشروط',
    'الموقع يستخدم ملفات مسربة من الشركة لإثبات روايته',
    'وسرق المخترقون كلمة المرور الخاصة بحساب الوزارة',
    'كلمة السر',
    'طبع الكتاب في ثلاثة مجلدات',
    'ونقلت الوكالة عن المتحدث أن ملفات التحقيق أحيلت إلى النيابة',
  ])('%s is story text', (text) => {
    expect(cue(text)).toBeNull();
  });
});

describe('a clitic taken off a word', () => {
  it.each([
    ['بملفات', 'ملفات'],
    ['لملفات', 'ملفات'],
    ['للخصوصية', 'الخصوصية'],
    ['وبالكوكيز', 'بالكوكيز'],
    // ك stays on (`كلمة`), and a stem of two letters is no phrase's word.
    ['كلمة', null],
    ['ومن', null],
  ])('%s → %s', (word, bare) => {
    expect(cliticBare(word)).toBe(bare);
  });
});

describe('the phrase index', () => {
  const fold = { words: (t: string) => folder.key(t).split(' ').filter(Boolean), first: (t: string) => folder.key(t).split(' ').find(Boolean) };
  const words = (t: string) => folder.key(t).split(' ');

  it('finds every phrase at a word, longest first, and the same text only under its own first word', () => {
    const index = new PhraseIndex<number>(fold).add(['اقرأ', 'اقرأ أيضا', 'أيضا'], 1);
    expect(index.at(words('إقرأ أيضاً هذا')).map((p) => p.words.length)).toEqual([2, 1]);
    expect(index.at(words('هذا أيضا'), 1).map((p) => p.words)).toEqual([['ايضا']]);
    expect(index.at(words('هذا اقرأ'))).toEqual([]);
  });

  it('a phrase added after a line has been looked up under its first word is found on the next look-up', () => {
    const index = new PhraseIndex<string>(fold).add(['شارك الخبر'], 'share');
    expect(index.at(words('شارك المقال'))).toEqual([]);
    index.add(['شارك المقال'], 'user');
    expect(index.at(words('شارك المقال')).map((p) => p.data)).toEqual(['user']);
    expect(index.at(words('شارك الخبر')).map((p) => p.data)).toEqual(['share']);
  });
});

describe('light stemming for word overlap', () => {
  const cases: [string, string][] = [
    // The article and its forms with a clitic, one-letter clitics, plural and possessive endings (light: `ه` goes too).
    ['الحكومه', 'حكوم'],
    ['والحكومه', 'حكوم'],
    ['بالمدينه', 'مدين'],
    ['للمشروع', 'مشروع'],
    ['المهندسون', 'مهندس'],
    // Crude by design: a و opening a word goes like the clitic (`وزارات` is read `زار`).
    ['وزارات', 'زار'],
    // A clitic before fewer than three letters stays: `وسط` is no `و` and `سط`.
    ['وسط', 'وسط'],
    // A word longer than those remembered is stemmed the same way.
    ['والاستثماراتالكبيره', 'استثماراتالكبير'],
  ];
  it.each(cases)('%s stems to %s, on every call, however many words the parser has seen', (word, stem) => {
    const cues = compileCues(folder);
    expect(cues.stem(word)).toBe(stem);
    expect(cues.stem(word)).toBe(stem);
    // Past the words it remembers, it forgets them all and stems anew.
    for (let k = 0; k < 50_001; k++) cues.stem(`كلمه${k}`);
    expect(cues.stem(word)).toBe(stem);
  });
});

describe("a motto's shape: the site's founding year at its end", () => {
  const shaped = (text: string) => foundingMotto(makeLine(1, text, clean.line(text), folder), ctx.cues);
  it.each([
    ['صوت المدينة منذ 1979', true],
    ['في خدمة قرائنا منذ العام 1985', true],
    ['تأسست عام 1923', true],
    ['Est. 1987', true],
    ['Since 1995', true],
    // A headline may have the shape: the header asks whether its story speaks of it.
    ['البطالة تسجل أعلى مستوى منذ 2008', true],
    // No year at the end, a time rather than a year, a year out of range, too many words.
    ['منذ ساعتين', false],
    ['صوت المدينة منذ عقود', false],
    ['صوت المدينة منذ 12', false],
    ['صوت المدينة منذ 9999', false],
    ['مجلس المدينة يعقد أول جلسة علنية له منذ 1979', false],
    // A year that follows no founding word.
    ['موازنة عام 2027', false],
  ])('%s: %s', (text, expected) => {
    expect(shaped(text)).toBe(expected);
  });
});

describe('a conjunction opening a line', () => {
  const opens = (text: string) => opensWithConjunction(folder.key(text).split(' '), ctx.cues);
  it.each([
    // The conjunction glued to a verb or a particle: the story going on.
    ['وأضاف الوزير أن الخطة جاهزة', true],
    ['وشهدت الأسواق تراجعا', true],
    ['وفي سياق متصل', false],
    // A word whose own first letter is و: a line opening anew (a headline, a teaser).
    ['وافق البرلمان على القانون', false],
    ['وزارة الصحة تطلق حملة', false],
    ['وزير الخارجية يصل إلى القاهرة', false],
    ['وسط توقعات بارتفاع الأسعار', false],
    ['وفقا لبيانات الإحصاء', false],
    ['واشنطن تعلن عقوبات جديدة', false],
  ])('%s: %s', (text, expected) => {
    expect(opens(text)).toBe(expected);
  });
});
