/**
 * Chrome injected into a page leaves its story alone. Each block below (written
 * for this test, in the shapes real pages use) is put into every fixture that
 * has a headline and a story of two paragraphs or more: at the top of the page,
 * between the first two paragraphs, or after the story. The body must stay the
 * same, and no injected line may reach it. A story paragraph broken at every
 * link must come back whole.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/article.js';
import { Parser } from '../src/parse.js';
import { fixtureBytes, fixtureSlugs } from './helpers.js';

const parser = new Parser();

/** Blocks injected at the top of the page, above the header. */
const HEADER: Record<string, string[]> = {
  'a cookie notice taking browsing for consent, and its button': ['باستخدامك لهذا الموقع فإنك توافق على استخدامنا لملفات تعريف الارتباط وعلى سياسة الخصوصية.', 'موافق'],
  'a log-in form': ['اسم المستخدم', 'كلمة المرور', 'تذكرني', 'هل نسيت كلمة المرور؟', 'ليس لديك حساب؟ سجل الآن'],
  'masthead lines': ['رئيس مجلسي الإدارة والتحرير', 'حسن عبد الفتاح', 'صحيفة الأفق رئيس مجلس الإدارة ورئيس التحريرماجد الخولي'],
  "the paper's name and how it describes itself": ['جريدة الأفق الجديد - يومية سياسية مستقلة'],
  "the paper's publisher": ['تصدر عن مؤسسة الأفق للصحافة والنشر'],
  'share buttons in a row, a platform in another spelling': ['شاركها فيسبوك X لينكدإن واتساب تيلقرام'],
  'a paid label': ['مقال مدعوم'],
  'a navigation bar': ['أخبار محلية - أخبار عربية - أخبار دولية - اقتصاد - رياضة - ثقافة وفنون - منوعات'],
  'section names between bars': ['سياسة | اقتصاد | رياضة | ثقافة | علوم'],
  'links joined with wide gaps, and a run of section names with a word of its own': ['محليات  المحافظات  حوادث  أسواق  من نحن', 'أخبار عاجلة سياسة اقتصاد رياضة ثقافة تكنولوجيا'],
  "the paper's name and what it carries": ['جريدة المدار | أخبار ومقالات'],
  "a weather widget's readings": ['الطقس: 24 درجة مئوية', 'بنغازي 19° غائم جزئيا'],
  "a box's label over a section's name": ['الأكثر قراءة اليوم', '', 'أخبار محلية'],
  "the site's other edition, its search box": ['النسخة الإنجليزية', 'ابحث في الموقع'],
  'a ticker of figures and an issue line': ['القاهرة 22° | الدولار 48.5 جنيه', 'العدد 4521 - السنة الخامسة عشرة'],
  'prayer times, each under its name': ['الفجر 5:12 الظهر 11:45 العصر 2:50 المغرب 5:10 العشاء 6:30'],
  'a prayer-times label over a row of two times': ['مواقيت الصلاة', 'الظهر 11:52 العصر 2:48'],
  'font buttons in a row': ['حجم الخط', 'تكبير الخط تصغير الخط'],
  'a caption of a person at an event': ['الوزير خلال افتتاح المعرض الدولي للكتاب'],
  'an empty tag box': ['الكلمات المفتاحية'],
  "a widget's label over the page's date": ['الأكثر مشاهدة', 'الاثنين 7 ديسمبر 2026 - 09:15'],
  "the site's motto with its founding year": ['نافذتكم على العالم منذ 1998'],
};

/** Blocks injected between the first two story paragraphs. */
const BETWEEN: Record<string, string[]> = {
  'a print link': ['اطبع هذا الخبر'],
  'a caption credited after a copyright sign': ['عمال يرممون واجهة المبنى القديم في وسط المدينة © سامر الخطيب'],
  'a read-also line in brackets, naming where to read it': ['(اقرأ أيضا على موقعنا: افتتاح سوق شعبي جديد للمنتجات الريفية)'],
  'a caption with its credit': ['جانب من الاجتماع في مقر الوزارة (حسابه بالإعلام الاجتماعي)'],
  "a caption after its label and a comma, a person's title in it": ['التعليق على الصورة، رئيس الوزراء خلال جولته في موقع المشروع'],
  'a caption with an agency after a dash': ['آليات ثقيلة تعمل في موقع المشروع - رويترز'],
  'an automatic image description': ['قد تكون صورة ‏شخصين‏ و‏أشخاص يقفون‏'],
  'a promotion': ['يمكنكم الآن متابعة آخر الأخبار مجانا من خلال قناتنا على تلغرام'],
  'a caption shortcode': ['[caption id="attachment_9" align="alignnone" width="640"]<img src="a.jpg"> جانب من الحدث[/caption]'],
  'an image file name': ['IMG_20240502_1130.jpg'],
  'a record number': ['رمز الخبر: ۵۵۱۲۰'],
  'an ad slot with its labels': ['- إعلان -', 'تابع القراءة بالأسفل'],
  'a photographer credit': ['(تصوير: سامر يوسف)'],
  'a link to another story under a link arrow': ['» الحكومة تطلق برنامجا لدعم المزارعين الشباب'],
  "the reader's account, a display button, the browser's notice": ['حسابي', 'الوضع الليلي', 'يرجى تفعيل جافا سكريبت لعرض هذه الصفحة'],
  "the text size buttons, a machine's voice, a plea for support": ['أ+ أ-', 'الصوت مولد بالذكاء الاصطناعي', 'ساهم في دعم الصحافة المستقلة', 'تبرع الآن'],
  "a read-also box with another story's headline and its first paragraph cut short": [
    'اقرأ أيضا',
    'انطلاق سباق الهجن السنوي بمشاركة مئتي مطية',
    'انطلق صباح اليوم سباق الهجن السنوي في ميدان الصحراء بمشاركة مئتي مطية من مختلف المناطق...',
  ],
  "a may-interest label glued to another story's headline, no separator": ['قد يهمك أيضا انطلاق سباق الهجن السنوي بمشاركة مئتي مطية'],
  "a one-line read-also with that story cut short under it": [
    'اقرأ أيضا: انطلاق سباق الهجن السنوي بمشاركة مئتي مطية',
    'انطلق صباح اليوم سباق الهجن السنوي في ميدان الصحراء بمشاركة مئتي مطية من مختلف المناطق وسط حضور جماهيري كبير...',
  ],
  'a video player and its platform link': ['تشغيل الفيديو', 'مشاهدة على يوتيوب'],
  'an embedded post with its platform link and credit': ['عرض هذا المنشور على Instagram', 'تمت مشاركة منشور بواسطة بلدية المدينة (@city_municipality)'],
  'a picture from the source and a credit with no separator': ['الصورة من المصدر', 'مصدر الصورة Reuters'],
  'sponsorship and app promotions': ['محتوى مدفوع', 'حمل تطبيقنا الآن'],
  'a caption credited to its photographer in brackets': ['المشاركون في الجلسة الافتتاحية للمؤتمر (الصورة من المكتب الإعلامي)'],
  'a labelled caption and credit on their own lines': ['صدر الصورة، Getty Images', 'التعليق على الصورة، المشاركون في الجلسة الافتتاحية للمؤتمر يستمعون إلى كلمة الافتتاح'],
  'a person pictured doing something': ['الوزيرة خلال جولتها في المعرض'],
  'a person pictured at an event': ['الرئيس لدى استقبال الوفد الزائر في القصر'],
  "what the browser shows instead of a video, and a picture's zoom link": ['عذرا، متصفحك لا يدعم تشغيل الفيديو', 'انقر لتكبير الصورة'],
  "a picture's kind alone, and a chart described": ['أرشيفية', 'رسم بياني يوضح تطور الأرقام خلال العام'],
  "a picture's maker after the copyright sign": ['© Getty Images'],
  "a caption over its picture's maker after the copyright sign": ['فرق الإنقاذ تنقل السكان بالقوارب من الأحياء المغمورة', '© Getty Images'],
  "a caption ending with its credit after the copyright sign": ['متطوعون يوزعون المياه على السكان في أحد مراكز الإيواء © رويترز'],
  'a player stopped and replayed': ['إيقاف', 'إعادة التشغيل'],
  "a video's and a gallery's titles under their kinds": ['فيديو: جولة داخل قاعات المعرض الجديد', 'بالصور: لقطات من حفل الافتتاح'],
  "a link to another story under an arrow of a Latin site, and an ad slot's labels": ['→ الحكومة تطلق برنامجا لدعم المزارعين الشباب', 'إعلان Advertisement', 'اقرأ المزيد أدناه'],
  "a caption under a camera's mark, a click to zoom and a follow link": ['📸 عمال يرممون واجهة المبنى القديم', 'انقر على الصورة لتكبيرها', 'غوغل نيوز'],
  "a paywall's offer and the free articles it leaves": ['سجل الدخول لمتابعة القراءة', 'لديك 5 مقالات مجانية متبقية'],
  "a newsletter's label, its promise and its form": ['القائمة البريدية', 'اشترك ليصلك ملخص الأخبار كل مساء', 'بريدك الإلكتروني', 'اشتراك'],
  'a skip link over a list, the list and its end mark': ['تخطى قصص مقترحة وواصل القراءة', 'قصص مقترحة', 'مهرجان للكتاب المستعمل في الساحة القديمة', 'بلدية المدينة تطلق تطبيقا للنقل العام', 'نهاية قصص مقترحة'],
  'captions credited in Arabic spelling, from an account, or by who published the picture': [
    'متظاهرون في الساحة الرئيسية (غيتي)',
    'اللاعب يحتفل بهدفه (من حسابه على إنستغرام)',
    'صورة نشرها الحساب الرسمي للوزارة على منصة إكس',
  ],
  'the story named before the ad it goes on after, and a record number typed on a Persian keyboard': ['القصة تتابع أسفل الإعلان', 'کد خبر: ۶۶۰۲۰'],
  "a pointing hand before another story's headline": ['👈🏽 الحكومة تعلن خطة جديدة للنقل العام'],
  "a Facebook post's credit, and a translation's note": ['Posted by وزارة الصحة on Thursday, December 3, 2026', '(ترجمة خاصة)'],
  "a gallery's label, its counter and the click to see it": ['ألبوم الصور', '1 من 8', 'اضغط على الصورة لمشاهدة الألبوم'],
  "a picture credited with its word alone, a podcast's player and an ad's kind": ['صورة (أ ف ب)', 'استمع إلى البودكاست', 'إعلان تجاري'],
  "a screen reader's words around a list of links": ['list of 2 items', 'list 1 of 2', 'سباق للدراجات الهوائية حول البحيرة الكبرى', 'list 2 of 2', 'المتحف الوطني يمدد ساعات الزيارة في الصيف', 'end of list'],
  'a list and its end word alone': ['قصص مقترحة', 'سباق للدراجات الهوائية حول البحيرة الكبرى', 'المتحف الوطني يمدد ساعات الزيارة في الصيف', 'نهاية'],
  "a live badge and a sponsor's label": ['تغطية مستمرة', 'المحتوى برعاية'],
  "a poll under its label, then the story": ['استطلاع رأي', 'هل تؤيد تمديد ساعات عمل المكتبات العامة؟', 'نعم', 'لا'],
  "a poll's question on its label's line, its answers and its button": ['استطلاع: هل تؤيد تمديد ساعات عمل المكتبات العامة؟', 'نعم', 'لا', 'صوّت'],
  "reaction buttons, a tweet button and a printed issue's note": ['أعجبني', 'لم يعجبني', 'غرّد', 'نشر في العدد 5120'],
};

/** Blocks injected after the story (at the end of the page). */
const AFTER: Record<string, string[]> = {
  'a log-in form and a cookie notice naming the cookies with another verb': ['نسيت كلمة المرور؟', 'ليس لديك حساب؟ سجل الآن', 'يعتمد موقعنا على الكوكيز لتحسين تجربة التصفح'],
  "a related list, each headline with a teaser cut short, one ending with its link": [
    'مقالات مشابهة',
    'قوارب الصيد تعود إلى الميناء بعد العاصفة',
    'عادت عشرات القوارب إلى الميناء الشمالي صباح اليوم بعد يومين من الاحتماء من العاصفة، وسط...',
    'مدرسة القرية تحتفل بتخريج أول دفعة من طلابها',
    'احتفلت مدرسة القرية الجبلية بتخريج أول دفعة من طلابها منذ افتتاحها قبل ستة أعوام... اقرأ المزيد',
  ],
  "other stories' headlines with no label, each with a teaser cut short": [
    'معرض للفخار اليدوي يفتح أبوابه في القرية الجبلية',
    '',
    'يعرض حرفيون من القرية الجبلية أواني الفخار التي صنعوها بأيديهم خلال الشتاء، في معرض...',
    '',
    'فرقة الإنشاد الصوفي تحيي أمسية في القلعة',
    '',
    'أحيت فرقة الإنشاد الصوفي أمسية في ساحة القلعة الأثرية حضرها جمهور كبير من محبي… التفاصيل',
  ],
  'a related list with a label': ['مواضيع قد تهمك', '• افتتاح مكتبة رقمية جديدة في قلب المدينة', '• مسابقة وطنية للروبوتات بمشاركة مئة مدرسة'],
  "other stories' headlines with no label": [
    'مباراة حاسمة بين الفريقين على لقب الدوري المحلي',
    'انخفاض أسعار الذهب في ختام تعاملات الأسبوع',
    'طقس بارد وأمطار متفرقة على المناطق الشمالية',
  ],
  'share with friends': ['شارك هذا الخبر مع أصدقائك'],
  'send to friends': ['أرسل هذا الخبر إلى أصدقائك'],
  "a weather widget's figures": ['الطقس 24° غائم'],
  "other stories' headlines with no label, each with its time under it": [
    'مباراة حاسمة بين الفريقين على لقب الدوري المحلي',
    'منذ ساعتين',
    'انخفاض أسعار الذهب في ختام تعاملات الأسبوع',
    'منذ 3 ساعات',
    'طقس بارد وأمطار متفرقة على المناطق الشمالية',
    'منذ 5 ساعات',
  ],
  "other stories' headlines with no label, each under its section and over its read-more link": [
    'رياضة',
    'المنتخب الأولمبي يواجه نظيره الأردني وديا',
    'اقرأ المزيد',
    'اقتصاد',
    'البنك المركزي يبقي أسعار الفائدة دون تغيير',
    'اقرأ المزيد',
    'ثقافة',
    'مهرجان للمسرح الشبابي ينطلق الأسبوع المقبل',
    'اقرأ المزيد',
  ],
  'an outlet with the wires': ['يورونيوز مع أ ف ب'],
  'a protected-content notice': ['هذا المحتوى محمي بحقوق النشر'],
  'a log-in prompt': ['سجل دخولك لتتمكن من التعليق'],
  "an editor's note that the story was updated": ['ملاحظة المحرر: تم تحديث هذا الخبر'],
  'a list under a label that the reader may want to read': ['قد ترغب أيضا في قراءة', '• افتتاح مكتبة رقمية جديدة في قلب المدينة', '• مسابقة وطنية للروبوتات بمشاركة مئة مدرسة'],
  "a breaking-news ticker's items, figures and all": ['عاجل | ارتفاع حصيلة ضحايا السيول في الجنوب إلى 12 شخصا', 'عاجل: الرئيس يصدر قرارا بتعيين محافظ جديد للبنك المركزي'],
  "a prompt for the reader's opinion, a record's id, an author's biography on the label's line and a read-next link": [
    'شاركونا آراءكم في التعليقات',
    'رقم المنشور: 5521',
    'عن الكاتب: باحث في التاريخ الحديث وله مقالات في الصحف العربية منذ عشرين عاما.',
    'اقرأ الخبر التالي',
    'سباق للدراجات الهوائية على طريق الكورنيش صباح الجمعة',
  ],
  'share buttons in a row, and a channel to join': ['فيسبوك تويتر واتساب تلغرام لينكدإن', 'انضم لقناة الأفق على واتساب'],
  "share via, who built the site, and its telephone": ['شارك المقال عبر:', 'تصميم وتطوير شركة الأفق للبرمجيات', 'هاتف: 0123456789 - فاكس: 0123456780'],
  'a blog share and like widget': ['شارك هذا:', 'فيسبوك', 'X', 'معجب بهذه:', 'إعجاب تحميل...'],
  'a "was this helpful?" box': ['هل كان هذا المقال مفيدا؟', 'نعم', 'لا'],
  'page tools and a show-more link': ['نسخة للطباعة', 'إظهار المزيد'],
  'the wires credited with editors\' initials': ['ع.ش/ ح.ز (أ ف ب، رويترز)'],
  'a list of videos with durations': ['شاهد أيضاً', 'جولة داخل أول مدرسة ذكية في العاصمة', '03:25', 'كيف يستعد الطلاب لامتحانات نهاية العام؟', '02:10'],
  'closed comments': ['التعليقات مغلقة.'],
  'comments closed on this piece': ['أغلق باب التعليق على هذا التقرير'],
  'comments not to be posted': ['التعليق على هذه المادة غير متاح حاليا'],
  'a cookie notice naming cookies by their loanword': ['يستخدم موقعنا الكوكيز لتحسين خدماته'],
  "the site's spare link": ['إذا تعذر فتح الصفحة جربوا الرابط الاحتياطي'],
  "don't forget to share": ['لا تنسوا مشاركة التقرير مع معارفكم'],
  'an empty comment box': ['لا توجد تعليقات بعد', 'كن أول من يعلق'],
  'a comment box with its count and its empty notice': ['تعليقات (0)', 'لا توجد تعليقات على هذا الموضوع بعد', 'أضف تعليقك'],
  'a contact box': ['للاستفسارات الإعلامية:', 'إدارة الاتصال المؤسسي', 'media@site.com'],
  'a disclaimer': ['إخلاء مسؤولية: المعلومات الواردة للاستئناس فقط ولا تعد نصيحة مالية.'],
  'links to other stories under arrows': ['» مباراة حاسمة بين الفريقين على لقب الدوري المحلي', '» انخفاض أسعار الذهب في ختام تعاملات الأسبوع', '» طقس بارد وأمطار متفرقة على المناطق الشمالية'],
  'a feed footer': ['ظهر المقال أولاً على موقع الأفق الإخباري.'],
  'a back-to-top button': ['زر الذهاب إلى الأعلى'],
  "a footer's links": ['عن الجريدة', 'أسرة التحرير', 'شروط الخدمة', 'سياسة الكوكيز', 'اعمل معنا'],
  "a footer's links in a row, and an empty comment box's notices joined": ['لا توجد تعليقات بعد، كن أول من يعلق', 'من نحن - اتصل بنا - أعلن معنا'],
  "the site's sign-off and its channel": ['نتمنى أن يكون المقال قد نال إعجابكم', 'شاركنا برأيك في التعليقات', 'شاهد أيضا على قناتنا في يوتيوب', 'لا تنسوا الاشتراك في القناة وتفعيل الجرس'],
  "readers' comments under their label": [
    'تعليقات الزوار',
    '1 - قارئ من المدينة',
    'هذا القرار جاء متأخرا كثيرا، وكان على المسؤولين أن يتحركوا قبل سنوات حين بدأت المشكلة تظهر في كل الأحياء الشعبية دون استثناء.',
    '2 - متابع',
    'أتفق مع الكاتب في كل ما ذهب إليه، وأتمنى أن تتابع الصحيفة هذا الملف حتى تتحقق الوعود التي أطلقت اليوم أمام الجميع.',
  ],
  'another article with its own header': [
    'ارتفاع صادرات التمور خلال العام الجاري',
    'الأحد 29 نوفمبر 2026 - 09:40',
    'كتب: رنا الحسن',
    'كشفت بيانات رسمية عن ارتفاع صادرات التمور خلال الأشهر العشرة الأولى من العام الجاري.',
    'وبلغت قيمة الصادرات نحو مليار ومئتي مليون ريال، توزعت على أكثر من ستين دولة.',
  ],
  'a note of where the piece was printed': ['نشرت هذه المادة في العدد 4521 من صحيفة الصباح الورقية.'],
  'a most-read list with each rank on its own line': ['الأكثر قراءة', '1', 'سعر الذهب اليوم', '2', 'نتيجة الشهادة الإعدادية'],
  'a video player': ['شاهد الفيديو', '00:00 / 02:15', 'مشاهدة على يوتيوب'],
  'a poll with no label, its answers and its button': ['هل توافق على تمديد ساعات عمل المكتبات العامة؟', 'أوافق', 'لا أوافق', 'لا رأي لي', 'صوت الآن'],
  'boilerplate in another language': ['All content on this website is provided for general information only and does not constitute advice.'],
  'a news-service promotion': ['اشترك الآن في خدمة الأخبار العاجلة عبر الرسائل القصيرة'],
  "the site's requests to its reader": ['أبلغ عن خطأ', 'هل لديك خبر؟ أرسله لنا', 'للإعلان على الموقع اتصل على الرقم 0123456789'],
  'a comment box ordered by its options': ['ترتيب حسب', 'الأقدم', 'الأحدث', 'إضافة تعليق...'],
  'a newsletter box and its promise': ['اشترك في النشرة البريدية', 'احصل على أهم الأخبار في بريدك الإلكتروني كل صباح', 'بريدك الإلكتروني', 'اشترك'],
  'the site disowning what it carries, and a sponsor': ['ملاحظة: هذا الخبر منقول من وسائل إعلام محلية، والموقع غير مسؤول عن صحته.', 'هذا المحتوى مقدم من شركة الأفق للاتصالات'],
  'a contact line': ['للتواصل مع فريق التحرير: news@site.com'],
  "a wire's notice to subscribers": ['** يعرض الموقع جزءا من الأخبار التي تقدم للمشتركين في خدمة الوكالة بشكل مختصر. للاشتراك يرجى التواصل معنا.'],
  "a machine's part in the page, and a print edition's jump": ['تم إنشاء هذا الملخص بواسطة الذكاء الاصطناعي وراجعه فريق التحرير', 'ترجمة آلية', 'التتمة ص 3'],
  'notifications and a log-in prompt': ['اضغط على الجرس لتصلك الإشعارات', 'قم بتسجيل الدخول للتعليق'],
  'share buttons naming their platforms, and tips asked for': ['انشر على فيسبوك', 'غرد على تويتر', 'هل لديك صور أو معلومات عن الحادث؟ أرسلها لنا عبر واتساب'],
  "a wire's editors' initials and its slug": ['ع ع', 'كونا 1532 جمت 03/12/2026'],
  "other stories' headlines with a teaser each, with no label": [
    'المنتخب الأولمبي يواجه نظيره الأردني وديا الثلاثاء',
    'يخوض المنتخب الأولمبي مباراة ودية أمام نظيره الأردني يوم الثلاثاء المقبل ضمن استعداداته للتصفيات.',
    'نادي الشباب يعلن التعاقد مع مدرب برتغالي',
    'أعلن نادي الشباب التعاقد مع المدرب البرتغالي لقيادة الفريق الأول حتى نهاية الموسم المقبل.',
    'سعر الأرز يتراجع في أسواق الجملة',
    'تراجع سعر الأرز في أسواق الجملة للأسبوع الثاني على التوالي بسبب وفرة المعروض.',
  ],
  "a menu's name for the top stories over two of them": ['أهم الأخبار', 'مهرجان للأفلام القصيرة يستقبل مشاركات الهواة', 'حملة لتشجير ساحات المدارس في الأحياء القديمة'],
  'a related list whose items carry their time and a teaser cut short': [
    'أخبار ذات صلة',
    'إغلاق جزئي لشارع الجامعة لأعمال الصيانة',
    'منذ ساعتين',
    'تغلق إدارة المرور جزءا من شارع الجامعة ابتداء من الليلة لمدة أسبوع لإجراء أعمال صيانة للأرصفة...',
    '',
    'تخفيض رسوم مواقف السيارات في وسط المدينة',
    'منذ 4 ساعات',
    'قررت البلدية تخفيض رسوم مواقف السيارات في وسط المدينة بنسبة الربع طوال أيام العطلة الأسبوعية...',
  ],
  "readers' comments under their count": ['3 تعليقات', 'سارة', 'منذ ساعتين', 'أخيرا تحرك المسؤولون بعد سنوات من الشكاوى المتكررة من السكان والتجار.', 'أعجبني (12)', 'رد'],
  "readers' comments with their dates": ['التعليقات (2)', 'سامي يوسف', 'منذ ساعة', 'هذا القرار جاء متأخرا كثيرا وكان على المسؤولين أن يتحركوا قبل سنوات.', 'رد'],
};

interface Page {
  slug: string;
  lines: string[];
  article: Article;
  /** Index (0-based) of the headline, of the first two story paragraphs, and of the last non-blank line. */
  title: number;
  first: number;
  second: number;
}

/** Fixtures with a headline above a story of two paragraphs or more, read once. */
function pages(): Page[] {
  const out: Page[] = [];
  for (const slug of fixtureSlugs()) {
    if (slug === 'encoding-twin') continue;
    const text = fixtureBytes(slug).toString('utf8').replace(/^\ufeff/, '');
    const r = parser.parseBytes(Buffer.from(text), slug);
    if (!r.ok) continue;
    const { article, lines } = r.analysis;
    const title = lines.findIndex((l) => l.type === 'title');
    const paragraphs = lines.filter((l) => l.rule === 'paragraph').map((l) => l.n - 1);
    if (title < 0 || paragraphs.length < 2 || paragraphs[0]! < title) continue;
    out.push({ slug, lines: text.split(/\r\n|\r|\n/), article, title, first: paragraphs[0]!, second: paragraphs[1]! });
  }
  return out;
}

const PAGES = pages();

// Pages whose only sign that the first paragraph is the story's lede, not the teaser of a box's item above
// it, is the paragraph right under it (it speaks of what the lede speaks of): a block put between the two
// hides that sign, whatever the block.
const LEDE_SHOWN_BELOW = new Set(['list-item-lede-story-goes-on', 'ticker-over-headline-touching-story', 'headline-and-deck-under-most-read-list']);

function parse(lines: string[]): Article {
  return parser.parse(lines.join('\n'));
}

/** No injected line may be a body line. */
function expectNoneInBody(a: Article, block: string[]): void {
  for (const l of block) expect(a.body, l).not.toContain(l);
}

describe('chrome injected into a page leaves its story alone', () => {
  it('has pages to inject into', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(Object.entries(HEADER))('at the top of the page: %s', (_name, block) => {
    it.each(PAGES.map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
      const lines = [...block, '', ...p.lines];
      const a = parse(lines);
      expect(a.body).toEqual(p.article.body);
      expect(a.title).toBe(p.article.title);
      expectNoneInBody(a, block);
    });
  });

  describe.each(Object.entries(BETWEEN))('between two paragraphs: %s', (_name, block) => {
    it.each(PAGES.filter((p) => p.second > p.first && !LEDE_SHOWN_BELOW.has(p.slug)).map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
      const lines = [...p.lines.slice(0, p.first + 1), '', ...block, '', ...p.lines.slice(p.first + 1)];
      const a = parse(lines);
      expect(a.body).toEqual(p.article.body);
      expectNoneInBody(a, block);
    });
  });

  describe('a pull quote repeating a run of the paragraph above it', () => {
    it.each(PAGES.filter((p) => p.second > p.first && !LEDE_SHOWN_BELOW.has(p.slug) && p.lines[p.first]!.trim().split(/\s+/).length >= 12).map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
      const quote = `«${p.lines[p.first]!.trim().split(/\s+/).slice(2, 9).join(' ')}»`;
      const lines = [...p.lines.slice(0, p.first + 1), quote, ...p.lines.slice(p.first + 1)];
      const a = parse(lines);
      expect(a.body).toEqual(p.article.body);
      expect(a.body).not.toContain(quote);
    });
  });

  describe('a caption credited to the site that a masthead at the top names', () => {
    const caption = 'جانب من الحدث في موقعه صباح اليوم (الأفق)';
    it.each(PAGES.filter((p) => p.second > p.first).map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
      const lines = ['صحيفة الأفق', '', ...p.lines.slice(0, p.first + 1), caption, ...p.lines.slice(p.first + 1)];
      const a = parse(lines);
      expect(a.body).toEqual(p.article.body);
      expect(a.body).not.toContain(caption);
    });
  });

  describe.each(Object.entries(AFTER))('after the story: %s', (_name, block) => {
    it.each(PAGES.map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
      const lines = [...p.lines, '', ...block];
      const a = parse(lines);
      expect(a.body).toEqual(p.article.body);
      expectNoneInBody(a, block);
    });
  });
});

/**
 * The first paragraph, broken the way link-saving scrapers break it: before a
 * comma, after a preposition, and around a short piece.
 */
function breakAtLinks(paragraph: string): string[] | null {
  const comma = paragraph.indexOf('، ');
  const words = paragraph.split(' ');
  const prep = words.findIndex((w, k) => k > 2 && k < words.length - 3 && ['في', 'من', 'على', 'إلى'].includes(w));
  if (comma < 0 || prep < 0) return null;
  const head = words.slice(0, prep + 1).join(' ');
  if (head.includes('،')) return null;
  const rest = words.slice(prep + 1);
  // `... في` / `WORD` / `rest up to the comma` / `، rest`
  const tail = rest.slice(1).join(' ');
  const at = tail.indexOf('، ');
  if (at < 0) return null;
  return [head, rest[0]!, tail.slice(0, at), tail.slice(at)];
}

describe('a story paragraph broken at every link comes back whole', () => {
  const broken = PAGES.map((p) => ({ p, pieces: breakAtLinks(p.lines[p.first]!.trim()) })).filter((x) => x.pieces !== null);

  it('has paragraphs to break', () => {
    expect(broken.length).toBeGreaterThanOrEqual(10);
  });

  it.each(broken.map((x) => [x.p.slug, x] as const))('%s', (_slug, { p, pieces }) => {
    const lines = [...p.lines.slice(0, p.first), ...pieces!, ...p.lines.slice(p.first + 1)];
    const a = parse(lines);
    expect(a.body).toEqual(p.article.body);
  });
});

/**
 * A paragraph cut at links whose texts run long (a name, a title): pieces of the text between links and of the
 * links' texts in turn, their lengths taken in order from `sizes`. Null for a paragraph too short to cut.
 */
function breakAtLongLinks(paragraph: string, sizes: readonly number[]): string[] | null {
  const words = paragraph.split(' ');
  if (words.length < 12) return null;
  const pieces: string[] = [];
  for (let at = 0, k = 0; at < words.length; k++) {
    const n = sizes[k % sizes.length]!;
    pieces.push(words.slice(at, at + n).join(' '));
    at += n;
  }
  return pieces;
}

describe('a first paragraph cut at long links', () => {
  // (Text between links and a link's text in turn: a link as long as five words, `وزير الخارجية السعودي الأمير فيصل`.)
  const patterns = [[1, 6, 5, 4, 2, 7, 3], [5, 2, 6, 5, 1, 4], [4, 5, 6, 3, 7]];
  const cases = PAGES.flatMap((p) => patterns.map((sizes) => ({ p, pieces: breakAtLongLinks(p.lines[p.first]!.trim(), sizes) }))).filter((x) => x.pieces !== null);

  // Joined or line by line, every word of the story must reach the body, in order. Cut so under every header these
  // pages have, the paragraph is hardest to tell from a deck right under a headline with no date: 472 of 1,461
  // pages lose a piece today (972 of 1,138 did before runs went on past long pieces and page furniture; the short
  // headlines over a widget's box or the page's tools and an author's name lose theirs, as before their rules).
  it('loses no word of the story on 67.5% of the pages at least, every header the fixtures have', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const losing = cases.filter(({ p, pieces }) => parse([...p.lines.slice(0, p.first), ...pieces!, ...p.lines.slice(p.first + 1)]).body.join(' ') !== p.article.body.join(' '));
    expect(losing.length / cases.length).toBeLessThanOrEqual(0.325);
  });
});

describe('pages composed at random from the families of page furniture (scripts/layouts.mjs)', () => {
  it.each([
    ['keep their headline and story, no furniture line in it, on 99% of 1,000 pages at least', [], 10],
    ['with lists of other stories after the story (--lists), keep the story and every headline of the list on 98.5% at least', ['--lists'], 15],
    ['with such a list between the first two paragraphs (--lists --mid), keep the story and the headlines on 98% at least', ['--lists', '--mid'], 20],
    // (The hardest layout: an article's paragraph sharing no word with it is left to the story. 24 today; the sample
    // follows the fixtures, whose stories it composes.)
    ['with other stories printed whole after the story (--embedded), keep the story and each article on 97% at least', ['--embedded'], 30],
  ] as const)('%s', (_what, mode, most) => {
    const script = fileURLToPath(new URL('../scripts/layouts.mjs', import.meta.url));
    const out = execFileSync(process.execPath, [script, ...mode, '--pages', '1000', '--seed', '1'], { encoding: 'utf8' });
    const m = /all pages\s+(\d+) \/ (\d+)/u.exec(out);
    expect(m, out).not.toBeNull();
    expect(Number(m![2])).toBe(1000);
    expect(Number(m![1]), out).toBeLessThanOrEqual(most);
  });
});
