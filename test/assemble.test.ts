/** The assembler's header decisions: which line is the headline. */
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';
import { findBullet } from '../src/segment/lines.js';

const parser = new Parser();
const PARAGRAPH = 'أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة للعام المقبل، بعجز يقل عن التوقعات السابقة بنحو نقطة مئوية، بفضل تحسن الإيرادات.';
/** A headline and its first paragraph, for the list layouts below. */
const PARK_STORY = ['المدينة تفتتح حديقة عامة على ضفة النهر', 'افتتح رئيس البلدية اليوم حديقة عامة جديدة على ضفة النهر، تمتد على مساحة عشرين دونما وتضم ممرات للمشاة والدراجات.'] as const;
/** A paragraph of that story going on under a read-also headline and a short line (`sub`): the body the list layouts below expect. */
const PARK_MORE = 'وتضم الحديقة ملاعب للأطفال ومقاعد مظللة، إضافة إلى مسار مخصص لكبار السن على طول الضفة.';
function storyUnderReadAlsoItem(item: string, sub: string): string[] {
  return parser.parse([...PARK_STORY, 'اقرأ أيضا', '', item, '', sub, '', PARK_MORE].join('\n')).body;
}

describe('the headline', () => {
  it("is a label's one headline over the author's bare name and description, when the first paragraph speaks of it", () => {
    const headline = 'جمعية الصيادين تطالب بتعويض عن موسم الأمطار';
    const lead = 'طالبت جمعية الصيادين في المدينة الساحلية بتعويض أعضائها عن موسم كامل خسروه بسبب الأمطار والعواصف.';
    const page = parser.parse(['آخر الأخبار', headline, 'شارك المقال:', 'ريم سعيد', 'صحفية وباحثة في شؤون البيئة', 'A A', lead, PARAGRAPH].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.related).toEqual([]);
    // The name over the description, the share bar between the headline and the name aside: the byline.
    expect(page.byline).toBe('ريم سعيد');
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });

  it('passes over a list of other stories above it when the headline has its date under it', () => {
    const text = [
      'ارتفاع حصيلة ضحايا الزلزال إلى 120 قتيلا',
      'البنك المركزي يثبت أسعار الفائدة للمرة الثالثة',
      'منتخب الشباب يتأهل إلى نهائي البطولة العربية',
      '',
      'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات',
      'السبت 18 مايو 2024',
      '',
      PARAGRAPH,
    ].join('\n');
    expect(parser.parse(text).title).toBe('الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات');
  });

  it('is the line dated in its own words over the page\'s date, not a slogan right above it', () => {
    const headline = 'أسعار الذهب اليوم الخميس 3 يونيو 2032';
    const text = ['تطبيق الواحة', 'لرؤية أوضح للأحداث', '', headline, 'الخميس 3 يونيو 2032 09:15 ص', '', PARAGRAPH].join('\n');
    const a = parser.parse(text);
    expect(a.title).toBe(headline);
    expect(a.dates.published?.iso).toBe('2032-06-03T09:15');
    // With no line dated in its words under it, a short line over the page's date is still the headline.
    expect(parser.parse(['تطبيق الواحة', 'لرؤية أوضح للأحداث', 'الخميس 3 يونيو 2032 09:15 ص', '', PARAGRAPH].join('\n')).title).toBe('لرؤية أوضح للأحداث');
  });

  it('is the headline with commas between its clauses under another story\'s teaser, its byline under it', () => {
    const teaser = 'سجل فريق الشباب فوزا ثمينا على ضيفه بهدفين دون رد في المباراة التي جمعتهما مساء أمس ضمن الجولة الخامسة من الدوري الممتاز، ليرتقي إلى المركز الثالث.';
    const headline = 'بعد غياب دام عشرين عاما، فرقة المسرح القومي تعود إلى جمهورها بعرض جديد';
    const story = ['تعود فرقة المسرح القومي إلى خشبة المسرح الكبير الأسبوع المقبل بعرض جديد يستلهم حكايات من التراث الشعبي.', 'وقال مخرج العرض إن التحضيرات استمرت ثمانية أشهر بمشاركة أربعين ممثلا.'];
    const a = parser.parse([teaser, headline, 'بقلم: هالة منصور', '', ...story].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual(story);
    // Two paragraphs of one subject over the byline are the story's, the second no headline.
    const same = ['وقعت الحكومة اتفاقية مع البنك الدولي لتمويل مشروعات الطاقة المتجددة في المحافظات الجنوبية بقيمة مليار دولار.', 'بعد مفاوضات طويلة، تمويل مشروعات الطاقة الشمسية وطاقة الرياح في المحافظات الجنوبية خلال السنوات الخمس المقبلة'];
    const b = parser.parse([...same, 'بقلم: هالة منصور', story[1]].join('\n'));
    expect(b.body).toEqual([...same, story[1]]);
  });

  it('keeps a paragraph above the line a byline makes the headline when no story follows', () => {
    const lead = 'وقعت الحكومة اتفاقية مع البنك الدولي لتمويل مشروعات الطاقة المتجددة في المحافظات الجنوبية بقيمة مليار دولار.';
    const a = parser.parse([lead, 'وتشمل الاتفاقية تمويل مشروعات الطاقة الشمسية وطاقة الرياح في المحافظات الجنوبية خلال السنوات الخمس المقبلة', 'بقلم: هالة منصور'].join('\n'));
    expect(a.body).toEqual([lead]);
  });

  it('keeps a headline and its decks together when nothing marks a later line as the headline', () => {
    const text = [
      'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات',
      'الموازنة الجديدة تركز على الإنفاق الاجتماعي ودعم الإنتاج',
      'وزير المالية يتعهد بخفض الدين العام خلال ثلاث سنوات',
      '',
      'وزير المالية خلال المؤتمر الصحفي في العاصمة اليوم',
      '',
      PARAGRAPH,
    ].join('\n');
    expect(parser.parse(text).title).toBe('الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات');
  });

  it('takes the short headline under a long overline, but not a name under a long headline', () => {
    const overline = [
      'أدت اليمين أمام البرلمان وتعهدت بمواصلة الإصلاحات الاقتصادية وحماية الحريات العامة',
      'رئيسة الوزراء الجديدة تتسلم مهامها رسميا',
      '',
      PARAGRAPH,
    ].join('\n');
    expect(parser.parse(overline).title).toBe('رئيسة الوزراء الجديدة تتسلم مهامها رسميا');
    const name = [
      'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات بفضل تحسن الإيرادات الضريبية',
      'محمد عبد الله السيد',
      '',
      PARAGRAPH,
    ].join('\n');
    expect(parser.parse(name).title).toBe('الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات بفضل تحسن الإيرادات الضريبية');
  });

  it("takes the bare headline over the page's title with the site's name, in either order", () => {
    const headline = 'ارتفاع أسعار الذهب في الأسواق المحلية';
    const pageTitle = `${headline} | موقع الأخبار اليومية`;
    for (const lines of [[pageTitle, '', headline], [headline, '', pageTitle]]) {
      const article = parser.parse([...lines, '', PARAGRAPH].join('\n'));
      expect(article.title).toBe(headline);
      expect(article.boilerplate).toContain(pageTitle);
      expect(article.body).toEqual([PARAGRAPH]);
    }
    // Or after the story, as some scrapers append the headline.
    const appended = parser.parse([pageTitle, '', PARAGRAPH, '', headline].join('\n'));
    expect(appended.title).toBe(headline);
    expect(appended.body).toEqual([PARAGRAPH]);
    // A section label is not the headline of a title that starts with it.
    expect(parser.parse(['مصر', '', 'مصر - السودان: اتفاق على تقاسم المياه', '', PARAGRAPH].join('\n')).title).toBe('مصر - السودان: اتفاق على تقاسم المياه');
  });

  it('takes a headline appended after the story when the header has none, but not the last line of a price list', () => {
    const appended = [PARAGRAPH, '', 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات'].join('\n');
    expect(parser.parse(appended).title).toBe('الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات');
    const prices = [PARAGRAPH, '', 'عيار 21', '', '6950 جنيها للبيع', '', 'سعر الجنيه الذهب اليوم في الأسواق المحلية'].join('\n');
    expect(parser.parse(prices).title).toBeNull();
  });
});

describe('a headline in two parts opening like a kicker, over a deck', () => {
  const deck = 'الموازنة الجديدة تخصص ربع الإنفاق للتعليم والصحة والنقل العام';
  const page = (top: string) => parser.parse([top, '', deck, '', PARAGRAPH].join('\n'));

  it('is the headline: a kicker is one phrase, not a phrase and a clause after two dots', () => {
    const headline = 'بعد أشهر من النقاش.. الحكومة تقر موازنة العام المقبل';
    expect(page(headline).title).toBe(headline);
    expect(page('بعد أشهر من النقاش… الحكومة تقر موازنة العام المقبل').title).toBe('بعد أشهر من النقاش… الحكومة تقر موازنة العام المقبل');
  });

  it('stays a kicker as one phrase, or trailing off with its dots', () => {
    expect(page('بعد أشهر من النقاش الطويل في البرلمان').title).toBe(deck);
    expect(page('بعد أشهر من النقاش الطويل..').title).toBe(deck);
  });
});

describe('a quotation over the headline', () => {
  const headline = 'عمال الميناء يضربون عن العمل للمطالبة بزيادة الأجور';
  const lead = 'أضرب مئات من عمال الميناء عن العمل صباح اليوم للمطالبة بزيادة الأجور وتحسين شروط السلامة في الأرصفة.';
  const said = 'وقال أحد العمال: "لن نعود إلى الأرصفة قبل أن تسمعنا الإدارة"، مضيفا أن الأجور لم ترتفع منذ خمس سنوات.';
  const page = (quote: string) => parser.parse([quote, '', headline, '', lead, '', said].join('\n'));

  it('is the kicker when the story speaks its words, in its first paragraphs if not its first', () => {
    for (const quote of ['"لن نعود إلى الأرصفة"', '«لن نعود إلى الأرصفة قبل أن تسمعنا الإدارة»']) {
      const article = page(quote);
      expect(article.title, quote).toBe(headline);
      expect(article.body, quote).toEqual([quote, lead, said]);
    }
  });

  it("is no story when the story never speaks its words: a site's slogan in quotes", () => {
    const article = page('"صوت الناس منذ عام ألفين"');
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([lead, said]);
  });
});

describe('a short headline with nothing under it but the story', () => {
  const story = ['نعيش زمنا يقدس السرعة في كل شيء، حتى صار البطء تهمة نخجل منها، مع أن أجمل ما في الحياة لا يأتي على عجل.', 'فالخبز الجيد يحتاج إلى ساعات من التخمير، والصداقة الحقيقية تحتاج إلى سنوات طويلة.'];

  it('is the headline when the first paragraph speaks of it, under a section label or alone', () => {
    expect(parser.parse(['مديح البطء', '', ...story].join('\n')).title).toBe('مديح البطء');
    expect(parser.parse(['مقالات الرأي', 'مديح البطء', '', ...story].join('\n')).title).toBe('مديح البطء');
  });

  it("is the headline under a breaking-news item the story does not speak of, and over the page's source line", () => {
    for (const over of [['عاجل: انقطاع الكهرباء عن ثلاث محافظات بسبب عطل فني'], ['عاجل', 'انقطاع الكهرباء عن ثلاث محافظات بسبب عطل فني'], []]) {
      const page = parser.parse([...over, '', 'مديح البطء', '', 'المصدر: وكالات', '', ...story].join('\n'));
      expect(page.title, over[0]).toBe('مديح البطء');
      expect(page.body, over[0]).toEqual(story);
    }
    // A breaking item the story speaks of is the page's own headline.
    const own = parser.parse(['عاجل: البطء ليس تهمة نخجل منها', '', ...story].join('\n'));
    expect(own.title).toBe('عاجل: البطء ليس تهمة نخجل منها');
  });

  it("is the headline over the author's name glued to the date, before or after it, which is no headline then", () => {
    for (const named of ['سامر يوسف 06 ديسمبر 2026', '06 ديسمبر 2026 سامر يوسف']) {
      for (const between of [[], ['قرأه 120 قارئ'], ['(وكالات)']]) {
        const page = parser.parse(['مديح البطء', '', ...between, named, '', ...story].join('\n'));
        expect(page.title, named).toBe('مديح البطء');
        expect(page.body, named).toEqual(story);
      }
    }
    // Under an empty tag box too: the page's tools between the headline and its date do not make it a tag.
    const winter = ['يمر الشتاء هذا العام على القرى الشرقية بلا مطر يذكر، فتجف السواقي قبل أوانها ويقف الفلاحون على أطراف حقولهم ينتظرون غيمة لا تأتي.', 'ويقول كبار السن إنهم لم يعرفوا شتاء بهذا الجفاف منذ عقود.'];
    const boxed = parser.parse(['الكلمات المفتاحية', '', 'مجلة الأفق الثقافية', '', 'شتاء بلا مطر', '', 'قرأه 120 قارئ', '', 'سامر يوسف 06 ديسمبر 2026', '', ...winter.flatMap((p) => [p, ''])].join('\n'));
    expect(boxed.title).toBe('شتاء بلا مطر');
    expect(boxed.tags).toEqual([]);
    // With no headline above it, a line the story does not speak of, the name and its date stay the page's only headline.
    expect(parser.parse(['سامر يوسف 06 ديسمبر 2026', '', ...story].join('\n')).title).toBe('سامر يوسف 06 ديسمبر 2026');
  });

  it("is the headline under the paper's masthead and the day's date, which the story does not speak of", () => {
    for (const masthead of ['صحيفة المدار الإلكترونية', 'شبكة المدار الإخبارية', 'المدار نيوز']) {
      const page = parser.parse([masthead, 'الأحد 6 ديسمبر 2026', '', 'مديح البطء', '', ...story].join('\n'));
      expect(page.title, masthead).toBe('مديح البطء');
      expect(page.body, masthead).toEqual(story);
    }
  });

  it("is not a line the story does not speak of, a section's or the site's name, a place's dateline or an author's name", () => {
    for (const line of ['ذاكرة المدن', 'أخبار السرعة', 'منوعات وفنون', 'بوابة السرعة', 'دبي: سلمى يوسف', 'الحياة (الأفق)', 'السرعة نيوز']) {
      const page = parser.parse([line, '', ...story].join('\n'));
      expect(page.title, line).toBeNull();
      expect(page.body, line).toEqual(story);
    }
  });

  it('is the headline over share buttons or a dateline on its own line, and when it asks', () => {
    for (const between of [['شارك', 'فيسبوك', 'تويتر'], ['طباعة', 'حجم الخط'], ['لندن - الأفق:'], ['استمع إلى المقال', 'بقلم: نادية الخطيب'], ['حجم الخط', 'الأحد 6 ديسمبر 2026']]) {
      const page = parser.parse(['مديح البطء', '', ...between, '', ...story].join('\n'));
      expect(page.title, between.join(' ')).toBe('مديح البطء');
      expect(page.body, between.join(' ')).toEqual(story);
    }
    expect(parser.parse(['لماذا البطء؟', '', ...story].join('\n')).title).toBe('لماذا البطء؟');
    // Over a line that is no furniture, it is not the line right above the story.
    expect(parser.parse(['مديح البطء', '', 'تأملات في زمن مستعجل', '', ...story].join('\n')).title).not.toBe('مديح البطء');
  });

  it('is the line printed again under its photo caption, not the longer kicker above it', () => {
    const heading = 'القرية تفتتح مدرستها الأولى';
    const kicker = 'ملف التعليم في الأرياف البعيدة';
    const caption = 'تلاميذ يدخلون الصف في يومهم الأول (رويترز)';
    const school = ['افتتحت القرية صباح اليوم مدرستها الأولى بحضور الأهالي، بعد سنوات كان التلاميذ يقطعون فيها عشرة كيلومترات إلى أقرب مدرسة.', 'وتضم المدرسة ستة صفوف ومكتبة صغيرة وملعبا.'];
    const page = parser.parse([kicker, heading, caption, heading, 'شارك', '', ...school].join('\n'));
    expect(page.title).toBe(heading);
    // (The kicker stays with the story, as a kicker over a headline printed once does.)
    expect(page.body).toEqual([kicker, ...school]);
    // Printed once, it is the headline as well: its copy must not cost it the title.
    expect(parser.parse([kicker, heading, caption, 'شارك', '', ...school].join('\n')).title).toBe(heading);
  });
});

describe("the author's bare name over the page's date, under a deck read as the first paragraph", () => {
  const headline = 'لماذا ترتفع أسعار الذهب رغم تراجع التضخم؟';
  const deck = 'يتساءل كثير من المستثمرين عن سر الارتفاع المتواصل في أسعار الذهب في وقت بدأت فيه معدلات التضخم بالتراجع في معظم الاقتصادات الكبرى';
  const story = [
    'يواصل الذهب تسجيل مستويات قياسية جديدة، رغم أن البنوك المركزية بدأت خفض أسعار الفائدة مع تراجع التضخم.',
    'ويعزو محللون هذا الارتفاع إلى مشتريات البنوك المركزية في الاقتصادات الناشئة.',
  ];

  it('is the byline, not a line of the story', () => {
    for (const over of [deck, deck.replace('الذهب في', 'الذهب، في')]) {
      const page = parser.parse([headline, over, 'محمد العلي', '07 ديسمبر 2026', ...story].join('\n'));
      expect(page.byline, over).toBe('محمد العلي');
      expect(page.body, over).toEqual([over, ...story]);
    }
    // A date's label over it is no name.
    expect(parser.parse([headline, deck, 'تاريخ النشر', '07 ديسمبر 2026', ...story].join('\n')).byline).toBeNull();
  });

  it("is the story's own line further down, or when a sentence's words make it no name", () => {
    // Two paragraphs in, a short line over a date is the story's (a timeline's step).
    const later = parser.parse([headline, deck, ...story, 'المرحلة الثانية', '07 ديسمبر 2026', 'وتبدأ المرحلة الثانية من الخطة مطلع العام.'].join('\n'));
    expect(later.body).toContain('المرحلة الثانية');
    expect(parser.parse([headline, deck, 'في الأسواق', '07 ديسمبر 2026', ...story].join('\n')).byline).not.toBe('في الأسواق');
  });
});

describe('a first paragraph cut at links right under the headline, with no date or byline between', () => {
  const headline = 'مهرجان الزيتون السنوي يستقبل آلاف الزوار في يومه الأول';
  const rest = ['وقال المحافظ في كلمة الافتتاح إن المهرجان أصبح موعدا ينتظره المزارعون كل عام لتسويق إنتاجهم.', 'ويستمر المهرجان خمسة أيام، تقام خلالها ورش لتعليم طرق العصر التقليدية.'];
  const pieces = ['افتتح محافظ المدينة مساء أمس', 'مهرجان الزيتون السنوي في ساحة البلدية،', 'بمشاركة أكثر من مئة مزارع', 'وعشرات الجمعيات التعاونية التي عرضت', 'منتجاتها من الزيت', 'والصابون والمخللات.'];

  it('keeps every piece in the story: ending in mid-sentence, ending the sentence under a cut, or with no mark over a piece', () => {
    const body = parser.parse([headline, ...pieces, ...rest].join('\n')).body.join(' ');
    for (const p of [...pieces, ...rest]) expect(body).toContain(p);
  });

  it("keeps every piece in the story past a column's author box under the headline (the author's bare name and role), under a list's label too", () => {
    const cut = ['في', 'المدن الكبيرة لا ينتهي النهار عند', 'الغروب، بل يبدأ نهار آخر', 'تصنعه المقاهي والأسواق الليلية', 'ومحطات القطارات', 'التي لا تهدأ.'];
    for (const box of [[], ['سامي الخوري', '', 'كاتب وباحث في شؤون العمران العربي', '']]) {
      const page = ['آخر الأخبار', '', 'في مديح السهر الطويل', '', ...box, ...cut, '', ...rest].join('\n');
      const article = parser.parse(page);
      expect(article.body[0], `${box.length}`).toBe(cut.join(' '));
      expect(article.related).toEqual([]);
    }
  });

  it("leaves a caption or a section's name over the first paragraph out of the story", () => {
    for (const line of ['جانب من حفل الافتتاح', 'أخبار المحافظات']) {
      const a = parser.parse([headline, line, 'افتتح محافظ المدينة مساء أمس مهرجان الزيتون السنوي في ساحة البلدية بمشاركة أكثر من مئة مزارع.', ...rest].join('\n'));
      expect(a.body, line).not.toContain(line);
    }
  });
});

describe("a blog theme's posted-by line under the story", () => {
  it('is the byline, not a short line of the story', () => {
    for (const name of ['فريق التحرير', 'سامي يوسف']) {
      const a = parser.parse(['البلدية تفتتح حديقة عامة جديدة في الحي الشرقي', PARAGRAPH, `تم النشر بواسطة ${name}`].join('\n'));
      expect(a.body, name).toEqual([PARAGRAPH]);
      expect(a.byline, name).toBe(name);
    }
  });
});

describe("the author's bare name under the page's date, over the headline", () => {
  const headline = 'ارتفاع صادرات الموالح بنسبة كبيرة خلال موسم الشتاء';
  const story = ['قالت وزارة الزراعة إن صادرات الموالح ارتفعت منذ بداية موسم التصدير الحالي، مقارنة بالفترة نفسها من الموسم الماضي.'];

  it('is the byline when it opens with a given name', () => {
    const page = parser.parse(['بوابة الأفق', '7-12-2026 | 16:45', 'ياسمين عبد الحميد', '', headline, '', ...story].join('\n'));
    expect(page.byline).toBe('ياسمين عبد الحميد');
    expect(page.title).toBe(headline);
  });

  it("is no byline when no given name opens it: a section's name or a slogan stands there too", () => {
    for (const line of ['أخبار الزراعة', 'صوت المزارعين']) {
      expect(parser.parse(['بوابة الأفق', '7-12-2026 | 16:45', line, '', headline, '', ...story].join('\n')).byline, line).toBeNull();
    }
  });
});

describe('a byline after an outlet and a dash, in any profile', () => {
  it("is the name alone in every profile's text (cut at its dash)", () => {
    const page = ['العربية.نت - محمد الشامي', 'عنوان الخبر عن افتتاح المعرض الدولي للكتاب', 'افتتح وزير الثقافة اليوم معرض الكتاب الدولي بمشاركة أربعمئة دار نشر من ثلاثين بلدا.'].join('\n');
    for (const normalize of ['clean', 'search', 'none'] as const) expect(new Parser({ normalize }).parse(page).byline, normalize).toBe('محمد الشامي');
  });
});

describe('the headline with its deck under it, the date under the deck', () => {
  const headline = 'المجلس البلدي يقر خطة لتوسيع شبكة النقل العام في المدينة';
  const deck = 'اثنا عشر خطا إضافيا تربط الضواحي بوسط العاصمة قبل نهاية العقد';
  const story = ['أقر المجلس البلدي في جلسته الأسبوعية خطة لتوسيع شبكة النقل العام في المدينة، بكلفة تتجاوز مئة مليون دينار.', 'وقال رئيس المجلس إن الخطة ستنفذ على مراحل خلال ثلاث سنوات.'];
  const others = ['ارتفاع أسعار الوقود للمرة الثالثة هذا العام', 'افتتاح معرض الكتاب الدولي بمشاركة 40 دولة'];

  it("is the headline under a list of other stories' headlines, which keeps its own", () => {
    const page = parser.parse(['آخر الأخبار', ...others, headline, deck, 'الأحد 6 ديسمبر 2026', ...story].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([deck, ...story]);
    expect(page.related.map((s) => s.items.map((i) => i.headline))).toEqual([others]);
  });

  it('is the headline under a breaking label, when the story speaks of it clearly more than of the deck', () => {
    const page = parser.parse(['عاجل', headline, deck, 'الأحد 6 ديسمبر 2026', ...story].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([deck, ...story]);
    // Another story's news under the label yields to the line with the date under it.
    expect(parser.parse(['عاجل', others[0], headline, 'الأحد 6 ديسمبر 2026', ...story].join('\n')).title).toBe(headline);
  });
});

describe('a story saved a sentence a line', () => {
  const headline = 'الفريق الأول يهزم ضيفه ويتصدر الترتيب';
  const opening = ['فاز الفريق الأول على ضيفه.', 'بثلاثة أهداف دون رد.', 'في مباراة الجولة الخامسة.'];
  const rest = 'وسجل أهداف المباراة كل من سامر ورامي وخالد في الشوط الثاني.';

  it('keeps its short opening sentences under the headline, down to the first paragraph', () => {
    const page = parser.parse([headline, 'الأحد 6 ديسمبر 2026', ...opening, rest].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([...opening, rest]);
  });

  it('does not take one short line over the story, nor lines that do not end a sentence', () => {
    // One line ending in a full stop under the headline may be a caption: alone, it is no run.
    expect(parser.parse([headline, 'الأحد 6 ديسمبر 2026', 'اللاعبون يحتفلون بالفوز.', rest].join('\n')).body).toEqual([rest]);
    // Short lines without a full stop are no sentences.
    expect(parser.parse([headline, 'الأحد 6 ديسمبر 2026', '', 'الدوري الممتاز', '', 'الجولة الخامسة', '', rest].join('\n')).body).toEqual([rest]);
  });
});

describe("an office's name at the top of its statement", () => {
  const headline = 'مجلس الوزراء يصادق على مشروع قانون المالية للعام المقبل';
  const lead = 'صادق مجلس الوزراء في اجتماعه الأسبوعي على مشروع قانون المالية للعام المقبل، الذي يتضمن زيادة في ميزانية التعليم والصحة.';

  it('yields the headline to the line the story starts under, a section or a label between them', () => {
    for (const office of ['المكتب الإعلامي لوزارة المالية', 'وزارة المالية', 'بيان صحفي']) {
      for (const between of [['وطني'], ['اقرأ أيضا']]) {
        const page = parser.parse([office, '', ...between, '', headline, 'الجزائر - الأفق', lead].join('\n'));
        expect(page.title, `${office} / ${between}`).toBe(headline);
        expect(page.body).toEqual([lead]);
      }
    }
  });

  it('keeps a headline that opens with an office when the first paragraph speaks of it more than of the line under it', () => {
    const own = 'وزارة الصحة تطلق حملة التطعيم الوطنية';
    const text = 'أطلقت وزارة الصحة اليوم حملة التطعيم الوطنية ضد الحصبة، وتستمر أسبوعين في المدارس والمراكز الصحية.';
    const page = parser.parse([own, '', 'وطني', '', 'المرحلة الأولى تستهدف الأطفال في المدارس', text].join('\n'));
    expect(page.title).toBe(own);
  });
});

describe("the page's furniture between a headline and its date", () => {
  const headline = 'محافظ الإسكندرية يفتتح ثلاث حدائق عامة في الأحياء الشرقية';
  const date = 'الخميس 3 ديسمبر 2026 - 10:15';
  const lead = 'افتتح محافظ الإسكندرية صباح اليوم ثلاث حدائق عامة في الأحياء الشرقية، ضمن خطة لزيادة المساحات الخضراء في المدينة.';

  it.each([
    ['a view counter', ['2.3 ألف مشاهدة']],
    ['share buttons and a reading time', ['فيسبوك تويتر واتساب', 'وقت القراءة: 3 دقائق']],
    ["a photo's caption", ['صورة أرشيفية']],
  ])('looks past %s for the date under the headline', (_name, furniture) => {
    const page = parser.parse(['صوت الشعب وضمير الأمة', headline, ...furniture, date, lead].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead]);
  });

  it("does not look past the site's breadcrumb: an office's name over it is not the headline", () => {
    const column = 'عن المدن التي تكبر بلا ذاكرة';
    const text = 'تتسع مدننا كل عام بأحياء جديدة وأبراج ومراكز تسوق ضخمة، لكن قلة منا تسأل عما تفقده هذه المدن وهي تكبر بلا ذاكرة.';
    const page = parser.parse(['المكتب الإعلامي لوزارة الصحة', 'الرئيسية › رأي › مقالات', 'د. نادر الشامي', 'الخميس 7 مارس 2024', column, text].join('\n'));
    expect(page.title).toBe(column);
  });

  it("passes over a slogan the first paragraph shares only function words with (`على`)", () => {
    const withOn = 'افتتح محافظ الإسكندرية صباح اليوم ثلاث حدائق عامة في الأحياء الشرقية، على مساحة تبلغ اثني عشر فدانا.';
    const page = parser.parse(['الأخبار المحلية والدولية على مدار الساعة', headline, date, withOn].join('\n'));
    expect(page.title).toBe(headline);
  });
});

describe('reading rules and the story they must keep', () => {
  const P2 = 'وأوضح الوزير أن العجز سيمول من خلال إصدار سندات محلية وقروض ميسرة من مؤسسات التمويل الدولية، دون المساس ببنود الدعم.';

  it('a question headline is the title; a question inside the story stays a paragraph', () => {
    const q = 'هل تستطيع المدن العربية أن تتكيف مع موجات الحر المتزايدة في العقد المقبل؟';
    expect(parser.parse([q, '', PARAGRAPH, '', P2].join('\n')).title).toBe(q);
    const inStory = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', '', PARAGRAPH, '', q, '', P2].join('\n'));
    expect(inStory.body).toEqual([PARAGRAPH, q, P2]);
  });

  it("a newsletter's form takes its fields and buttons, not the story's subheading under it", () => {
    const head = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
    const a = parser.parse([head, '', PARAGRAPH, '', 'النشرة الإخبارية', 'اشترك ليصلك ملخص الأخبار كل مساء', 'بريدك الإلكتروني', 'اشتراك', '', 'مصادر التمويل', P2].join('\n'));
    expect(a.body).toEqual([PARAGRAPH, 'مصادر التمويل', P2]);
    expect(a.boilerplate).toEqual(['النشرة الإخبارية', 'اشترك ليصلك ملخص الأخبار كل مساء', 'بريدك الإلكتروني', 'اشتراك']);
  });

  it("keeps a headline wrapped over two lines apart from the story under a box's item above it", () => {
    const wrapped = ['البلدية تبدأ توسعة الطريق الساحلي وتغلق مسربه الشمالي حتى', 'نهاية الصيف'];
    const lead = 'أعلنت البلدية أنها ستبدأ صباح الأحد أعمال توسعة الطريق الساحلي بطول اثني عشر كيلومترا، وأنها ستغلق المسرب الشمالي طوال مدة الأعمال.';
    const a = parser.parse(['آخر الأخبار', 'المنتخب يبدأ معسكره الإعدادي في الدوحة', 'شارك', '', ...wrapped, lead, P2].join('\n'));
    expect(a.title).toBe(wrapped.join(' '));
    expect(a.body).toEqual([lead, P2]);
  });

  it('joins a paragraph broken at every link, but not a headline above it, a list of names or hard-wrapped lines', () => {
    const pieces = ['أعلن', 'وزير الخارجية', '، اليوم الأحد، أن بلاده ستستضيف', 'القمة العربية', 'المقبلة في', 'الرياض', 'خلال شهر مايو المقبل.'];
    const a = parser.parse(['القمة العربية المقبلة في الرياض', ...pieces].join('\n'));
    expect(a.title).toBe('القمة العربية المقبلة في الرياض');
    expect(a.body).toEqual(['أعلن وزير الخارجية، اليوم الأحد، أن بلاده ستستضيف القمة العربية المقبلة في الرياض خلال شهر مايو المقبل.']);
    // Every line is still accounted for, in one block.
    expect(a.blocks).toEqual([{ type: 'title', from: 1, to: 1 }, { type: 'body', from: 2, to: 8 }]);
    const names = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', '', PARAGRAPH, 'أحمد علي', 'سارة محمود', 'خالد يوسف', '', P2].join('\n'));
    expect(names.body).toEqual([PARAGRAPH, 'أحمد علي', 'سارة محمود', 'خالد يوسف', P2]);
    const wrapped = ['هذه فقرة طويلة كتبت على أسطر مقطوعة بطول ثابت كما تفعل بعض الصحف في أرشيفها القديم حين', 'تحفظ النصوص في ملفات نصية بعرض محدد فلا تنتهي الأسطر عند نهاية الجمل بل في'];
    // Hard-wrapped lines lose nothing, whether or not some of them are joined.
    const hard = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', '', PARAGRAPH, '', ...wrapped, 'وسطها.'].join('\n'));
    expect(hard.body.join(' ')).toBe([PARAGRAPH, ...wrapped, 'وسطها.'].join(' '));
  });

  it('reads a headline ending with an adverb or a question\'s close (`عن بعد`, `أم لا`) as ended: the counter under it is no piece of it', () => {
    const lead = 'أطلقت وزارة التربية اليوم منصة رقمية جديدة للتعلم عن بعد، تتيح للطلاب الوصول إلى الدروس والاختبارات على مدار الساعة.';
    for (const title of ['الوزارة تطلق منصة رقمية للتعلم عن بعد', 'هل تعود الدراسة في المدارس الشهر المقبل أم لا']) {
      const a = parser.parse([title, 'عدد المشاهدات: 1250', '', lead].join('\n'));
      expect(a.title).toBe(title);
      expect(a.body).toEqual([lead]);
    }
    // Cut at a preposition, the headline goes on in the next line.
    const cut = parser.parse(['الوزارة تطلق منصة رقمية جديدة للتعلم في', 'المدارس الحكومية والخاصة', '', lead].join('\n'));
    expect(cut.title).toBe('الوزارة تطلق منصة رقمية جديدة للتعلم في المدارس الحكومية والخاصة');
  });

  it("drops other stories' headlines after the story, but keeps a list the story announces", () => {
    const others = ['مباراة حاسمة بين الفريقين على لقب الدوري', 'انخفاض أسعار الذهب في ختام تعاملات الأسبوع', 'افتتاح معرض الكتاب بمشاركة دور نشر عربية'];
    const title = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
    const dropped = parser.parse([title, '', PARAGRAPH, '', ...others].join('\n'));
    expect(dropped.body).toEqual([PARAGRAPH]);
    expect(dropped.boilerplate).toEqual(others);
    const announced = 'وجاءت أبرز القرارات على النحو التالي:';
    const kept = parser.parse([title, '', PARAGRAPH, '', announced, ...others].join('\n'));
    expect(kept.body).toEqual([PARAGRAPH, announced, ...others]);
  });

  it("drops two headlines of other stories after the story when each has its own date or time under it", () => {
    const title = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
    const others = ['البرلمان يقر قانون الاستثمار بالأغلبية', 'منذ ساعتين', 'انقطاع المياه عن أحياء شرق المدينة غدا', 'منذ 3 ساعات'];
    const a = parser.parse([title, '', PARAGRAPH, '', P2, '', ...others].join('\n'));
    expect(a.body).toEqual([PARAGRAPH, P2]);
    expect(a.boilerplate).toEqual(others);
    // Two undated lines may be the story's last subheading and line: kept.
    const two = ['البرلمان يقر قانون الاستثمار بالأغلبية', 'انقطاع المياه عن أحياء شرق المدينة غدا'];
    expect(parser.parse([title, '', PARAGRAPH, '', P2, '', ...two].join('\n')).body).toEqual([PARAGRAPH, P2, ...two]);
    // Dated each, one of two may share the story's topic (`الموازنة`, `العام`): still the latest stories, not the story's.
    const onTopic = ['البرلمان يناقش موازنة العام المقبل غدا', 'منذ ساعتين', 'انقطاع المياه عن أحياء شرق المدينة غدا', 'منذ 3 ساعات'];
    const b = parser.parse([title, '', PARAGRAPH, '', P2, '', ...onTopic].join('\n'));
    expect(b.body).toEqual([PARAGRAPH, P2]);
    // Both on the story's topic: the story's own lines, kept.
    const both = ['البرلمان يناقش موازنة العام المقبل غدا', 'منذ ساعتين', 'الحكومة تعرض موازنة العام المقبل على النواب', 'منذ 3 ساعات'];
    expect(parser.parse([title, '', PARAGRAPH, '', P2, '', ...both].join('\n')).body).toEqual(expect.arrayContaining([both[0], both[2]]));
  });

  it("drops bulleted headlines of other stories once the story's furniture has closed it, and keeps the story's own bullets", () => {
    const others = ['• مباراة حاسمة بين الفريقين على لقب الدوري', '• انخفاض أسعار الذهب في ختام تعاملات الأسبوع', '• افتتاح معرض الكتاب بمشاركة دور نشر عربية'];
    const title = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
    for (const closing of [['شارك'], ['آخر تحديث: الأربعاء 14 فبراير 2024'], ['المصدر: وكالة الأنباء الرسمية']]) {
      const page = parser.parse([title, '', PARAGRAPH, ...closing, '', ...others].join('\n'));
      expect(page.body, closing[0]).toEqual([PARAGRAPH]);
      expect(page.boilerplate).toEqual(expect.arrayContaining(others));
    }
    // Right under the last paragraph, nothing closing the story: they may be its own points.
    expect(parser.parse([title, '', PARAGRAPH, '', ...others].join('\n')).body).toEqual([PARAGRAPH, ...others]);
    // Under them, a second list of bare headlines: each list is read under its own marker.
    const bare = ['الحكومة تناقش مشروع قانون الإيجارات الجديد', 'ارتفاع أسعار الخضار في الأسواق قبل شهر رمضان', 'انطلاق مهرجان المسرح العربي بمشاركة عشرين فرقة'];
    expect(parser.parse([title, '', PARAGRAPH, 'شارك', '', ...others, '', ...bare].join('\n')).body).toEqual([PARAGRAPH]);
    expect(parser.parse([title, '', PARAGRAPH, '', ...others, '', ...bare].join('\n')).body).toEqual([PARAGRAPH, ...others]);
  });

  it("goes on past a picture's credit between its paragraphs (an agency alone, a maker after ©), and ends at the page's copyright", () => {
    const title = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
    const P3 = 'وأوضح وزير المالية أن موازنة العام المقبل تخصص حصة أكبر للتعليم والصحة، مع خفض النفقات الإدارية للوزارات.';
    for (const credit of ['(أ ف ب)', 'رويترز', '© Getty Images', '(c) Shutterstock']) {
      const page = parser.parse([title, '', PARAGRAPH, '', P2, '', credit, '', P3].join('\n'));
      expect(page.body, credit).toEqual([PARAGRAPH, P2, P3]);
      expect(page.boilerplate, credit).toContain(credit);
      expect(page.source, credit).toBeNull();
    }
    // The short line touching a picture's credit from above is that picture's caption; a sentence stays the story's.
    const caption = 'فرق الإنقاذ تنقل السكان بالقوارب من الأحياء المغمورة';
    for (const credit of ['(أ ف ب)', '© Getty Images']) {
      const page = parser.parse([title, '', PARAGRAPH, '', P2, '', caption, credit, '', P3].join('\n'));
      expect(page.body, credit).toEqual([PARAGRAPH, P2, P3]);
      expect(page.boilerplate, credit).toEqual([caption, credit]);
      const sentence = parser.parse([title, '', PARAGRAPH, '', 'وأكد الوزير الموازنة.', credit, '', P3].join('\n'));
      expect(sentence.body, credit).toContain('وأكد الوزير الموازنة.');
    }
    // An album's count of pictures (`5 صور`) is a badge: the paragraph touching it is the story's. A picture's place in
    // the gallery (`الصورة 3 من 12`, `الصورة 3`) has its caption touching it.
    for (const badge of ['5 صور', '12 صورة', '8 photos']) {
      const page = parser.parse([title, badge, PARAGRAPH, '', P2].join('\n'));
      expect(page.body, badge).toEqual([PARAGRAPH, P2]);
      expect(page.boilerplate, badge).toEqual([badge]);
    }
    for (const place of ['الصورة 3 من 12', 'الصورة 3']) {
      const page = parser.parse([title, '', PARAGRAPH, '', place, caption, '', P2].join('\n'));
      expect(page.body, place).toEqual([PARAGRAPH, P2]);
      expect(page.boilerplate, place).toEqual([place, caption]);
      // (Touching the story's first paragraph, a sentence longer than a caption, the place is the picture's over the
      // story: that paragraph is the story's.)
      expect(parser.parse([title, place, PARAGRAPH, P2].join('\n')).body, place).toEqual([PARAGRAPH, P2]);
    }
    // Under the credit, a paragraph opening as a report goes on (`وأعلنت`, `ونقلت`), though it shares no words with the story.
    const report = 'وأعلنت النقابات تأييدها للخطة، ودعت أعضاءها إلى المشاركة في حوار وطني يعقد الشهر الجاري.';
    expect(parser.parse([title, '', PARAGRAPH, '', P2, '', '(أ ف ب)', '', report].join('\n')).body).toEqual([PARAGRAPH, P2, report]);
    // Under the credit, the story's lead-in and list, then its paragraph: all the story's. Two bare headlines or
    // more under it are other stories', and the paragraph under them may be another story's: the credit closed it.
    const list = ['وتشمل الموازنة ما يلي:', '• زيادة مخصصات التعليم', '• دعم الصناعات الصغيرة'];
    expect(parser.parse([title, '', PARAGRAPH, '', '(أ ف ب)', '', ...list, '', P3].join('\n')).body).toEqual([PARAGRAPH, ...list, P3]);
    // Under the first paragraph, the credit is a picture's near the top: a subhead under it, over a paragraph that
    // speaks of other things, is the story's too.
    const other = 'ينصح الأطباء بممارسة المشي نصف ساعة يوميا داخل المنزل أو في الحدائق القريبة في أيام البرد.';
    expect(parser.parse([title, '', PARAGRAPH, '', '(أ ف ب)', '', 'الحركة اليومية', '', other].join('\n')).body).toEqual([PARAGRAPH, 'الحركة اليومية', other]);
    const others = ['ارتفاع أسعار الوقود في الأسواق المحلية', 'البنك المركزي يثبت أسعار الفائدة'];
    const closed = parser.parse([title, '', PARAGRAPH, '', P2, '', '(أ ف ب)', '', ...others, '', P3].join('\n'));
    expect(closed.body).toEqual([PARAGRAPH, P2]);
    expect(closed.source).toBe('أ ف ب');
    // The same agency closing the story is its source.
    expect(parser.parse([title, '', PARAGRAPH, '', P2, '', '(أ ف ب)'].join('\n')).source).toBe('أ ف ب');
    // A copyright notice (the sign with a year) ends the story, and its year is not the article's date.
    const footer = parser.parse([title, '', PARAGRAPH, '', P2, '', '© موقع الأفق 2026', '', P3].join('\n'));
    expect(footer.body).toEqual([PARAGRAPH, P2]);
    expect(footer.date).toBeNull();
  });

  it('a caption printed twice is dropped, a speaker named on every turn of an interview is kept', () => {
    const caption = 'وزير المالية خلال المؤتمر الصحفي في العاصمة اليوم';
    const a = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', '', caption, '', PARAGRAPH, '', caption, '', P2].join('\n'));
    expect(a.body).toEqual([PARAGRAPH, P2]);
    const interview = ['حوار مع وزير المالية حول موازنة العام المقبل', '', PARAGRAPH, '', 'الوزير:', P2, '', 'الوزير:', PARAGRAPH.replace('أقر', 'ناقش')].join('\n');
    expect(parser.parse(interview).body.filter((b) => b === 'الوزير:')).toHaveLength(2);
  });

  it("a short paragraph opening with the conjunction glued to a noun (`والمقعد ...`) under a video's read-also headline is the story going on, though it speaks of the video's words; opening anew, the video's teaser", () => {
    const story = ['حدائق بلا مقاعد', '', 'يجلس كبار السن في حدائق مدينتنا على حواف الأحواض الحجرية، لأن البلدية أزالت المقاعد الخشبية القديمة ولم تضع غيرها.'];
    const page = (line: string) => parser.parse([...story, '', 'شاهد أيضا', '', 'فيديو.. لحظة سقوط شجرة عملاقة في حديقة المدينة', '', line, '', 'ولعل أول ما تحتاجه حدائقنا أن تعود إليها المقاعد قبل أي مشروع جديد.'].join('\n'));
    const joined = 'والمقعد في الحديقة ليس زينة، بل مكان يستريح فيه زائر المدينة ويقرأ فيه الطالب.';
    expect(page(joined).body).toContain(joined);
    expect(page(joined).related[0]!.items[0]!.body).toEqual([]);
    const anew = 'سقطت شجرة عملاقة في حديقة المدينة فجر اليوم دون أن تصيب أحدا من المارة.';
    expect(page(anew).related[0]!.items[0]!.body).toEqual([anew]);
  });

  it('a paragraph under a read-also headline that goes on with the story is not its teaser', () => {
    const a = parser.parse(
      [
        'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات',
        '',
        PARAGRAPH,
        '',
        'اقرأ أيضا',
        '',
        'البنك المركزي يبقي أسعار الفائدة دون تغيير',
        '',
        'وأضاف الوزير أن الموازنة الجديدة تراعي أسعار الفائدة الحالية، وأن الحكومة ستراجعها في منتصف العام.',
        '',
        'كلمات دلالية: الموازنة، العجز',
      ].join('\n'),
    );
    expect(a.related[0]!.items[0]!.body).toEqual([]);
    expect(a.body).toHaveLength(2);
  });

  it('a short headline needs its date or byline right under it, and no longer headline in the header', () => {
    expect(parser.parse(['زمن الانتظار', 'بقلم: سلمى العبيدي', '', PARAGRAPH].join('\n')).title).toBe('زمن الانتظار');
    expect(parser.parse(['زمن الانتظار', '', PARAGRAPH].join('\n')).title).toBeNull();
    const both = parser.parse(['أخبار محلية', 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', 'بقلم: سلمى العبيدي', '', PARAGRAPH].join('\n'));
    expect(both.title).toBe('الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات');
  });

  it('an office labels the headline of its statement; a headline opening with an office is still the headline', () => {
    const label = parser.parse(['وزارة الخارجية', 'الوزارة تدين استهداف قافلة المساعدات الإنسانية', '', PARAGRAPH].join('\n'));
    expect(label.title).toBe('الوزارة تدين استهداف قافلة المساعدات الإنسانية');
    expect(parser.parse(['وزارة الصحة تعلن تسجيل حالات جديدة في الجنوب', '', PARAGRAPH].join('\n')).title).toBe('وزارة الصحة تعلن تسجيل حالات جديدة في الجنوب');
  });
});

describe('a headline with commas between its clauses', () => {
  it("is the headline with the page's date right under it", () => {
    const headline = 'بعد عشر سنوات من الغياب عن البطولة، المنتخب الوطني يعود إلى نهائيات كأس العالم';
    expect(parser.parse([headline, 'السبت 18 مايو 2024', '', PARAGRAPH].join('\n')).title).toBe(headline);
  });
});

describe('a headline as long as a paragraph', () => {
  const long = 'وزير الخارجية يبحث مع نظيره الفرنسي في باريس سبل تعزيز العلاقات الثنائية والتعاون في مجالات الطاقة والتعليم والصحة والنقل والاستثمار المشترك بين البلدين خلال المرحلة المقبلة';
  it("is the headline with the page's date right under it, and the story's first line without", () => {
    expect(parser.parse([long, 'السبت 18 مايو 2024', '', PARAGRAPH].join('\n')).title).toBe(long);
    expect(parser.parse([long, '', PARAGRAPH].join('\n')).body[0]).toBe(long);
  });
});

describe('a question above another line', () => {
  it('is the headline when a much longer deck is under it, and a kicker above a headline of its length', () => {
    const question = 'كيف تحمي قلبك في فصل الشتاء؟';
    const deck = 'نصائح بسيطة يقدمها الأطباء لتجنب الأزمات القلبية مع انخفاض درجات الحرارة في الصباح';
    expect(parser.parse([question, deck, '', PARAGRAPH].join('\n')).title).toBe(question);
    const kicker = 'هل تنجح الحكومة في خفض العجز هذا العام؟';
    const headline = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
    expect(parser.parse([kicker, headline, '', PARAGRAPH].join('\n')).title).toBe(headline);
  });

  it('is the headline over a line no longer than itself, and the date under that line', () => {
    const question = 'كيف تحمي أطفالك من مخاطر الإنترنت؟';
    const sub = 'نصائح الخبراء للأهالي في عصر الشاشات';
    const page = parser.parse([question, sub, 'الخميس 3 ديسمبر 2026', PARAGRAPH].join('\n'));
    expect(page.title).toBe(question);
    expect(page.body).toEqual([sub, PARAGRAPH]);
    // A short question stays the kicker of the headline under it, and so does a long cry.
    expect(parser.parse(['ماذا يحدث؟', sub, 'الخميس 3 ديسمبر 2026', PARAGRAPH].join('\n')).title).toBe(sub);
    expect(parser.parse(['ديون متراكمة منذ سنوات ولا حل في الأفق!', sub, 'الخميس 3 ديسمبر 2026', PARAGRAPH].join('\n')).title).toBe(sub);
  });
});

describe("a headline printed only with the site's name after it", () => {
  const date = 'الأحد 23 نوفمبر 2031';
  const lead = 'ارتفعت صادرات التمور إلى الأسواق الأوروبية بنسبة ثلاثين في المئة خلال العام الجاري، بحسب بيانات المجلس الوطني للتمور.';
  const headline = 'ارتفاع صادرات التمور إلى أوروبا بنسبة ثلاثين في المئة';
  it.each([
    ['named again in the copyright line', `${headline} | الواحة`, ['جميع الحقوق محفوظة للواحة الإخبارية 2031']],
    ['an outlet by its first word', `${headline} | صحيفة الواحة`, []],
    ['an outlet by its last word', `${headline} - الواحة نيوز`, []],
    ['in Latin letters', `${headline} - Alwaha News`, []],
    // The name first, then the headline.
    ['before it, an outlet by its first word', `صحيفة الواحة | ${headline}`, []],
    ['before it, named again in the copyright line', `الواحة :: ${headline}`, ['جميع الحقوق محفوظة للواحة الإخبارية 2031']],
    ['before it, in Latin letters', `Alwaha News - ${headline}`, []],
  ])('is the headline without it when the name is %s', (_why, line, after) => {
    expect(parser.parse([line, date, lead, ...after].join('\n')).title).toBe(headline);
  });
  it('keeps a headline with its own dash, or with a last part the page does not name as a site', () => {
    expect(parser.parse(['مصر - السودان: اتفاق على تشغيل خط ربط كهربائي جديد', date, lead].join('\n')).title).toBe('مصر - السودان: اتفاق على تشغيل خط ربط كهربائي جديد');
    expect(parser.parse([`${headline} - الجزء الثاني`, date, lead].join('\n')).title).toBe(`${headline} - الجزء الثاني`);
    expect(parser.parse(['قمة بغداد الاقتصادية تختتم أعمالها - رؤية عربية', date, lead].join('\n')).title).toBe('قمة بغداد الاقتصادية تختتم أعمالها - رؤية عربية');
    // A first part the page does not name as a site: a place or a topic the headline opens with.
    expect(parser.parse([`الواحة - ${headline}`, date, lead].join('\n')).title).toBe(`الواحة - ${headline}`);
    // Named in the story only: a place, not the site.
    expect(parser.parse([`${headline} - الواحة`, date, `${lead} وتتصدر الواحة قائمة المناطق المصدرة.`].join('\n')).title).toBe(`${headline} - الواحة`);
    // A ticker's label the page's furniture holds only inside a longer word (`عاجلة` in a menu): no site's name.
    const menu = 'أخبار عاجلة سياسة اقتصاد رياضة ثقافة تكنولوجيا';
    expect(parser.parse([menu, `عاجل | ${headline}`, date, lead].join('\n')).title).toBe(`عاجل | ${headline}`);
  });
});

describe('a period or question headline under other headline-shaped lines', () => {
  const lead = 'بدأت الحافلات الكهربائية الأولى العمل في شوارع المدينة صباح اليوم، على خطين يربطان الجامعة بمحطة القطار المركزية.';
  it.each([
    ['الحافلات الكهربائية تصل إلى شوارع المدينة.'],
    ['متى تصل الحافلات الكهربائية إلى شوارع المدينة؟'],
  ])('%s is the headline over a slogan and a photo\'s text the story does not speak of, which are no kicker', (headline) => {
    const slogan = 'صوت المدينة منذ 1987';
    const alt = 'صورة الكاتبة هدى علي';
    const page = parser.parse([slogan, '', alt, '', headline, '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });

  it('is the headline with a wire credit alone, or the date and the name glued, between it and the story', () => {
    const headline = 'الحافلات الكهربائية تصل إلى شوارع المدينة.';
    for (const meta of ['(وكالات)', '06 ديسمبر 2026 سامر يوسف']) {
      const page = parser.parse([headline, meta, lead, PARAGRAPH].join('\n'));
      expect(page.title).toBe(headline);
      expect(page.body).toEqual([lead, PARAGRAPH]);
    }
  });

  it('leaves the headline above that the story speaks of as much, and the deck under it in the story', () => {
    const headline = 'الحافلات الكهربائية تبدأ العمل في شوارع المدينة';
    const deck = 'الحافلات الكهربائية على خطين بين الجامعة ومحطة القطار.';
    const page = parser.parse([headline, '', deck, '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([deck, lead, PARAGRAPH]);
  });
});

describe('a short headline over the author\'s bare name, the story under them', () => {
  const lead = 'يمشي الناس في أحياء كثيرة على حافة الشارع لأن الأرصفة إما غير موجودة وإما احتلتها المحلات والسيارات المتوقفة.';
  it.each([[[]], [['الكلمات المفتاحية', '']]])('is the headline, and the name the byline (above it: %j)', (above) => {
    const page = parser.parse([...above, 'مدن بلا أرصفة', '', 'سامر يوسف', '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe('مدن بلا أرصفة');
    expect(page.byline).toBe('سامر يوسف');
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });

  it('is no headline when the story does not speak of it (a section over a name)', () => {
    expect(parser.parse(['زاوية الأسبوع', '', 'سامر يوسف', '', lead, '', PARAGRAPH].join('\n')).title).toBeNull();
  });

  it("is the headline with the page's tools between it and the name (`قرأه 120 قارئ`)", () => {
    const page = parser.parse(['مدن بلا أرصفة', '', 'قرأه 120 قارئ', '', 'سامر يوسف', '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe('مدن بلا أرصفة');
    expect(page.byline).toBe('سامر يوسف');
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });

  it("is the headline when the name has the author's role under it, though the first paragraph names the author", () => {
    const signed = `بقلم: سامر يوسف ${lead}`;
    const page = parser.parse(['مدن بلا أرصفة', 'سامر يوسف', 'كاتب وباحث في شؤون المدن', '', signed, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe('مدن بلا أرصفة');
    expect(page.byline).toBe('سامر يوسف');
    expect(page.body).toEqual([signed, PARAGRAPH]);
  });
});

describe("a column's head and a caption printed twice under the headline", () => {
  const lead = 'نعيش زمنا يقدس السرعة في كل شيء، حتى صار البطء تهمة نخجل منها، مع أن أجمل ما في الحياة لا يأتي إلا على مهل.';
  it("takes a short headline over the writer's name, role and issue number, never the role", () => {
    for (const over of [[], ['صحيفة المسار الإلكترونية', '']]) {
      const page = parser.parse([...over, 'مديح البطء', '', 'هدى علي', '', 'كاتبة وباحثة في شؤون الثقافة', '', 'العدد 3312', '', lead, '', PARAGRAPH].join('\n'));
      expect(page.title).toBe('مديح البطء');
      expect(page.byline).toBe('هدى علي');
      expect(page.body).toEqual([lead, PARAGRAPH]);
    }
  });

  it('takes the headline over a caption printed twice, short or long, and leaves the copies out of the story', () => {
    const caption = 'المشاة يعبرون الجسر في يومه الأول';
    const long = 'افتتاح جسر جديد للمشاة فوق الطريق السريع بعد سنوات من الانتظار';
    const longLead = 'افتتحت البلدية اليوم جسرا جديدا للمشاة فوق الطريق السريع بعد سنوات من الانتظار، ليصل الحي بالمدارس والأسواق.';
    for (const [headline, first] of [['مديح البطء', lead], [long, longLead]] as const) {
      const page = parser.parse([headline, '', 'قرئ 845 مرة', '', caption, '', caption, first, PARAGRAPH].join('\n'));
      expect(page.title).toBe(headline);
      expect(page.body).toEqual([first, PARAGRAPH]);
    }
  });

  it('takes a short headline asking its question over the copies, though the first paragraph names none of its words', () => {
    const asks = 'هل تعود قطارات الليل؟';
    const first = 'تدرس هيئة النقل خطة لإعادة تشغيل الرحلات المسائية بين المدن الكبرى بعد توقف دام ثلاث سنوات.';
    const page = parser.parse([asks, 'المشاة يعبرون الجسر في يومه الأول', 'المشاة يعبرون الجسر في يومه الأول', '', first].join('\n'));
    expect(page.title).toBe(asks);
    expect(page.body).toEqual([first]);
  });
});

describe('a line above the page furniture that the story does not speak of', () => {
  const SLOGAN = 'منبر الكلمة الحرة منذ 1979';
  it.each([
    [
      'under a breaking-news item, with its date under it past the page tools',
      'البرلمان يقر قانون الاستثمار الجديد بأغلبية كبيرة',
      ['عاجل: انقطاع الكهرباء عن ثلاث محافظات بسبب عطل فني'],
      ['تكبير الخط', '2026/12/06 10:30 م'],
      'أقر مجلس النواب في جلسته العامة اليوم مشروع قانون الاستثمار الجديد بأغلبية كبيرة، بعد نقاشات استمرت ثلاثة أسابيع.',
    ],
    [
      'with the story under its dateline and the furniture',
      'مهرجان الزيتون يعود إلى القرى الجبلية بعد غياب',
      ['حمّل تطبيق الأفق'],
      ['إربد - الأفق', 'حمّل تطبيق الأفق'],
      'عاد مهرجان الزيتون إلى القرى الجبلية هذا العام بعد غياب ثلاث سنوات، بمشاركة مئات المزارعين في ساحات القرى.',
    ],
  ])('yields to the headline %s', (_how, headline, over, under, lead) => {
    const page = parser.parse([SLOGAN, ...over, headline, ...under, lead, PARAGRAPH].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });
});

describe("a list's first headline, numbered and ending with a full stop, a section's name over each headline", () => {
  it('is the list\'s first item: the next numbered line comes past the section name', () => {
    const lines = ['اقتصاد', '١. أسعار الإسمنت تنخفض مع افتتاح مصنع جديد.', 'رياضة', '٢. المنتخب يبدأ معسكره الشتوي في الجنوب', 'محليات', '٣. البلدية تزرع ألف شجرة على ضفاف النهر'];
    const page = parser.parse(['جسر جديد يربط ضفتي النهر في العاصمة', '', PARAGRAPH, '', 'أخبار ذات صلة', ...lines].join('\n'));
    expect(page.body).toEqual([PARAGRAPH]);
    // (Headlines without their numbers.)
    expect(page.related[0]!.items.map((i) => i.headline)).toEqual([lines[1], lines[3], lines[5]].map((l) => l!.slice(3)));
  });
});

describe("a list's headline that asks, bulleted as the others", () => {
  const question = 'هل يمكن أن تعود القراءة الورقية إلى صدارة اهتمامات الشباب في زمن الهواتف الذكية؟';
  it('is an item however long, under its read-more link or its teaser; the story does not go on there', () => {
    const items = ['1. افتتاح متحف للخط العربي في المدينة القديمة', `2. ${question}`, '3. مهرجان الكتاب يستقبل خمسين ألف زائر في أسبوعه الأول'];
    const linked = parser.parse(['جسر جديد يربط ضفتي النهر في العاصمة', '', PARAGRAPH, '', 'مواضيع قد تهمك', ...items.flatMap((l) => ['', l, '', 'اقرأ المزيد'])].join('\n'));
    expect(linked.body).toEqual([PARAGRAPH]);
    expect(linked.related[0]!.items.map((i) => i.headline)).toContain(question);
  });

  it('is no item when it asks more than one question: a paragraph of the story', () => {
    const asking = '• هل تعود القراءة الورقية؟ يرى كثير من الناشرين أن الجواب نعم رغم انتشار الهواتف الذكية في كل بيت؟';
    const page = parser.parse(['جسر جديد يربط ضفتي النهر في العاصمة', '', PARAGRAPH, '', 'أخبار ذات صلة', '• افتتاح متحف للخط العربي في المدينة القديمة', '• مهرجان الكتاب يستقبل آلاف الزوار', '', asking].join('\n'));
    expect(page.body).toContain(asking);
  });
});

describe("a section's name over each bulleted headline of a read-more list", () => {
  it('stays the list\'s over a headline ending with a full stop: that headline is the next item', () => {
    const story = ['أعلن فريق من الباحثين اكتشاف نوع جديد من الضفادع في غابات الجنوب، يتميز بلونه الأزرق الفاتح وصوته العالي في الليل.', 'ودعا الباحثون إلى حماية المنطقة من قطع الأشجار، وإعلانها محمية طبيعية في أقرب وقت.'];
    const lines = ['محليات', '', '• البلدية تفتح حديقة جديدة للأطفال في الحي الشرقي', '', 'ثقافة', '', '• حين تصمت المكتبات في الأحياء القديمة.', '', 'اقتصاد', '', '• ارتفاع أسعار القمح في الأسواق المحلية'];
    const page = parser.parse(['اكتشاف نوع جديد من الضفادع في غابات الجنوب', ...story, '', 'اقرأ المزيد', '', ...lines].join('\n'));
    expect(page.body).toEqual(story);
    expect(page.related[0]!.items).toHaveLength(3);
  });
});

describe("a live report's entries under a list of headlines with no bullet in its middle", () => {
  it("end the list: the report goes on; on a page that is no live report they stay the list's", () => {
    const items = ['افتتاح سوق للمنتجات الريفية في ساحة البلدية', 'المكتبة العامة تمدد ساعات العمل خلال الامتحانات', 'وزارة الصحة تطلق حملة للتطعيم في المدارس'];
    const entries = ['الدقيقة 8: فرصة خطيرة للوحدة تنقذها العارضة', 'الدقيقة 31: هدف أول للشباب من ضربة رأس', 'الدقيقة 90: الحكم يحتسب أربع دقائق وقتا بدل ضائع'];
    const lead = 'تابعوا معنا أولا بأول مجريات نهائي الكأس بين الوحدة والشباب على الملعب الدولي، في مباراة ينتظرها جمهور الفريقين منذ أسابيع.';
    const page = parser.parse(['مباشر: الوحدة يستضيف الشباب في نهائي الكأس', lead, 'الأكثر قراءة', ...items, ...entries].join('\n\n'));
    expect(page.related[0]!.items.map((it) => it.headline)).toEqual(items);
    expect(page.body).toEqual([lead, ...entries]);
    const other = parser.parse(['الوحدة يستضيف الشباب في نهائي الكأس', lead, 'الأكثر قراءة', ...items, ...entries].join('\n\n'));
    expect(other.body).toEqual([lead]);
  });
});

describe('a line with no bullet under a list whose headlines all carry one', () => {
  it('ends the list: the story goes on there', () => {
    const items = ['1. ارتفاع أسعار الخضار في الأسواق المركزية', '2. إغلاق طريق المطار ليلا لأعمال الصيانة', '3. وزارة التربية تعلن موعد امتحانات نهاية الفصل'];
    const entries = ['الدقيقة 12: رأسية من مدافع الفيصلي تعلو العارضة', 'الدقيقة 34: هدف أول للرمثا من ركلة حرة مباشرة', 'الدقيقة 90: صافرة النهاية والتعادل بهدف لمثله'];
    const page = parser.parse(['مباشر: الفيصلي يستضيف الرمثا في ديربي الشمال', PARAGRAPH, 'الأكثر قراءة', ...items, ...entries].join('\n'));
    expect(page.related[0]!.items).toHaveLength(3);
    expect(page.body).toEqual([PARAGRAPH, ...entries]);
  });
});

describe('a sentence ending with a full stop under a list whose headlines each carry their meta', () => {
  it('ends the list when a paragraph is right under it: the story goes on there; over a teaser it is a headline of a list of teased headlines', () => {
    const items = ['وزارة التربية تعلن مواعيد امتحانات نهاية الفصل', 'منذ ساعتين', 'افتتاح مكتبة جديدة للأطفال في الحي الغربي', '12:40 م', 'جامعة المدينة تطلق برنامجا للمنح الدراسية', 'الثلاثاء 10 نوفمبر 2026'];
    const sentence = 'السبت 14 نوفمبر كان آخر أيام المهرجان.';
    const next = 'فقد تنافست في ذلك اليوم خمس مدارس على الجائزة الكبرى، وقدمت كل منها عرضا تجاوز الساعة.';
    const page = parser.parse(['مهرجان المسرح المدرسي يختتم عروضه في العاصمة', PARAGRAPH, 'أخبار ذات صلة', ...items, sentence, next].join('\n'));
    expect(page.related[0]!.items).toHaveLength(3);
    expect(page.body).toEqual([PARAGRAPH, sentence, next]);
    // Headlines each over a teaser: a headline ending with a full stop over its teaser is the next of them.
    const teased = ['وزارة التربية تعلن مواعيد امتحانات نهاية الفصل', 'تبدأ الامتحانات في الأسبوع الأول من الشهر المقبل وتستمر عشرة أيام في جميع المدارس.', 'افتتاح مكتبة جديدة للأطفال في الحي الغربي', 'تضم المكتبة ثلاثة آلاف كتاب وقاعة للأنشطة ويشرف عليها متطوعون من الحي.'];
    const list = parser.parse(['مهرجان المسرح المدرسي يختتم عروضه في العاصمة', PARAGRAPH, 'أخبار ذات صلة', ...teased, 'حين تصمت المكتبات في الأحياء القديمة.', next].join('\n'));
    expect(list.related[0]!.items.map((it) => it.headline)).toContain('حين تصمت المكتبات في الأحياء القديمة.');
  });
});

describe('a headline ending with a full stop in a list of other stories', () => {
  const title = 'بلدية الشاطئ تطلق حملة لتنظيف الكورنيش';
  const lead = 'أطلقت بلدية الشاطئ صباح اليوم حملة واسعة لتنظيف الكورنيش والشواطئ العامة، بمشاركة مئات المتطوعين من طلاب المدارس والجمعيات الأهلية.';
  it('between read-more links, in the list\'s rhythm: a headline of the list', () => {
    const items = ['افتتاح سوق شعبي للحرف اليدوية في الميناء القديم', 'المستشفى الجامعي يضيف جناحا جديدا لعلاج الأطفال.', 'انطلاق بطولة المدارس لكرة السلة بمشاركة ثلاثين فريقا'];
    const said = 'وقال رئيس البلدية إن الحملة تستمر أسبوعا، وإن حاويات جديدة ستوزع على طول الواجهة البحرية.';
    const list = items.flatMap((h) => [h, '', 'اقرأ المزيد', '']).slice(0, -1);
    const page = parser.parse([title, '', lead, '', said, '', 'اقرأ أيضا', '', ...list, 'شارك هذا الخبر'].join('\n'));
    expect(page.body).toEqual([lead, said]);
    expect(page.related.flatMap((s) => s.items.map((i) => i.headline))).toEqual(items);
  });

  it('with its own date next, as the item above had: a headline of the list', () => {
    const items = ['افتتاح مكتبة عامة جديدة في حي الورود', '"سنكمل الطريق": رئيس النادي يرد على منتقدي المدرب.', 'ارتفاع أسعار الورق يهدد صناعة النشر المحلية'];
    const times = ['منذ ساعة', 'منذ 3 ساعات', 'منذ 5 ساعات'];
    const page = parser.parse([title, '', lead, '', 'المزيد من الأخبار', '', ...items.flatMap((h, k) => [h, '', times[k]!, ''])].join('\n'));
    expect(page.body).toEqual([lead]);
    expect(page.related.flatMap((s) => s.items.map((i) => i.headline))).toEqual(items);
    // So with a counter under each, in a tight list.
    const counted = parser.parse([title, '', lead, '', 'أخبار ذات صلة', ...items.flatMap((h, k) => [h, `${k + 12} تعليق`])].join('\n'));
    expect(counted.body).toEqual([lead]);
    expect(counted.related.flatMap((s) => s.items.map((i) => i.headline))).toEqual(items);
  });

  it("is no item over an ad's label: an ad or a caption is no line of the list's headlines", () => {
    const headline = 'تمديد تخفيض رسوم التسجيل العقاري حتى نهاية العام المقبل';
    const first = 'قرر مجلس الوزراء في اجتماعه الأسبوعي أمس تمديد العمل بقرار تخفيض رسوم التسجيل العقاري حتى نهاية العام المقبل.';
    const second = 'وقال المتحدث باسم المجلس إن القرار يهدف إلى تشجيع المواطنين على تسجيل عقاراتهم.';
    const page = parser.parse(['آخر الأخبار', 'English | Français', headline, 'المحرر: أحمد كمال', 'صورة: AFP', '', first, '', 'إعلانات', '', second].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([first, second]);
  });

  it('over a whole paragraph that restates it, where the last headline has its teaser: the next headline and its teaser', () => {
    const pairs = [
      ['مصانع الأعلاف تطالب بخفض رسوم الاستيراد.', 'طالبت مصانع الأعلاف الحكومة بخفض رسوم استيراد الذرة والصويا، مؤكدة أن الرسوم الحالية ترفع كلفة الأعلاف.'],
      ['جمعية المزارعين تنظم يوما إرشاديا عن الري الحديث.', 'نظمت جمعية المزارعين يوما إرشاديا عن أساليب الري الحديث، حضره أكثر من مئتي مزارع من القرى المجاورة.'],
    ];
    const page = parser.parse([title, '', lead, '', 'موضوعات ذات صلة', '', ...pairs.flatMap(([h, t]) => [h, '', t, ''])].join('\n'));
    expect(page.body).toEqual([lead]);
    expect(page.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(pairs);
    // A short sentence of the story going on under the list, and the paragraph after it, stay the story's.
    const goesOn = ['وقال رئيس البلدية إن الحملة تستمر أسبوعا كاملا.', 'وأضاف رئيس البلدية أن حاويات جديدة ستوزع على طول الكورنيش والشواطئ العامة خلال الحملة.'];
    const mid = parser.parse([title, '', lead, '', 'موضوعات ذات صلة', '', ...pairs.flatMap(([h, t]) => [h, '', t, '']), ...goesOn.flatMap((p) => [p, ''])].join('\n'));
    expect(mid.body).toEqual([lead, ...goesOn]);
  });
});

describe('a breaking-news item over a widget holding the page\'s headline', () => {
  it('is no headline of the header: the item the lead speaks of is given back as the headline', () => {
    const headline = 'انطلاق حملة وطنية لتشجير الطرق السريعة';
    const caption = 'متطوعون يزرعون الأشجار على جانب الطريق';
    const lead = 'أطلقت وزارة البيئة اليوم حملة وطنية لزراعة مئة ألف شجرة على جوانب الطرق السريعة، بمشاركة المتطوعين وطلاب المدارس.';
    const page = parser.parse(['عاجل | الأرصاد تحذر من عاصفة ترابية', '', 'الأكثر قراءة اليوم', '', headline, '', caption, '', caption, '', lead, PARAGRAPH].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });
});

describe("a site's motto ending with its founding year", () => {
  it.each([
    ['صوت المدينة منذ 1979'],
    ['في خدمة قرائنا منذ العام 1985'],
    ['تأسست عام 1923'],
    ['جريدة الأفق تأسست سنة 1952'],
    ['Est. 1987'],
    ['Since 1995'],
  ])('%s, touching a headline the story speaks of once, is neither the headline nor its kicker', (motto) => {
    const headline = 'أربع طرق لإطالة عمر بطارية الهاتف';
    const lead = 'يشكو كثير من المستخدمين من نفاد شحن الهاتف قبل نهاية اليوم، خاصة مع كثرة التطبيقات التي تعمل في الخلفية.';
    const page = parser.parse([motto, headline, '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });

  it('a headline ending with a year after منذ stays the headline when its story speaks of it', () => {
    const headline = 'البطالة تسجل أعلى مستوى منذ 2008';
    const lead = 'سجلت البطالة في الربع الثالث أعلى مستوى لها منذ 2008، إذ بلغت نسبتها أربعة عشر في المئة بحسب بيانات الإحصاء.';
    expect(parser.parse([headline, '', lead, '', PARAGRAPH].join('\n')).title).toBe(headline);
    // Over a deck the story speaks of less, too.
    const deck = 'خبراء يربطون الارتفاع بتباطؤ قطاع البناء';
    expect(parser.parse([headline, deck, '', lead, '', PARAGRAPH].join('\n')).title).toBe(headline);
  });
});

describe('lists and tickers above the headline', () => {
  const BOX = ['آخر الأخبار', 'أمطار غزيرة متوقعة على المرتفعات الشمالية', 'البورصة تغلق على ارتفاع طفيف', 'إغلاق طريق رئيسي لأعمال الصيانة'];
  const HEADLINE = 'وزير الصحة يفتتح مستشفى جديدا في الجنوب';

  // A widget's label over one line that is the page's furniture by its shape (the site's motto) and then the
  // page's headline: no list; the line is the header's furniture, the label the widget's. (A ticker's item there may
  // be the page's own headline, `عاجل | ...`: the box keeps it unless the header takes it.)
  it.each([
    ["the site's motto with its founding year", 'منبر الكلمة الحرة منذ 1995'],
    ['a motto with its founding year after a year word', 'صوت المدينة منذ العام 1979'],
  ])('reads %s under a widget label over the headline as furniture, not a related headline', (_what, line) => {
    // (Under a follow line or an app's promotion: furniture no list of headlines holds, which ends it.)
    for (const [label, tool] of [['الأكثر مشاهدة', 'تابعنا على فيسبوك'], ['أخبار عاجلة', 'حمّل تطبيقنا'], ['الأكثر مشاهدة', 'حمل تطبيق الموقع من جوجل بلاي']]) {
      const page = parser.analyze([label!, line, tool!, HEADLINE, PARAGRAPH].join('\n'));
      expect(page.article.title, tool).toBe(HEADLINE);
      expect(page.article.related, tool).toEqual([]);
      expect(page.lines[1]!.type, tool).toBe('boilerplate');
    }
  });

  it.each([
    ['the byline under it', [...BOX, HEADLINE, 'كتبت: ريم منصور', 'السبت، 12 أكتوبر 2024', PARAGRAPH]],
    ['the page <title> above the box', [`${HEADLINE} – صحيفة الوادي`, ...BOX, HEADLINE, 'السبت، 12 أكتوبر 2024', PARAGRAPH]],
  ])('takes the page headline out of a "latest news" box above it, shown by %s', (_why, lines) => {
    const article = parser.parse(lines.join('\n'));
    expect(article.title).toBe(HEADLINE);
    expect(article.related[0]!.items.map((it) => it.headline)).toEqual(BOX.slice(1));
    expect(article.date).toBe('السبت، 12 أكتوبر 2024');
  });

  it('reads no line of a list over the headline as its kicker: bulleted, or with a line between it and the headline', () => {
    const lead = 'افتتح وزير الصحة اليوم مستشفى جديدا في الجنوب بسعة مئتي سرير، يخدم سكان ثلاث محافظات كانوا يقطعون مسافات طويلة للعلاج.';
    const bulleted = BOX.slice(1).map((h) => `• ${h}`);
    const sectioned = ['رياضة', BOX[1]!, 'اقتصاد', BOX[2]!, 'طرق', BOX[3]!];
    for (const list of [bulleted, sectioned]) {
      const article = parser.parse([...list, '', HEADLINE, '', 'السبت، 12 أكتوبر 2024', '', lead].join('\n'));
      expect(article.title).toBe(HEADLINE);
      expect(article.body).toEqual([lead]);
    }
    // A kicker right above the headline stays the story's.
    expect(parser.parse(['بعد سنوات من الانتظار في المحافظات الجنوبية', HEADLINE, 'السبت، 12 أكتوبر 2024', lead].join('\n')).body).toEqual(['بعد سنوات من الانتظار في المحافظات الجنوبية', lead]);
  });

  it("gives the page's date, not the time of a headline in a list above it", () => {
    const times = ['أمطار غزيرة متوقعة على المرتفعات الشمالية', 'منذ ساعتين', 'البورصة تغلق على ارتفاع طفيف', 'منذ 3 ساعات', 'إغلاق طريق رئيسي لأعمال الصيانة', 'منذ 5 ساعات'];
    const lead = 'افتتح وزير الصحة اليوم مستشفى جديدا في الجنوب بسعة مئتي سرير، يخدم سكان ثلاث محافظات كانوا يقطعون مسافات طويلة للعلاج.';
    const article = parser.parse([...times, '', HEADLINE, '', 'السبت، 12 أكتوبر 2024', '', lead].join('\n'));
    expect(article.title).toBe(HEADLINE);
    expect(article.date).toBe('السبت، 12 أكتوبر 2024');
    expect(article.dates.published?.text).toBe('السبت، 12 أكتوبر 2024');
  });

  it('leaves the last headline in the box when nothing but a date follows it', () => {
    const article = parser.parse([...BOX, HEADLINE, 'السبت، 12 أكتوبر 2024', '', PARAGRAPH].join('\n'));
    expect(article.related[0]!.items).toHaveLength(4);
  });

  it('passes over a breaking-news item for the headline with the date under it, and keeps a lone one its story speaks of', () => {
    const ticker = 'عاجل | انقطاع مؤقت للكهرباء في ثلاثة أحياء بالعاصمة';
    const question = 'هل تنجح خطة الحكومة في كبح أسعار الخضار قبل رمضان؟';
    const page = parser.parse([ticker, 'اقتصاد', question, 'الأربعاء 14 فبراير 2024', PARAGRAPH].join('\n'));
    expect(page.title).toBe(question);
    expect(page.boilerplate).toContain(ticker);
    const lead = 'انقطعت الكهرباء صباح اليوم عن ثلاثة أحياء في العاصمة بسبب عطل في محطة التحويل الرئيسية.';
    expect(parser.parse([ticker, 'الأربعاء 14 فبراير 2024', lead].join('\n')).title).toBe(ticker);
  });

  it('passes over breaking-news items for the headline the first paragraph speaks of, its dateline under it', () => {
    const items = ['عاجل: توقف حركة القطارات بين المدينتين بسبب عطل فني', 'عاجل: إرجاء اجتماع مجلس البلدية إلى الأسبوع المقبل'];
    const headline = 'معرض الكتاب يفتح أبوابه في الزرقاء بمشاركة مئة دار نشر';
    const lead = 'افتتح معرض الكتاب في الزرقاء صباح اليوم بمشاركة مئة دار نشر عربية، ويستمر عشرة أيام تتخللها ندوات وأمسيات شعرية.';
    const page = parser.parse([...items, headline, 'الزرقاء - بترا', lead].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead]);
  });

  it('passes over a breaking-news item the first paragraph does not speak of, for the short headline the story starts under', () => {
    const ticker = 'عاجل | إغلاق الطريق الساحلي أمام الشاحنات بسبب أعمال صيانة';
    const headline = 'هل تعود قطارات الليل؟';
    const lead = 'تدرس هيئة النقل خطة لإعادة تشغيل الرحلات المسائية بين المدن الكبرى بعد توقف دام ثلاث سنوات، وسط مطالب المسافرين.';
    for (const meta of [[], ['دمشق - الأفق']]) {
      const page = parser.parse([ticker, headline, ...meta, lead].join('\n'));
      expect(page.title).toBe(headline);
      expect(page.body).toEqual([lead]);
      expect(page.boilerplate).toContain(ticker);
    }
    // The page's own breaking news: the first paragraph speaks of the item, which stays the headline.
    const own = 'عاجل | إغلاق الطريق الساحلي أمام الشاحنات بسبب أعمال صيانة';
    const ownLead = 'أعلنت وزارة الأشغال إغلاق الطريق الساحلي أمام الشاحنات ثلاثة أيام بسبب أعمال صيانة عاجلة في الجسور.';
    expect(parser.parse([own, headline, ownLead].join('\n')).title).toBe(own);
  });

  it('passes over a breaking-news item sharing a word or two with the story for the headline it speaks of clearly more', () => {
    const ticker = 'عاجل: إغلاق ميناء الصيادين بسبب ارتفاع الأمواج';
    const headline = 'المدينة تفتتح سوق السمك الجديد على الواجهة البحرية';
    const lead = 'افتتحت بلدية المدينة سوق السمك الجديد على الواجهة البحرية، بعد تأخر دام عامين بسبب خلافات حول مبنى الصيادين.';
    for (const tools of [[], ['A- A+']]) {
      const page = parser.parse([ticker, headline, ...tools, lead, PARAGRAPH].join('\n'));
      expect(page.title).toBe(headline);
      expect(page.body).toEqual([lead, PARAGRAPH]);
    }
  });

  it("passes over a breaking-news item the story speaks of, for a dated headline half as long (a feature's, no deck)", () => {
    const ticker = 'عاجل: إغلاق الطرق الجبلية في أربع محافظات بسبب الثلوج';
    const lead = 'أغلقت السلطات الطرق الجبلية في أربع محافظات شمالية منذ فجر اليوم، بعد تساقط الثلوج بكثافة لم تعرفها المنطقة منذ سنوات.';
    const page = parser.parse([ticker, 'حين يتأخر الربيع', 'الثلاثاء 8 ديسمبر 2026', lead, PARAGRAPH].join('\n'));
    expect(page.title).toBe('حين يتأخر الربيع');
    expect(page.boilerplate).toContain(ticker);
    // A longer line there, spoken of less, is the item's deck: the item stays the headline.
    const deck = 'عائلات القرى المرتفعة تنتظر فتح الطريق الوحيد إلى السوق';
    expect(parser.parse([ticker, deck, 'الثلاثاء 8 ديسمبر 2026', lead, PARAGRAPH].join('\n')).title).toBe(ticker);
  });

  it('leaves a page saved without its headline with none, when the breaking-news item at its top shares no word with the story', () => {
    const ticker = 'عاجل: تعليق الرحلات في مطار العاصمة بسبب الضباب';
    const lead = 'تدرس هيئة النقل خطة لإعادة تشغيل قطارات الليل بين المدن الكبرى بعد توقف دام سنوات، وسط مطالب المسافرين.';
    for (const meta of [[], ['الأحد 6 ديسمبر 2026 - 11:40']]) {
      const page = parser.parse([ticker, ...meta, '', lead, '', PARAGRAPH].join('\n'));
      expect(page.title).toBeNull();
      expect(page.body).toEqual([lead, PARAGRAPH]);
      expect(page.boilerplate).toContain(ticker);
    }
    // Words that work as prepositions (`بسبب`, `إثر`, `وفقا`) are no news the two share.
    const because = 'ارتفعت أسعار الخضار في الأسواق الشعبية هذا الأسبوع بسبب موجة البرد التي أتلفت المحاصيل.';
    expect(parser.parse([ticker, '', because, '', PARAGRAPH].join('\n')).title).toBeNull();
    // The page's own breaking news shares its words with its lead: it stays the headline.
    const ownLead = 'علقت سلطات الطيران الرحلات في مطار العاصمة صباح اليوم بسبب الضباب الكثيف الذي حجب الرؤية.';
    expect(parser.parse([ticker, '', ownLead, '', PARAGRAPH].join('\n')).title).toBe(ticker);
  });

  it('passes over items each under a breaking-news label alone on the line above, for the headline the first paragraph speaks of', () => {
    const items = ['الرئيس يصدر قرارا بتشكيل الحكومة الجديدة', 'انفجار في مصنع للكيماويات بالمنطقة الصناعية'];
    const headline = 'وزير الصحة يفتتح مستشفى جديدا بسعة 300 سرير';
    const lead = 'افتتح وزير الصحة، اليوم الخميس، مستشفى جديدا بسعة 300 سرير في المحافظة الشرقية، بتكلفة بلغت ملياري جنيه.';
    const page = parser.parse(['عاجل', items[0], 'عاجل', items[1], headline, lead].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([lead]);
    // One item alone, the story speaking of it: it is the headline.
    expect(parser.parse(['عاجل', headline, lead].join('\n')).title).toBe(headline);
  });

  it('reads a box of values in the header to its last value, a longer one too, and its named times as its own', () => {
    const box = ['أسعار العملات', 'الدولار 3.75 ريال', 'اليورو 4.08 ريال', 'الذهب عيار 21: 245 ريال'];
    const prayers = ['مواقيت الصلاة', 'العصر 15:12', 'المغرب 17:40', 'العشاء 19:02'];
    const page = parser.parse([...box, ...prayers, HEADLINE, 'السبت، 12 أكتوبر 2024', PARAGRAPH].join('\n'));
    expect(page.title).toBe(HEADLINE);
    expect(page.date).toBe('السبت، 12 أكتوبر 2024');
    expect(page.boilerplate).toEqual(expect.arrayContaining([box[3], prayers[2]]));
    // The first of the times too, with a named time under it.
    const first = parser.parse(['مواقيت الصلاة', 'المغرب 17:40', 'العشاء 19:02', HEADLINE, 'السبت، 12 أكتوبر 2024', PARAGRAPH].join('\n'));
    expect(first.date).toBe('السبت، 12 أكتوبر 2024');
    // A headline under a box of words (the site's sections) is still the headline, and a value of more than
    // three words with no value above it does not join a box.
    const sections = parser.parse(['أقسام الموقع', 'محليات', 'رياضة', 'ارتفاع سعر الذهب عيار 21 إلى 245 ريالا', 'السبت، 12 أكتوبر 2024', PARAGRAPH].join('\n'));
    expect(sections.title).toBe('ارتفاع سعر الذهب عيار 21 إلى 245 ريالا');
  });

  it("takes a short line under a box of values as the headline when a caption printed twice stands between it and the story", () => {
    const caption = 'البيوت القديمة في القرية عند الغروب';
    const lead = 'في قرية على أطراف الصحراء، ما زال السكان يبنون بيوتهم من الطين والتبن، كما فعل أجدادهم قبل مئات السنين.';
    const page = parser.parse(['مواقيت الصلاة', '', 'الظهر 11:52 العصر 2:40', '', 'بيوت من طين', '', caption, '', caption, '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe('بيوت من طين');
    expect(page.body).toEqual([lead, PARAGRAPH]);
  });

  it("takes a short line under a box as the headline when its date is right under it and the author's name, role and issue number follow", () => {
    const lead = 'على رصيف ضيق قرب الميناء القديم، يفرش بائع الكتب بضاعته كل صباح منذ ثلاثين عاما، ويقول إن زبائنه تغيروا.';
    const meta = ['نشر في: 14-03-2026 09:40', 'سلمى الراشد', 'كاتبة وروائية من الخليج', 'العدد 5120'];
    const page = parser.parse(['أسعار العملات', 'الدولار 3.67 درهم', 'مكتبات الأرصفة', ...meta, '', lead, '', PARAGRAPH].join('\n'));
    expect(page.title).toBe('مكتبات الأرصفة');
    expect(page.byline).toBe('سلمى الراشد');
    expect(page.body).toEqual([lead, PARAGRAPH]);
    // Without a paragraph under the meta (a related label first), the line stays the box's.
    const noStory = parser.parse(['أسعار العملات', 'الدولار 3.67 درهم', 'مكتبات الأرصفة', ...meta, '', 'اقرأ أيضا', '', lead].join('\n'));
    expect(noStory.title).not.toBe('مكتبات الأرصفة');
  });

  it('reads a byline with its update date after a bar: the name, and the date as updated', () => {
    const article = parser.parse([HEADLINE, 'الأربعاء 14 فبراير 2024', 'بقلم: سلمى الحداد | آخر تحديث: 15 فبراير 2024', PARAGRAPH].join('\n'));
    expect(article.byline).toBe('سلمى الحداد');
    expect(article.dates.published?.iso).toBe('2024-02-14');
    expect(article.dates.updated?.iso).toBe('2024-02-15');
  });
});

describe('a column with its author box on top', () => {
  const lines = ['د. نادر الشامي', 'أستاذ العلوم السياسية في جامعة الشرق', 'مقالات الكاتب', 'الخميس 7 مارس 2024', 'عن المدن التي تكبر بلا ذاكرة'];
  const FIRST = 'تتسع مدننا كل عام بأحياء جديدة وطرق سريعة ومراكز تسوق ضخمة، لكن قلة منا تسأل عما تفقده هذه المدن وهي تكبر على عجل.';

  it("takes the headline under the author's role and the author's articles label, and keeps the first paragraph", () => {
    const article = parser.parse([...lines, FIRST, PARAGRAPH].join('\n'));
    expect(article.title).toBe('عن المدن التي تكبر بلا ذاكرة');
    expect(article.byline).toBe('د. نادر الشامي');
    expect(article.body).toEqual([FIRST, PARAGRAPH]);
    expect(article.boilerplate).toContain('أستاذ العلوم السياسية في جامعة الشرق');
  });

  it('keeps a headline that opens with a role word when no byline is right above it', () => {
    const headline = 'كاتب شاب يفوز بجائزة الرواية العربية لهذا العام';
    expect(parser.parse([headline, 'الخميس 7 مارس 2024', PARAGRAPH].join('\n')).title).toBe(headline);
    // Under a short section label too: no headline comes under it, so it describes no author.
    expect(parser.parse(['أخبار ثقافية', headline, 'الخميس 7 مارس 2024', PARAGRAPH].join('\n')).title).toBe(headline);
  });

  it("takes the headline under the author's bare name and description, however long the name, the name as the byline", () => {
    const headline = 'في معنى أن تكون مواطنا';
    for (const name of ['عبد الرحمن السويدي', 'محمد بن عبد الله السالم']) {
      for (const description of ['الكاتب صحفي ومحلل سياسي', 'باحث في علم الاجتماع السياسي']) {
        const article = parser.parse(['رأي', name, description, headline, FIRST, PARAGRAPH].join('\n'));
        expect(article.title, `${name} / ${description}`).toBe(headline);
        expect(article.body).toEqual([FIRST, PARAGRAPH]);
        expect(article.byline).toBe(name);
      }
    }
  });

  it("reads the author's name and role under a latest-news label as the column's author box, not as the list's headlines", () => {
    const role = 'كاتب وباحث في شؤون العمران العربي';
    const headline = 'في مديح السهر الطويل';
    const article = parser.parse(['آخر الأخبار', '', headline, '', 'سامي الخوري', '', role, '', 'العدد 2207', '', FIRST, '', PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.byline).toBe('سامي الخوري');
    expect(article.related).toEqual([]);
    expect(article.body).toEqual([FIRST, PARAGRAPH]);
    // Under a headline dated in its own words, the role is still no headline.
    const dated = 'أسعار الخضار اليوم الخميس 19 نوفمبر 2026';
    const lead = 'انخفضت أسعار الخضار في سوق الجملة صباح اليوم الخميس، مع وصول شحنات جديدة من المزارع الشمالية.';
    const column = parser.parse(['الأكثر قراءة اليوم', dated, 'سامي الخوري', role, 'العدد 2207', 'آخر تحديث منذ ساعة', lead, PARAGRAPH].join('\n'));
    expect(column.title).toBe(dated);
    expect(column.body).toEqual([lead, PARAGRAPH]);
  });

  it('takes a bare name right over a byline giving the same name as the author, never as the headline, and the short line above as the headline', () => {
    for (const headline of ['ذاكرة الأسواق', 'ذاكرة الأسواق القديمة']) {
      for (const label of ['بقلم: ', 'الكاتب : ', 'كتب - ']) {
        const article = parser.parse([headline, '', 'رنا الخطيب', '', label + 'رنا الخطيب', '', 'الاثنين 9 نوفمبر 2026', '', FIRST, '', PARAGRAPH].join('\n'));
        expect(article.title, `${headline} / ${label}`).toBe(headline);
        expect(article.byline).toBe('رنا الخطيب');
        expect(article.body).toEqual([FIRST, PARAGRAPH]);
      }
    }
    // Another name over the byline is not the author's printed twice: the bare name is not made the byline.
    const other = parser.analyze(['ذاكرة الأسواق القديمة', 'سامي يوسف', 'بقلم: رنا الخطيب', FIRST].join('\n'));
    expect(other.article.byline).toBe('رنا الخطيب');
    expect(other.lines[1]!.rule).not.toBe('author-under-title');
  });

  it("takes the headline under the author's bare name and description with the column's date between them", () => {
    const headline = 'عن المدن التي تكبر بلا ذاكرة';
    const { article, lines: placed } = parser.analyze(['سلمى الحداد', 'أستاذة العلوم السياسية في جامعة الأفق', 'الخميس 12 سبتمبر 2024', headline, FIRST, PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([FIRST, PARAGRAPH]);
    expect(placed[1]).toMatchObject({ type: 'boilerplate', rule: 'author-description' });
    // A headline opening with a role word under a section label, its date and the story under it, stays the headline.
    const own = 'كاتب شاب يفوز بجائزة الرواية العربية لهذا العام';
    expect(parser.parse(['أخبار ثقافية', own, 'الخميس 7 مارس 2024', PARAGRAPH].join('\n')).title).toBe(own);
  });

  it("takes a bare name right under the headline, the author's description under it, as the byline", () => {
    const headline = 'حين تصبح المدن بلا ذاكرة ولا أرصفة';
    for (const description of ['كاتب وصحفي مصري', 'باحث في علم الاجتماع السياسي']) {
      const { article, lines: placed } = parser.analyze(['رأي', headline, 'سامي عبد الرحمن', description, 'الخميس 7 مارس 2024', FIRST, PARAGRAPH].join('\n'));
      expect(article.title).toBe(headline);
      expect(article.byline).toBe('سامي عبد الرحمن');
      expect(placed[3]).toMatchObject({ type: 'boilerplate', rule: 'author-description' });
      expect(article.body).toEqual([FIRST, PARAGRAPH]);
    }
    // A deck opening with a role word under a headline, with no name between, stays the deck.
    const deck = 'كاتب شاب يروي سيرة مدينته في رواية أولى';
    expect(parser.parse(['رأي', headline, deck, 'الخميس 7 مارس 2024', FIRST].join('\n')).body).toEqual([deck, FIRST]);
  });

  it("takes a bare name over two joined roles (`كاتبة وباحثة ...`) as the byline, whatever stands under the description", () => {
    const headline = 'حين تصبح المدن بلا ذاكرة ولا أرصفة';
    const { article, lines: placed } = parser.analyze([headline, 'بيروت (رويترز)', 'منى سالم', 'كاتبة وباحثة في شؤون المدن', 'العدد 4410', FIRST, PARAGRAPH].join('\n'));
    expect(article.byline).toBe('منى سالم');
    expect(placed[3]).toMatchObject({ type: 'boilerplate', rule: 'author-description' });
    expect(article.body).toEqual([FIRST, PARAGRAPH]);
  });

  it("drops the author's bio as the last paragraph when it opens with the byline's name and a role", () => {
    const bio = 'سامي يوسف صحفي متخصص في الشؤون الاقتصادية، عمل في عدد من الصحف العربية.';
    const { article, lines: placed } = parser.analyze(['عن المدن التي تكبر بلا ذاكرة', 'بقلم: سامي يوسف', FIRST, PARAGRAPH, bio].join('\n'));
    expect(article.body).toEqual([FIRST, PARAGRAPH]);
    expect(placed[4]).toMatchObject({ type: 'boilerplate', rule: 'author-bio' });
    // Another person's name and role closing the story is the story's.
    const other = 'نادر الشامي باحث في الاقتصاد الحضري، ويرى أن المدن تحتاج إلى خطط طويلة الأمد.';
    expect(parser.parse(['عن المدن التي تكبر بلا ذاكرة', 'بقلم: سامي يوسف', FIRST, PARAGRAPH, other].join('\n')).body).toEqual([FIRST, PARAGRAPH, other]);
  });

  it('reads an author cue followed by a role as a description, not as a byline', () => {
    const { article, lines: placed } = parser.analyze(['عبد الرحمن السويدي', 'الكاتب أستاذ جامعي', 'عن المدن التي تكبر بلا ذاكرة', FIRST].join('\n'));
    expect(placed[1]).toMatchObject({ type: 'boilerplate', rule: 'author-description' });
    // (The name above it is the byline.)
    expect(article.byline).toBe('عبد الرحمن السويدي');
    expect(article.title).toBe('عن المدن التي تكبر بلا ذاكرة');
  });
});

describe('a read-also or watch-also list of headlines each with a paragraph under it', () => {
  const headline = 'افتتاح متحف جديد للفنون الإسلامية في العاصمة';
  const story = 'افتتح وزير الثقافة مساء أمس متحفا جديدا للفنون الإسلامية يضم أكثر من خمسة آلاف قطعة أثرية نادرة.';
  const items = [
    ['جولة داخل أقدم مكتبة في المدينة', 'نأخذكم في جولة داخل أقدم مكتبة عامة في المدينة، والتي تأسست قبل أكثر من مئة عام.'],
    ['حفل ختام مهرجان الموسيقى العربية', 'لقطات من الحفل الختامي لمهرجان الموسيقى العربية الذي شهد حضورا جماهيريا كبيرا.'],
    ['سباق القوارب الشراعية على شاطئ الكورنيش', 'مشاهد من سباق القوارب الشراعية الذي شارك فيه أكثر من خمسين متسابقا.'],
  ];
  it('gives each headline its own paragraph', () => {
    const article = parser.parse([headline, story, 'شاهد أيضا', ...items.flat()].join('\n'));
    expect(article.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(items);
  });

  it("takes a headline under an item's duration as the next item, even when it shares words with the item above", () => {
    const alike = [
      ['الرئيس يفتتح مشروعات جديدة في الصعيد', 'افتتح الرئيس اليوم عددا من المشروعات التنموية الجديدة في محافظات الصعيد.'],
      ['رئيس الوزراء يتفقد أعمال العاصمة الجديدة', 'تفقد رئيس الوزراء سير العمل في عدد من المشروعات الجاري تنفيذها بالعاصمة.'],
    ];
    const article = parser.parse([headline, story, 'شاهد أيضا', alike[0]![0], alike[0]![1], '02:15', alike[1]![0], alike[1]![1], '03:40'].join('\n'));
    expect(article.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(alike);
  });

  it("keeps a list's items that open with their kind (`فيديو | ...`) in that list", () => {
    const article = parser.parse([headline, story, 'شاهد أيضا', `فيديو | ${items[0]![0]}`, '02:15', `فيديو | ${items[1]![0]}`, '03:40'].join('\n'));
    expect(article.related.map((s) => [s.label, s.items.map((i) => i.headline)])).toEqual([['شاهد أيضا', [`فيديو | ${items[0]![0]}`, `فيديو | ${items[1]![0]}`]]]);
  });

  it("takes a video's title under its kind between the story's paragraphs out of the story, which goes on under it", () => {
    const more = 'وقال مدير المتحف إن القاعات ستفتح أمام طلاب المدارس مجانا مرتين في الأسبوع خلال العام الدراسي.';
    const article = parser.parse([headline, story, `فيديو: ${items[0]![0]}`, more].join('\n'));
    expect(article.body).toEqual([story, more]);
    expect(article.related.map((s) => [s.label, s.items.map((i) => i.headline)])).toEqual([['فيديو:', [items[0]![0]]]]);
  });

  it("leaves a timeline's year to the story after a read-also on one line and a blank line; touching the read-also, a date is its own", () => {
    const entry = 'وضع حجر الأساس للمتحف بحضور وفود من عدة دول في احتفال كبير أقيم في ساحة المدينة القديمة.';
    const next = 'افتتحت القاعة الأولى للمخطوطات بعد ترميم استمر ثلاث سنوات بإشراف خبراء من الجامعة.';
    const spaced = parser.parse([headline, story, '', `اقرأ أيضا: ${items[0]![0]}`, '', '1998', entry, '', '2004', next].join('\n'));
    expect(spaced.body).toEqual([story, '1998', entry, '2004', next]);
    const touching = parser.parse([headline, story, '', `اقرأ أيضا: ${items[0]![0]}`, '12 مايو 2024', '', entry].join('\n'));
    expect(touching.body).toEqual([story, entry]);
  });

  // Lists of headline-and-lede pairs, the story and the label touching, the items spaced by blank lines.
  const ledeList = (top: readonly string[], label: string, news: readonly (readonly string[])[]) => `${[...top, label].join('\n')}\n\n${news.flat().join('\n\n')}`;
  const sameTrade = {
    top: ['الرئيس يستقبل وفدا من رجال الأعمال ويبحث فرص الاستثمار', 'استقبل الرئيس في قصر الرئاسة اليوم وفدا من رجال الأعمال، وبحث معهم فرص الاستثمار في القطاعات الواعدة.'],
    label: 'أخبار متعلقة',
    news: [
      ['افتتاح متحف للحرف التقليدية في البلدة القديمة', 'افتتحت وزارة الثقافة متحفا للحرف التقليدية في البلدة القديمة، يضم أكثر من ألف قطعة من النسيج والفخار والنحاس جمعت من القرى المحيطة.'],
      ['افتتاح معرض الكتاب الدولي بمشاركة 40 دولة', 'افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي في دورته الثلاثين، بمشاركة أكثر من ألف دار نشر من أربعين دولة.'],
      ['الحكومة تعلن خطة لإعادة إعمار الموانئ المتضررة', 'أعلنت الحكومة، أمس، خطة شاملة لإعادة إعمار الموانئ التي تضررت خلال العاصفة الأخيرة، بكلفة تقدر بملياري دولار.'],
      // (Two stories of one trade, the second sharing words with the first.)
      ['ارتفاع صادرات التمور بنسبة عشرين في المئة خلال موسم الحصاد', 'سجلت صادرات التمور ارتفاعا بنسبة عشرين في المئة خلال موسم الحصاد الحالي مقارنة بالموسم الماضي، بحسب بيانات نشرتها وزارة الزراعة اليوم.'],
      ['ارتفاع صادرات التمور إلى أوروبا بنسبة 30%', 'سجلت صادرات التمور إلى الأسواق الأوروبية ارتفاعا بنسبة 30 في المئة خلال الأشهر التسعة الأولى من العام، مقارنة بالفترة نفسها من العام الماضي، وفق بيانات رسمية.'],
      ['افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية في الساحل الجنوبي', 'افتتحت وزارة المياه أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في الساحل الجنوبي، بطاقة إنتاجية تبلغ خمسين ألف متر مكعب يوميا.'],
    ],
  };
  const sameEvent = {
    top: ['الحكومة تخفض رسوم تسجيل الشركات الناشئة', 'خفضت الحكومة رسوم تسجيل الشركات الناشئة إلى النصف، في خطوة تهدف إلى تشجيع الشباب على إطلاق مشاريعهم الخاصة.'],
    label: 'أخبار أخرى',
    news: [
      ['افتتاح مهرجان المسرح الشبابي في دورته الخامسة', 'افتتح وزير الثقافة مساء أمس مهرجان المسرح الشبابي في دورته الخامسة بمشاركة عشرين فرقة من المحافظات.'],
      ['مهرجان المسرح الشبابي يكرم رواد الخشبة', 'كرم مهرجان المسرح الشبابي في حفل افتتاحه ثلاثة من رواد الخشبة تقديرا لمسيرتهم الطويلة.'],
      ['الأرصاد تتوقع أمطارا غزيرة على المرتفعات', 'توقعت هيئة الأرصاد هطول أمطار غزيرة على المرتفعات الشمالية خلال اليومين المقبلين.'],
    ],
  };

  it.each([
    ['in the rhythm of two items at least', sameTrade],
    // (The rhythm shows ahead from the first item on: each headline over its own lede.)
    ['as the second, when a third pair follows', sameEvent],
  ])('takes a headline over a paragraph restating it as the next item %s, though it shares words with the item above', (_when, { top, label, news }) => {
    const article = parser.parse(ledeList(top, label, news));
    expect(article.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(news);
  });

  it("keeps the second of two pairs only, restating the first, as a subheading of the first item's article", () => {
    const { top, label, news } = sameEvent;
    const two = parser.parse(ledeList(top, label, news.slice(0, 2)));
    expect(two.related[0]!.items.map((i) => i.headline)).toEqual([news[0]![0]]);
  });

  it("gives the story back a paragraph naming the story as much as the last item under a read-more list of one paragraph an item, spaced as the story is", () => {
    const top = ['معرض الكتاب المدرسي يغلق أبوابه في العاصمة', '', 'أغلق معرض الكتاب المدرسي أبوابه في العاصمة مساء أمس، بعد أسبوع زاره فيه أكثر من ثلاثين ألف طالب ومعلم من مختلف المحافظات.'];
    const news = [
      ['ارتفاع أسعار الأعلاف يثقل كاهل مربي الماشية', 'اشتكى مربو الماشية في القرى الشرقية من ارتفاع أسعار الأعلاف للشهر الثالث على التوالي، مطالبين الحكومة بدعم عاجل قبل أن يبيعوا قطعانهم.'],
      ['الجامعة تفتح باب التسجيل في برامج الدراسات العليا', 'أعلنت الجامعة فتح باب التسجيل في برامج الماجستير والدكتوراه حتى نهاية الشهر المقبل، مع منح كاملة لأوائل الخريجين من المحافظات البعيدة.'],
      ['معرض للحرف اليدوية يجمع فنانين من عشر دول', 'افتتح في المدينة القديمة معرض للحرف اليدوية يشارك فيه فنانون من عشر دول، يعرضون أعمالا من الخزف والنسيج والنحاس المطروق طوال أسبوعين.'],
    ];
    const page = (next: string) => parser.parse([...top, '', 'اقرأ المزيد', '', ...news.flat(), next, 'وقالت مديرة المعرض إن الدورة المقبلة ستنتقل إلى قاعة أكبر لتستوعب الزوار.'].join('\n\n'));
    // `المعرض` of the story's headline and of the last item's: the story resumes.
    const last = 'الخميس الماضي كان آخر أيام المعرض، وخصصته إدارته لتوقيع الكتب الجديدة للأطفال.';
    expect(page(last).body).toContain(last);
    expect(page(last).related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(news);
    // Naming the last item's crafts and not the story: that item's text goes on.
    const crafts = 'ويعرض الحرفيون أعمالهم من الخزف والنحاس المطروق في أجنحة المدينة القديمة.';
    expect(page(crafts).body).not.toContain(crafts);
    // Under a last item heading an article of its own, its byline under its headline: that article goes on.
    const signed = news.map((n, k) => (k === news.length - 1 ? [n[0]!, 'كتب: رنا الحسن', n[1]!] : n));
    const article = parser.parse([...top, '', 'اقرأ المزيد', '', ...signed.flat(), last].join('\n\n'));
    expect(article.body).not.toContain(last);
  });

  it("takes a video's description under it as its text in such a list, the list going on", () => {
    // (A video's headline has no article on the page: what is under it in a list of ledes is its description.)
    const news = [
      ['فيديو.. صياد يعيد سلحفاة بحرية نادرة إلى الشاطئ', 'أعاد صياد سلحفاة بحرية نادرة علقت في شباكه إلى الشاطئ، وسط تصفيق رواد البحر الذين وثقوا اللحظة بهواتفهم.'],
      ['المكتبة البلدية تمدد ساعات عملها في الامتحانات', 'مددت المكتبة البلدية ساعات عملها حتى منتصف الليل طوال فترة الامتحانات لاستقبال الطلاب.'],
      ['نادي الشطرنج ينظم بطولة مفتوحة للناشئين', 'ينظم نادي الشطرنج بطولة مفتوحة للناشئين الأسبوع المقبل بمشاركة ستين لاعبا من المدارس.'],
    ];
    const top = ['ارتفاع أسعار الخبز في المخابز الخاصة', 'رفعت المخابز الخاصة سعر ربطة الخبز بنسبة عشرة في المئة، بعد زيادة أسعار الطحين والوقود خلال الشهر الماضي.', 'وطالبت جمعية حماية المستهلك الحكومة بمراقبة الأسعار وضمان توفر الخبز المدعوم.'];
    const article = parser.parse(`${[...top, 'مواضيع متصلة', ...news.flat()].join('\n\n')}\n© جميع الحقوق محفوظة 2026`);
    expect(article.body).toEqual(top.slice(1));
    expect(article.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(news);
  });

  // A live report's entries are numbered by the minute or the hour: under a live report's first paragraph they are
  // its own, while under any other headline such lines are the list's next headlines.
  it.each([
    ['minutes', 'مباشر: الفيصلي يستضيف الرمثا في ديربي الشمال', ['الدقيقة 12: رأسية من مدافع الفيصلي تعلو العارضة', 'الدقيقة 34: هدف أول للرمثا من ركلة حرة مباشرة']],
    ['hours', 'تغطية مباشرة: الانتخابات البلدية في العاصمة', ['الساعة 09:00 - افتتاح مراكز الاقتراع وسط إجراءات تنظيمية مشددة', 'الساعة 12:30 - نسبة المشاركة تبلغ عشرين في المئة حتى منتصف النهار']],
  ])("keeps a live report's entries by the %s under its first paragraph as its own", (_what, item, entries) => {
    const top = ['افتتاح مركز جديد لرعاية المسنين في الحي الغربي', 'افتتحت وزارة التنمية الاجتماعية مركزا لرعاية المسنين في الحي الغربي يتسع لمئة وعشرين نزيلا، ويضم عيادات وقاعات للأنشطة.'];
    const lede = 'تتابع الصحيفة لحظة بلحظة ما يجري، وتنقل إليكم التطورات أولا بأول منذ الصباح.';
    const article = parser.parse([...top, 'أخبار ذات صلة', item, 'الأحد 6 ديسمبر 2026', lede, ...entries].join('\n'));
    expect(article.body).toEqual([top[1]]);
    expect(article.related[0]!.items).toEqual([{ headline: item, body: [lede, ...entries] }]);
    // Under a headline with no live badge, the same lines are the list's next headlines.
    const plain = parser.parse([...top, 'أخبار ذات صلة', item.slice(item.indexOf(':') + 2), 'الأحد 6 ديسمبر 2026', lede, ...entries].join('\n'));
    expect(plain.related[0]!.items.length).toBeGreaterThan(1);
  });

  it('keeps a subheading of an embedded article, which speaks of the article above it', () => {
    const item = 'الحكومة تعلن خطة لزيادة المساحات المزروعة بالقمح';
    const body = ['أعلنت وزارة الزراعة خطة لزيادة المساحات المزروعة بالقمح خلال الموسم الحالي بنسبة 8 في المئة.', 'أهداف خطة زيادة المساحات المزروعة', 'وتستهدف الخطة تقليص فاتورة الاستيراد وتعزيز الأمن الغذائي.'];
    const article = parser.parse([headline, story, 'المصدر: صحيفة الأفق', 'اقرأ أيضا', item, ...body].join('\n'));
    expect(article.related[0]!.items).toEqual([{ headline: item, body }]);
  });
});

describe('several headlines in the header, each with its own time under it', () => {
  const ours = 'مقتل 12 شخصا في انفجار بمصنع للكيماويات';
  const other = 'غزة تحت القصف لليوم العشرين على التوالي';
  const lead = 'قتل 12 شخصا وأصيب العشرات في انفجار وقع في مصنع للكيماويات شرق البلاد، حسبما ذكرت وسائل إعلام رسمية.';
  it('takes the one the first paragraph speaks of, first or second, and no other reaches the story', () => {
    for (const order of [[ours, 'منذ ساعتين', other, 'منذ 3 ساعات'], [other, 'منذ 3 ساعات', ours, 'منذ ساعتين']]) {
      const article = parser.parse(['الأخبار', ...order, 'بكين - رويترز', lead, PARAGRAPH].join('\n'));
      expect(article.title).toBe(ours);
      expect(article.body).toEqual([lead, PARAGRAPH]);
    }
  });

  it('keeps a deck that carries the page date under it when the headline has none of its own', () => {
    const deck = 'فرق الإنقاذ تواصل البحث عن مفقودين تحت الأنقاض في موقع المصنع';
    const article = parser.parse([ours, deck, 'منذ ساعتين', lead].join('\n'));
    expect(article.title).toBe(ours);
    expect(article.body).toEqual([deck, lead]);
  });
});

describe('a source label standing alone', () => {
  const headline = 'ارتفاع أسعار الذهب في الأسواق العالمية';
  const lead = 'ارتفعت أسعار الذهب في الأسواق العالمية اليوم بنسبة واحد في المئة، مع تراجع الدولار وتزايد الإقبال على الملاذات الآمنة.';
  it.each([
    ['المصدر:', 'الجزيرة نت'],
    ['المصدر', 'وكالة الأنباء الرسمية'],
    ['مصدر الخبر :', 'صحيفة الأفق'],
  ])('%s names the source on the line under it: %s', (label, value) => {
    for (const gap of [[], ['']]) {
      const article = parser.parse([headline, lead, PARAGRAPH, label, ...gap, value, 'شارك'].join('\n'));
      expect(article.source).toBe(value);
      expect(article.body).toEqual([lead, PARAGRAPH]);
    }
  });

  it('leaves the story going on when a paragraph follows it', () => {
    const article = parser.parse([headline, lead, 'المصدر', PARAGRAPH].join('\n'));
    expect(article.source).toBeNull();
    expect(article.body).toEqual([lead, PARAGRAPH]);
  });
});

describe('a headline dated in its own words', () => {
  const dated = 'أسعار العملات اليوم الاثنين 11 ديسمبر 2028';
  const lead = 'استقرت أسعار العملات الأجنبية أمام الجنيه في تعاملات اليوم الاثنين، وفقا لآخر تحديث للبنك المركزي.';
  it('is the headline when the header has no other, and the date under it stays the date', () => {
    const article = parser.parse([dated, 'الاثنين 11 ديسمبر 2028 08:30 ص', lead, PARAGRAPH].join('\n'));
    expect(article.title).toBe(dated);
    expect(article.body).toEqual([lead, PARAGRAPH]);
    expect(article.dates.published?.iso).toBe('2028-12-11T08:30');
  });

  it("is the headline under a section's name or a short line that the first paragraph speaks of less", () => {
    for (const over of ['شؤون محلية', 'أخبار محلية', 'أخبار الوطن']) {
      const article = parser.parse(['اشترك في النشرة', over, dated, 'طباعة', lead, PARAGRAPH].join('\n'));
      expect(article.title, over).toBe(dated);
      expect(article.body).toEqual([lead, PARAGRAPH]);
    }
    // A section's name over a date with no words of its own is no headline either; the date stays the date.
    const plain = parser.parse(['أخبار محلية', 'الاثنين 11 ديسمبر 2028', lead].join('\n'));
    expect(plain.title).toBeNull();
    expect(plain.date).toBe('الاثنين 11 ديسمبر 2028');
  });

  it("is the headline under a widget's box in the header, the story under it; a box's own dated heading with values under it stays no headline", () => {
    for (const gap of [[], ['فيسبوك تويتر واتساب']]) {
      const article = parser.parse(['مواقيت الصلاة', 'الفجر 05:02 الظهر 11:48', dated, ...gap, lead, PARAGRAPH].join('\n'));
      expect(article.title, `${gap.length}`).toBe(dated);
      expect(article.body).toEqual([lead, PARAGRAPH]);
    }
    // So is it right under an empty tag box's label: the label is furniture.
    const tagged = parser.analyze(['الكلمات المفتاحية', dated, lead, PARAGRAPH].join('\n'));
    expect(tagged.article.title).toBe(dated);
    expect(tagged.article.tags).toEqual([]);
    expect(tagged.lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
    const headline = 'البنك المركزي يبقي أسعار الفائدة دون تغيير';
    const box = parser.parse(['أسعار العملات', dated, 'الدولار 3.75 ريال', 'اليورو 4.08 ريال', headline, lead].join('\n'));
    expect(box.title).toBe(headline);
  });

  it("is a widget's short line of words over an author's bare name when the paragraph past the page's meta speaks of it; one it does not speak of stays the widget's", () => {
    const head = (short: string) => ['حالة الطقس', 'إربد 16 درجة', short, 'ريم الخطيب', 'المصدر: وكالات', 'تكبير الخط', ''];
    const story = 'تعيش أحياء شرق المدينة أمسياتها منذ أسبوع على ضوء الشموع، بعد أن تعطلت محطة التحويل التي تغذيها بالكهرباء.';
    const spoken = parser.parse([...head('أمسيات بلا كهرباء'), story, '', PARAGRAPH].join('\n'));
    expect(spoken.title).toBe('أمسيات بلا كهرباء');
    expect(spoken.body).toEqual([story, PARAGRAPH]);
    const unspoken = parser.analyze([...head('رياح معتدلة'), story, '', PARAGRAPH].join('\n'));
    expect(unspoken.article.title).toBeNull();
    expect(unspoken.lines[2]).toMatchObject({ type: 'boilerplate', rule: 'widget' });
    // A widget's line with nothing under it ends the page: no name to read under it, and it stays the widget's.
    expect(parser.analyze(['الأقسام', 'شتاء بلا مطر', ''].join('\n')).lines[1]).toMatchObject({ type: 'boilerplate' });
  });

  it('is the headline over a caption printed twice that the first paragraph speaks of less', () => {
    const caption = 'لوحة إعلانات مضيئة في شارع تجاري مزدحم';
    for (const copies of [[caption, caption], [caption, '', caption, '', '8 صور']]) {
      const article = parser.parse([dated, '', ...copies, '', lead, '', PARAGRAPH].join('\n'));
      expect(article.title, `${copies.length}`).toBe(dated);
      expect(article.body).toEqual([lead, PARAGRAPH]);
    }
    // A name beside a date is the page's meta, no headline: the copies hang under the short headline above it.
    const named = parser.parse(['العملات تستقر', '', '06 ديسمبر 2026 سامر يوسف', '', caption, '', caption, '', lead, '', PARAGRAPH].join('\n'));
    expect(named.title).toBe('العملات تستقر');
  });

  it('is a date line under another headline', () => {
    const headline = 'استقرار أسعار العملات أمام الجنيه في بداية الأسبوع';
    const { article, lines } = parser.analyze([headline, dated, lead].join('\n'));
    expect(article.title).toBe(headline);
    expect(lines[1]).toMatchObject({ type: 'date', rule: 'date-line' });
  });
});

describe('a pull quote', () => {
  const headline = 'افتتاح أطول جسر معلق في البلاد بطول ثلاثة كيلومترات';
  const lead = 'افتتح رئيس الوزراء اليوم أطول جسر معلق في البلاد، يربط ضفتي النهر ويختصر زمن الرحلة بين المدينتين.';
  const said = 'وقال رئيس الوزراء في كلمته إن المشروع نفذ بأيد وطنية خلال أربع سنوات، بتكلفة بلغت ملياري دولار.';
  const next = 'وأضاف أن الحكومة تخطط لإنشاء ثلاثة جسور أخرى على النهر خلال العقد المقبل.';
  it('repeating a run of the paragraph above or below it is not story', () => {
    for (const quote of ['«المشروع نفذ بأيد وطنية خلال أربع سنوات»', '"المشروع نُفّذ بأيدٍ وطنية خلال أربع سنوات"']) {
      expect(parser.parse([headline, lead, said, quote, next].join('\n')).body).toEqual([lead, said, next]);
      expect(parser.parse([headline, lead, quote, said, next].join('\n')).body).toEqual([lead, said, next]);
    }
  });

  it('keeps a subheading that shares only a few words, or words not in a run, with the paragraphs', () => {
    for (const sub of ['الجسور الجديدة على النهر', 'ثلاثة جسور أخرى خلال العقد المقبل على النهر']) {
      expect(parser.parse([headline, lead, said, sub, next].join('\n')).body).toEqual([lead, said, sub, next]);
    }
  });
});

describe("a list with the author's name above each headline", () => {
  const story = ['ارتفاع أسعار الذهب في الأسواق العالمية', PARAGRAPH, 'أخبار مقترحة'];
  const pairs = [['سامي يوسف', 'الحكومة تطلق برنامجا لدعم الصادرات'], ['ليلى منصور', 'ارتفاع الطلب على الألواح الشمسية'], ['خالد حسن', 'افتتاح معرض الكتاب الدولي في دورته الجديدة']];
  it('keeps the headlines as items and the names out of the list, the first name too', () => {
    for (const dated of [false, true]) {
      const lines = pairs.flatMap(([name, headline]) => (dated ? [name!, headline!, 'منذ يومين'] : [name!, headline!]));
      const items = parser.parse([...story, ...lines].join('\n')).related[0]!.items.map((i) => i.headline);
      expect(items).toEqual(pairs.map((p) => p[1]));
    }
  });

  it('keeps a short first headline when no name stands above a later one', () => {
    const items = parser.parse([...story, 'الاقتصاد أولا', 'عن أزمة الثقة في المؤسسات', 'الحكومة تطلق برنامجا لدعم الصادرات'].join('\n')).related[0]!.items;
    expect(items.map((i) => i.headline)).toEqual(['الاقتصاد أولا', 'عن أزمة الثقة في المؤسسات', 'الحكومة تطلق برنامجا لدعم الصادرات']);
  });
});

describe("the page's headline read as the last item of a list above the story", () => {
  const list = ['آخر الأخبار', 'انطلاق مهرجان الشتاء في أسوان بمشاركة 20 فرقة', 'منذ ساعة', 'تراجع معدل البطالة إلى أدنى مستوى في عشر سنوات', 'منذ ساعتين'];
  const ours = 'افتتاح أول مدرسة للذكاء الاصطناعي في البلاد';
  const lead = 'افتتح وزير التعليم اليوم أول مدرسة متخصصة في الذكاء الاصطناعي، تستقبل طلاب المرحلة الثانوية الراغبين في دراسة البرمجة.';
  it('goes back to the header when only its date or byline stands between it and a first paragraph about it', () => {
    // (The page's furniture may stand between them too: a share bar, a note that the page is in another language.)
    for (const meta of [['الثلاثاء 19 ديسمبر 2028 09:00 ص'], ['كتب: سامي يوسف', 'الثلاثاء 19 ديسمبر 2028 09:00 ص'], ['الثلاثاء 19 ديسمبر 2028 09:00 ص', 'شارك الخبر'], ['الثلاثاء 19 ديسمبر 2028 09:00 ص', 'هذا المقال متاح أيضا باللغة الإنجليزية']]) {
      const article = parser.parse([...list, ours, ...meta, lead, PARAGRAPH].join('\n'));
      expect(article.title).toBe(ours);
      expect(article.related[0]!.items).toHaveLength(2);
      expect(article.dates.published?.iso).toBe('2028-12-19T09:00');
      // The time under the list's first headline is the list's too, not the page's date line.
      expect(article.date).toBe('الثلاثاء 19 ديسمبر 2028 09:00 ص');
      expect(article.body).toEqual([lead, PARAGRAPH]);
    }
  });

  it('stays in the list when the first paragraph speaks of something else, or the header has a headline', () => {
    const other = 'ارتفعت أسعار الذهب في الأسواق العالمية اليوم بنسبة واحد في المئة، مع تراجع الدولار وتزايد الإقبال على الملاذات.';
    expect(parser.parse([...list, ours, 'منذ 3 ساعات', other].join('\n')).related[0]!.items).toHaveLength(3);
    const headline = 'ارتفاع أسعار الذهب في الأسواق العالمية اليوم';
    const article = parser.parse([headline, 'الثلاثاء 19 ديسمبر 2028', ...list, ours, 'منذ 3 ساعات', lead].join('\n'));
    expect(article.title).toBe(headline);
  });
});

describe('a short headline in a related list', () => {
  it("is an item when it holds a particle of a sentence, not an author's name under the headline above", () => {
    const text = ['افتتاح معرض الكتاب الدولي بمشاركة 40 دولة', PARAGRAPH, 'مقالات أخرى للكاتب', 'الديمقراطية ليست صندوقا فقط', 'عن الشباب والأمل', 'حديث في السياسة', 'سالم العتيبي'].join('\n');
    const items = parser.parse(text).related[0]!.items.map((i) => i.headline);
    expect(items).toEqual(['الديمقراطية ليست صندوقا فقط', 'عن الشباب والأمل', 'حديث في السياسة']);
  });
});

describe('a paragraph broken at every link', () => {
  it('keeps a piece that is also a chrome word (`عدد`) when the line above was cut in mid-sentence', () => {
    const pieces = ['أعلنت الوزارة عن إطلاق برنامج وطني لإنجاز محطات جديدة في', 'عدد', 'من الولايات الساحلية', '، لتأمين الماء خلال فصل الصيف.'];
    const article = parser.parse(['محطات جديدة لتحلية مياه البحر في الولايات الساحلية', 'الأحد 21 يوليو 2024', ...pieces, PARAGRAPH].join('\n'));
    expect(article.body[0]).toBe('أعلنت الوزارة عن إطلاق برنامج وطني لإنجاز محطات جديدة في عدد من الولايات الساحلية، لتأمين الماء خلال فصل الصيف.');
  });

  it('takes no quotation closed on its own line for a piece cut in mid-sentence, whatever its last word', () => {
    const quote = '«لن نتراجع عن الخطة مهما كانت الضغوط على»';
    const next = 'وقال الوزير إن الحكومة ستعرض الموازنة على البرلمان الأسبوع المقبل لمناقشتها وإقرارها.';
    const article = parser.parse(['محطات جديدة لتحلية مياه البحر في الولايات الساحلية', 'الأحد 21 يوليو 2024', PARAGRAPH, quote, 'أرشيفية', next].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, quote, next]);
  });

  it("keeps the first piece whole when it opens with the paragraph's dateline, the story's first words after its colon", () => {
    const pieces = ['صفاقس - الأفق: أطلقت البلدية', 'حملة لتنظيف الشواطئ', 'بمشاركة مئات المتطوعين من طلبة الجامعات والجمعيات الأهلية.'];
    const article = parser.parse(['حملة لتنظيف الشواطئ بمشاركة مئات المتطوعين', 'الأحد 21 يوليو 2024', ...pieces, PARAGRAPH].join('\n'));
    expect(article.body[0]).toBe(pieces.join(' '));
    expect(article.dateline).toBe('صفاقس - الأفق');
  });

  it('leaves a chrome word on its own line after a finished sentence as chrome', () => {
    const article = parser.parse(['محطات جديدة لتحلية مياه البحر في الولايات الساحلية', 'الأحد 21 يوليو 2024', PARAGRAPH, 'عدد', PARAGRAPH.replace('أقر', 'وأقر')].join('\n'));
    expect(article.body).not.toContain('عدد');
  });

  it('reads pieces right under the headline, with no date between, as the lede when a short piece ends its sentence', () => {
    const pieces = ['سجل قطاع', 'الموانئ', 'خلال الربع الأول نموا لافتا بلغ', '12 في المئة', 'مقارنة بالعام الماضي، وفق تقرير', 'هيئة الموانئ', 'الصادر اليوم.'];
    const article = parser.parse(['نمو لافت في حركة الموانئ خلال الربع الأول', ...pieces, PARAGRAPH].join('\n'));
    expect(article.title).toBe('نمو لافت في حركة الموانئ خلال الربع الأول');
    expect(article.body[0]).toBe('سجل قطاع الموانئ خلال الربع الأول نموا لافتا بلغ 12 في المئة مقارنة بالعام الماضي، وفق تقرير هيئة الموانئ الصادر اليوم.');
  });

  it('leaves a list of short items under the headline unjoined, its last item ending with a full stop', () => {
    const items = ['أبرز القرارات الجديدة', 'خفض ضريبة الدخل', 'دعم الصادرات الزراعية', 'تسهيل قروض الشركات', 'إعفاء المشاريع الصغيرة.'];
    const article = parser.parse(['الحكومة تعلن حزمة تحفيز جديدة للاقتصاد', ...items, PARAGRAPH].join('\n'));
    expect(article.body[0]).toBe(PARAGRAPH);
  });

  // The page's meta is over its first paragraph: a byline under a list's headline lower down leaves that headline,
  // the author's bare name under the next and the story's paragraph under it apart, however they are spaced.
  it("leaves a list item's headline, its author's name and the story's next paragraph apart under a related label", () => {
    const lede = 'افتتح معرض الكتاب دورته العشرين صباح اليوم بمشاركة ثلاثمئة دار نشر من خمس عشرة دولة عربية وأجنبية.';
    const items = ['مسرح المدينة يعيد عرض مسرحية الأجيال', 'فرقة الموسيقى العربية تحيي أمسية في الساحة القديمة', 'مكتبة الحي تطلق مسابقة القراءة الصيفية للأطفال'];
    const next = 'ويستمر المعرض عشرة أيام، تقام خلالها ندوات وأمسيات شعرية وورش للكتابة في قاعات الجناح الرئيسي.';
    const page = ['معرض الكتاب يستقبل زواره في دورته العشرين', lede, 'المزيد من الثقافة', items[0], 'بقلم: هالة منصور', items[1], 'بقلم: يوسف الحايك', items[2], 'هالة منصور', next];
    const article = parser.parse(page.join('\n\n'));
    expect(article.body).toEqual([lede, next]);
    expect(article.related[0]!.items.map((it) => it.headline)).toEqual(items);
  });

  it('takes no copy of a line cut short over the whole line for a piece of it: the headline printed cut, then whole', () => {
    const headline = 'وزير النقل: لا زيادة في أسعار تذاكر القطارات هذا العام';
    const article = parser.parse([headline, '', 'وزير النقل: لا', headline, 'كتب - هاني سالم', '', PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([PARAGRAPH]);
  });

  it('leaves short lines under the headline apart from a lede that ends its sentence itself', () => {
    const article = parser.parse(['الحكومة تقر موازنة العام الجديد', 'بقيمة 50 مليار', 'وسط انتقادات', 'نواب المعارضة', PARAGRAPH].join('\n'));
    expect(article.body).toContain(PARAGRAPH);
  });
});

describe('watch links', () => {
  const link = 'شاهد: فيديو يوثق طوابير توزيع المساعدات في المدينة';
  it('between two paragraphs, a watch link is a related item', () => {
    const article = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', 'السبت 18 مايو 2024', PARAGRAPH, link, PARAGRAPH.replace('أقر', 'وأقر')].join('\n'));
    expect(article.related.map((r) => r.items[0]!.headline)).toEqual(['فيديو يوثق طوابير توزيع المساعدات في المدينة']);
    expect(article.body).not.toContain(link);
  });

  it('above the story, a line opening with شاهد: is the headline', () => {
    expect(parser.parse([link, 'السبت 18 مايو 2024', PARAGRAPH].join('\n')).title).toBe(link);
  });
});

describe('an article embedded under a read-also headline', () => {
  it("keeps its byline and date under its headline, not as the page's", () => {
    const text = [
      'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات',
      'كتب: سامي يوسف',
      'السبت 18 مايو 2024',
      PARAGRAPH,
      'المصدر: وكالة الأنباء الرسمية',
      'إقرأ أيضاً',
      'ارتفاع الطلب على الألواح الشمسية في المنازل',
      'كتب: حسام فؤاد',
      'الأحد 5 مايو 2024',
      'شهدت الأسواق المحلية خلال الأشهر الأخيرة ارتفاعا كبيرا في الطلب على الألواح الشمسية المنزلية، مع ارتفاع أسعار الكهرباء.',
    ].join('\n');
    const article = parser.parse(text);
    expect(article.byline).toBe('سامي يوسف');
    expect(article.related[0]!.items[0]!.body).toHaveLength(1);
    expect(article.boilerplate).toContain('كتب: حسام فؤاد');
  });

  it('inside the story ends where a paragraph speaks of the story and not of it, however that paragraph opens', () => {
    const lead = 'بدأت البلدية تركيب ألواح شمسية على أسطح عشرين مدرسة حكومية لخفض فواتير الكهرباء في المباني العامة.';
    const embedded = 'افتتح محافظ المدينة سوقا شعبيا جديدا في الحي الشرقي يضم أكثر من مئتي محل.';
    const resumed = 'المرحلة الأولى من تركيب الألواح تشمل المدارس الأكبر استهلاكا للكهرباء قبل أن تمتد إلى المستشفيات.';
    const text = ['البلدية تركب ألواحا شمسية على أسطح المدارس', lead, '', 'اقرأ أيضا:', 'افتتاح سوق شعبي جديد في الحي الشرقي', embedded, '', resumed].join('\n');
    const article = parser.parse(text);
    expect(article.body).toEqual([lead, resumed]);
    expect(article.related[0]!.items[0]!.body).toEqual([embedded]);
  });

  it('on the story\'s subject keeps a next paragraph that shares words with both', () => {
    const headline = 'ارتفاع صادرات الأسمدة خلال الربع الأول';
    const item = 'افتتاح مصنع جديد للأسمدة في المنطقة الصناعية';
    const first = 'افتتح وزير الصناعة اليوم مصنعا جديدا للأسمدة في المنطقة الصناعية بطاقة إنتاجية تبلغ مليون طن سنويا.';
    const second = 'ويصدر المصنع معظم إنتاجه من الأسمدة إلى الأسواق الخارجية، ويوفر ألف وظيفة مباشرة.';
    const lead = 'ارتفعت صادرات الأسمدة إلى الأسواق الخارجية خلال الربع الأول بنسبة 30 في المئة.';
    const article = parser.parse([headline, lead, 'اقرأ أيضاً', item, first, second].join('\n'));
    expect(article.body).toEqual([lead]);
    expect(article.related[0]!.items[0]!.body).toEqual([first, second]);
  });
});

describe('an article under a read-also headline, marked as one by its own date or dateline', () => {
  const headline = 'البلدية تطلق حملة لتنظيف الشواطئ قبل الصيف';
  const lead = 'أطلقت البلدية صباح اليوم حملة واسعة لتنظيف الشواطئ العامة بمشاركة مئات المتطوعين من طلاب المدارس.';
  const item = 'ارتفاع أسعار السمك في الأسواق الشعبية';
  const first = 'شهدت أسواق السمك الشعبية ارتفاعا ملحوظا في الأسعار، بعدما قلت كميات الصيد بسبب سوء الأحوال الجوية.';
  const second = 'ويقول باعة السمك إن الإقبال تراجع إلى النصف خلال الأسبوع الماضي.';

  it('takes the date and section under a one-line read-also as the headline\'s, and the paragraphs past them as its article', () => {
    for (const meta of [['الأربعاء 4 نوفمبر 2026'], ['منوعات', 'منذ يومين'], ['بقلم: سامي الخطيب']]) {
      const article = parser.parse([headline, '', lead, '', `اقرأ أيضا: ${item}`, '', ...meta.flatMap((m) => [m, '']), first, '', second, '', 'جميع الحقوق محفوظة © 2026'].join('\n'));
      expect(article.body).toEqual([lead]);
      expect(article.related[0]!.items[0]!.body).toEqual([first, second]);
      // The headline's date and author are not the page's.
      expect([article.date, article.byline]).toEqual([null, null]);
    }
  });

  it("takes a section's name and a time under a read-also label's one headline as its own, and the paragraphs past them as its article", () => {
    const own = 'أحيت فرقة الإنشاد المحلية أمسية في الساحة القديمة، حضرها جمهور كبير من سكان الأحياء المجاورة.';
    const article = parser.parse([headline, '', lead, '', 'اقرأ أيضاً', '', 'حين تغني المدينة', '', 'ثقافة', '', 'منذ يومين', '', own, '', 'جميع الحقوق محفوظة © 2026'].join('\n'));
    expect(article.body).toEqual([lead]);
    expect(article.related[0]!.items[0]!.body).toEqual([own]);
    // A list whose headlines each carry their section's name stays a list, a headline ending with a full stop too.
    const list = parser.parse([headline, '', lead, '', 'اقرأ أيضاً', '', item, '', 'اقتصاد', '', 'عودة القطار الليلي بين المدن الساحلية بعد توقف طويل.', '', 'محليات', '', 'افتتاح جسر المشاة الجديد فوق الطريق الدائري', '', 'رياضة'].join('\n'));
    expect(list.body).toEqual([lead]);
    expect(list.related[0]!.items.map((i) => i.headline)).toEqual([item, 'عودة القطار الليلي بين المدن الساحلية بعد توقف طويل.', 'افتتاح جسر المشاة الجديد فوق الطريق الدائري']);
  });

  it("takes the paragraph under a one-line read-also's own meta as its article when it shares one topic word with the story, not of its headline, or opens with a dateline", () => {
    const own = 'عادت طوابير الانتظار أمام محطات توزيع الكاز قرب المدارس مع أول موجة برد هذا الموسم.';
    const shares = parser.parse([headline, '', lead, '', 'اقرأ أيضا: شتاء بلا مدافئ', '', 'منذ 3 ساعات', '', own].join('\n'));
    expect(shares.body).toEqual([lead]);
    expect(shares.related[0]!.items[0]!.body).toEqual([own]);
    // Opening with a dateline, it is the article's though it speaks of the story.
    const wired = `بيروت - ${lead.replace('أطلقت البلدية', 'أطلقت بلدية الساحل')}`;
    const dated = parser.parse([headline, '', lead, '', 'اقرأ أيضا: شتاء بلا مدافئ', '', 'منذ 3 ساعات', '', wired].join('\n'));
    expect(dated.related[0]!.items[0]!.body).toEqual([wired]);
    // One word of the story's headline (`الشواطئ`) and none of the item's: the story goes on.
    const onHeadline = own.replace('قرب المدارس', 'قرب الشواطئ');
    const story = parser.parse([headline, '', lead, '', 'اقرأ أيضا: حين تغني المدينة', '', 'منذ 3 ساعات', '', onHeadline].join('\n'));
    expect(story.body).toEqual([lead, onHeadline]);
    // Opening with a dateline before the story's tags, it is the article's though it shares much of the story.
    const tagged = parser.parse([headline, '', lead, '', 'اقرأ أيضا: شتاء بلا مدافئ', '', wired, '', 'كلمات دلالية: البلدية، الشواطئ'].join('\n'));
    expect(tagged.related[0]!.items[0]!.body).toEqual([wired]);
    // An ad's label under the read-also is no meta of its headline: the story goes on under it.
    const ad = parser.parse([headline, '', lead, '', 'اقرأ أيضا: شتاء بلا مدافئ', '', 'المقال يستمر بعد الإعلان', own].join('\n'));
    expect(ad.body).toEqual([lead, own]);
  });

  it("takes the paragraphs under a one-line read-also's own byline as its article though they speak of the story, its tags ahead or not", () => {
    // A story has one byline, over its first paragraph: a byline under a linked headline inside it is that article's.
    const same = 'أطلقت البلدية حملة لتنظيف الشواطئ العامة بمشاركة المتطوعين وطلاب المدارس، وجمعت أطنانا من النفايات في يومها الأول.';
    for (const tail of [[], ['', 'كلمات دلالية: البلدية، الشواطئ']]) {
      const a = parser.parse([headline, '', lead, '', `اقرأ أيضا: ${headline.replace('قبل الصيف', 'في يومها الأول')}`, '', 'كتب: يوسف الحايك', '', same, '', second, ...tail].join('\n'));
      expect(a.body, tail.join('')).toEqual([lead]);
      expect(a.related[0]!.items[0]!.body, tail.join('')).toEqual([same, second]);
    }
    // A source line there is the story's own credit printed under its lede: the story goes on under it.
    const sourced = parser.parse([headline, '', lead, '', `اقرأ أيضا: ${item}`, '', 'المصدر: وكالة الأنباء الرسمية', '', same].join('\n'));
    expect(sourced.body).toEqual([lead, same]);
  });

  it("takes a deck under a one-line read-also's own byline as its article's first line, the byline the article's, its tags ahead or not", () => {
    const deck = 'أسعار السمك ترتفع مع تراجع كميات الصيد';
    for (const tail of [[], ['', 'كلمات دلالية: البلدية، الشواطئ']]) {
      const a = parser.parse([headline, '', lead, `أخبار ذات صلة: ${item}`, '', 'بقلم: هالة منصور', '', deck, '', first, '', second, ...tail].join('\n'));
      expect(a.body, tail.join('')).toEqual([lead]);
      expect(a.related[0]!.items[0]!.body, tail.join('')).toEqual([deck, first, second]);
      expect(a.byline, tail.join('')).toBeNull();
    }
  });

  it("keeps a short subheading under a one-line read-also inside the story: a bare name is no item's meta", () => {
    const more = 'وقال رئيس البلدية إن الحملة تستمر أسبوعين وتشمل تركيب حاويات جديدة على طول الكورنيش.';
    const article = parser.parse([headline, '', lead, '', `اقرأ أيضا: ${item}`, '', 'متطوعو المدارس', '', more].join('\n'));
    expect(article.body).toEqual([lead, 'متطوعو المدارس', more]);
    expect(article.related[0]!.items[0]!.body).toEqual([]);
  });

  it("reads a paragraph opening with a dateline under the headline and its date as the article's, though it shares no word with that headline", () => {
    const own = 'عمّان - «المدار»: أعلنت أمانة العاصمة تأجيل افتتاح ثلاثة معابر للمشاة فوق الطريق الدائري بعد فحص هندسي.';
    const next = 'وقالت الأمانة في بيان إن المقاول ملزم بإصلاح كل العيوب على نفقته.';
    const article = parser.parse([headline, '', lead, '', 'طالع أيضاً', '', 'جسور من ورق', '', 'الخميس 5 نوفمبر 2026', '', own, '', next, '', 'شارك هذا الخبر'].join('\n'));
    expect(article.body).toEqual([lead]);
    expect(article.related[0]!.items[0]!.body).toEqual([own, next]);
    // Without the dateline and the date, a paragraph sharing no word with the headline is the story going on.
    const plain = parser.parse([headline, '', lead, '', 'طالع أيضاً', '', 'جسور من ورق', '', next].join('\n'));
    expect(plain.body).toEqual([lead, next]);
  });

  it("keeps an article's next paragraph, sharing no word with it, when its first opened with a dateline: no teaser does", () => {
    const own = `دبي - الموقع: ${first}`;
    const withDateline = parser.parse([headline, '', lead, '', 'اقرأ أيضاً', item, own, 'ويشغل الطابق الثاني قاعة للورش يشرف عليها فنانون من بلدان عدة.'].join('\n'));
    expect(withDateline.related[0]!.items[0]!.body).toHaveLength(2);
    const without = parser.parse([headline, '', lead, '', 'اقرأ أيضاً', item, first, 'ويشغل الطابق الثاني قاعة للورش يشرف عليها فنانون من بلدان عدة.'].join('\n'));
    expect(without.related[0]!.items[0]!.body).toEqual([first]);
  });
});

describe("an article under a related label or a read-also headline, known by its own meta or dateline", () => {
  const headline = 'البلدية تطلق حملة لتنظيف الشواطئ قبل الصيف';
  const lead = 'أطلقت البلدية صباح اليوم حملة واسعة لتنظيف الشواطئ العامة بمشاركة مئات المتطوعين من طلاب المدارس.';
  const item = 'حكاية السوق المسقوف';
  const first = 'يعود بناء السوق المسقوف إلى أواخر القرن التاسع عشر، حين كان ملتقى لتجار الحبوب والأقمشة من القرى المحيطة.';
  const next = 'وتحرص عائلات قديمة على فتح محلاتها فيه كل صباح رغم قلة الزبائن في السنوات الأخيرة.';

  it("keeps a paragraph sharing no word with a dated headline's first one as that article's: a teaser box's headline carries no date", () => {
    const dated = parser.parse([headline, lead, 'اقرأ أيضا', item, 'الأحد 6 ديسمبر 2026', first, next, 'شارك هذا الخبر'].join('\n'));
    expect(dated.body).toEqual([lead]);
    expect(dated.related[0]!.items[0]!.body).toEqual([first, next]);
    // With no date under the headline, its one paragraph is a teaser and the story goes on.
    const teaser = parser.parse([headline, lead, 'اقرأ أيضا', item, first, next, 'شارك هذا الخبر'].join('\n'));
    expect(teaser.body).toEqual([lead, next]);
  });

  it("keeps an article's `وقال ...` paragraph under its date and dateline, though it shares more words with the story", () => {
    const story = ['وزير الصحة يفتتح جناحا جديدا في المستشفى المركزي', 'افتتح وزير الصحة صباح اليوم جناحا جديدا لعلاج الأطفال في المستشفى المركزي، يضم ستين سريرا.'];
    const own = 'طرابلس - انطلقت أعمال المؤتمر الطبي السنوي لأمراض القلب بمشاركة ثلاثمئة طبيب وباحث من عشر دول.';
    const said = 'وقال وزير الصحة في كلمته أمام المؤتمر إن المستشفيات الحكومية ستحصل على أجهزة جديدة لعلاج المرضى.';
    const article = parser.parse([...story, 'اقرأ أيضاً', 'مؤتمر طبي يناقش أمراض القلب', 'منذ يومين', own, said, 'شارك هذا الخبر'].join('\n'));
    expect(article.body).toEqual([story[1]]);
    expect(article.related[0]!.items[0]!.body).toEqual([own, said]);
    // Under a bare headline and its one paragraph (a teaser box), the same paragraph is the story going on.
    const box = parser.parse([...story, 'اقرأ أيضاً', 'مؤتمر طبي يناقش أمراض القلب', own.replace('طرابلس - ', ''), said, 'شارك هذا الخبر'].join('\n'));
    expect(box.body).toEqual([story[1], said]);
  });

  it('keeps a paragraph opening with the conjunction and any present-tense verb (`ويمنح القانون ...`) under an article known by its date, where it names the article\'s word', () => {
    const story = [
      'البلدية تمدد شبكة المياه إلى الأحياء الشرقية',
      'بدأت البلدية أمس تمديد شبكة المياه إلى الأحياء الشرقية، حيث يعتمد السكان على الصهاريج منذ سنوات.',
    ];
    const first = 'أقر مجلس النواب في جلسته اليوم مشروعا طال انتظاره بعد نقاش استمر أسابيع داخل اللجان المختصة.';
    const page = (next: string) => parser.parse([...story, '', 'اقرأ أيضا', '', 'مجلس النواب يقر قانون الإيجارات الجديد', '', '12 مارس 2023', '', first, '', next, '', 'كلمات دلالية: المياه'].join('\n'));
    // It names the headline's `قانون` (`القانون`): the article goes on, though it shares the story's words.
    const grants = 'ويمنح القانون سكان الأحياء الشرقية القدامى مهلة خمس سنوات قبل أي زيادة.';
    expect(page(grants).related[0]!.items[0]!.body).toEqual([first, grants]);
    expect(page(grants).body).toEqual([story[1]]);
    // Naming none of the article's words and the story's subject: the story goes on.
    const water = 'ويمنح المشروع سكان الأحياء الشرقية مياها نظيفة طوال ساعات اليوم.';
    expect(page(water).body).toEqual([story[1], water]);
    expect(page(water).related[0]!.items[0]!.body).toEqual([first]);
  });

  it('keeps a paragraph touching a box printed tight as its article\'s where the story\'s own paragraphs are set apart; set apart, it is the story resuming', () => {
    const story = [
      'حملة لترميم البيوت القديمة في حي القلعة',
      '',
      'بدأت البلدية أمس حملة لترميم البيوت القديمة في حي القلعة، تشمل أكثر من مئتي بيت من الحجر.',
      '',
      'وقال رئيس البلدية إن الحملة تمولها منحة من صندوق التراث، وإن العمال سيبدأون بالبيوت الآيلة للسقوط.',
      '',
    ];
    const box = ['اقرأ أيضا', 'معرض للصور النادرة عن تاريخ الموانئ', '12 مارس 2023', 'افتتح متحف البحر معرضا يضم ثلاثمئة صورة نادرة التقطها بحارة ورحالة على مدى قرن كامل.'];
    const next = 'ويقول منظموه إن بعضها يوثق الحياة في البيوت القديمة لعائلات غادرت المدينة منذ زمن.';
    const tight = parser.parse([...story, ...box, next, '', 'جميع الحقوق محفوظة 2023'].join('\n'));
    expect(tight.related[0]!.items[0]!.body).toEqual([box[3], next]);
    expect(tight.body).toEqual([story[2], story[4]]);
    // A blank line over it, as over the story's own paragraphs: the story goes on.
    const apart = parser.parse([...story, ...box, '', next, '', 'جميع الحقوق محفوظة 2023'].join('\n'));
    expect(apart.body).toEqual([story[2], story[4], next]);
    // The same with the story's tags ahead (the article read as tentative): touching, the box's; set apart, the story's.
    const tags = 'كلمات دلالية: التراث، البلدية';
    expect(parser.parse([...story, ...box, next, '', tags].join('\n')).related[0]!.items[0]!.body).toEqual([box[3], next]);
    expect(parser.parse([...story, ...box, '', next, '', tags].join('\n')).body).toEqual([story[2], story[4], next]);
  });

  it('keeps a `وقال ...` paragraph under a related headline\'s first paragraph as its article where it shares more of that item\'s words than of the story\'s', () => {
    const story = [
      'وزارة الزراعة تفتتح مركزا لأبحاث القمح',
      'افتتح وزير الزراعة صباح اليوم مركزا لأبحاث القمح يضم مختبرات لتحسين البذور ومزرعة تجريبية.',
      'وأضاف أن الوزارة ستوزع البذور المحسنة مجانا على صغار المزارعين بدءا من الموسم المقبل.',
    ];
    const first = 'أعلنت وزارة النقل أمس بدء أعمال صيانة واسعة تشمل مئات الكيلومترات من الطرق الريفية.';
    const page = (next: string) => parser.parse([...story, 'أخبار ذات صلة', 'وزارة النقل تطلق خطة لصيانة الطرق الريفية', first, next, 'جميع الحقوق محفوظة © 2023'].join('\n'));
    // `صيانة`, `الطرق`, `الريفية` of the item, `الوزارة` of the story: the item's article goes on.
    const roads = 'وقال المتحدث باسم الوزارة إن أعمال الصيانة ستنتهي قبل الشتاء، وإن الخطة تشمل إنارة الطرق الريفية.';
    expect(page(roads).related[0]!.items[0]!.body).toEqual([first, roads]);
    expect(page(roads).body).toEqual(story.slice(1));
    // Speaking of the story's seeds and farmers: the story goes on.
    const seeds = 'وقال المتحدث باسم الوزارة إن البذور المحسنة ستصل إلى صغار المزارعين قبل الموسم.';
    expect(page(seeds).body).toEqual([...story.slice(1), seeds]);
  });

  it('reads a paragraph under a related headline and its date as that article where it speaks of the headline more than of the story, though it shares two of the story\'s words', () => {
    const story = [
      'المجلس البلدي يقر خطة لتوسيع الحدائق العامة',
      'أقر المجلس البلدي في جلسته الأخيرة خطة لتوسيع الحدائق العامة في الأحياء الجديدة.',
      'وقال رئيس المجلس إن الخطة ستمول من ميزانية البلدية ومساهمات الشركات في الأحياء الجديدة.',
    ];
    const next = 'وقال رئيس البلدية إن الأشجار ستروى بمياه معالجة من محطة قريبة طوال سنتها الأولى.';
    const page = (first: string) => parser.parse([...story, 'أخبار ذات صلة', 'البلدية تبدأ زراعة خمسة آلاف شجرة زيتون على طريق المطار', '12 مارس 2023', first, next, 'جميع الحقوق محفوظة © 2023'].join('\n'));
    const olives = 'بدأت البلدية أمس زراعة خمسة آلاف شجرة زيتون على جانبي طريق المطار، بمشاركة متطوعين من الأحياء الجديدة.';
    expect(page(olives).body).toEqual(story.slice(1));
    expect(page(olives).related[0]!.items[0]!.body).toEqual([olives, next]);
    // Speaking of the story's parks and none of the headline's words: the story goes on.
    const parks = 'وتضم الحدائق العامة في الأحياء الجديدة ملاعب للأطفال ومسارات للمشي والدراجات.';
    expect(page(parks).body.slice(0, 3)).toEqual([...story.slice(1), parks]);
  });

  it('reads a related headline\'s paragraph opening with a dateline as its article though it shares the story\'s subject', () => {
    const story = [
      'أطلقت البلدية صباح اليوم حملة لتنظيف الشواطئ العامة بمشاركة مئات المتطوعين من الجمعيات الأهلية.',
      'وقال رئيس البلدية إن الحملة تستمر أسبوعين، وتشمل تركيب حاويات جديدة على طول الكورنيش.',
    ];
    const own = [
      'القاهرة - أطلقت البلدية أمس حملة لزراعة عشرة آلاف شجرة في الأحياء الشعبية بالتعاون مع جمعيات أهلية.',
      'وتختار البلدية أنواعا من الأشجار تتحمل الجفاف ولا تحتاج إلى ري كثير.',
    ];
    const article = parser.parse(['البلدية تطلق حملة لتنظيف الشواطئ قبل الصيف', ...story, 'ذات صلة', 'البلدية تطلق حملة لزراعة عشرة آلاف شجرة', '12 مارس 2023', ...own, 'شارك هذا الخبر'].join('\n'));
    expect(article.body).toEqual(story);
    expect(article.related[0]!.items[0]!.body).toEqual(own);
  });

  it("reads a related headline's paragraph opening with its author's byline glued to it as its article, though it shares the story's words and the story's tags follow", () => {
    const story = [
      'استقبلت مدارس القرى الجبلية طلابها صباح اليوم بعد أشهر من أعمال الترميم التي شملت الأسقف والنوافذ وأنظمة التدفئة.',
      'وقال مدير التربية في المحافظة إن الترميم شمل اثنتي عشرة مدرسة، وإن ثلاث مدارس أخرى ستفتح أبوابها الشهر المقبل.',
    ];
    const next = 'ويحكي السائق أنه يقطع الطريق نفسه منذ عشرين عاما، وأنه يعرف كل منعطف فيه كما يعرف وجوه ركابه.';
    for (const byline of ['بقلم: نادية الحسن', 'كتبت - نادية الحسن']) {
      const own = `${byline} في الطريق إلى آخر القرى الجبلية على سفح الجبل، تتبدل الألوان كل بضعة كيلومترات.`;
      const article = parser.parse(['مدارس القرى الجبلية تستقبل طلابها بعد ترميمها', ...story, 'اقرأ أيضا:', 'نوافذ على الجبل', 'قراءة 4 دقائق', own, next, 'كلمات دلالية: التعليم، المدارس، القرى'].join('\n'));
      expect(article.body, byline).toEqual(story);
      expect(article.related[0]!.items[0]!.body).toEqual([own, next]);
    }
    // A story's paragraph opening with the verb `كتب` and no separator stays the story's.
    const wrote = 'كتب مدير التربية في رسالة إلى الأهالي أن القرى الجبلية ستحصل على حافلات جديدة لنقل الطلاب قبل الشتاء.';
    const goesOn = parser.parse(['مدارس القرى الجبلية تستقبل طلابها بعد ترميمها', ...story, 'اقرأ أيضا:', 'نوافذ على الجبل', 'قراءة 4 دقائق', wrote, 'كلمات دلالية: التعليم، المدارس، القرى'].join('\n'));
    expect(goesOn.body).toContain(wrote);
  });

  it("keeps an article's next paragraph before the story's tags when it shares only words any story uses with the story (`خلال العام المقبل`)", () => {
    const lead = 'أقرت الحكومة خطة لتطوير النقل العام تشمل شراء مئتي حافلة جديدة خلال العام المقبل، على أن يبدأ التنفيذ هذا الشهر.';
    const own = 'عمّان - «الموقع»: بدأ المزارعون في القرى الشمالية قطاف الزيتون، وسط توقعات بإنتاج يتجاوز ضعف الموسم السابق.';
    const next = 'ويتوقع التجار أن تنخفض أسعار الزيت خلال العام المقبل بعد وفرة المحصول في هذا الشهر.';
    const article = parser.parse(['الحكومة تقر خطة لتطوير النقل العام', lead, 'اقرأ أيضا: انطلاق موسم قطاف الزيتون في القرى الشمالية', own, next, 'كلمات دلالية: النقل، الحكومة'].join('\n'));
    expect(article.body).toEqual([lead]);
    expect(article.related[0]!.items[0]!.body).toEqual([own, next]);
  });

  it("keeps an article's `وقال ...` paragraph naming one of its words before the story's tags, a clitic or an article aside, though the story shares more topic words", () => {
    const story = [
      'المنتخب يبدأ معسكره استعدادا للتصفيات',
      'بدأ المنتخب الوطني اليوم معسكره الإعدادي بمشاركة خمسة وعشرين لاعبا، استعدادا لمواجهتين في التصفيات.',
      'وقال المدير الفني إن المعسكر سيركز على الجانب البدني، قبل مباراة ودية أمام أحد منتخبات المنطقة.',
    ];
    const related = ['لمزيد من الأخبار: انطلاق موسم حصاد القمح في السهول الشرقية', 'اقتصاد', 'منذ يومين'];
    const own = 'عمّان - «الموقع»: بدأ المزارعون في السهول الشرقية حصاد محصول القمح لهذا الموسم، وسط توقعات بإنتاج وفير.';
    // (`مدير` and `المنطقة` are the story's words; `المحصول` names the article's `محصول`.)
    const said = 'وقال مدير الزراعة في المنطقة إن مراكز الاستلام جاهزة لاستقبال المحصول.';
    // (The story's tags after them: the page may go on with the story there.)
    const tags = 'كلمات دلالية: الاقتصاد الحكومة';
    const page = parser.parse([...story, ...related, own, said, tags].join('\n'));
    expect(page.body).toEqual(story.slice(1));
    expect(page.related[0]!.items[0]!.body).toEqual([own, said]);
    // Naming none of the article's words, the same opening goes on from the story.
    const resumed = 'وقال المدير الفني إن منتخبات المنطقة ستتابع المعسكر عن قرب.';
    const back = parser.parse([...story, ...related, own, resumed, tags].join('\n'));
    expect(back.body).toEqual([...story.slice(1), resumed]);
  });

  it('reads a first line under the label ending with a full stop as the headline of an article, its byline and date under it', () => {
    const story = ['مصنع جديد للألواح الشمسية يبدأ الإنتاج', 'بدأ مصنع جديد لإنتاج الألواح الشمسية عمله في المنطقة الصناعية شرق المدينة، بطاقة تبلغ مئتي ألف لوح في السنة.'];
    const other = 'المكتبة الوطنية تفتح أبوابها ليلا طوال شهر الامتحانات.';
    const own = ['الرياض (واس) - قررت المكتبة الوطنية فتح أبوابها ليلا حتى الثانية فجرا طوال شهر الامتحانات.', 'وقال مدير المكتبة إن القاعات ستبقى مفتوحة مع خدمة الإنترنت المجانية.'];
    const page = parser.parse([...story, '', 'الخبر التالي', '', other, '', 'كتب: محمد علي', '', '12/03/2023', '', ...own.flatMap((p) => [p, ''])].join('\n'));
    expect(page.body).toEqual([story[1]]);
    expect(page.related[0]!.items.map((i) => [i.headline, i.body])).toEqual([[other, own]]);
    // With no meta of its own under it, such a line is the story going on.
    const goesOn = 'وأضاف مدير المصنع أن الإنتاج سيبدأ بالتصدير العام المقبل.';
    expect(parser.parse([...story, '', 'الخبر التالي', '', goesOn].join('\n')).body).toEqual([story[1], goesOn]);
    // Nor is one ending the page, with nothing under it: read all the same.
    const last = parser.parse(['شاهد أيضا', other].join('\n'));
    expect([...last.body, ...last.related.flatMap((x) => x.items.map((i) => i.headline))]).toContain(other);
  });

  it('reads the paragraphs under a related headline as its article when its byline or date is under it, or its first opens with a dateline', () => {
    for (const head of [['كتب: يوسف الحداد', first], ['الأحد 6 ديسمبر 2026', first], [`صيدا - ${first}`]]) {
      const article = parser.parse([headline, '', lead, '', 'أخبار ذات صلة', '', item, '', ...head.flatMap((h) => [h, '']), next, '', 'تابعونا على فيسبوك'].join('\n'));
      expect(article.body).toEqual([lead]);
      expect(article.related[0]!.items[0]!.body).toEqual([head[head.length - 1], next]);
    }
    // A related headline with a bare teaser under it sharing no word with it stays a link: the story goes on.
    const list = parser.parse([headline, '', lead, '', 'أخبار ذات صلة', '', item, '', next].join('\n'));
    expect(list.body).toEqual([lead, next]);
  });
});

describe('a read-also headline before the story has ended', () => {
  const headline = 'ارتفاع صادرات الأسمدة بنسبة 30 في المئة خلال الربع الأول';
  const item = 'افتتاح مصنع جديد للأسمدة في المنطقة الصناعية';
  const embedded = 'افتتح وزير الصناعة اليوم مصنعا جديدا للأسمدة في المنطقة الصناعية بطاقة إنتاجية تبلغ مليون طن سنويا.';
  it('with its own dateline under it heads an article, even when a source line follows', () => {
    const article = parser.parse([headline, '', PARAGRAPH, '', 'اقرأ أيضاً', '', item, '', 'الرياض - واس:', '', embedded, '', 'المصدر: واس'].join('\n'));
    expect(article.body).toEqual([PARAGRAPH]);
    expect(article.related[0]!.items[0]!.body).toEqual([embedded]);
    expect(article.credits.place).toBeNull();
  });

  it('with only a date under it is a list item: the story goes on to its tags', () => {
    const next = 'وعزت الوزارة الارتفاع إلى زيادة الطلب في الأسواق الآسيوية والأفريقية وتحسن الأسعار العالمية للأسمدة.';
    const article = parser.parse([headline, '', PARAGRAPH, '', 'اقرأ أيضاً', item, 'منذ 3 ساعات', '', next, '', 'الوسوم: أسمدة، صادرات'].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, next]);
  });
});

describe("a read-also article before the story's own tags", () => {
  const headline = 'افتتاح معرض الكتاب الدولي بمشاركة 40 دولة';
  const story = 'افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي في دورته الثلاثين بمشاركة أكثر من ألف دار نشر.';
  const item = 'ارتفاع أسعار الورق يهدد صناعة النشر العربية';
  const embedded = [
    'تواجه صناعة النشر العربية تحديات متزايدة بسبب ارتفاع أسعار الورق عالميا خلال عامين.',
    'ويقول ناشرون إن ارتفاع أسعار الورق دفعهم إلى تقليص عدد العناوين الجديدة.',
  ];
  it('keeps its paragraphs while they speak of its headline and not of the story', () => {
    const article = parser.parse([headline, '', story, '', 'اقرأ أيضاً', '', item, '', embedded[0], '', embedded[1], '', 'الوسوم: معرض الكتاب، ثقافة'].join('\n'));
    expect(article.body).toEqual([story]);
    expect(article.related[0]!.items[0]!.body).toEqual(embedded);
  });

  it('gives the story back at the first paragraph that speaks of it again', () => {
    const more = 'ويستمر معرض الكتاب الدولي عشرة أيام ويتضمن ندوات وأمسيات شعرية.';
    const article = parser.parse([headline, '', story, '', 'اقرأ أيضاً', '', item, '', embedded[0], '', more, '', 'الوسوم: معرض الكتاب، ثقافة'].join('\n'));
    expect(article.body).toEqual([story, more]);
    expect(article.related[0]!.items[0]!.body).toEqual([embedded[0]]);
  });

  // A later paragraph of an article often speaks of its first paragraph, not of its headline.
  const own = 'وأوضح اتحاد الناشرين أن تكاليف الطباعة تضاعفت خلال الفترة نفسها.';
  const neither = 'وأشار البيان إلى أن الأزمة قد تستمر حتى نهاية العام المقبل.';
  it('keeps a paragraph that speaks of neither headline, with no paragraph of the story after it', () => {
    const article = parser.parse([headline, '', story, '', 'اقرأ أيضاً', '', item, '', embedded[0], '', neither, '', 'الوسوم: معرض الكتاب، ثقافة'].join('\n'));
    expect(article.body).toEqual([story]);
    expect(article.related[0]!.items[0]!.body).toEqual([embedded[0], neither]);
  });

  it('keeps such a paragraph, and gives the story back at the next one that speaks of the story', () => {
    const more = 'ويستمر معرض الكتاب الدولي عشرة أيام ويتضمن ندوات وأمسيات شعرية.';
    const article = parser.parse([headline, '', story, '', 'اقرأ أيضاً', '', item, '', embedded[0], '', neither, '', more, '', 'الوسوم: معرض الكتاب، ثقافة'].join('\n'));
    expect(article.body).toEqual([story, more]);
    expect(article.related[0]!.items[0]!.body).toEqual([embedded[0], neither]);
  });

  it("keeps a paragraph that speaks of the article's first paragraph, even with the story going on after it", () => {
    const first = 'قال ناشرون إن ارتفاع أسعار الورق رفع تكاليف الطباعة هذا العام.';
    const more = 'ويستمر معرض الكتاب الدولي عشرة أيام ويتضمن ندوات وأمسيات شعرية.';
    const article = parser.parse([headline, '', story, '', 'اقرأ أيضاً', '', item, '', first, '', own, '', more, '', 'الوسوم: معرض الكتاب، ثقافة'].join('\n'));
    expect(article.body).toEqual([story, more]);
    expect(article.related[0]!.items[0]!.body).toEqual([first, own]);
  });
});

describe('a read-also article inside the story, with the story going on after it', () => {
  const headline = 'الحكومة تعلن خطة لتوسيع شبكة النقل العام في العاصمة';
  const story = 'أعلن وزير النقل اليوم خطة لتوسيع شبكة النقل العام في العاصمة تشمل خطين جديدين للحافلات السريعة.';
  const item = 'ارتفاع أسعار الوقود للمرة الثانية هذا العام';
  const embedded = [
    'قررت لجنة التسعير رفع أسعار الوقود بنسبة خمسة في المئة للمرة الثانية منذ بداية العام.',
    'وعزت اللجنة القرار إلى ارتفاع أسعار النفط في الأسواق العالمية.',
  ];
  const resumed = 'وأضاف وزير النقل أن الخطة تشمل أيضا تجديد محطات الحافلات في وسط العاصمة.';
  const page = (last: string) => [headline, '', story, '', 'اقرأ أيضاً', item, embedded[0], embedded[1], '', last, '', 'مواضيع ذات صلة', 'افتتاح جسر جديد على النهر'].join('\n');

  it('gives the story back at a paragraph opening like the story going on and speaking of it', () => {
    const article = parser.parse(page(resumed));
    expect(article.body).toEqual([story, resumed]);
    expect(article.related[0]!.items[0]!.body).toEqual(embedded);
  });

  it("keeps such a paragraph in the article when it speaks of the article's own subject", () => {
    const own = 'وأضافت اللجنة أن أسعار الوقود ستراجع مرة أخرى بعد ثلاثة أشهر.';
    const article = parser.parse(page(own));
    expect(article.body).toEqual([story]);
    expect(article.related[0]!.items[0]!.body).toEqual([...embedded, own]);
  });

  it('gives the story back at a paragraph that speaks of it and of nothing in the article, however it opens', () => {
    const plain = 'الخطة تشمل أيضا تجديد محطات الحافلات في وسط العاصمة بحسب وزير النقل.';
    const article = parser.parse(page(plain));
    expect(article.body).toEqual([story, plain]);
    expect(article.related[0]!.items[0]!.body).toEqual(embedded);
  });
});

describe('a read-also article inside the story, the story going on sharing only function words with it', () => {
  const headline = 'البلدية تبدأ توسعة الطريق الساحلي الشهر المقبل';
  const story = ['أعلنت البلدية أنها ستبدأ الشهر المقبل توسعة الطريق الساحلي بطول اثني عشر كيلومترا.', 'وقال رئيس البلدية إن الأعمال ستنفذ على مراحل حتى لا يغلق الطريق بالكامل.'];
  const item = 'افتتاح معرض الكتاب الدولي بمشاركة أربعمئة دار نشر';
  const embedded = 'افتتح وزير الثقافة أمس معرض الكتاب الدولي بمشاركة أربعمئة دار نشر، وأشار إلى أن المعرض يستمر خلال عشرة أيام.';
  // Shares `إلى`, `أن` and `خلال` with the article, and two words of its subject (`البلدية`, `توسعة`) with the story.
  const resumed = 'ودعت البلدية السكان إلى استخدام طرق بديلة خلال التوسعة، مؤكدة أن المرور سيبقى ممكنا.';

  it('gives the story back: words such as خلال, إلى and أن speak of no subject', () => {
    const article = parser.parse([headline, ...story, 'اقرأ أيضا:', item, embedded, resumed].join('\n'));
    expect(article.related[0]!.items[0]!.body).toEqual([embedded]);
    expect(article.body).toEqual([...story, resumed]);
  });
});

describe('a one-line read-also inside the story with the linked story cut short under it', () => {
  const head = ['تعادل سلبي في قمة الدوري بين الفريقين المتصدرين', 'انتهت قمة الدوري بين الفريقين المتصدرين بالتعادل السلبي، في مباراة غلب عليها الحذر الدفاعي وقلة الفرص على المرميين.'];
  const item = 'اقرأ أيضا: المدرب يعلن قائمة المصابين قبل مباراة الكأس';
  const excerpt = 'أعلن مدرب الفريق الأول قائمة اللاعبين المصابين الذين سيغيبون عن مباراة الكأس المقبلة وفي مقدمتهم المهاجم الأساسي...';
  const next = 'وبهذه النتيجة يبقى الفارق بين الفريقين نقطتين فقط قبل عشر جولات من نهاية الموسم.';

  it("is the item's teaser, and the story goes on under it", () => {
    const article = parser.parse([...head, item, excerpt, next].join('\n'));
    expect(article.related[0]!.items[0]!.body).toEqual([excerpt]);
    expect(article.body).toEqual([head[1], next]);
  });

  it("stays the story's when it speaks of the story, however it trails off", () => {
    const trailing = 'وظل الفريقان المتصدران يتبادلان الهجمات حتى نهاية قمة الدوري دون أن ينجح أحدهما في التسجيل...';
    const article = parser.parse([...head, item, trailing, next].join('\n'));
    expect(article.body).toEqual([head[1], trailing, next]);
  });
});

describe("a box of other news inside the story: one headline, its first paragraph, and more going on under it", () => {
  const story = ['وزارة الصحة تطلق حملة للتبرع بالدم', 'أطلقت وزارة الصحة حملة وطنية للتبرع بالدم تستمر شهرا كاملا في المستشفيات والمراكز الطبية.', 'وتهدف الحملة إلى رفع مخزون بنوك الدم قبل فصل الصيف.'];
  const item = 'النادي الأهلي يتعاقد مع حارس مرمى دولي لثلاثة مواسم';
  const lede = 'أعلن النادي الأهلي تعاقده مع حارس مرمى المنتخب لثلاثة مواسم، في صفقة وصفتها إدارة النادي بالأهم هذا الصيف.';
  const end = ['شارك هذا الخبر', 'جميع الحقوق محفوظة © 2026'];

  // A paragraph going on (`وقال ...`) right under the item's paragraph, naming the item's words and none of the
  // story's, goes on from that article: the story resuming would name what the story speaks of.
  it("keeps the paragraphs going on under the item's first paragraph in its article when they name nothing of the story", () => {
    const on = ['وقال مدرب الفريق إن الحارس الجديد سيشارك في المعسكر التدريبي الذي ينطلق الأسبوع المقبل.', 'وأضاف أن النادي يبحث عن مدافع قبل إغلاق باب الانتقالات.'];
    const a = parser.parse([...story, 'لمزيد من الأخبار', item, lede, ...on, ...end].join('\n'));
    expect(a.body).toEqual(story.slice(1));
    expect(a.related[0]!.items).toEqual([{ headline: item, body: [lede, ...on] }]);
  });

  it('gives the story back at a paragraph going on that names the story (`الحملة`, `التبرع`)', () => {
    const back = 'وقال مدير الحملة إن التبرع متاح لكل من تجاوز الثامنة عشرة من العمر.';
    const a = parser.parse([...story, 'لمزيد من الأخبار', item, lede, back, ...end].join('\n'));
    expect(a.body).toEqual([...story.slice(1), back]);
  });
});

describe("a read-also box inside the story: another story's headline and its first paragraph", () => {
  const headline = 'خطة حكومية لتطوير التعليم الفني خلال خمس سنوات';
  const lead = 'أقر مجلس الوزراء اليوم خطة شاملة لتطوير التعليم الفني خلال خمس سنوات، بكلفة تتجاوز ملياري دينار.';
  const box = ['اقرأ أيضا', 'انطلاق سباق الهجن السنوي بمشاركة مئتي مطية', 'انطلق صباح اليوم سباق الهجن السنوي في ميدان الصحراء بمشاركة مئتي مطية من مختلف المناطق.'];

  it('gives the story back at a line sharing no word of that story, words any story uses (اليوم, مختلف) aside', () => {
    const next = 'وتنص الوثيقة على تحديث المناهج بالتعاون مع الشركات، وتدريب المعلمين على التقنيات الحديثة في مختلف التخصصات.';
    const a = parser.parse([headline, '', lead, '', ...box, '', next].join('\n'));
    expect(a.body).toEqual([lead, next]);
    expect(a.related[0]!.items[0]!.body).toEqual([box[2]]);
  });

  it("gives the story back at a line sharing a word with the story and one with that paragraph, none with its headline", () => {
    // (`المناطق` in the box's paragraph too; `التعليم` and `خطة` from the story.)
    const next = 'وتشمل خطة التعليم الجديدة المناطق الريفية التي تفتقر إلى مدارس فنية، بعد أن كان طلابها ينتقلون إلى العاصمة.';
    const a = parser.parse([headline, '', lead, '', ...box.slice(0, 2), box[2]!.replace('من مختلف المناطق', 'من جميع المناطق'), '', next].join('\n'));
    expect(a.body).toEqual([lead, next]);
  });

  it("gives the story back at its list's lead-in and items too", () => {
    const list = ['وتتضمن الوثيقة المحاور التالية:', '• تحديث المناهج بالتعاون مع الشركات الكبرى', '• تدريب المعلمين على التقنيات الحديثة'];
    const a = parser.parse([headline, '', lead, '', ...box, '', ...list].join('\n'));
    expect(a.body).toEqual([lead, ...list]);
  });

  it('keeps a paragraph speaking of that story in its article', () => {
    const own = 'وشهد السباق منافسة قوية بين ملاك الهجن على الجوائز المخصصة للفائزين في كل شوط.';
    const a = parser.parse([headline, '', lead, '', ...box, '', own].join('\n'));
    expect(a.related[0]!.items[0]!.body).toEqual([box[2], own]);
  });

  it("with the story's tags ahead, gives the story back at a paragraph naming the story and nothing of that story's", () => {
    const next = 'وتنص الوثيقة على تحديث مناهج التعليم الفني بالتعاون مع الشركات في مختلف التخصصات.';
    const a = parser.parse([headline, '', lead, '', ...box, '', next, '', 'الوسوم: التعليم، الحكومة'].join('\n'));
    expect(a.body).toEqual([lead, next]);
  });

  it("keeps a paragraph touching the box's own lines in the article where the story's paragraphs are set apart", () => {
    // (The same line set apart as the story's paragraphs are is the story's: see the first case.)
    const next = 'وتنص الوثيقة على تحديث المناهج بالتعاون مع الشركات، وتدريب المعلمين على التقنيات الحديثة في مختلف التخصصات.';
    const more = 'وتشمل الخطة بناء عشرين مدرسة فنية في المحافظات، وتجهيز ورشها بأحدث المعدات.';
    const a = parser.parse([headline, '', lead, '', more, '', ...box, next].join('\n'));
    expect(a.body).toEqual([lead, more]);
    expect(a.related[0]!.items[0]!.body).toEqual([box[2], next]);
    expect(parser.parse([headline, '', lead, '', more, '', ...box, '', next].join('\n')).body).toEqual([lead, more, next]);
  });

  it('reads a next-article label\'s headline and paragraphs printed so as that article, not a headline and its teaser', () => {
    const next = 'وأعلن المنظمون أن الجوائز ستوزع مساء الجمعة على أصحاب المراكز الأولى في كل شوط.';
    const more = 'وتشمل الخطة بناء عشرين مدرسة فنية في المحافظات، وتجهيز ورشها بأحدث المعدات.';
    const a = parser.parse([headline, '', lead, '', more, '', 'المقال التالي', ...box.slice(1), next].join('\n'));
    expect(a.body).toEqual([lead, more]);
    expect(a.related[0]!.items[0]!.body).toEqual([box[2], next]);
  });

  it("reads paragraphs under a link to the next story as that story's, though they name its headline by one word only", () => {
    const story = ['سوق السمك القديم يعود إلى العمل بعد تجديده', 'عاد سوق السمك القديم في الميناء إلى العمل صباح اليوم بعد تجديد استمر عاما كاملا، شمل الأرصفة وأحواض العرض.', 'وقال رئيس جمعية الصيادين إن الباعة عادوا إلى مواقعهم القديمة، وإن الأسعار بقيت على حالها.'];
    const own = ['قررت مديرية التعليم إبقاء المكتبات مفتوحة ثلاثة أيام في الأسبوع خلال الإجازة، لتشجيع الطلاب على القراءة.', 'ويشرف على المكتبات معلمون متطوعون يقترحون على الطلاب كتبا تناسب أعمارهم.'];
    for (const link of [['المقال التالي: مكتبات المدارس لا تغلق صيفا'], ['المقال التالي', 'مكتبات المدارس لا تغلق صيفا'], ['الخبر التالي - مكتبات المدارس لا تغلق صيفا']]) {
      const article = parser.parse([...story, ...link, ...own].join('\n'));
      expect(article.body, link[0]).toEqual(story.slice(1));
      expect(article.related[0]!.items[0]!.body).toEqual(own);
    }
    // Its paragraphs going on (`وشارك ...`) are that story's too, the story's tags right under them.
    const noise = ['مدن بلا ضجيج', 'بقلم: هدى الربيعي لم تعد الضوضاء في المدن الكبرى مجرد إزعاج عابر، بل صارت مشكلة صحية يقول الأطباء إنها ترفع ضغط الدم.', 'وتحاول بلديات كثيرة الحد منها بزراعة الأشجار على جوانب الطرق السريعة.'];
    const festival = ['اختتم مهرجان الفنون الشعبية دورته الحادية عشرة مساء أمس بعرض جمع الفرق الزائرة على مسرح الساحة الكبرى.', 'وشارك في الدورة هذا العام أكثر من عشرين فرقة من ثماني دول، قدمت عروضها على مدى أسبوع كامل.'];
    const on = parser.parse([...noise, 'المقال التالي', 'مهرجان الفنون الشعبية يختتم دورته بعرض للفرق الزائرة', ...festival].join('\n\n') + '\nكلمات دلالية: الاقتصاد الحكومة');
    expect(on.body).toEqual(noise.slice(1));
    expect(on.related[0]!.items[0]!.body).toEqual(festival);
    // A paragraph going on (`وقال ...`) right under the link is the story's still.
    const goesOn = 'وقال الباعة إن الزبائن عادوا إلى السوق منذ الساعات الأولى.';
    expect(parser.parse([...story, 'المقال التالي: مكتبات المدارس لا تغلق صيفا', goesOn].join('\n')).body).toContain(goesOn);
  });

  it('keeps a line going on (`وأضاف ...`) under its whole first paragraph in the article when it names nothing of the story', () => {
    const on = 'وأضاف المنظمون أن الجوائز ستوزع مساء الجمعة على أصحاب المراكز الأولى في كل شوط.';
    const a = parser.parse([headline, '', lead, '', ...box, '', on].join('\n'));
    expect(a.body).toEqual([lead]);
    expect(a.related[0]!.items[0]!.body).toEqual([box[2], on]);
    // Naming the story (`التعليم`), it is the story going on.
    const story = 'وأضاف الوزير أن خطة التعليم الفني تبدأ بالمدارس الصناعية في العام المقبل.';
    expect(parser.parse([headline, '', lead, '', ...box, '', story].join('\n')).body).toEqual([lead, story]);
  });

  // A story's paragraph carries no meta over it: under the headline's own reading time or date, a paragraph opening
  // anew is the article's though it names none of the headline's words, as after a one-line read-also.
  it.each([
    ['its reading time', 'مدة القراءة: 2 دقيقة'],
    ['its date', 'الأحد 6 ديسمبر 2026'],
  ])("with the story's tags ahead, takes the paragraphs under the headline's own %s as its article when they name nothing of the story", (_what, meta) => {
    const item = 'بث حي: متابعة لحظة بلحظة لانتخابات النقابة';
    const article = ['فتحت مراكز الاقتراع أبوابها صباح اليوم أمام المهندسين لاختيار مجلس جديد، وسط إقبال وصفه المنظمون بالجيد.', 'وأفادت اللجنة المشرفة بأن فرز الأصوات يبدأ فور إغلاق الصناديق عند السابعة مساء.'];
    const tags = 'الوسوم: التعليم، الحكومة';
    const a = parser.parse([headline, '', lead, '', box[0], '', item, '', meta, '', article[0], '', article[1], '', tags].join('\n'));
    expect(a.body).toEqual([lead]);
    expect(a.related[0]!.items).toEqual([{ headline: item, body: article }]);
    // Speaking of the story (`التعليم الفني`), the paragraph there is the story going on.
    const story = 'وتبدأ خطة التعليم الفني بالمدارس الصناعية في العاصمة قبل أن تشمل المحافظات الأخرى.';
    const b = parser.parse([headline, '', lead, '', box[0], '', item, '', meta, '', story, '', tags].join('\n'));
    expect(b.body).toEqual([lead, story]);
  });

  it("with the story's tags ahead, files a text cut short as the item's teaser, and the story goes on", () => {
    const cut = 'انطلق صباح اليوم سباق الهجن السنوي في ميدان الصحراء بمشاركة مئتي مطية من مختلف المناطق...';
    const next = 'وقال وزير التعليم إن الوثيقة ستطبق على مراحل حتى لا تتأثر الدراسة في المدارس القائمة.';
    const a = parser.parse([headline, '', lead, '', box[0], box[1], cut, '', next, '', 'الوسوم: التعليم، الحكومة'].join('\n'));
    expect(a.body).toEqual([lead, next]);
    expect(a.related[0]!.items[0]!.body).toEqual([cut]);
  });
});

describe("an article under a related label after the story's end", () => {
  const story = ['البلدية تبدأ توسعة الطريق الساحلي الشهر المقبل', 'أعلنت البلدية أنها ستبدأ الشهر المقبل توسعة الطريق الساحلي بطول اثني عشر كيلومترا، بكلفة أربعين مليون دينار.', 'المصدر: وكالة الأنباء الرسمية'];
  const item = 'افتتاح معرض الكتاب الدولي بمشاركة أربعمئة دار نشر';
  const article = ['افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي بمشاركة أربعمئة دار نشر عربية وأجنبية، ويستمر عشرة أيام.', 'وقال الوزير في كلمة الافتتاح إن المعرض بات موعدا سنويا ينتظره القراء من مختلف الأعمار.'];

  // A video's headline heads a printed article when its own byline or dateline is under it, or its own date over a
  // paragraph opening anew that speaks of the video.
  it.each([
    ['its own date, the paragraph under it opening anew and speaking of the video', 'لمزيد من الأخبار', 'فيديو.. فتاة تعزف على العود ببراعة تبهر الجمهور', 'السبت 5 ديسمبر 2026',
      'أبهرت فتاة في العاشرة من عمرها جمهور مهرجان الموسيقى بعزفها على العود مقطوعة تراثية صعبة، وسط تصفيق طويل.', 'وقالت الفتاة إنها تتعلم العزف منذ أربع سنوات على يد جدها.', 'شارك هذا الخبر'],
    ['its own byline and dateline (`بالفيديو.. ...`)', 'اقرأ أيضا', 'بالفيديو.. فتاة تحل مكعب روبيك في ثماني ثوان', 'بقلم: منى سالم',
      'بيروت - حطمت فتاة في الثانية عشرة من عمرها الرقم المحلي في حل مكعب روبيك، بعدما أنهته في ثماني ثوان.', 'وقالت الفتاة إنها تتدرب ساعتين كل يوم بعد المدرسة، وإنها تستعد لبطولة دولية الصيف المقبل.', 'جميع الحقوق محفوظة © 2026'],
  ])("is the article of a video's headline with %s", (_how, label, video, meta, lede, next, end) => {
    const a = parser.parse([...story.slice(0, 2), '', label, '', video, '', meta, '', lede, '', next, end].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items[0]!.body).toEqual([lede, next]);
  });

  it("is the item's body when its first paragraph speaks of the headline", () => {
    const a = parser.parse([...story, 'مواضيع ذات صلة', item, ...article].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items).toEqual([{ headline: item, body: article }]);
  });

  it('is no article when its paragraph speaks of something else (a notice, a comment)', () => {
    const other = 'هذا القرار جاء متأخرا كثيرا وكان على المسؤولين أن يتحركوا قبل سنوات طويلة من الآن.';
    const a = parser.parse([...story, 'مواضيع ذات صلة', item, other].join('\n'));
    expect(a.related[0]!.items).toEqual([{ headline: item, body: [] }]);
  });
  // Words any two stories share say nothing of a topic: the article's next paragraph stays the article's.
  it.each([
    [
      'the verb that reports speech (`وقال رئيس ...`)',
      ['النادي يجدد عقد مدربه لموسمين إضافيين', 'جدد نادي المدينة عقد مدربه الأول لموسمين إضافيين، بعد قيادته الفريق إلى المركز الثاني في الدوري هذا الموسم.', 'وقال رئيس النادي إن الإدارة راضية عن النتائج، وإن المدرب سيحصل على دعم كامل في سوق الانتقالات الصيفية.'],
      ['ذات صلة: انطلاق موسم جني التمور في واحات الجنوب', 'قراءة 3 دقائق'],
      'بدأ المزارعون في واحات الجنوب جني التمور هذا الأسبوع، وسط توقعات بمحصول يفوق محصول العام الماضي.',
      'وقال رئيس جمعية المنتجين إن الحرارة المعتدلة في الصيف ساعدت النخيل على الإثمار.',
      ['كلمات دلالية: رياضة، كرة القدم'],
    ],
    [
      'a count (`أربعة`) and a common word',
      ['انقطاع الكهرباء عن أربعة أحياء بسبب أعمال صيانة', 'أعلنت شركة الكهرباء انقطاع التيار عن أربعة أحياء في المدينة يوم الخميس المقبل، من التاسعة صباحا حتى الخامسة مساء.'],
      ['أخبار ذات صلة', 'البلدية تعلن خطة لتوسعة السوق المركزي', 'اقتصاد', 'منذ يومين'],
      'أعلنت البلدية، أمس، خطة لتوسعة السوق المركزي وإضافة مئتي محل جديد للباعة، بكلفة تقدر بخمسة ملايين دينار.',
      'وقال المتحدث إن الأعمال ستبدأ بعد أربعة أشهر وتستمر عامين.',
      [],
    ],
    [
      'what is new (`الجديدة`, `جديدة`) and one topic word, under a related label',
      ['البلدية تزرع ألف شجرة في الأحياء الشمالية', 'بدأت البلدية زراعة ألف شجرة في شوارع الأحياء الشمالية ضمن حملة التشجير السنوية.', 'وأوضح مدير الحدائق أن الأشجار الجديدة تتحمل الحر ولا تحتاج إلى كثير من المياه.'],
      ['قد يهمك أيضا', 'محطة لمعالجة الصرف تنتج مياها للري', 'بقلم: منى سالم'],
      'افتتحت الشركة محطة جديدة لمعالجة مياه الصرف في المنطقة الصناعية، بطاقة عشرين ألف متر مكعب يوميا.',
      'وقال مدير الشركة إن المياه المعالجة ستستخدم في ري المزارع القريبة.',
      [],
    ],
    [
      'the verb that announces (`وأعلنت`) and one topic word, the story\'s tags ahead',
      ['الوزارة تمدد التسجيل في المنح الجامعية', 'أعلنت الوزارة تمديد فترة التسجيل في المنح الجامعية أسبوعا إضافيا بسبب الإقبال الكبير على المقاعد.'],
      ['اقرأ أيضا', 'حريق يلتهم مستودعا للأخشاب في المنطقة الصناعية', 'منذ ساعتين'],
      'اندلع حريق كبير فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية، وتمكنت فرق الإطفاء من السيطرة عليه بعد ساعات.',
      'وأعلنت الوزارة المختصة صرف تعويضات لأصحاب المحال المجاورة.',
      ['كلمات دلالية: التعليم، المنح'],
    ],
  ])("keeps the article's next paragraph when it shares with the story only %s", (_what, head, box, lede, next, after) => {
    const a = parser.parse([...head, ...box, lede, next, ...after].join('\n'));
    expect(a.body).toEqual(head.slice(1));
    expect(a.related[0]!.items[0]!.body).toEqual([lede, next]);
  });

  it("is the item's body under the item's section and date though its first paragraph is one short sentence, when it repeats the headline", () => {
    // A list whose headlines each carry their section's name reads a short sentence there as its next headline;
    // an article's first sentence repeats its headline's words, the next headline does not.
    const lede = 'افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة أربعمئة دار نشر من عشرين دولة.';
    const page = [...story, '', 'طالع أيضا', '', item, '', 'ثقافة', '', 'منذ يومين', '', lede, '', article[1]!].join('\n');
    const a = parser.parse(page);
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items).toEqual([{ headline: item, body: [lede, article[1]] }]);
    // (A short sentence naming none of the headline's words there, in a list whose headlines each carry their
    // section's name, stays the list's next headline: see "takes a section's name and a time under a read-also".)
  });

  it("takes a deck (a headline-shaped line, or one opening with a dateline) under the item's date as its article's first line", () => {
    const deck = 'معرض يضم أعمال مئة كاتب من عشرين بلدا';
    for (const first of [deck, 'عمّان - ' + deck]) {
      const a = parser.parse([...story.slice(0, 2), '', 'اقرأ كذلك', '', item, '', 'السبت 5 ديسمبر 2026', '', first, '', article[0]!, 'شارك هذا الخبر'].join('\n'));
      expect(a.body, first).toEqual([story[1]]);
      expect(a.related[0]!.items, first).toEqual([{ headline: item, body: [first, article[0]] }]);
    }
    // A list's next headline, bulleted as the first, is no deck.
    const list = parser.parse([...story.slice(0, 2), '', 'اقرأ كذلك', '', '1. ' + item, '', 'ثقافة', '', '2. ' + deck, '', article[0]!].join('\n'));
    expect(list.related[0]!.items.map((it) => it.headline)).toEqual(['1. ' + item, '2. ' + deck].map((h) => h.slice(3)));
  });
});

describe("a read-also list of numbered headlines, each over its section's name", () => {
  it('keeps a headline naming a day and a date (`اليوم الأحد 6 ديسمبر 2026`) as the next item', () => {
    const story = ['افتتاح خط جديد للحافلات بين الجامعة ووسط المدينة', 'افتتحت هيئة النقل خطا جديدا للحافلات يربط الجامعة بوسط المدينة، تعمل عليه عشرون حافلة كل ربع ساعة.', 'وقال رئيس الهيئة إن الخط الجديد يخدم أكثر من ثلاثين ألف طالب يوميا.'];
    const items = ['مجلس النواب يناقش قانون الإيجارات الجديد', 'أسعار الخضار اليوم الأحد 6 ديسمبر 2026', 'المنتخب يختتم معسكره استعدادا للبطولة العربية'];
    const list = items.flatMap((h, k) => ['', `${k + 1}. ${h}`, '', ['محليات', 'اقتصاد', 'رياضة'][k]!]);
    const a = parser.parse([...story, 'اقرأ أيضا', ...list].join('\n'));
    expect(a.body).toEqual(story.slice(1));
    expect(a.related[0]!.items.map((it) => it.headline)).toEqual(items);
  });
});

describe('the story going on under a related box inside it', () => {
  const head = ['افتتاح معرض الكتاب الدولي بمشاركة ثلاثمئة دار نشر', 'الاثنين 7 ديسمبر 2026'];
  const lead = 'افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي في دورته الخامسة والعشرين، بمشاركة ثلاثمئة دار نشر من عشرين دولة.';
  const box = ['مواضيع ذات صلة', 'البنك المركزي يبقي أسعار الفائدة دون تغيير', 'ارتفاع أسعار الذهب في ختام تعاملات الأسبوع'];
  const last = 'وقالت إدارة المعرض إن عدد الزوار في اليوم الأول تجاوز عشرين ألفا من مختلف المحافظات والمدن.';
  it('in a short sentence opening with a conjunction and ending with a full stop: no headline of the box', () => {
    for (const short of ['ويستمر المعرض حتى نهاية الشهر الجاري.', 'وقد نشرت الإدارة أمس صورا لأجنحة المعرض:']) {
      const a = parser.parse([...head, lead, ...box, short, last].join('\n\n'));
      expect(a.body, short).toEqual([lead, short, last]);
      expect(a.related[0]!.items.map((it) => it.headline), short).toEqual(box.slice(1));
    }
    // A headline with no full stop, or one not opening with a conjunction, stays the box's.
    for (const item of ['ويستمر المعرض حتى نهاية الشهر الجاري', 'المعرض يستمر حتى نهاية الشهر.']) {
      expect(parser.parse([...head, lead, ...box, item, '', 'شارك'].join('\n\n')).related[0]!.items.map((it) => it.headline), item).toContain(item);
    }
  });
  it("in a paragraph opening with a conjunction right under the box's headline: no teaser of it", () => {
    const on = 'وأرجع الناشرون ارتفاع أسعار الكتب في الدورات الماضية إلى كلفة الورق والشحن، وتوقعوا أن تنخفض هذا العام.';
    const a = parser.parse([...head, '', lead, '', 'أخبار ذات صلة', 'ارتفاع أسعار الذهب في ختام تعاملات الأسبوع', on, '', last].join('\n'));
    expect(a.body).toEqual([lead, on, last]);
  });
});

describe("a video's title under a watch-also label inside the story", () => {
  const head = ['افتتاح جسر جديد يربط ضفتي النهر في العاصمة', 'نشر في: 8 ديسمبر 2026'];
  const lead = 'افتتح وزير الأشغال العامة اليوم جسرا جديدا يربط ضفتي النهر في العاصمة بطول كيلومترين، بعد ثلاث سنوات من الأعمال.';
  const on = 'وقال الوزير إن الجسر الجديد سيخفف الازدحام على الجسرين القديمين بنسبة الثلث، وإن المرور عليه سيكون مجانيا.';
  it.each(['فيديو.. ', 'بالفيديو: ', 'بالصور | '])('has no article of its own: the paragraph under it speaking of it is the story going on (%s)', (lead2) => {
    const item = `${lead2}جولة على الجسر الجديد قبل افتتاحه للمرور`;
    const a = parser.parse([...head, lead, 'شاهد أيضا', item, on, 'الخبر السابق', 'وزير الخارجية يستقبل نظيره الأردني في القاهرة'].join('\n\n'));
    expect(a.body).toEqual([lead, on]);
    expect(a.related[0]!.items).toEqual([{ headline: item, body: [] }]);
  });
  it('a read-also headline with no such kind still heads its article', () => {
    const item = 'جولة على الجسر الجديد قبل افتتاحه للمرور';
    const a = parser.parse([...head, lead, 'اقرأ أيضا', item, on, 'الخبر السابق', 'وزير الخارجية يستقبل نظيره الأردني في القاهرة'].join('\n\n'));
    expect(a.related[0]!.items[0]!.body).toEqual([on]);
  });
});

describe("an interview's question under a related box inside the story", () => {
  const head = ['مديرة المهرجان: نريد المسرح في كل قرية', 'الأربعاء 9 ديسمبر 2026'];
  const lead = 'تستعد مديرة مهرجان المسرح الشعبي لافتتاح الدورة العاشرة الشهر المقبل، وفي هذا الحوار تتحدث عن البرنامج والفرق المشاركة.';
  const box = ['أخبار ذات صلة', 'افتتاح مسرح جديد في المدينة القديمة بعد ترميمه', 'فرقة شابة تفوز بجائزة أفضل عرض في مهرجان الربيع'];
  const answer = 'للمرة الأولى ستخرج العروض من القاعات إلى الساحات العامة في عشر قرى، ومعها ورش للأطفال في كتابة المشاهد القصيرة.';
  it.each([
    ['س: ', 'ج: '],
    ['سؤال/ ', 'جواب/ '],
    ['السؤال - ', 'الجواب - '],
  ])("is the story's, however marked (%s), not the box's last headline", (asks, answers) => {
    const question = `${asks}ما الجديد في دورة هذا العام؟`;
    const a = parser.parse([...head, lead, ...box, question, `${answers}${answer}`].join('\n\n'));
    expect(a.related[0]!.items.map((it) => it.headline)).toEqual(box.slice(1));
    expect(a.body[1]).toBe(question);
  });
  it('a headline opening with a word and a colon stays an item', () => {
    const item = 'سوريا: افتتاح مسرح جديد في المدينة القديمة';
    const a = parser.parse([...head, lead, box[0]!, box[1]!, item, '', 'شارك'].join('\n\n'));
    expect(a.related[0]!.items.map((it) => it.headline)).toEqual([box[1], item]);
  });
});

describe('a label menus use too (`أهم الأخبار`)', () => {
  const headline = 'البلدية تبدأ توسعة الطريق الساحلي الشهر المقبل';
  const story = 'أعلنت البلدية أنها ستبدأ الشهر المقبل توسعة الطريق الساحلي بطول اثني عشر كيلومترا، بكلفة أربعين مليون دينار.';
  const items = ['ارتفاع أسعار تذاكر الطيران مع بداية موسم العطلات', 'منتخب الشباب يبلغ الدور النهائي للبطولة الإقليمية'];

  it('labels the two headlines under it after the story', () => {
    const a = parser.parse([headline, '', story, '', 'أهم الأخبار', '', ...items].join('\n'));
    expect(a.body).toEqual([story]);
    expect(a.related).toEqual([{ kind: 'related', label: 'أهم الأخبار', items: items.map((h) => ({ headline: h, body: [] })) }]);
  });

  it("is a menu's section name above the story, and story text over a paragraph", () => {
    const menu = parser.parse(['الرئيسية', 'أهم الأخبار', 'محليات', 'رياضة', '', headline, '', story].join('\n'));
    expect(menu.related).toEqual([]);
    expect(menu.title).toBe(headline);
    const next = 'وقال رئيس البلدية إن الأعمال ستنفذ على مراحل حتى لا يغلق الطريق بالكامل أمام السكان.';
    const inStory = parser.parse([headline, '', story, '', 'أبرز الأخبار', next].join('\n'));
    expect(inStory.related).toEqual([]);
    expect(inStory.body).toContain(next);
  });
});

describe('a related list whose items carry their time and a teaser cut short', () => {
  const head = ['البلدية تبدأ توسعة الطريق الساحلي الشهر المقبل', '', 'أعلنت البلدية أنها ستبدأ الشهر المقبل توسعة الطريق الساحلي بطول اثني عشر كيلومترا، بكلفة أربعين مليون دينار.', '', 'أخبار ذات صلة', ''];
  const items = [
    ['افتتاح معرض الكتاب الدولي بمشاركة أربعمئة دار نشر', 'منذ 3 ساعات', 'افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي في دورته الثلاثين بمشاركة أربعمئة دار نشر عربية وأجنبية...'],
    ['ارتفاع أسعار الذهب في السوق المحلية للأسبوع الثالث', 'منذ 5 ساعات', 'واصلت أسعار الذهب ارتفاعها في السوق المحلية للأسبوع الثالث على التوالي مدفوعة بصعود الأسعار العالمية...'],
  ];

  it("files each teaser as its item's text (no comma in it: a headline cut short runs shorter) and keeps the list going", () => {
    const article = parser.parse([...head, ...items.flatMap((it) => [...it, ''])].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items.map((it) => [it.headline, it.body])).toEqual(items.map(([h, , t]) => [h, [t]]));
  });
});

describe("a caption credited to the site itself", () => {
  const headline = 'افتتاح أكبر محطة لتحلية المياه في المنطقة الشرقية';
  const lead = 'افتتح وزير المياه اليوم أكبر محطة لتحلية المياه في المنطقة الشرقية بطاقة تبلغ مليون متر مكعب يوميا.';
  const next = 'وتغطي المحطة احتياجات أكثر من مليوني نسمة، وتعمل بالطاقة الشمسية في جزء من تشغيلها.';
  // (A person pictured with a verb, so that only the credit can make the line a caption.)
  const caption = 'الوزير يتفقد أقسام المحطة (الأفق)';
  const body = (top: string[], middle: string) => parser.parse([...top, headline, '', lead, middle, next].join('\n')).body;

  it("is a caption when the page's <title> line names the site", () => {
    expect(body([`${headline} - جريدة الأفق`], caption)).toEqual([lead, next]);
  });

  it('is a caption when a masthead above the headline names the site', () => {
    expect(body(['صحيفة الأفق'], caption)).toEqual([lead, next]);
    expect(body(['صحيفة الأفق'], 'الوزير يتفقد أقسام المحطة - الأفق')).toEqual([lead, next]);
  });

  it("is a caption when the first paragraph's dateline or the page's source names the outlet", () => {
    const dated = 'الدمام - الأفق: ' + lead;
    expect(parser.parse([headline, dated, caption, next].join('\n')).body).toEqual([dated, next]);
    expect(parser.parse([headline, lead, caption, next, 'المصدر: الأفق'].join('\n')).body).toEqual([lead, next]);
    // (With its publication word before the name in the credit: `(صحيفة الأفق)`.)
    expect(parser.parse([headline, dated, 'الوزير يتفقد أقسام المحطة (صحيفة الأفق)', next].join('\n')).body).toEqual([dated, next]);
    // (Another outlet's name stays the story's line.)
    expect(parser.parse([headline, lead, caption, next, 'المصدر: المدار'].join('\n')).body).toEqual([lead, caption, next]);
  });

  it("stays story when the page does not name the site, or when a sentence ends before the name", () => {
    expect(body([], caption)).toEqual([lead, caption, next]);
    const quoted = 'وقال الوزير إن المحطة ستعمل بكامل طاقتها قبل الصيف. (الأفق)';
    expect(body(['صحيفة الأفق'], quoted)).toEqual([lead, quoted, next]);
  });
});

describe('a one-line read-also inside the story', () => {
  const head = ['تعادل سلبي في قمة الدوري بين الفريقين المتصدرين', 'الجمعة 8 مارس 2024',
    'انتهت قمة الدوري بين الفريقين المتصدرين بالتعادل السلبي، في مباراة غلب عليها الحذر الدفاعي وقلة الفرص الحقيقية على المرميين.'];
  const item = 'اقرأ أيضا: المدرب يعلن قائمة المصابين قبل مباراة الكأس';
  const teaser = 'أعلن مدرب الفريق الأول قائمة اللاعبين المصابين الذين سيغيبون عن مباراة الكأس المقبلة، وفي مقدمتهم المهاجم الأساسي.';

  it("takes the paragraphs that speak of the item, up to the next marker, as the item's article", () => {
    const article = parser.parse([...head, item, teaser, 'اقرأ المزيد'].join('\n'));
    expect(article.related[0]!.items[0]!.body).toEqual([teaser]);
    expect(article.body).toEqual([head[2]]);
  });

  it('takes a line opening with a dateline under the item\'s date as its article\'s first, however short, and the paragraphs under it', () => {
    const deck = 'الرياض (واس) - ثلاثة لاعبين يغيبون عن مباراة الكأس بسبب الإصابة';
    const article = parser.parse([...head, '', item, '', '12 مارس 2024', '', deck, '', teaser].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items[0]!.body).toEqual([deck, teaser]);
  });

  it("takes a deck (a headline-shaped line) under the item's date as its article's first line when the paragraph under it is the article's", () => {
    const deck = 'ثلاثة لاعبين أساسيين يغيبون عن مواجهة الكأس المقبلة بسبب الإصابة';
    const article = parser.parse([...head, item, '12 مارس 2024 - 10:30 ص', deck, teaser, 'جميع الحقوق محفوظة © 2024'].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items[0]!.body).toEqual([deck, teaser]);
    // A subheading of the story there, over the story's next paragraph, stays the story's.
    const sub = 'الفارق يبقى نقطتين قبل عشر جولات';
    const next = 'وبهذه النتيجة يبقى الفارق بين الفريقين المتصدرين نقطتين فقط قبل عشر جولات من نهاية الموسم.';
    expect(parser.parse([...head, item, sub, next, 'جميع الحقوق محفوظة © 2024'].join('\n')).body).toEqual([head[2], sub, next]);
  });

  it("reads a headline with its own date and a paragraph under the item's read-more link as the next article", () => {
    const next = 'مزارعو الزيتون يتوقعون موسما وفيرا هذا العام';
    const lede = 'عمّان - «الأفق»: يتوقع مزارعو الزيتون في المحافظات الشمالية موسما وفيرا هذا العام بعد أمطار غزيرة في الربيع.';
    const article = parser.parse([...head, item, teaser, 'اقرأ المزيد', next, 'الأحد 6 ديسمبر 2026 - 09:10 ص', lede].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items).toEqual([
      { headline: item.slice('اقرأ أيضا: '.length), body: [teaser] },
      { headline: next, body: [lede] },
    ]);
  });

  it("reads a headline over its section's name and time under the item's read-more link as the next article, the meta its own", () => {
    const next = 'صيادو الساحل يعودون إلى البحر بعد العاصفة';
    const lede = 'عمّان - «الأفق»: عاد صيادو الساحل إلى البحر صباح اليوم بعد أسبوع من التوقف بسبب العاصفة.';
    const { article, lines: placed } = parser.analyze([...head, item, teaser, 'اقرأ المزيد', next, 'اقتصاد', 'منذ يومين', lede].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items[1]).toEqual({ headline: next, body: [lede] });
    expect(placed.find((l) => l.text === 'اقتصاد')).toMatchObject({ type: 'boilerplate', rule: 'section-meta' });
  });

  it("reads a headline ending with a full stop, its own byline and a paragraph under a read-more link as the next article", () => {
    const first = 'بلدية المدينة تزرع ألف شجرة في الأحياء الجنوبية';
    const lede = 'عمّان (بترا) - بدأت بلدية المدينة حملة لزراعة ألف شجرة في الأحياء الجنوبية، بمشاركة متطوعين من المدارس.';
    const next = 'نقابة المعلمين تطالب بزيادة الرواتب قبل بداية الفصل الثاني.';
    const text = 'عمّان (بترا) - طالبت نقابة المعلمين الحكومة بإقرار زيادة على الرواتب قبل بداية الفصل الدراسي الثاني.';
    const more = 'وقال رئيس البلدية إن الحملة ستستمر حتى نهاية الشتاء.';
    const story = [head[0], '', head[1], '', head[2], '', PARAGRAPH];
    // (The link's text alone closes the article above; announcing with a colon, it labels the articles under it.)
    for (const link of ['اقرأ المزيد', 'اقرأ المزيد:']) {
      const list = ['', 'اقرأ أيضا:', '', first, '', 'منذ ساعتين', '', lede, '', more, '', link, '', next, ''];
      const article = parser.parse([...story, ...list, 'بقلم: ليلى منصور', '', text].join('\n'));
      expect(article.body, link).toEqual([head[2], PARAGRAPH]);
      expect(article.related.flatMap((s) => s.items)).toEqual([
        { headline: first, body: [lede, more] },
        { headline: next, body: [text] },
      ]);
      // With no meta of its own under it, that line is no headline of the list.
      const goesOn = parser.parse([...story, ...list, text].join('\n'));
      expect(goesOn.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([first]);
    }
  });

  it("keeps a table's rows in the item's article, though a row of figures reads alone as a date", () => {
    const rows = ['الفريق | لعب | فاز | خسر | النقاط', 'الجزيرة | 9 | 9 | 0 | 27', 'الساحل | 9 | 7 | 2 | 21', 'الوادي | 9 | 5 | 4 | 15'];
    const lede = 'عمّان - «الأفق»: تصدر فريق الجزيرة دوري الكرة الطائرة في نهاية مرحلة الذهاب بعد فوزه في مبارياته التسع.';
    const article = parser.parse([...head, item, 'السبت 5 ديسمبر 2026 - 21:15', lede, ...rows, 'الوسوم: الدوري، الكأس'].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items[0]!.body).toEqual([lede, ...rows]);
  });

  it('leaves the story going on when its paragraphs reach the story tags', () => {
    const article = parser.parse([...head, item, teaser, 'الوسوم: الدوري، الكأس'].join('\n'));
    expect(article.body).toEqual([head[2], teaser]);
  });

  it("under the headline's own date, with the story's tags ahead, takes a paragraph speaking of the headline twice as much as of the story as its article's", () => {
    // (The paragraph over the label shares `فتح` and `الطرق` with the article's.)
    const story = [
      'أمطار غزيرة تغلق طرق القرى الجبلية',
      'أغلقت الأمطار الغزيرة التي هطلت منذ فجر اليوم عددا من طرق القرى الجبلية، وعزلت عشرات الأسر في منازلها.',
      'وقالت إدارة الطرق إن فرقها تعمل على فتح الطرق المغلقة قبل حلول الليل، داعية السكان إلى تجنب التنقل.',
    ];
    const own = 'قرر المتحف الوطني فتح قاعاته مجانا أمام الطلاب طوال الشهر المقبل، مع جولات يقودها مرشدون في الطرق المؤدية إلى القاعات الجديدة.';
    const page = (meta: string[]) => parser.parse([...story, 'قد يهمك أيضا: المتحف الوطني يفتح قاعاته مجانا للطلاب طوال الشهر المقبل', ...meta, own, 'كلمات دلالية: الطقس، الطرق'].join('\n'));
    expect(page(['منذ 3 ساعات']).related[0]!.items[0]!.body).toEqual([own]);
    expect(page(['منذ 3 ساعات']).body).toEqual(story.slice(1));
    // Speaking of the story's roads and villages as much as of the museum: the story goes on.
    const roads = 'أعلن المتحف الوطني أن إغلاق طرق القرى الجبلية بالأمطار أخر وصول زواره من الطلاب.';
    const shared = parser.parse([...story, 'قد يهمك أيضا: المتحف الوطني يفتح قاعاته مجانا للطلاب طوال الشهر المقبل', 'منذ 3 ساعات', roads, 'كلمات دلالية: الطقس، الطرق'].join('\n'));
    expect(shared.body).toEqual([...story.slice(1), roads]);
  });

  it('leaves the story going on when the next paragraph speaks of the story', () => {
    const next = 'وبهذه النتيجة يبقى الفارق بين الفريقين المتصدرين نقطتين فقط قبل عشر جولات من نهاية الموسم.';
    const article = parser.parse([...head, item, next].join('\n'));
    expect(article.body).toEqual([head[2], next]);
  });

  it('after an arrow emoji (a symbol and its presentation selector), has the label as written', () => {
    const article = parser.parse([...head, '\u2b05\ufe0f ' + item, 'وبهذه النتيجة يبقى الفارق بين الفريقين المتصدرين نقطتين فقط قبل عشر جولات.'].join('\n'));
    expect(article.related[0]!.label).toBe('اقرأ أيضا:');
  });

  it("before the story's source, keeps the paragraphs that speak of the item and not of the story, then gives the story back", () => {
    const own = ['أعلن الجهاز الطبي قائمة المصابين الذين سيغيبون عن لقاء الكأس، وتضم ثلاثة لاعبين أساسيين.', 'ويحتاج المصابون إلى أسبوعين على الأقل للتعافي والعودة إلى التدريبات.'];
    const resumed = 'وبهذه النتيجة يبقى الفارق بين الفريقين المتصدرين نقطتين فقط قبل عشر جولات من نهاية الدوري.';
    const article = parser.parse([...head, item, ...own, resumed, 'المصدر: وكالة الأنباء الرسمية'].join('\n'));
    expect(article.related[0]!.items[0]!.body).toEqual(own);
    expect(article.body).toEqual([head[2], resumed]);
  });
});

describe("the page's <title> line", () => {
  const headline = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
  it.each([`الأفق نيوز | ${headline}`, `${headline} | الأفق نيوز`, `${headline} - الأفق`, `الأفق :: ${headline}`])(
    '%s above the bare headline is a copy of it',
    (line) => {
      const article = parser.parse([line, headline, 'السبت 18 مايو 2024', PARAGRAPH].join('\n'));
      expect(article.title).toBe(headline);
      expect(article.body).toEqual([PARAGRAPH]);
    },
  );
});

describe('a headline ending with a period', () => {
  const headline = '"لن نتراجع": وزير النقل يدافع عن رفع أسعار التذاكر.';
  const story = 'دافع وزير النقل عن قرار رفع أسعار تذاكر الحافلات والقطارات، مؤكدا أن الأسعار لم تتغير منذ ثماني سنوات رغم ارتفاع كلفة التشغيل.';
  it('is the headline with the byline or date right under it', () => {
    expect(parser.parse(['محليات', headline, 'كتب: أحمد الخطيب', story].join('\n')).title).toBe(headline);
    expect(parser.parse([headline, 'الأحد 14 أبريل 2024', story].join('\n')).title).toBe(headline);
  });

  it('is the headline right above a longer paragraph that speaks of it', () => {
    const page = parser.parse([headline, story].join('\n'));
    expect(page.title).toBe(headline);
    expect(page.body).toEqual([story]);
  });

  it("is the headline over the paragraph that speaks of it with the page's tools or a dateline between", () => {
    for (const between of [['طباعة', 'مشاركة'], ['حفظ'], ['القاهرة - الأفق'], ['شارك', 'القاهرة - الأفق'], ['سامي يوسف'], ['سامي يوسف', 'شارك'], ['سامي يوسف - القاهرة', 'تم التحديث: 06-12-2026 11:15']]) {
      const page = parser.parse([headline, '', ...between, '', story].join('\n'));
      expect(page.title).toBe(headline);
      expect(page.body).toEqual([story]);
    }
  });

  it('is a paragraph above one that does not speak of it, or one no longer, or under a headline', () => {
    const other = 'وقالت الوزارة إن الحافلات الجديدة ستدخل الخدمة مطلع الشهر المقبل بعد انتهاء فترة التجربة في شوارع المدينة.';
    expect(parser.parse([headline, other].join('\n')).body).toEqual([headline, other]);
    const short = 'دافع وزير النقل عن رفع أسعار التذاكر أمس.';
    expect(parser.parse([headline, short].join('\n')).title).toBeNull();
    expect(parser.parse([headline, 'طباعة', other].join('\n')).title).toBeNull();
    const page = parser.parse(['وزير النقل يدافع عن رفع أسعار التذاكر', headline, 'الأحد 14 أبريل 2024', story].join('\n'));
    expect(page.title).toBe('وزير النقل يدافع عن رفع أسعار التذاكر');
  });
});

describe('wire copy', () => {
  it('reads a dateline with a numeric date before the agency, and ends the story at the end mark', () => {
    const text = [
      'الكويت ترحب بقرار مجلس الأمن بشأن المساعدات الإنسانية',
      'الكويت - 10 - 3 (كونا) -- رحبت دولة الكويت بقرار مجلس الأمن الدولي الداعي إلى تسهيل وصول المساعدات الإنسانية إلى المناطق المتضررة.',
      '(انتهى)',
      'ع ا ج / ب ع',
    ].join('\n');
    const article = parser.parse(text);
    expect(article.credits).toEqual({ agencies: [{ id: 'KUNA', text: 'كونا' }], outlet: null, place: 'الكويت' });
    expect(article.body).toHaveLength(1);
    expect(article.boilerplate).toEqual(['(انتهى)', 'ع ا ج / ب ع']);
  });
});

describe('a link arrow inside the story', () => {
  const headline = 'ارتفاع صادرات التمور بنسبة 20 في المئة';
  const next = 'وأرجعت وزارة الزراعة هذا الارتفاع إلى فتح أسواق جديدة في آسيا وأوروبا وتحسن جودة التعبئة والتغليف.';
  it('alone between two paragraphs, links to another story', () => {
    const article = parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, '» الحكومة تطلق برنامجا لدعم المزارعين الشباب', next].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, next]);
  });

  it.each(['➡️', '→', '👈'])('pointing either way (%s), alone between two paragraphs, links to another story', (arrow) => {
    const article = parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, `${arrow} الحكومة تطلق برنامجا لدعم المزارعين الشباب`, next].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, next]);
  });

  it.each(['►', '➤'])('not under a bullet that dresses subheadings (%s)', (bullet) => {
    const sub = `${bullet} الحكومة تطلق برنامجا لدعم المزارعين الشباب`;
    expect(parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, sub, next].join('\n')).body).toEqual([PARAGRAPH, sub, next]);
  });

  it('in a list of points, stays in the story', () => {
    const points = ['» تراجع المحاصيل بسبب الجفاف', '» ارتفاع أسعار الوقود والأسمدة'];
    const article = parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, ...points, next].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, ...points, next]);
  });

  it('three or more after the last paragraph, off the story\'s headline, are links to other stories', () => {
    const links = ['» وزير المالية: لا ضرائب جديدة العام المقبل', '» البنك المركزي يخفض الفائدة نصف نقطة', '» افتتاح معرض الكتاب الدولي في العاصمة'];
    const article = parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, next, ...links].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, next]);
  });

  it.each(['ويبقى السؤال المطروح: من يحمي المستأجرين حتى ذلك الحين؟', 'ويرى مراقبون أن الحكومة لن تصمد طويلا'])(
    "the story's short closing line opening as the story goes on (%s) stays story above other stories' headlines",
    (closing) => {
      const others = ['مباراة حاسمة بين الفريقين على لقب الدوري المحلي', 'انخفاض أسعار الذهب في ختام تعاملات الأسبوع', 'طقس بارد وأمطار متفرقة على المناطق الشمالية'];
      const article = parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, next, closing, '', ...others].join('\n'));
      expect(article.body).toEqual([PARAGRAPH, next, closing]);
    },
  );

  it("between two numbered steps of the story, links to another story: the next step is no point of the link's list", () => {
    const steps = ['1. تجفف التمور في الشمس ثلاثة أيام قبل أن تفرز حسب الحجم.', '2. تعبأ التمور في علب محكمة الإغلاق وتخزن في مكان بارد.'];
    const article = parser.parse([headline, 'الاثنين 2 سبتمبر 2024', PARAGRAPH, steps[0], '» الحكومة تطلق برنامجا لدعم المزارعين الشباب', steps[1]].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, ...steps]);
  });
});

describe('a read-also label above the headline', () => {
  const headline = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
  const next = 'وقال وزير المالية إن الحكومة ستعرض الموازنة على البرلمان الأسبوع المقبل لمناقشتها وإقرارها.';
  it('with the story right under its headline: a stray label, and the headline is the page\'s', () => {
    const article = parser.parse(['اقرأ أيضا', '', headline, '', PARAGRAPH, '', next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([PARAGRAPH, next]);
    expect(article.related).toEqual([]);
  });

  it('over another headline and its teaser: a box, and the next headline is the page\'s', () => {
    const other = 'ارتفاع أعداد الزوار في المتحف الوطني خلال عطلة الربيع';
    const teaser = 'سجل المتحف الوطني أعلى عدد من الزوار منذ افتتاحه.';
    const article = parser.parse(['اقرأ أيضا', other, teaser, '', headline, '', PARAGRAPH, '', next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([PARAGRAPH, next]);
    expect(article.related[0]!.items.map((i) => i.headline)).toEqual([other]);
  });
});

describe('dates inside the story', () => {
  const headline = 'محطات في تاريخ الاتحاد الأوروبي';
  const entries = ['توقيع معاهدة روما التي أسست السوق الأوروبية المشتركة بين ست دول.', 'طرح العملة الموحدة للتداول في اثنتي عشرة دولة من دول الاتحاد.'];
  it('heading the paragraph under each, twice or more, are a timeline in the story', () => {
    const article = parser.parse([headline, 'الخميس 9 يناير 2025', '', PARAGRAPH, '', '1957', entries[0], '', '25 مارس 2002', entries[1]].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, '1957', entries[0], '25 مارس 2002', entries[1]]);
    expect(article.dates.published?.iso).toBe('2025-01-09');
  });

  it('once, or with a time of day (a live blog), stay dates', () => {
    const once = parser.parse([headline, '', PARAGRAPH, '', '1957', entries[0]].join('\n'));
    expect(once.body).toEqual([PARAGRAPH, entries[0]]);
    const live = parser.parse([headline, '', PARAGRAPH, '', '10:45 صباحا', entries[0], '', '11:30 صباحا', entries[1]].join('\n'));
    expect(live.body).toEqual([PARAGRAPH, ...entries]);
  });

  it("a time alone over a live report's entry is no date of the page; under the headline it is", () => {
    const live = parser.parse([headline, 'آخر تحديث: الخميس 9 يناير 2025 - 14:20', '', PARAGRAPH, '', '14:05', entries[0], '', '13:40', entries[1]].join('\n'));
    expect(live.date).toBe('آخر تحديث: الخميس 9 يناير 2025 - 14:20');
    expect(live.dates.published).toBeNull();
    expect(live.dates.updated?.iso).toBe('2025-01-09T14:20');
    const undated = parser.parse([headline, '', PARAGRAPH, '', '14:05', entries[0], '', '13:40', entries[1]].join('\n'));
    expect(undated.date).toBeNull();
    const headed = parser.parse([headline, '14:05', '', PARAGRAPH].join('\n'));
    expect(headed.date).toBe('14:05');
  });
});

describe("readers' comments under the story", () => {
  const headline = 'ارتفاع أسعار الذهب في السوق المحلية';
  const comments = ['سامي يوسف', 'منذ ساعة', 'الأسعار لم تعد في متناول أحد.', 'أم خالد', '2 ديسمبر 2030', 'اشتريت قبل الزيادة والحمد لله.'];
  it.each(['التعليقات (2)', 'تعليقات القراء'])('under %s: their dates are no date of the page', (label) => {
    const article = parser.parse([headline, '', PARAGRAPH, '', label, ...comments].join('\n'));
    expect(article.body).toEqual([PARAGRAPH]);
    expect(article.date).toBeNull();
    expect(article.dates.published).toBeNull();
  });

  it("the page's own date above them stays, and a comment count in the header hides no date", () => {
    const dated = parser.parse([headline, 'الخميس 9 يناير 2025', '', PARAGRAPH, '', 'التعليقات (2)', ...comments].join('\n'));
    expect(dated.dates.published?.iso).toBe('2025-01-09');
    const counted = parser.parse([headline, 'التعليقات (2)', 'الخميس 9 يناير 2025', '', PARAGRAPH].join('\n'));
    expect(counted.dates.published?.iso).toBe('2025-01-09');
  });
});

describe('a timetable the story announces', () => {
  const lead = 'وجاءت مواعيد القطارات من محطة القاهرة على النحو التالي:';
  const times = ['القطار الأول: 6:10 ص', 'القطار الثاني: 9:45 ص', 'القطار الأخير: 11:30 م'];
  const next = 'وأكدت الهيئة أن المواعيد قد تتغير في أيام العطلات الرسمية.';
  it('under a paragraph ending with a colon is story, and the page keeps its date', () => {
    const article = parser.parse(['مواعيد القطارات الجديدة', 'الخميس 9 يناير 2025 - 10:00 ص', '', PARAGRAPH, lead, ...times, next].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, lead, ...times, next]);
    expect(article.dates.published?.iso).toBe('2025-01-09T10:00');
  });

  it('under a paragraph that announces nothing stays a date', () => {
    const article = parser.parse(['مواعيد القطارات الجديدة', '', PARAGRAPH, next, 'الخميس 9 يناير 2025 - 10:00 ص'].join('\n'));
    expect(article.body).toEqual([PARAGRAPH, next]);
  });
});

describe('a list the story announces under the headline, before any paragraph', () => {
  const headline = 'وصفة المقلوبة الفلسطينية بطريقة سهلة';
  const items = ['كوبان من الأرز', 'حبتان من الباذنجان', 'ملعقة من البهارات'];
  const steps = '1. يقلى الباذنجان في الزيت حتى يصبح لونه ذهبيا ثم يوضع جانبا على ورق المطبخ.';
  it('keeps each short line under the line ending with a colon, up to the next label', () => {
    const article = parser.parse(['منوعات', headline, 'المكونات:', ...items, 'طريقة التحضير:', steps].join('\n'));
    expect(article.body).toEqual(['المكونات:', ...items, 'طريقة التحضير:', steps]);
  });

  it('ends at a marked line: a date under the list is the page\'s', () => {
    const article = parser.parse([headline, 'المكونات:', ...items, 'الأحد 6 ديسمبر 2026', steps].join('\n'));
    expect(article.body).toEqual(['المكونات:', ...items, steps]);
    expect(article.date).not.toBeNull();
  });
});

describe('a short line right under the headline', () => {
  const headline = 'البرلمان يناقش قانون الإيجار القديم في جلسة عامة';
  it('opening like a kicker (a preposition, a circumstance), is a deck of the story', () => {
    const article = parser.parse(['أخبار', headline, 'بحضور وزير الإسكان', PARAGRAPH].join('\n'));
    expect(article.body).toEqual(['بحضور وزير الإسكان', PARAGRAPH]);
  });

  it('stays a line of its own above a first paragraph broken at every link', () => {
    const pieces = ['يناقش', 'مجلس النواب', 'في جلسته العامة اليوم مشروع قانون الإيجار القديم، وسط ترقب من', 'ملايين المستأجرين', 'والملاك.'];
    const article = parser.parse([headline, 'بحضور وزير الإسكان', ...pieces, PARAGRAPH].join('\n'));
    expect(article.body[0]).toBe('بحضور وزير الإسكان');
    expect(article.body[1]).toBe('يناقش مجلس النواب في جلسته العامة اليوم مشروع قانون الإيجار القديم، وسط ترقب من ملايين المستأجرين والملاك.');
  });

  it('naming a section, is not', () => {
    const article = parser.parse([headline, 'أخبار مصر اليوم', PARAGRAPH].join('\n'));
    expect(article.body).toEqual([PARAGRAPH]);
  });
});

describe('long section names above the headline', () => {
  const headline = 'وزير النقل يتفقد أعمال تطوير الطريق الصحراوي';
  const lead = 'تفقد وزير النقل اليوم أعمال تطوير الطريق الصحراوي، واطلع على نسب التنفيذ في المراحل المختلفة من المشروع.';
  it('yield the headline to the line with the byline under it, which the first paragraph speaks of', () => {
    const article = parser.parse(['أخبار مصر والعالم العربي', 'الاقتصاد والمال', 'الرياضة', headline, 'كتب - محمود علي', lead].join('\n'));
    expect(article.title).toBe(headline);
  });

  it('a headline the first paragraph speaks of keeps its place above a caption and a deck with the byline', () => {
    const deck = 'خطة لإنهاء أعمال التطوير قبل نهاية العام الجاري وفق الجدول الزمني';
    const article = parser.parse([headline, 'صورة أرشيفية', deck, 'كتب - محمود علي', lead].join('\n'));
    expect(article.title).toBe(headline);
  });
});

describe("the paper's masthead at the top of the page", () => {
  const headline = 'انخفاض معدل البطالة إلى أدنى مستوى منذ عشر سنوات';
  it('with its update time under it and a headline further down, is not the headline', () => {
    const article = parser.parse(['صحيفة الوطن الإلكترونية', 'آخر تحديث: منذ 5 دقائق', 'سياسة', 'اقتصاد', headline, PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
  });

  it('right above a line under it, a short headline opening with the same word stays the headline', () => {
    const article = parser.parse(['شبكة الكهرباء الوطنية تنهار', 'انقطاع التيار عن معظم أحياء العاصمة لساعات طويلة أمس', PARAGRAPH].join('\n'));
    expect(article.title).toBe('شبكة الكهرباء الوطنية تنهار');
  });
});

describe('a short question over the author\'s bare name and the date', () => {
  it('is the headline; the name is not', () => {
    const article = parser.parse(['مدونات', 'لماذا نكتب؟', 'سلمى يوسف', '20 مارس 2025', PARAGRAPH].join('\n'));
    expect(article.title).toBe('لماذا نكتب؟');
  });

  it("is the headline over the page's tools and its byline or date, not only touching them; a short line that does not ask must touch them", () => {
    for (const tools of [['شارك:'], ['شارك:', 'حجم الخط']]) {
      const article = parser.parse(['أخبار ومقالات', 'هل نقرأ أقل؟', ...tools, 'بقلم: كريم العلي', 'الأحد 22 نوفمبر 2026', PARAGRAPH].join('\n'));
      expect(article.title, tools.join(' ')).toBe('هل نقرأ أقل؟');
      expect(article.byline).toBe('كريم العلي');
    }
    expect(parser.parse(['أخبار ومقالات', 'جريدة المدار', 'شارك:', 'بقلم: كريم العلي', PARAGRAPH].join('\n')).title).toBeNull();
  });

  it('a short section name over a short headline and the date leaves the headline alone', () => {
    const article = parser.parse(['آراء حرة', 'جمهورية الصبيان', '20 مارس 2025', PARAGRAPH].join('\n'));
    expect(article.title).toBe('جمهورية الصبيان');
  });
});

describe("a breaking-news ticker's item after the story", () => {
  it('is another story\'s headline, figures and all; with its paragraph under it, a live report\'s entry stays', () => {
    const headline = 'الحكومة تقر الموازنة العامة للعام المقبل';
    const item = 'عاجل | ارتفاع حصيلة ضحايا السيول في الجنوب إلى 12 شخصا';
    expect(parser.parse([headline, PARAGRAPH, item].join('\n')).body).toEqual([PARAGRAPH]);
    const entry = 'وقالت فرق الإنقاذ إن البحث عن المفقودين سيستمر طوال الليل في القرى التي غمرتها المياه.';
    expect(parser.parse([headline, PARAGRAPH, item, entry].join('\n')).body).toEqual([PARAGRAPH, item, entry]);
  });
});

describe("a widget's figures after the story", () => {
  const headline = 'البلدية تبدأ توسعة الطريق الساحلي الشهر المقبل';
  const story = ['أعلنت البلدية أنها ستبدأ الشهر المقبل توسعة الطريق الساحلي بطول اثني عشر كيلومترا، بكلفة أربعين مليون دينار.', 'وقال رئيس البلدية إن الأعمال ستنفذ على مراحل حتى لا يغلق الطريق بالكامل.'];
  const page = (tail: string[], lines = story) => parser.parse([headline, '', ...lines, '', ...tail].join('\n'));

  it.each([
    [['القاهرة 24° غائم جزئيا']],
    [['الدولار 48.50 جنيه', 'اليورو 52.10 جنيه']],
    [['سعر الذهب عيار 21 اليوم 3,650 جنيه']],
  ])('are furniture when the story speaks of nothing they name: %s', (tail) => {
    expect(page(tail).body).toEqual(story);
  });

  it('are furniture between its paragraphs too', () => {
    expect(page([], [story[0]!, '', 'الدولار 48.50 جنيه', '', story[1]!]).body).toEqual(story);
  });

  it("stay the story's when it speaks of what they name, when one of a run does, or as a labelled fact", () => {
    const weather = ['تشهد القاهرة ارتفاعا في درجات الحرارة اليوم مع سماء غائمة جزئيا في أغلب المناطق.'];
    expect(page(['القاهرة 24° غائم جزئيا'], weather).body).toEqual([...weather, 'القاهرة 24° غائم جزئيا']);
    const results = ['الأهلي 2 - 0 الزمالك', 'الإسماعيلي 1 - 1 المصري'];
    const match = ['فاز الأهلي على الزمالك بهدفين نظيفين في قمة الجولة العاشرة من الدوري.'];
    expect(page(results, match).body).toEqual([...match, ...results]);
    expect(page(['وقت التنفيذ: 18 شهرا']).body).toEqual([...story, 'وقت التنفيذ: 18 شهرا']);
    // Places and numbers with no unit: a table of the story's, whatever it names.
    expect(page(['الجيزة 98', 'المنيا 120']).body).toEqual([...story, 'الجيزة 98', 'المنيا 120']);
  });
});

describe('tags with no label after the story', () => {
  const headline = 'البنك المركزي يرفع الفائدة لكبح التضخم';
  const lead = 'قرر البنك المركزي رفع أسعار الفائدة الأساسية بمقدار نصف نقطة مئوية، في خطوة تهدف إلى كبح التضخم المرتفع.';
  it('between bars, each a subject of the headline or the first paragraphs, are the tags', () => {
    const article = parser.parse([headline, lead, PARAGRAPH, 'البنك المركزي | الفائدة | التضخم'].join('\n'));
    expect(article.tags).toEqual(['البنك المركزي', 'الفائدة', 'التضخم']);
    expect(article.body).toEqual([lead, PARAGRAPH]);
  });

  it('one a line, are the tags', () => {
    const article = parser.parse([headline, lead, PARAGRAPH, 'البنك المركزي', 'أسعار الفائدة'].join('\n'));
    expect(article.tags).toEqual(['البنك المركزي', 'أسعار الفائدة']);
  });

  it("a numbered run of the story's subjects is the story's list of points, not its tags", () => {
    const points = ['1- البنك المركزي', '2- أسعار الفائدة', '3- التضخم'];
    const article = parser.parse([headline, lead, PARAGRAPH, ...points].join('\n'));
    expect(article.tags).toEqual([]);
    expect(article.body).toEqual([lead, PARAGRAPH, ...points]);
  });

  it('a label that needs its separator, with the separator and no tag under it, is no story (`موضوعات:`)', () => {
    for (const label of ['مواضيع:', 'التسميات :', 'اقرأ المزيد عن:']) {
      const article = parser.parse([headline, lead, PARAGRAPH, label].join('\n'));
      expect(article.body, label).toEqual([lead, PARAGRAPH]);
      expect(article.tags).toEqual([]);
    }
  });

  it("a menu's section names, which the story does not speak of, are no tags", () => {
    const article = parser.parse([headline, lead, PARAGRAPH, 'اقتصاد | رياضة | ثقافة'].join('\n'));
    expect(article.tags).toEqual([]);
  });

  it('a closing formula and a name under it are no tags, whatever words they share with the story', () => {
    const closing = 'والله من وراء القصد';
    const article = parser.parse([headline, lead, 'ونأمل أن يحقق القرار القصد منه، والله ولي التوفيق في كل الأحوال والظروف.', closing, 'البنك المركزي'].join('\n'));
    expect(article.tags).toEqual([]);
    expect(article.body).toContain(closing);
  });
});

describe('the author and the date on one line after the story', () => {
  it("is no story, digits and all: a date line, the page's date", () => {
    const article = parser.parse(['الحكومة تقر الموازنة العامة للعام المقبل', PARAGRAPH, 'وقال وزير المالية إن الموازنة تستهدف خفض العجز إلى ثلاثة في المئة خلال عامين.', 'محمد علي - 12 مايو 2024'].join('\n'));
    expect(article.body).toHaveLength(2);
    expect(article.blocks.at(-1)).toMatchObject({ type: 'date', from: 4, to: 4 });
    expect(article.dates.published?.iso).toBe('2024-05-12');
  });

  it('scores under a line announcing them without a colon stay, even when they name the headline\'s teams', () => {
    const scores = ['الأهلي 2 - 0 الزمالك', 'الإسماعيلي 1 - 1 المصري'];
    const lead = 'فاز الأهلي على الزمالك بهدفين دون رد في قمة الدوري الممتاز مساء أمس، ليعزز الأهلي صدارته للترتيب.';
    const article = parser.parse(['الأهلي يفوز على الزمالك في قمة الدوري', lead, 'وجاءت نتائج بقية المباريات كالآتي', ...scores].join('\n'));
    expect(article.body).toEqual([lead, 'وجاءت نتائج بقية المباريات كالآتي', ...scores]);
    expect(article.tags).toEqual([]);
  });

  it('a score at the end of the story, shaped alike, stays: it names no month or weekday', () => {
    const article = parser.parse(['نتائج مباريات الجولة العاشرة من الدوري', PARAGRAPH, 'وجاءت النتائج كالآتي', 'الأهلي 2 - 0 الزمالك', 'الإسماعيلي 1 - 1 المصري'].join('\n'));
    expect(article.body.slice(-2)).toEqual(['الأهلي 2 - 0 الزمالك', 'الإسماعيلي 1 - 1 المصري']);
  });
});

describe('names one a line under the last paragraph that announces them', () => {
  it('are the story, not its tail', () => {
    const names = ['أحمد سالم', 'ليلى حسن', 'عمر خالد'];
    const article = parser.parse(['فوز ثلاثة طلاب بجائزة الابتكار العلمي', PARAGRAPH, 'وأعلنت لجنة التحكيم أسماء الفائزين على النحو التالي:', ...names].join('\n'));
    expect(article.body.slice(-3)).toEqual(names);
  });
});

describe('a tag line holding one tag', () => {
  const headline = 'الحكومة تقر الموازنة العامة للعام المقبل';
  it('with short lines touching it, is the first of a list of tags one a line', () => {
    const article = parser.parse([headline, PARAGRAPH, 'اقرأ المزيد عن: الموازنة', 'البرلمان', 'العجز المالي'].join('\n'));
    expect(article.tags).toEqual(['الموازنة', 'البرلمان', 'العجز المالي']);
  });

  it('holding several tags, is the whole list: the lines under it are not tags', () => {
    const article = parser.parse([headline, PARAGRAPH, 'الوسوم: الموازنة، البرلمان', 'الكاتب الصحفي سامي يوسف'].join('\n'));
    expect(article.tags).toEqual(['الموازنة', 'البرلمان']);
  });
});

describe('a box of key points under the headline', () => {
  const headline = 'الحكومة تعلن حزمة تحفيز بقيمة عشرة مليارات دولار';
  const points = ['حزمة التحفيز تشمل قروضا للشركات الصغيرة', 'خفض ضريبة القيمة المضافة', 'دعم مباشر للأسر محدودة الدخل'];
  it('under its label: every point is a highlight of the story, however short', () => {
    const article = parser.parse([headline, 'باختصار:', ...points, 'الأحد 6 ديسمبر 2026', PARAGRAPH].join('\n'));
    expect(article.body).toEqual([...points, PARAGRAPH]);
    expect(article.boilerplate).toEqual(['باختصار:']);
  });

  it('inside the story, the same word is a subheading', () => {
    const article = parser.parse([headline, PARAGRAPH, 'الخلاصة', 'وخلاصة القول إن الحزمة خطوة أولى في طريق طويل نحو التعافي الاقتصادي.'].join('\n'));
    expect(article.body).toContain('الخلاصة');
  });
});

describe("the author's role under a column", () => {
  const story = ['لم يعد الحديث عن الأمن المائي ترفا فكريا، بل صار ضرورة تفرضها أرقام الاستهلاك.', 'إن الاستثمار في تحلية المياه وإعادة تدويرها هو الاستثمار الحقيقي في المستقبل.'];
  it('is the author\'s note, not a headline appended after the story', () => {
    const article = parser.parse(['مقالات الرأي', ...story, 'كاتبة وباحثة في شؤون البيئة'].join('\n'));
    expect(article.title).toBeNull();
    expect(article.body).toEqual(story);
    expect(article.boilerplate).toContain('كاتبة وباحثة في شؤون البيئة');
  });

  const bio = 'صحفي ومحلل سياسي، عمل مراسلا في عدة عواصم عربية، وصدر له كتابان.';
  it("under the author's bare name, is the author box even when it ends with a period", () => {
    const article = parser.parse(['الماء أولا', 'بقلم: رامي سليم', ...story, 'رامي سليم', bio].join('\n'));
    expect(article.body).toEqual(story);
    expect(article.boilerplate).toEqual(expect.arrayContaining(['رامي سليم', bio]));
  });

  it('under a line ending with a colon, is the story (a subheading announcing it)', () => {
    const article = parser.parse(['الماء أولا', 'بقلم: رامي سليم', ...story, 'ما قاله الخبراء:', bio].join('\n'));
    expect(article.body).toEqual([...story, 'ما قاله الخبراء:', bio]);
  });
});

describe('a footer phrase inside a story sentence', () => {
  const story = [
    'حسمت محكمة الاستئناف اليوم نزاعا استمر خمس سنوات حول حقوق نشر رواية شهيرة بين ورثة الكاتب ودار نشر كبرى.',
    'وأكد محامي الورثة أن جميع الحقوق محفوظة لأصحابها وفق القانون.',
    'وظلت التعليقات مغلقة على صفحة الدار طوال أيام المحاكمة.',
    'وقضت المحكمة بإلزام الدار بدفع تعويض قدره مليون دينار للورثة.',
  ];
  it('is what was said: the story goes on under it', () => {
    const article = parser.parse(['محكمة تحسم نزاعا على حقوق نشر رواية شهيرة', ...story, 'جميع الحقوق محفوظة لموقع الثقافة 2026'].join('\n'));
    expect(article.body).toEqual(story);
    expect(article.boilerplate).toEqual(['جميع الحقوق محفوظة لموقع الثقافة 2026']);
  });
});

describe('a short line with the date under it, then page tools, then a headline', () => {
  const story = 'فرضت الإدارة الأمريكية اليوم رسوما جمركية جديدة على واردات صينية بقيمة مئة مليار دولار، في تصعيد جديد.';
  const headline = 'الولايات المتحدة تفرض رسوما جديدة على الواردات الصينية';
  it('the headline over the story is the title; the short line was the outlet and its place', () => {
    const article = parser.parse(['الموقع من الرباط', 'الأحد 29 نوفمبر 2026 - 10:14', 'حجم الخط', headline, story].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([story]);
  });

  it('with no tools between, the short line is the title and the line under the date its deck', () => {
    const article = parser.parse(['حرب الرسوم الجمركية', 'الأحد 29 نوفمبر 2026 - 10:14', headline, story].join('\n'));
    expect(article.title).toBe('حرب الرسوم الجمركية');
    expect(article.body).toEqual([headline, story]);
  });
});

describe('another article saved under the story with no label', () => {
  const headline = 'افتتاح محطة جديدة لتحلية المياه على الساحل';
  const story = ['افتتح وزير المياه اليوم محطة جديدة لتحلية المياه بطاقة كبيرة تكفي مدنا عدة.', 'وأوضح الوزير أن المحطة تعمل بالطاقة الشمسية جزئيا مما يخفض استهلاك الوقود.'];
  const other = ['ارتفاع صادرات التمور خلال العام الجاري', 'الأحد 29 نوفمبر 2026 - 09:40', 'كتب: رنا الحسن', 'كشفت بيانات رسمية عن ارتفاع صادرات التمور خلال الأشهر العشرة الأولى من العام.'];
  it('with its own headline, date and byline: not the story, and not its date', () => {
    const article = parser.parse([headline, 'الأحد 29 نوفمبر 2026 - 10:14', 'كتب: سامي العلي', ...story, '', ...other].join('\n'));
    expect(article.body).toEqual(story);
    expect(article.byline).toBe('سامي العلي');
    expect(article.boilerplate).toEqual(other);
  });

  it('a subheading with a date alone under it stays story', () => {
    const sub = ['المرحلة الثانية من المشروع', '15 مارس 2027', 'وتشمل المرحلة الثانية توسعة المحطة لتضاعف طاقتها الإنتاجية خلال عامين.'];
    const article = parser.parse([headline, 'الأحد 29 نوفمبر 2026 - 10:14', ...story, ...sub].join('\n'));
    expect(article.body).toEqual([...story, sub[0], sub[2]]);
  });

  it("with only a date, written the way the page's own is: not the story", () => {
    const next = [other[0]!, 'الأحد 29 نوفمبر 2026 - 09:40', other[3]!];
    const article = parser.parse([headline, 'الأحد 29 نوفمبر 2026 - 10:14', ...story, ...next].join('\n'));
    expect(article.body).toEqual(story);
    expect(article.dates.published?.iso).toBe('2026-11-29T10:14');
  });

  it('with a date written otherwise (a time alone, a live entry) the story goes on', () => {
    const entry = ['وصول الوفد الوزاري إلى موقع المحطة الجديدة', '09:40', other[3]!];
    const article = parser.parse([headline, 'الأحد 29 نوفمبر 2026 - 10:14', ...story, ...entry].join('\n'));
    expect(article.body).toEqual([...story, entry[0], entry[2]]);
  });
});

describe("other stories' headlines after the story, with no label, each with its furniture", () => {
  const headline = 'انطلاق بطولة الشطرنج العربية بمشاركة 14 دولة';
  const story = ['انطلقت مساء أمس منافسات بطولة الشطرنج العربية للشباب بمشاركة 120 لاعبا ولاعبة من 14 دولة.', 'وقال رئيس الاتحاد إن البطولة تشهد هذا العام أكبر مشاركة في تاريخها.'];
  const others = ['المنتخب الأولمبي يواجه نظيره الأردني وديا', 'نادي الشباب يعلن التعاقد مع مدرب برتغالي', 'سعر الأرز يتراجع في أسواق الجملة'];
  const page = (lines: string[]) => parser.parse([headline, '', ...story, '', ...lines].join('\n'));

  it.each([
    ['a time under each', others.flatMap((h, k) => [h, `منذ ${k + 2} ساعات`])],
    ['a date under each', others.flatMap((h, k) => [h, `${k + 1} ديسمبر 2026`, ''])],
    ['a section over each', others.flatMap((h, k) => [['رياضة', 'رياضة', 'اقتصاد'][k]!, h])],
    ["its author's bare name over each", others.flatMap((h, k) => [['سامي يوسف', 'منى علي', 'خالد سالم'][k]!, h, ''])],
    ['a read-more link under each', others.flatMap((h) => [h, 'اقرأ المزيد', ''])],
    ['a time and a read-more link under each', others.flatMap((h) => [h, 'منذ ساعة', 'اقرأ المزيد', ''])],
  ])('are furniture, %s', (_name, lines) => {
    const article = page(lines);
    expect(article.body).toEqual(story);
    expect(article.related).toEqual([]);
    // The dates are the other stories', not the page's.
    expect(article.date).toBeNull();
  });

  it('a name over only some of the lines makes no list of columns', () => {
    const lines = ['سامي يوسف', others[0]!, 'طالب في الجامعة', 'فاز بالمركز الأول في البطولة'];
    expect(page(lines).body).toEqual([...story, ...lines]);
  });
});

describe("other stories' headlines with a teaser each after the story, with no label", () => {
  const headline = 'انطلاق بطولة الشطرنج العربية بمشاركة 14 دولة';
  const story = ['انطلقت مساء أمس منافسات بطولة الشطرنج العربية للشباب بمشاركة 120 لاعبا ولاعبة من 14 دولة.', 'وقال رئيس الاتحاد إن البطولة تشهد هذا العام أكبر مشاركة في تاريخها.'];
  const teasers = [
    'المنتخب الأولمبي يواجه نظيره الأردني وديا',
    'يخوض المنتخب الأولمبي مباراة ودية أمام نظيره الأردني يوم الثلاثاء المقبل ضمن استعداداته للتصفيات.',
    'نادي الشباب يعلن التعاقد مع مدرب برتغالي',
    'أعلن نادي الشباب التعاقد مع المدرب البرتغالي لقيادة الفريق الأول حتى نهاية الموسم المقبل.',
    'سعر الأرز يتراجع في أسواق الجملة',
    'تراجع سعر الأرز في أسواق الجملة للأسبوع الثاني على التوالي بسبب وفرة المعروض.',
  ];
  it('three pairs or more, each teaser restating its headline, are furniture, the footer under them aside', () => {
    const article = parser.parse([headline, ...story, '', ...teasers, 'جميع الحقوق محفوظة 2026'].join('\n'));
    expect(article.body).toEqual(story);
  });

  it("two pairs, or a pair whose headline speaks of the story's, stay story", () => {
    expect(parser.parse([headline, ...story, '', ...teasers.slice(2)].join('\n')).body).toEqual([...story, ...teasers.slice(2)]);
    const onTopic = ['بطولة الشطرنج العربية تشهد مفاجآت في جولتها الأولى', 'شهدت بطولة الشطرنج العربية مفاجآت عدة في جولتها الأولى مساء أمس.'];
    expect(parser.parse([headline, ...story, '', ...onTopic, ...teasers.slice(2)].join('\n')).body).toEqual([...story, ...onTopic, ...teasers.slice(2)]);
  });

  it("one pair speaking of the story's headline among three that do not, not at the top, is furniture too: a section's list of more stories", () => {
    const onTopic = ['لاعب الشطرنج الصغير يفوز ببطولة عربية للشباب', 'فاز لاعب الشطرنج الصغير ببطولة عربية للشباب بعد تسع جولات دون خسارة.'];
    const list = [...teasers.slice(0, 2), ...onTopic, ...teasers.slice(2)];
    expect(parser.parse([headline, ...story, 'شارك المقال', ...list].join('\n')).body).toEqual(story);
  });

  it('are furniture over a run of bare headlines too, which goes with them', () => {
    const bare = ['افتتاح جسر المشاة الجديد فوق الطريق الدائري', 'انخفاض أسعار الذهب في ختام تعاملات الأسبوع', 'طقس بارد وأمطار متفرقة على المناطق الشمالية'];
    const article = parser.parse([headline, ...story, '', ...teasers, '', ...bare].join('\n'));
    expect(article.body).toEqual(story);
    expect(article.boilerplate).toEqual([...teasers, ...bare]);
    // And over a breaking-news ticker's items.
    const ticker = ['عاجل | ارتفاع حصيلة ضحايا السيول في الجنوب إلى 12 شخصا', 'عاجل: الرئيس يصدر قرارا بتعيين محافظ جديد للبنك المركزي'];
    expect(parser.parse([headline, ...story, '', ...teasers, '', ...ticker].join('\n')).body).toEqual(story);
  });

  it('subheadings of the story, each with a paragraph that says more than it, stay story', () => {
    const sections = [
      'ابتعد عن الشاشات قبل النوم بساعة',
      'يؤدي الضوء الأزرق المنبعث من الشاشات إلى تنبيه الدماغ، لذلك يفضل إغلاق الهاتف قبل النوم.',
      'مارس المشي الخفيف في المساء',
      'المشي الخفيف لمدة عشرين دقيقة يخفف التوتر ويحسن المزاج بشكل ملحوظ.',
      'اشرب كوبا من الأعشاب الدافئة قبل النوم',
      'تساعد الأعشاب الدافئة مثل البابونج على تهدئة الأعصاب وتحضير الجسم للنوم.',
    ];
    const article = parser.parse(['خمس نصائح بسيطة تساعدك على الاسترخاء بعد يوم عمل طويل', ...story, '', ...sections].join('\n'));
    expect(article.body).toEqual([...story, ...sections]);
  });
});

describe('a numbered list with each rank on its own line', () => {
  it('keeps every headline under its rank, short ones too', () => {
    const items = ['سعر الذهب اليوم', 'نتيجة الشهادة الإعدادية', 'موعد صرف المرتبات'];
    const article = parser.parse(['عنوان الخبر الرئيسي عن الاقتصاد اليوم', '', PARAGRAPH, '', 'الأكثر قراءة', '1', items[0], '2', items[1], '3', items[2]].join('\n'));
    expect(article.related.map((s) => s.items.map((i) => i.headline))).toEqual([items]);
    expect(article.boilerplate).toEqual(['1', '2', '3']);
  });
});

describe('a "read more" line', () => {
  const headline = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
  const items = ['وزير الاقتصاد يلتقي رجال الأعمال لبحث فرص الاستثمار', 'البنك المركزي يخفض سعر الفائدة نصف نقطة'];
  const teasers = ['التقى وزير الاقتصاد أمس عددا من رجال الأعمال في لقاء موسع.', 'قرر البنك المركزي خفض سعر الفائدة الرئيسي بمقدار نصف نقطة.'];
  it("right under an item's teaser is that item's link, and the list goes on", () => {
    const text = [headline, '', PARAGRAPH, '', 'مقالات ذات صلة', '', items[0], teasers[0], 'اقرأ المزيد', '', items[1], teasers[1], 'اقرأ المزيد'].join('\n');
    const article = parser.parse(text);
    expect(article.related.map((s) => s.items.map((i) => i.headline))).toEqual([items]);
    expect(article.boilerplate.filter((l) => l === 'اقرأ المزيد')).toHaveLength(2);
  });

  it('with a list under it is its label; with nothing under it, a link', () => {
    const label = parser.parse([headline, '', PARAGRAPH, '', 'اقرأ المزيد', ...items].join('\n'));
    expect(label.related[0]!.items.map((i) => i.headline)).toEqual(items);
    const link = parser.parse([headline, '', PARAGRAPH, '', 'اقرأ المزيد'].join('\n'));
    expect(link.related).toEqual([]);
    expect(link.boilerplate).toEqual(['اقرأ المزيد']);
  });
});

describe('a list of videos after the story', () => {
  const headline = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
  it("keeps each video's duration and description under it, and its spaced items in the list", () => {
    const items = ['جولة داخل أول مدرسة ذكية في العاصمة', 'كيف يستعد الطلاب لامتحانات نهاية العام؟'];
    const description = 'يستعرض التقرير أحدث التقنيات المستخدمة في الفصول الدراسية.';
    const article = parser.parse([headline, '', PARAGRAPH, '', 'شاهد أيضاً', '', items[0], '03:25', description, '', items[1], '02:10'].join('\n'));
    expect(article.body).toEqual([PARAGRAPH]);
    expect(article.related[0]!.items.map((i) => i.headline)).toEqual(items);
    expect(article.related[0]!.items[0]!.body).toEqual([description]);
    expect(article.boilerplate).toEqual(['03:25', '02:10']);
  });
});

describe('a table of contents inside the story', () => {
  it('holds the subheadings under its label up to the blank line; the story repeats them', () => {
    const subheads = ['اختيار البذور المناسبة', 'تجهيز التربة'];
    const paragraphs = ['يفضل اختيار البذور الهجينة المقاومة للأمراض والمناسبة لمناخ المنطقة.', 'تحتاج الطماطم إلى تربة خفيفة جيدة التصريف وغنية بالمواد العضوية.'];
    const text = ['دليل شامل لزراعة الطماطم في حديقة المنزل', '', PARAGRAPH, '', 'محتويات المقال', ...subheads, '', subheads[0], '', paragraphs[0], '', subheads[1], '', paragraphs[1]].join('\n');
    const article = parser.parse(text);
    expect(article.body).toEqual([PARAGRAPH, subheads[0], paragraphs[0], subheads[1], paragraphs[1]]);
    expect(article.boilerplate).toEqual(['محتويات المقال', ...subheads]);
    // Saved with no blank lines: the first entry seen again ends the box.
    const tight = parser.parse(text.replace(/\n\n/g, '\n'));
    expect(tight.body).toEqual([PARAGRAPH, subheads[0], paragraphs[0], subheads[1], paragraphs[1]]);
  });
});

describe("the page's date from its byline", () => {
  const headline = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';
  const dated = new Parser({ dates: { referenceTime: '2024-05-19T18:00:00+03:00' } });
  it('takes a relative date with its number, but not a bare word that may be a name', () => {
    expect(dated.parse([headline, 'بقلم: سلمى الحداد - منذ 3 ساعات', '', PARAGRAPH].join('\n')).dates.published?.iso).toBe('2024-05-19T15:00:00+03:00');
    expect(dated.parse([headline, 'بقلم: سلمى الحداد - اليوم', '', PARAGRAPH].join('\n')).dates.published).toBeNull();
  });
});

describe('a headline wrapped over two lines', () => {
  const story = 'أعلنت الهيئة العامة للطرق، اليوم الاثنين، عن بدء أعمال توسعة الطريق الساحلي بطول أربعين كيلومترا، على أن تنتهي خلال عامين.';
  it('is one title when the first line ends with a word no headline ends with', () => {
    const article = parser.parse(['محليات', 'بدء أعمال توسعة الطريق الساحلي بين', 'المدينتين بتكلفة تتجاوز مليار ريال', 'الاثنين 3 مارس 2031', story].join('\n'));
    expect(article.title).toBe('بدء أعمال توسعة الطريق الساحلي بين المدينتين بتكلفة تتجاوز مليار ريال');
    expect(article.blocks[1]).toMatchObject({ type: 'title', from: 2, to: 3 });
  });
  it('a headline ending with a full word keeps the line under it as its deck', () => {
    const article = parser.parse(['بدء أعمال توسعة الطريق الساحلي بين المدينتين', 'المشروع يتكلف أكثر من مليار ريال ويستمر عامين', story].join('\n'));
    expect(article.title).toBe('بدء أعمال توسعة الطريق الساحلي بين المدينتين');
    expect(article.body[0]).toBe('المشروع يتكلف أكثر من مليار ريال ويستمر عامين');
  });
  it('with a short second line, right above the story whole on its line, is the title and no piece of the story', () => {
    const article = parser.parse(['بدء أعمال توسعة الطريق الساحلي بين المدينتين ويبدأ العمل في', 'الربيع المقبل', story].join('\n'));
    expect(article.title).toBe('بدء أعمال توسعة الطريق الساحلي بين المدينتين ويبدأ العمل في الربيع المقبل');
    expect(article.body).toEqual([story]);
  });
});

describe('an article embedded under a read-also headline', () => {
  const story = ['أطلقت البلدية مشروعا لتجديد الحدائق العامة في الأحياء القديمة، يشمل زراعة الأشجار وتركيب مقاعد جديدة وإنارة حديثة.', 'وقال رئيس البلدية إن المشروع ينتهي قبل الصيف، وإن تكلفته تتحملها ميزانية العام الجاري بالكامل.'];
  const article = ['افتتحت البلدية مكتبة للأطفال في الحديقة المركزية، تضم ألفي كتاب وركنا للرسم والألعاب التعليمية.', 'وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء، والدخول إليها مجاني.'];
  it('keeps its own source line under its headline, and its paragraphs; the page source comes after it', () => {
    const a = parser.parse(['البلدية تجدد الحدائق العامة في الأحياء القديمة', ...story, 'اقرأ أيضا:', 'افتتاح مكتبة للأطفال في الحديقة المركزية', 'المصدر: صحيفة المدينة', ...article, 'المصدر: وكالة الأنباء'].join('\n'));
    expect(a.related[0]!.items[0]!.body).toEqual(article);
    expect(a.source).toBe('وكالة الأنباء');
    expect(a.body).toEqual(story);
  });
  it('a source line under the last headline of a list, with no paragraph under it, is the page\'s', () => {
    const a = parser.parse(['البلدية تجدد الحدائق العامة في الأحياء القديمة', ...story, 'اقرأ أيضا:', 'افتتاح مكتبة للأطفال في الحديقة المركزية', 'المصدر: وكالة الأنباء'].join('\n'));
    expect(a.source).toBe('وكالة الأنباء');
  });
  it('one after another under one label: a headline with its own dateline heads the next article', () => {
    const second = ['أعلنت البلدية عن مسابقة لأجمل حديقة منزلية، تمنح فيها جوائز مالية لأصحاب الحدائق الفائزة.', 'ويستمر التسجيل في المسابقة حتى نهاية الشهر عبر موقع البلدية على الإنترنت.'];
    const a = parser.parse(['البلدية تجدد الحدائق العامة في الأحياء القديمة', ...story, 'اقرأ أيضا', 'افتتاح مكتبة للأطفال في الحديقة المركزية', 'المدينة - الأفق', ...article, 'مسابقة لأجمل حديقة منزلية بجوائز مالية', 'المدينة - الأفق', ...second].join('\n'));
    expect(a.related[0]!.items.map((i) => [i.headline, i.body])).toEqual([
      ['افتتاح مكتبة للأطفال في الحديقة المركزية', article],
      ['مسابقة لأجمل حديقة منزلية بجوائز مالية', second],
    ]);
  });
});

describe('articles one after another under one label, with no meta', () => {
  const story = ['رفع مصرف الوطن رأسماله إلى ملياري دينار بعد موافقة الهيئة العامة للمساهمين، لتوسيع نشاطه في تمويل المشاريع الصغيرة.'];
  const first = ['أطلق البنك المركزي منصة جديدة للدفع الإلكتروني تتيح للمواطنين تسديد الفواتير الحكومية عبر الهاتف المحمول.', 'وقال محافظ البنك إن المنصة ستربط بجميع المصارف العاملة في البلاد خلال ستة أشهر.'];
  const page = (next: string, under: string[]) => parser.parse(['مصرف الوطن يرفع رأسماله إلى ملياري دينار', ...story, 'إقرأ أيضاً', 'البنك المركزي يطلق منصة للدفع الإلكتروني', ...first, next, ...under].join('\n'));
  it('a headline the paragraph under it speaks of, and the article above does not, heads the next article', () => {
    const second = ['تراجعت أسعار الذهب في الأسواق المحلية اليوم بنحو ألف دينار للمثقال، متأثرة بانخفاض الأسعار العالمية.'];
    expect(page('أسعار الذهب تتراجع في الأسواق المحلية', second).related[0]!.items.map((i) => [i.headline, i.body])).toEqual([
      ['البنك المركزي يطلق منصة للدفع الإلكتروني', first],
      ['أسعار الذهب تتراجع في الأسواق المحلية', second],
    ]);
  });
  it("a subheading that speaks of the article's own matter stays in it", () => {
    const under = ['وتتيح المنصة للمصارف تسوية المدفوعات فيما بينها خلال ثوان، بدلا من يوم عمل كامل كما هو الحال اليوم.'];
    const a = page('كيف تعمل المنصة الجديدة بين المصارف', under);
    expect(a.related[0]!.items).toHaveLength(1);
    expect(a.related[0]!.items[0]!.body).toEqual([...first, 'كيف تعمل المنصة الجديدة بين المصارف', ...under]);
  });
});

describe("a read-also article before the story's own source", () => {
  it('shares function words with the story (`عبر`, `خلال`) and is still an article, not a teaser and the story going on', () => {
    const story = ['رفع مصرف الوطن رأسماله إلى ملياري دينار عبر طرح أسهم جديدة خلال الربع الأول من العام المقبل.'];
    const article = ['أطلق البنك المركزي منصة جديدة للدفع الإلكتروني تتيح تسديد الفواتير عبر الهاتف خلال دقائق.', 'وقال محافظ البنك إن المنصة ستربط بجميع المصارف العاملة في البلاد قبل نهاية السنة.'];
    const a = parser.parse(['مصرف الوطن يرفع رأسماله إلى ملياري دينار', ...story, 'إقرأ أيضاً', 'البنك المركزي يطلق منصة للدفع الإلكتروني', ...article, 'المصدر: وكالة الأنباء'].join('\n'));
    expect(a.body).toEqual(story);
    expect(a.related[0]!.items[0]!.body).toEqual(article);
    expect(a.source).toBe('وكالة الأنباء');
  });
});

describe('a related headline with its date printed after it', () => {
  it('loses the numeric date (the item\'s meta); a date in words stays in the headline', () => {
    const story = 'أعلنت وزارة الصحة عن حملة تطعيم جديدة في المدارس تبدأ الأسبوع المقبل وتستمر شهرا كاملا، بمشاركة آلاف العاملين في القطاع الصحي.';
    const a = parser.parse(['حملة تطعيم جديدة في المدارس الأسبوع المقبل', story, 'أخبار ذات صلة', '• الصحة تحذر من موجة إنفلونزا مبكرة 12/03/2031', '• افتتاح مستشفى جديد للأطفال - 2031-03-10 10:45', '• طقس معتدل في أنحاء البلاد اليوم الخميس 27 مارس'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['الصحة تحذر من موجة إنفلونزا مبكرة', 'افتتاح مستشفى جديد للأطفال', 'طقس معتدل في أنحاء البلاد اليوم الخميس 27 مارس']);
  });
});

describe('a table saved as rows of cells between bars', () => {
  const lead = 'حافظ فريق النجم على صدارة الدوري بعد فوزه على ضيفه في ختام الجولة العاشرة، فيما تقدم الاتحاد إلى المركز الثاني.';
  const rows = ['الفريق | لعب | فاز | نقاط', 'النجم | 10 | 8 | 25', 'الاتحاد | 10 | 7 | 23', 'الشباب | 10 | 6 | 21'];
  const after = 'وتستأنف مباريات الدوري الأسبوع المقبل بعد فترة التوقف الدولي، بلقاء قمة يجمع النجم والاتحاد.';
  it('inside the story is the story, header row and all, and the paragraph after it too', () => {
    const a = parser.parse(['ترتيب الدوري بعد نهاية الجولة العاشرة', 'الإثنين 10 نوفمبر 2031', lead, 'وجاء الترتيب على النحو التالي:', ...rows, after].join('\n'));
    expect(a.body).toEqual([lead, 'وجاء الترتيب على النحو التالي:', ...rows, after]);
    expect(a.dates.published?.iso).toBe('2031-11-10');
  });
  it('right under the headline is the story; above it, a ticker of figures', () => {
    const ticker = ['الدولار | 48.10 | 0.2%', 'اليورو | 52.35 | -0.1%', 'الذهب | 3630 | 0.5%'];
    const a = parser.parse([...ticker, 'ترتيب الدوري بعد نهاية الجولة العاشرة', ...rows, lead].join('\n'));
    expect(a.title).toBe('ترتيب الدوري بعد نهاية الجولة العاشرة');
    expect(a.body).toEqual([...rows, lead]);
  });
  it('rows of words only, under the headline, are a menu, not a table', () => {
    const a = parser.parse(['ترتيب الدوري بعد نهاية الجولة العاشرة', 'الرئيسية | سياسة | اقتصاد | رياضة', 'فن | ثقافة | منوعات | مقالات', lead].join('\n'));
    expect(a.body).toEqual([lead]);
  });
});

describe('a short line under one headline of a list', () => {
  const story = 'نحب المدن كما نحب الناس: بلا سبب واضح أحيانا. مدينة تمشي فيها فتشعر أنك في بيتك، وأخرى تقيم فيها سنوات ولا تعرفك أبدا.';
  it('and under no other is a short headline of the list', () => {
    const a = parser.parse(['عن المدن التي نحبها', story, 'مقالات أخرى للكاتبة', 'المدرسة التي علمتنا الصبر', 'أمهاتنا والحكايات', 'الشارع الذي كبرنا فيه'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['المدرسة التي علمتنا الصبر', 'أمهاتنا والحكايات', 'الشارع الذي كبرنا فيه']);
  });
  it('with a name under the other headlines too, is an author', () => {
    const a = parser.parse(['عن المدن التي نحبها', story, 'مقالات ذات صلة', 'المدرسة التي علمتنا الصبر', 'سلمى حداد', 'الشارع الذي كبرنا فيه', 'نادر سالم'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['المدرسة التي علمتنا الصبر', 'الشارع الذي كبرنا فيه']);
  });
});

describe('a source line inside the story', () => {
  const p1 = 'ارتفع معدل البطالة بين الشباب إلى أعلى مستوى له منذ عشر سنوات، بحسب تقرير صادر عن البنك الدولي اليوم.';
  const p2 = 'وأظهر التقرير أن ربع الشباب لا يعملون ولا يدرسون، وأن معدل البطالة أعلى بين النساء في معظم الدول.';
  const p3 = 'وأرجع التقرير ارتفاع معدل البطالة إلى تباطؤ النمو الاقتصادي وتراجع الاستثمار في القطاعات كثيفة العمالة.';
  it("with a paragraph of the story right under it, is a chart's credit: the story goes on", () => {
    const a = parser.parse(['البطالة بين الشباب ترتفع إلى أعلى مستوى في عشر سنوات', p1, p2, 'المصدر: البنك الدولي', p3].join('\n'));
    expect(a.body).toEqual([p1, p2, p3]);
    expect(a.source).toBeNull();
  });
  it('with another article under a headline after it, ends the story', () => {
    const other = 'افتتحت وزارة الصحة مستشفى جديدا للأطفال في العاصمة بسعة مئتي سرير وأقسام متخصصة للعناية المركزة.';
    const a = parser.parse(['البطالة بين الشباب ترتفع إلى أعلى مستوى في عشر سنوات', p1, p2, 'المصدر: البنك الدولي', 'افتتاح مستشفى جديد للأطفال في العاصمة', other].join('\n'));
    expect(a.body).toEqual([p1, p2]);
    expect(a.source).toBe('البنك الدولي');
  });
});

describe("a comment box's order and its options", () => {
  const story = 'بدأت المخرجة ريم سالم تصوير فيلمها الروائي الطويل الثاني في مدينة الإسكندرية، بمشاركة عدد من الممثلين الشباب.';
  it('are furniture, a label among the options (الأحدث) too: no related list', () => {
    const a = parser.parse(['المخرجة ريم سالم تبدأ تصوير فيلمها الجديد', story, '0 تعليق', 'ترتيب حسب', 'الأقدم', 'الأحدث', 'إضافة تعليق...', 'مكون Facebook Comments الإضافي'].join('\n'));
    expect(a.related).toEqual([]);
    expect(a.body).toEqual([story]);
  });
});

describe('a list of headlines with teasers above the page headline', () => {
  const story = ['افتتح وزير الصناعة، اليوم الجمعة، أول مصنع لتدوير البلاستيك في محافظات الجنوب، بطاقة إنتاجية تبلغ خمسين طنا يوميا.', 'وقال الوزير إن المصنع يوفر مئتي فرصة عمل مباشرة، ويسهم في تقليل النفايات البلاستيكية التي تلوث الشواطئ.'];
  const headline = 'افتتاح أول مصنع لتدوير البلاستيك في الجنوب';
  it('is a list: the teasers are not the story, the headline with its date is the title', () => {
    const a = parser.parse([
      'الأكثر قراءة',
      'ارتفاع أسعار الوقود للمرة الثانية هذا العام',
      'أعلنت لجنة التسعير رفع أسعار البنزين والسولار بنسب تتراوح بين خمسة وعشرة في المئة اعتبارا من صباح الغد.',
      'منتخب الناشئين يتأهل إلى نهائي البطولة العربية',
      'تأهل منتخب الناشئين إلى المباراة النهائية بعد فوزه بهدفين دون رد على نظيره في الدور نصف النهائي أمس.',
      headline,
      'الجمعة 5 ديسمبر 2031 - 10:15',
      ...story,
    ].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual(story);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['ارتفاع أسعار الوقود للمرة الثانية هذا العام', 'منتخب الناشئين يتأهل إلى نهائي البطولة العربية']);
  });
  it('a label over the page headline, its story going on under a subheading, stays the story', () => {
    const a = parser.parse(['آخر الأخبار', headline, story[0]!, 'فرص عمل جديدة للشباب في المحافظة', story[1]!].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([story[0], 'فرص عمل جديدة للشباب في المحافظة', story[1]]);
  });
});

describe('headlines with a teaser each, with no label, above the page headline and its date', () => {
  const story = ['افتتح وزير الصناعة، اليوم الجمعة، أول مصنع لتدوير البلاستيك في محافظات الجنوب، بطاقة إنتاجية تبلغ خمسين طنا يوميا.', 'وقال الوزير إن المصنع يوفر مئتي فرصة عمل مباشرة، ويسهم في تقليل النفايات البلاستيكية التي تلوث الشواطئ.'];
  const headline = 'افتتاح أول مصنع لتدوير البلاستيك في الجنوب';
  const teasers = [
    'ارتفاع أسعار الوقود للمرة الثانية هذا العام',
    'أعلنت لجنة التسعير رفع أسعار البنزين والسولار بنسب تتراوح بين خمسة وعشرة في المئة اعتبارا من صباح الغد.',
    'منتخب الناشئين يتأهل إلى نهائي البطولة العربية',
    'تأهل منتخب الناشئين إلى المباراة النهائية بعد فوزه بهدفين دون رد على نظيره في الدور نصف النهائي أمس.',
  ];
  it('are furniture: the headline with the date under it is the title', () => {
    const a = parser.parse([...teasers, headline, 'الجمعة 5 ديسمبر 2031 - 10:15', ...story].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual(story);
  });
  it('a story with a subheading, its paragraphs about one thing, is not such a list', () => {
    const lede = 'افتتح وزير الصناعة أول مصنع لتدوير البلاستيك في محافظات الجنوب، بطاقة تبلغ خمسين طنا يوميا.';
    const more = 'ويعمل مصنع تدوير البلاستيك الجديد بالطاقة الشمسية، ويوفر مئتي فرصة عمل لأبناء المحافظة.';
    const a = parser.parse([headline, lede, 'طاقة نظيفة وفرص عمل', more, 'ارتفاع أسعار الوقود للمرة الثانية هذا العام', 'الجمعة 5 ديسمبر 2031 - 10:15', teasers[1]!].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body.slice(0, 3)).toEqual([lede, 'طاقة نظيفة وفرص عمل', more]);
  });
});

describe("a video player's times", () => {
  it('give the page no date: a time under the player\'s zero is the duration', () => {
    const story = 'أدهش طفل في التاسعة من عمره لجنة تحكيم برنامج المواهب بعزفه مقطوعة كلاسيكية صعبة على البيانو، وسط تصفيق الجمهور.';
    const a = parser.parse(['بالفيديو.. طفل يعزف على البيانو ببراعة تدهش لجنة التحكيم', 'فيديو', '00:00', '02:34', story].join('\n'));
    expect(a.date).toBeNull();
    expect(a.body).toEqual([story]);
  });
});

describe("an embedded article's own tag line", () => {
  const story = 'أطلقت وكالة الفضاء العربية، فجر اليوم، قمرا صناعيا جديدا لرصد التغيرات المناخية في المنطقة، من قاعدة إطلاق في آسيا.';
  const article = 'أعلن فريق دولي من علماء الفلك اكتشاف كوكب صخري يشبه الأرض في حجمه، يدور حول نجم قريب من مجموعتنا الشمسية.';
  it("after the page's tags, is the article's: the page keeps its own", () => {
    const a = parser.parse(['إطلاق قمر صناعي عربي لرصد التغيرات المناخية', story, 'كلمات دلالية: الفضاء، المناخ', 'اقرأ أيضا', 'علماء يكتشفون كوكبا شبيها بالأرض', article, 'كلمات دلالية: الفلك، الكواكب'].join('\n'));
    expect(a.tags).toEqual(['الفضاء', 'المناخ']);
    expect(a.related[0]!.items[0]!.body).toEqual([article]);
  });
  it("after the page's tags, a tag label and the tags under it one a line are the article's too", () => {
    const more = 'ويأمل الفريق أن تكشف الأرصاد المقبلة عن وجود غلاف جوي للكوكب، وهو ما قد يجعله مرشحا لدراسات أوسع.';
    const a = parser.parse(['إطلاق قمر صناعي عربي لرصد التغيرات المناخية', story, 'الوسوم', 'الفضاء', 'المناخ', 'المقال التالي', 'علماء يكتشفون كوكبا شبيها بالأرض', 'الإثنين 10 نوفمبر 2031', article, more, 'الوسوم', 'الفلك', 'الكواكب'].join('\n'));
    expect(a.tags).toEqual(['الفضاء', 'المناخ']);
    expect(a.related[0]!.items[0]!.body).toEqual([article, more]);
    expect(a.boilerplate).toEqual(expect.arrayContaining(['الفلك', 'الكواكب']));
  });
  it("after the page's tags, a next article the page ran on into (a headline, its date, paragraphs) keeps its own tag line", () => {
    const next = ['افتتاح مركز صحي جديد في الحي الشرقي', 'الإثنين 10 نوفمبر 2031', article, 'كلمات دلالية: الصحة، المراكز الصحية'];
    const a = parser.parse(['إطلاق قمر صناعي عربي لرصد التغيرات المناخية', story, 'كلمات دلالية: الفضاء، المناخ', ...next].join('\n'));
    expect(a.tags).toEqual(['الفضاء', 'المناخ']);
    expect(a.body).toEqual([story]);
    // A paragraph after the tags with no headline above it: a later tag line is still the page's.
    const b = parser.parse(['إطلاق قمر صناعي عربي لرصد التغيرات المناخية', story, 'كلمات دلالية: الفضاء، المناخ', article, 'كلمات دلالية: الفلك'].join('\n'));
    expect(b.tags).toEqual(['الفضاء', 'المناخ', 'الفلك']);
  });
  it("with no tags of the page's above it, after the story's read-also article, is the page's", () => {
    const a = parser.parse(['إطلاق قمر صناعي عربي لرصد التغيرات المناخية', story, 'اقرأ أيضا', 'علماء يكتشفون كوكبا شبيها بالأرض', article, 'كلمات دلالية: الفضاء، المناخ'].join('\n'));
    expect(a.tags).toEqual(['الفضاء', 'المناخ']);
  });
});

describe('list symbols in each family', () => {
  const story = 'طرحت وزارة المالية سندات دولية بقيمة ملياري دولار على شريحتين، وسط إقبال كبير من المستثمرين تجاوز أربعة أضعاف المعروض.';
  it.each(['❖', '٭', '➤', '▸', '✦', '◈', '\u2212', '🔹', '📌', '✅', '▶️', '⬅️'])('%s before each headline is a bullet, not part of it', (mark) => {
    const a = parser.parse(['الحكومة تطرح سندات بقيمة ملياري دولار', story, 'مقالات ذات صلة', `${mark} البنك المركزي يرفع توقعاته للنمو`, `${mark} ارتفاع الاحتياطي الأجنبي إلى مستوى قياسي`].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['البنك المركزي يرفع توقعاته للنمو', 'ارتفاع الاحتياطي الأجنبي إلى مستوى قياسي']);
  });
});

describe('a pointing hand before another story\'s headline between two paragraphs', () => {
  const lead = 'طرحت وزارة المالية سندات دولية بقيمة ملياري دولار على شريحتين، وسط إقبال كبير من المستثمرين تجاوز أربعة أضعاف المعروض.';
  const next = 'وقال وزير المالية إن حصيلة الطرح ستخصص لسداد ديون قصيرة الأجل وتمويل مشروعات البنية التحتية.';
  it.each(['👈', '👈🏽', '👉', '🔗', '<<', '>>', '»»'])('%s: a link, whatever its skin tone, and a doubled arrow', (mark) => {
    const link = `${mark} البنك المركزي يرفع توقعاته للنمو`;
    const a = parser.parse(['الحكومة تطرح سندات بقيمة ملياري دولار', lead, link, next].join('\n'));
    expect(a.body).toEqual([lead, next]);
    expect(a.boilerplate).toContain(link);
  });
});

describe("a widget's line that ends pages, between two paragraphs", () => {
  const head = 'البلدية تفتتح حديقة عامة جديدة في الحي الشرقي';
  const lead = 'افتتحت بلدية المدينة صباح اليوم حديقة عامة جديدة في الحي الشرقي، تضم ملاعب للأطفال ومسارات للمشي وأكثر من ألف شجرة.';
  const next = 'وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السادسة صباحا حتى منتصف الليل، وإن الدخول إلى الحديقة سيكون مجانيا.';

  it('is furniture, and the story goes on under a box inviting the reader where a paragraph goes on from the story and speaks of it', () => {
    for (const widget of ['قيم هذا المقال', 'هل أعجبك المقال؟', 'أضف تعليقك', 'التعليقات (0)']) {
      const page = parser.parse([head, '', lead, '', widget, '', next].join('\n'));
      expect(page.body, widget).toEqual([lead, next]);
    }
  });

  it("ends the story when the paragraph under it opens anew, or goes on without a word of the story (a reader's comment)", () => {
    const comment = 'شكرا جزيلا لكم على هذا الجهد الرائع، وننتظر منكم المزيد دائما إن شاء الله.';
    expect(parser.parse([head, '', lead, '', 'أضف تعليقك', '', comment].join('\n')).body).toEqual([lead]);
    const unrelated = 'وقال مشجعون إن المباراة النهائية ستقام يوم الجمعة المقبل على ملعب العاصمة الكبير.';
    expect(parser.parse([head, '', lead, '', 'قيم هذا المقال', '', unrelated].join('\n')).body).toEqual([lead]);
    // (The site's footer ends the page, whatever comes under it.)
    expect(parser.parse([head, '', lead, '', 'جميع الحقوق محفوظة', '', next].join('\n')).body).toEqual([lead]);
  });
});

describe('hashtags between two paragraphs', () => {
  const lead = 'طرحت وزارة المالية سندات دولية بقيمة ملياري دولار على شريحتين، وسط إقبال كبير من المستثمرين تجاوز أربعة أضعاف المعروض.';
  it.each([
    ['opening as the story goes on', 'وقال الوزير إن الحصيلة ستخصص لسداد ديون قصيرة الأجل.'],
    ['speaking of the story, a post\'s credit between', 'وستخصص حصيلة السندات الدولية لسداد ديون قصيرة الأجل وتمويل مشروعات البنية التحتية.'],
    // The narration's connectives: what is expected, according to whom, but.
    ['opening with what is expected', 'ومن المتوقع أن تتراجع كلفة الاقتراض في الأسواق الناشئة خلال الأشهر المقبلة.'],
    ['opening with according to', 'وبحسب محللين في بنوك إقليمية، فإن الطلب يعكس ثقة متزايدة في الاقتصاد.'],
    ['opening with but', 'لكن خبراء حذروا من ارتفاع كلفة خدمة الدين في الأعوام المقبلة.'],
  ])('were a post\'s when the story goes on under them: %s', (_why, next) => {
    const a = parser.parse(['الحكومة تطرح سندات بقيمة ملياري دولار', lead, '#سندات #المالية', 'Posted by وزارة المالية on Thursday, December 3, 2026', next].join('\n'));
    expect(a.body).toEqual([lead, next]);
  });

  it('end the story when what comes under them speaks of something else', () => {
    const footer = 'موقع الأفق منصة إخبارية مستقلة تأسست عام 2010 وتغطي أخبار المنطقة على مدار الساعة.';
    const a = parser.parse(['الحكومة تطرح سندات بقيمة ملياري دولار', lead, '#سندات #المالية', footer].join('\n'));
    expect(a.body).toEqual([lead]);
  });
});

describe('signs before text that are no bullets', () => {
  it.each(['© 2031 صحيفة الأفق', '\u22125 درجات تحت الصفر في القمة', '🔴🔴 عاجل', '📌اقرأ أيضا', '>>> عنوان', '<<عنوان'])('%s', (text) => {
    expect(findBullet(text)).toBeNull();
  });
});

describe('short lines numbered alike after the last paragraph', () => {
  const lead = 'تابعوا معنا لحظة بلحظة مباراة القمة بين النجم والاتحاد في الجولة العاشرة من الدوري، على ملعب المدينة الرياضية.';
  it("are the entries of a live report, not other stories' headlines", () => {
    const entries = ['الدقيقة 5: تسديدة قوية من مهاجم النجم تمر بجوار القائم', 'الدقيقة 23: هدف أول للنجم عن طريق لاعب الوسط', 'الدقيقة 90: صافرة النهاية وفوز النجم بهدف نظيف'];
    const a = parser.parse(['مباشر: النجم يواجه الاتحاد في قمة الدوري', lead, ...entries].join('\n'));
    expect(a.body).toEqual([lead, ...entries]);
  });
  it("other stories' headlines after the story still go", () => {
    const others = ['مباراة حاسمة بين الفريقين على لقب الدوري المحلي', 'انخفاض أسعار الذهب في ختام تعاملات الأسبوع', 'طقس بارد وأمطار متفرقة على المناطق الشمالية'];
    const a = parser.parse(['مباشر: النجم يواجه الاتحاد في قمة الدوري', lead, ...others].join('\n'));
    expect(a.body).toEqual([lead]);
  });
});

describe('"for more:" before another story\'s headline', () => {
  const p1 = 'أعلنت وزارة التجارة عن برنامج جديد لدعم الصادرات الزراعية، يتضمن تخفيض رسوم الشحن وتقديم حوافز للمصدرين الجدد.';
  const p2 = 'وقال وزير التجارة إن البرنامج يستهدف مضاعفة الصادرات الزراعية خلال ثلاث سنوات، وفتح أسواق جديدة في آسيا وأفريقيا.';
  it('is a link to that story between two paragraphs: the story goes on', () => {
    const a = parser.parse(['برنامج حكومي جديد لدعم الصادرات الزراعية', p1, 'للمزيد: البنك المركزي يخفض أسعار الفائدة', p2].join('\n'));
    expect(a.body).toEqual([p1, p2]);
    expect(a.related[0]!.items[0]!.headline).toBe('البنك المركزي يخفض أسعار الفائدة');
  });
  it('alone on its line is a link, not a label over the paragraph under it', () => {
    const a = parser.parse(['برنامج حكومي جديد لدعم الصادرات الزراعية', p1, 'للمزيد', p2].join('\n'));
    expect(a.body).toEqual([p1, p2]);
    expect(a.related).toEqual([]);
  });
});

describe("a short line right above the author's bare name and the date", () => {
  const story = 'العالم يركض، ونحن نركض معه دون أن نعرف إلى أين. نأكل بسرعة، ونقرأ بسرعة، ونحب بسرعة، ثم نتساءل لماذا لا نشعر بشيء.';
  it('of three words or more is the headline, and the name is the byline', () => {
    const a = parser.parse(['رأي', 'في مديح البطء', 'هالة يوسف', 'نشر في: الثلاثاء 9 ديسمبر 2031', story].join('\n'));
    expect(a.title).toBe('في مديح البطء');
    expect(a.byline).toBe('هالة يوسف');
    expect(a.body).toEqual([story]);
  });
  it("of three words over a wire's credit and the author's bare name and description is the headline", () => {
    const a = parser.parse(['مدارس بلا جدران', '(وكالات)', 'ريم سعيد', 'كاتبة وباحثة في شؤون التعليم', 'العدد 4410', '', story].join('\n'));
    expect(a.title).toBe('مدارس بلا جدران');
    expect(a.byline).toBe('ريم سعيد');
    expect(a.body).toEqual([story]);
    // Under the site's motto, the short line over the author is still the headline, not the motto.
    expect(parser.parse(['صوت الحقيقة منذ 1987', 'ضجيج المدن', 'ريم سعيد', 'كاتبة وباحثة في شؤون المدن', '', story].join('\n')).title).toBe('ضجيج المدن');
    // A second bare name right over the author's is no headline.
    expect(parser.parse(['قطارات بلا ركاب', '', 'محمود سالم', '', 'ريم سعيد', '', 'كاتبة وباحثة في شؤون المدن', '', story].join('\n')).title).not.toBe('محمود سالم');
  });
  it("of three words or more is the headline with the page's tools between it and the name, and the name is the byline", () => {
    for (const tools of ['تابعونا على تويتر', 'شارك المقال على فيسبوك', 'حجم الخط']) {
      const a = parser.parse(['في مديح البطء', tools, 'هالة يوسف', 'نشر في: الثلاثاء 9 ديسمبر 2031', story].join('\n'));
      expect(a.title, tools).toBe('في مديح البطء');
      expect(a.byline, tools).toBe('هالة يوسف');
      expect(a.body).toEqual([story]);
    }
  });
  it('of two words is the headline when the first paragraph speaks of it and not of the name, with the page\'s tools between them too', () => {
    for (const gap of [[], ['حجم الخط']]) {
      const a = parser.parse(['العالم يركض', ...gap, 'هالة يوسف', 'منذ ساعتين', story].join('\n'));
      expect(a.title, gap.join()).toBe('العالم يركض');
      expect(a.byline).toBe('هالة يوسف');
      expect(a.body).toEqual([story]);
    }
    // A section's name the paragraph speaks of stays no headline.
    expect(parser.parse(['أخبار محلية', 'هالة يوسف', 'منذ ساعتين', 'أخبار محلية كثيرة تمر دون أن يلتفت إليها أحد في زحمة الأيام.'].join('\n')).title).not.toBe('أخبار محلية');
  });
  it('of two words the first paragraph speaks of is the headline under a longer line it does not speak of (a ticker\'s item), not a name under it', () => {
    const lead = 'تشهد أسواق الكتب المستعملة في وسط المدينة إقبالا لم تعرفه منذ سنوات، بعد أن ارتفعت أسعار الكتب الجديدة إلى الضعف.';
    const a = parser.parse(['عاجل: إغلاق الطريق الساحلي بسبب الضباب الكثيف', 'أسواق الكتب', 'الأحد 6 ديسمبر 2026', lead].join('\n'));
    expect(a.title).toBe('أسواق الكتب');
    expect(a.body).toEqual([lead]);
    // A name the paragraph does not speak of stays the author's under the headline.
    const named = parser.parse(['إقبال على الكتب المستعملة في وسط المدينة', 'ريم الخطيب', 'الأحد 6 ديسمبر 2026', lead].join('\n'));
    expect(named.title).toBe('إقبال على الكتب المستعملة في وسط المدينة');
    expect(named.byline).toBe('ريم الخطيب');
  });
  it("of two words is a section's name: the headline is not chosen from it", () => {
    const a = parser.parse(['مقالات الرأي', 'هالة يوسف', 'نشر في: الثلاثاء 9 ديسمبر 2031', story].join('\n'));
    expect(a.title).not.toBe('مقالات الرأي');
  });
});

describe("a column's short title under its author's name and description", () => {
  const story = 'في معظم مدننا صار الرصيف ترفا لا يعرفه المشاة، فقد احتلته السيارات والبسطات وواجهات المحال، حتى صار عبور الشارع مغامرة يومية.';
  it('right above the first paragraph, is the headline, and the name above the description is the byline', () => {
    const a = parser.parse(['مقالات', 'خالد الراشد', 'كاتب وصحفي عراقي', 'مدن بلا أرصفة', story].join('\n'));
    expect(a.title).toBe('مدن بلا أرصفة');
    expect(a.byline).toBe('خالد الراشد');
    expect(a.body).toEqual([story]);
  });
  it('under a longer title line, the name above the description is the byline still', () => {
    const a = parser.parse(['خالد الراشد', 'كاتب وصحفي عراقي', 'حين تصير المدن بلا أرصفة يدفع المشاة الثمن', story].join('\n'));
    expect(a.byline).toBe('خالد الراشد');
    expect(a.body).toEqual([story]);
  });
  it('of two words, or with no description of the author above it, is no headline', () => {
    expect(parser.parse(['مقالات', 'خالد الراشد', 'كاتب وصحفي عراقي', 'مدن مزدحمة', story].join('\n')).title).toBeNull();
    expect(parser.parse(['مقالات', 'خالد الراشد', 'مدن بلا أرصفة', story].join('\n')).title).toBeNull();
  });
});

describe('a box of facts under the story', () => {
  const story = 'حقق الأهلي فوزا ثمينا على غريمه الزمالك بهدفين مقابل هدف في قمة الجولة الثانية عشرة من الدوري، ليعزز صدارته للترتيب.';
  it('keeps its last fact though it holds no digit (a label and a colon open it, as the fact above)', () => {
    const facts = ['النتيجة النهائية: الأهلي 2 - 1 الزمالك', 'البطاقات الصفراء: 4', 'البطاقات الحمراء: لا يوجد'];
    expect(parser.parse(['الأهلي يتغلب على الزمالك في قمة الدوري', story, ...facts].join('\n')).body).toEqual([story, ...facts]);
  });
  it('a labelled short line right under the last paragraph is still the tail', () => {
    expect(parser.parse(['الأهلي يتغلب على الزمالك في قمة الدوري', story, 'المباراة القادمة: الإسماعيلي'].join('\n')).body).toEqual([story]);
  });
});

describe('a menu of section names above the headline', () => {
  it('is not the headline, and the headline under it is no deck', () => {
    const headline = 'وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية';
    const a = parser.parse(['محليات عربي ودولي اقتصاد رياضة فن ثقافة منوعات', headline, PARAGRAPH].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([PARAGRAPH]);
  });
});

describe('a line the first paragraph shares no word with, right above the headline', () => {
  const slogan = 'صوت الشعب وضمير الأمة منذ عام 1990';
  const headline = 'وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية';
  const lead = 'أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الإنفلونزا الموسمية، تستهدف كبار السن والأطفال وأصحاب الأمراض المزمنة.';
  it.each([
    ['the date under the headline', [slogan, headline, 'الأحد 30 نوفمبر 2031', lead]],
    ['the story right under the headline', [slogan, headline, lead]],
    ["the story's credit between the headline and the story", [slogan, headline, 'المصدر - وكالات', lead]],
    ['a wire credit alone between the headline and the story', [slogan, headline, 'وكالات', lead]],
  ])('yields the headline to the line under it, with %s, and is no kicker', (_why, lines) => {
    const a = parser.parse(lines.join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([lead]);
  });
  it('an exclamation right above the headline stays its kicker, though the story shares no word with it', () => {
    const kicker = 'ديون متراكمة منذ سنوات ولا حل في الأفق!';
    const a = parser.parse([kicker, headline, lead].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([kicker, lead]);
  });
  it('a headline the story speaks of keeps its deck', () => {
    const deck = 'الحملة تستهدف كبار السن والأطفال وأصحاب الأمراض المزمنة في جميع المراكز';
    expect(parser.parse([headline, deck, 'الأحد 30 نوفمبر 2031', lead].join('\n')).title).toBe(headline);
    // (So does one it names once, over the date and a deck the story restates.)
    const once = 'الإنفلونزا تعود مع أول موجة برد';
    expect(parser.parse([once, 'الأحد 30 نوفمبر 2031', headline, lead].join('\n')).title).toBe(once);
  });

  it("with the day's date under it, yields to the line over the story that the story restates, its byline between or none", () => {
    for (const [chrome, own] of [[[], []], [['شارك'], []], [[], ['كتب - سامر يوسف']]]) {
      const a = parser.parse([slogan, 'الأحد 30 نوفمبر 2031', ...chrome, headline, ...own, lead].join('\n'));
      expect(a.title).toBe(headline);
      expect(a.body).toEqual([lead]);
    }
  });
});

describe('a line the first paragraph shares no word with, page chrome between it and the headline', () => {
  const slogan = 'عين على الخبر منذ 2004';
  const app = 'نزل تطبيقنا على هاتفك';
  const lead = 'يعيش سكان الحي القديم في البساتين منذ سنوات على وقع الإهمال، فالطرق مكسرة والإنارة معطلة والمياه لا تصل إلا يومين.';
  it.each([
    ['a short headline the lead names once', 'الحي الذي نسيه الزمن', [lead]],
    ['a headline with its byline under it, which the lead does not name', 'حكايات من زمن لن يعود', ['كتب - سامر يوسف', lead]],
  ])('yields to %s', (_why, headline, under) => {
    const a = parser.parse([slogan, '', app, '', headline, ...under].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([lead]);
  });
  it.each([
    ['a short headline with the page\'s tools under it', ['قطارات بلا ركاب', 'قرئ 870 مرة'], 'تسير قطارات الضواحي منذ أشهر شبه فارغة، بعد أن رفعت الشركة أسعار التذاكر مرتين في عام واحد.'],
    ['a headline with commas and its byline under it', ['بعد عامين من الانتظار، جسر النهر الجديد يفتح أبوابه أمام السيارات', 'كتب - رامي الحسن'], 'افتتحت وزارة الأشغال جسر النهر الجديد أمام السيارات صباح اليوم، بعد عامين من الأعمال.'],
  ])('at the very top, yields to %s', (_why, header, first) => {
    const a = parser.parse(['بوصلة القارئ منذ 1995', app, ...header, first, PARAGRAPH].join('\n'));
    expect(a.title).toBe(header[0]);
    expect(a.body).toEqual([first, PARAGRAPH]);
  });

  it("yields to a signed headline past the site's section names, though the lead names it not", () => {
    const headline = 'من يعيد النبض إلى الساحات؟';
    const a = parser.parse(['بوصلة القارئ منذ 1995', app, 'الأقسام', 'محليات', 'اقتصاد', '', headline, 'بقلم: سلوى النجار', '', lead, '', PARAGRAPH].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([lead, PARAGRAPH]);
  });

  it("yields to a headline dated in its own words that the lead speaks of, the page's date under it", () => {
    const headline = 'أسعار الذهب اليوم الثلاثاء 8 ديسمبر 2026';
    const gold = 'تراجعت أسعار الذهب في السوق المحلية صباح اليوم، متأثرة بارتفاع الدولار أمام العملات الرئيسية.';
    const a = parser.parse(['بوصلة القارئ منذ 1995', app, headline, 'الثلاثاء 8 ديسمبر 2026 09:10 ص', gold, PARAGRAPH].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([gold, PARAGRAPH]);
  });

  it('stays the headline when the lead names it, and the line right over the story is no headline', () => {
    const headline = 'سكان البساتين يشكون الإهمال منذ سنوات';
    const a = parser.parse([headline, '', app, '', 'الحي الذي نسيه الزمن', lead].join('\n'));
    expect(a.title).toBe(headline);
  });
});

describe('several headlines after one label, between bars', () => {
  it('are one item each; one headline holding a bar stays whole', () => {
    const line = 'مواضيع ذات صلة: ارتفاع أسعار الذهب في الأسواق المحلية | انخفاض الدولار أمام اليورو | البورصة تربح عشرة مليارات';
    const a = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', PARAGRAPH, line].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['ارتفاع أسعار الذهب في الأسواق المحلية', 'انخفاض الدولار أمام اليورو', 'البورصة تربح عشرة مليارات']);
    const one = parser.parse(['الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات', PARAGRAPH, 'اقرأ أيضا: الأهلي | الزمالك يتعادلان في قمة الدوري'].join('\n'));
    expect(one.related[0]!.items.map((i) => i.headline)).toEqual(['الأهلي | الزمالك يتعادلان في قمة الدوري']);
  });
});

describe('a label that names tags only before a separator, alone over short lines after the story', () => {
  const head = ['الحكومة تعلن خطة لإعادة إعمار الموانئ المتضررة', 'أعلنت الحكومة خطة شاملة لإعادة إعمار الموانئ التي تضررت خلال العاصفة الأخيرة، بكلفة تقدر بملياري دولار.', 'وقال وزير النقل إن الأعمال ستبدأ مطلع العام المقبل وتستمر ثلاث سنوات.'];
  it('labels the tags under it when the story speaks of one of them', () => {
    const article = parser.parse([...head, 'موضوعات', 'الموانئ', 'النقل البحري'].join('\n'));
    expect(article.tags).toEqual(['الموانئ', 'النقل البحري']);
    expect(article.body).toEqual(head.slice(1));
  });
  it('labels no tags over headlines, nor over short lines the story never names', () => {
    expect(parser.parse([...head, 'موضوعات', 'قصة مدينة تعلمت السباحة في الفيضان الكبير', 'لماذا يغيب المطر عن السهول الوسطى هذا العام'].join('\n')).tags).toEqual([]);
    expect(parser.parse([...head, 'موضوعات', 'رياضة', 'فنون'].join('\n')).tags).toEqual([]);
  });
});

describe("a read-also item's teaser cut short, with its read-more link under it", () => {
  const story = ['المنتخب يفوز على ضيفه بثلاثية في التصفيات', 'حقق المنتخب الوطني فوزا كبيرا على ضيفه بثلاثة أهداف دون رد، في المباراة التي أقيمت مساء أمس ضمن التصفيات.'];
  const teaser = 'قال المدير الفني للمنتخب إن الفوز على الضيف خطوة أولى في طريق طويل، مشيدا بروح اللاعبين وأداء الدفاع طوال المباراة...';
  const after = 'وبهذا الفوز يرفع المنتخب رصيده إلى سبع نقاط في صدارة المجموعة.';
  it("is the item's text, not a second headline, and the story goes on under the link", () => {
    const article = parser.parse([...story, 'اقرأ أيضاً', 'المدرب: الفوز خطوة أولى والطريق ما زال طويلا', teaser, 'اقرأ المزيد', after].join('\n'));
    expect(article.related[0]!.items).toEqual([{ headline: 'المدرب: الفوز خطوة أولى والطريق ما زال طويلا', body: [teaser] }]);
    expect(article.body).toEqual([story[1], after]);
  });
});

describe('the same next-article label over each story the page ran on into', () => {
  it("gives the last story's one paragraph to it, as the earlier one's were", () => {
    const lines = [
      'ارتفاع درجات الحرارة في أغلب المناطق خلال الأيام المقبلة',
      'توقعت هيئة الأرصاد الجوية ارتفاعا ملحوظا في درجات الحرارة على أغلب المناطق خلال الأيام الثلاثة المقبلة.',
      'ونصحت المواطنين بتجنب التعرض المباشر لأشعة الشمس في أوقات الذروة.',
      'المصدر: وكالة الأنباء الرسمية',
      'الخبر التالي',
      'تأجيل افتتاح الطريق الدائري الجديد إلى الربع الأول من العام المقبل',
      'الأربعاء 4 ديسمبر 2030 - 09:05',
      'أعلنت وزارة النقل تأجيل افتتاح الطريق الدائري الجديد إلى الربع الأول من العام المقبل، بسبب تأخر أعمال الجسور.',
      'وقالت الوزارة إن نسبة الإنجاز بلغت 85 في المئة.',
      'الخبر التالي',
      'افتتاح ثلاث مدارس جديدة في المحافظة الشمالية',
      'الأربعاء 4 ديسمبر 2030 - 08:40',
      'افتتح المحافظ ثلاث مدارس جديدة تستوعب نحو ألفي طالب وطالبة.',
    ];
    const article = parser.parse(lines.join('\n'));
    expect(article.related.map((s) => s.items[0]!.body)).toEqual([[lines[7], lines[8]], [lines[12]]]);
  });
});

describe('a picture credited and captioned on labelled lines inside the story, and a list the page skips over', () => {
  it('keeps the story on both sides, and nothing of the picture or the skip links', () => {
    const paragraphs = [
      'غمرت الأمطار الغزيرة التي هطلت طوال الليل أحياء واسعة في المدينة، ما اضطر السلطات إلى إجلاء مئات العائلات.',
      'وأضافت الهيئة أن الأمطار ستستمر حتى مساء الغد، داعية السكان إلى تجنب الخروج إلا للضرورة.',
      'ويتوقع خبراء أن تتكرر هذه الظواهر بوتيرة أكبر خلال السنوات المقبلة بسبب تغير المناخ.',
    ];
    const article = parser.parse(['الأمطار الغزيرة تغمر أحياء واسعة في المدينة', paragraphs[0], 'صدر الصورة، Reuters', 'التعليق على الصورة، السيارات عالقة في الشوارع الرئيسية بعد ارتفاع منسوب المياه', paragraphs[1], 'تخطى قصص مقترحة وواصل القراءة', 'قصص مقترحة', 'موجة حر تضرب جنوب القارة وتسجل أرقاما قياسية', 'الجفاف يهدد محاصيل القمح في السهول الوسطى', 'نهاية قصص مقترحة', paragraphs[2]].join('\n'));
    expect(article.body).toEqual(paragraphs);
    expect(article.related[0]!.items.map((i) => i.headline)).toEqual(['موجة حر تضرب جنوب القارة وتسجل أرقاما قياسية', 'الجفاف يهدد محاصيل القمح في السهول الوسطى']);
  });
});

describe('readers\' comments under a comment label with its count, after a related list', () => {
  it('are neither related headlines nor the page\'s date', () => {
    const story = ['المكتبة الوطنية تمدد ساعات العمل في فترة الامتحانات', 'الأحد 9 مايو 2032', 'قررت إدارة المكتبة الوطنية تمديد ساعات العمل حتى منتصف الليل طوال فترة الامتحانات، استجابة لطلبات الطلاب.'];
    const items = ['افتتاح قاعة جديدة للمطالعة في الطابق الثاني', 'المكتبة تطلق خدمة الإعارة عبر الهاتف'];
    const comments = ['تعليقات (2)', 'سلمى', 'الإثنين 10 مايو 2032', 'خطوة ممتازة ننتظرها منذ سنوات', 'فارس', 'الإثنين 10 مايو 2032', 'نتمنى أن يستمر التمديد بعد الامتحانات أيضا'];
    const a = parser.parse([...story, 'أخبار ذات صلة', ...items, ...comments].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items);
    expect(a.body).toEqual([story[2]]);
    expect(a.dates.published?.iso).toBe('2032-05-09');
  });
});

describe('a list closed by its end word alone', () => {
  it('keeps the story going on under the end word, with no stray word in it', () => {
    const paragraphs = [
      'افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر، بمساحة تزيد على عشرة هكتارات ومسارات للدراجات.',
      'وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجانا طوال أيام الأسبوع، وإن أعمال التشجير ستستمر حتى الربيع المقبل.',
    ];
    const empty = parser.parse(['البلدية تفتتح حديقة جديدة على ضفة النهر', paragraphs[0], 'قصص مقترحة', 'نهاية', paragraphs[1]].join('\n'));
    expect(empty.body).toEqual(paragraphs);
    const items = ['مهرجان الزهور يعود إلى الساحة القديمة بعد غياب', 'هل تكفي الحدائق لتبريد المدن في الصيف؟'];
    const full = parser.parse(['البلدية تفتتح حديقة جديدة على ضفة النهر', paragraphs[0], 'قصص مقترحة', ...items, 'نهاية', paragraphs[1]].join('\n'));
    expect(full.body).toEqual(paragraphs);
    expect(full.related[0]!.items.map((i) => i.headline)).toEqual(items);
  });
});

describe("a screen reader's words around a box of links in the story", () => {
  const paragraphs = [
    'افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر، بمساحة تزيد على عشرة هكتارات ومسارات للدراجات.',
    'وقال رئيس البلدية إن الحديقة ستفتح أبوابها مجانا طوال أيام الأسبوع، وإن أعمال التشجير ستستمر حتى الربيع المقبل.',
  ];
  const items = ['مهرجان الزهور يعود إلى الساحة القديمة بعد غياب', 'البلدية تزرع ألف شجرة في الأحياء الشرقية'];
  const boxed = (open: string[], numbered: (k: number) => string, end: string) => [...open, ...items.flatMap((h, k) => [numbered(k + 1), h]), end];

  it('make its links a related list, and the story goes on under its end', () => {
    for (const box of [
      boxed(['list of 2 items'], (k) => `list ${k} of 2`, 'end of list'),
      boxed(['قائمة من 2 عناصر'], (k) => `عنصر ${k} من 2`, 'نهاية القائمة'),
      boxed(['اقرأ أيضا', 'list of 2 items'], (k) => `list ${k} of 2`, 'end of list'),
    ]) {
      const page = parser.parse(['البلدية تفتتح حديقة جديدة على ضفة النهر', paragraphs[0], ...box, paragraphs[1]].join('\n'));
      expect(page.body, box[0]).toEqual(paragraphs);
      // One list, under the page's own label when it has one.
      expect(page.related.map((s) => s.items.map((i) => i.headline)), box[0]).toEqual([items]);
    }
  });
});

describe('tags glued on the line right under a tag label alone', () => {
  const story = ['الجامعة تطلق برنامجا للمنح الدراسية للطلاب المتفوقين', 'أطلقت الجامعة برنامجا جديدا للمنح الدراسية يستهدف الطلاب المتفوقين من الأسر محدودة الدخل، ويغطي الرسوم الدراسية والسكن.'];
  it('are the tags, split on the phrases of the story', () => {
    const a = parser.parse([...story, 'الكلمات المفتاحية', 'الجامعة الطلاب المتفوقين الرسوم الدراسية الأسر محدودة الدخل'].join('\n'));
    expect(a.tags).toEqual(['الجامعة', 'الطلاب المتفوقين', 'الرسوم الدراسية', 'الأسر محدودة الدخل']);
    expect(a.body).toEqual([story[1]]);
  });
  it('a sentence under the label is not', () => {
    const sentence = 'وتستمر الجامعة في تقديم المنح للطلاب المتفوقين كل عام دون انقطاع منذ تأسيسها';
    const a = parser.parse([...story, 'الكلمات المفتاحية', sentence].join('\n'));
    expect(a.tags).toEqual([]);
  });
});

describe('a name or a label beside the date on one line', () => {
  const lead = 'أعلن وزير المالية موازنة العام المقبل بعجز يقل عن التوقعات، بفضل تحسن الإيرادات الضريبية وتراجع فاتورة الدعم.';
  it("under the headline is the page's date, read from its date part", () => {
    const a = parser.parse(['وزير المالية يعلن موازنة العام المقبل بعجز أقل', 'سلمى الحداد | 5 ديسمبر 2030', lead].join('\n'));
    expect(a.title).toBe('وزير المالية يعلن موازنة العام المقبل بعجز أقل');
    expect(a.dates.published?.iso).toBe('2030-12-05');
    expect(a.body).toEqual([lead]);
  });
  it('is the headline when the header has no other, as a headline dated in its own words is', () => {
    expect(parser.parse(['أسعار الذهب | 5 ديسمبر 2030', lead].join('\n')).title).toBe('أسعار الذهب | 5 ديسمبر 2030');
  });
});

describe("whole articles under a related label, each closed by its read-more link", () => {
  it('takes a headline under the link, with its own date and a paragraph under it, as the next article', () => {
    const first = ['البنك المركزي يثبت أسعار الفائدة للمرة الثالثة', 'منذ 3 ساعات', 'بيروت – قرر البنك المركزي في اجتماعه الدوري الإبقاء على أسعار الفائدة دون تغيير، في ظل استقرار معدلات التضخم.', 'وقال محافظ البنك في بيان إن اللجنة ستواصل مراقبة المؤشرات الاقتصادية عن كثب.'];
    const second = ['انقطاع المياه عن ثلاثة أحياء بسبب أعمال صيانة', 'منذ 3 ساعات', 'الرياض (واس) - أعلنت مصلحة المياه انقطاع المياه عن ثلاثة أحياء في المدينة يوم السبت المقبل لإجراء أعمال صيانة.', 'ودعت المصلحة السكان إلى تخزين ما يكفيهم من المياه قبل موعد الانقطاع.'];
    const page = parser.parse(['بلدية العاصمة تطلق حملة لتنظيف الشواطئ', PARAGRAPH, 'مواضيع ذات صلة', ...first, 'اقرأ المزيد', ...second].join('\n'));
    expect(page.body).toEqual([PARAGRAPH]);
    expect(page.related.flatMap((r) => r.items.map((i) => [i.headline, ...i.body]))).toEqual([
      [first[0], ...first.slice(2)],
      [second[0], ...second.slice(2)],
    ]);
  });
});

describe('a read-more link right under a list label, before any item', () => {
  it('is read without failing, and the headline after it is the list item', () => {
    const a = parser.parse(['شاهد أيضاً', 'اقرأ المزيد', '!', 'الأمم المتحدة تحذر من موجة جفاف غير مسبوقة في القرن الأفريقي'].join('\n'));
    expect(a.related.flatMap((s) => s.items.map((i) => i.headline))).toEqual(['الأمم المتحدة تحذر من موجة جفاف غير مسبوقة في القرن الأفريقي']);
  });
});

describe("a line over the page's section name", () => {
  const HEADLINE = 'الحكومة تقر موازنة العام المقبل بعجز أقل من التوقعات';

  it.each([
    ["an office's name", 'المكتب الإعلامي لوزارة الصحة', ['اقتصاد']],
    ["an office's name over a breadcrumb", 'المكتب الإعلامي لوزارة الصحة', ['الرئيسية / اقتصاد / مال']],
    ["an office's name over a breadcrumb under its label", 'المكتب الإعلامي لوزارة الصحة', ['أنت هنا: الرئيسية / اقتصاد / مال']],
  ])('%s the story does not speak of is over the page: the headline is under the section', (_why, over, section) => {
    const a = parser.parse([over, '', ...section, '', HEADLINE, '', PARAGRAPH].join('\n'));
    expect(a.title).toBe(HEADLINE);
    expect(a.body).toEqual([PARAGRAPH]);
  });

  it('ends a list of other stories above it when it is a breadcrumb: the headline under it is the page\'s', () => {
    const a = parser.parse(['أخبار عاجلة', '', 'الرئيسية / اقتصاد / مال', HEADLINE, 'حجم الخط', PARAGRAPH].join('\n'));
    expect(a.title).toBe(HEADLINE);
    expect(a.related).toEqual([{ kind: 'related', label: 'أخبار عاجلة', items: [] }]);
  });

  it('is the headline when the story speaks of it, whatever line is under the section', () => {
    const a = parser.parse([HEADLINE, '', 'اقتصاد', '', 'الأفق 120 مشاهدة 0', '', PARAGRAPH].join('\n'));
    expect(a.title).toBe(HEADLINE);
  });
});

describe('a name and its bearer\'s role', () => {
  const headline = 'السلطات تفرج عن ثلاثة صحفيين بعد شهر من توقيفهم';
  const lead = 'أفرجت السلطات مساء أمس عن ثلاثة صحفيين أوقفوا الشهر الماضي خلال تغطيتهم احتجاجات في العاصمة، وهم:';
  const close = 'وقالت نقابة الصحفيين إنها ستواصل متابعة القضية حتى إسقاط التهم عنهم بالكامل.';

  it('under the headline is its byline', () => {
    const a = parser.parse([headline, 'ليلى حداد، مراسلة الأفق في العاصمة', lead, close].join('\n'));
    expect(a.byline).toBe('ليلى حداد');
    expect(a.body).toEqual([lead, close]);
  });

  it('inside the story is an entry of its list', () => {
    const entries = ['سامي يوسف، مراسل صحيفة الأفق', 'ريم منصور، صحفية مستقلة'];
    const a = parser.parse([headline, lead, ...entries, close].join('\n'));
    expect(a.byline).toBeNull();
    expect(a.body).toEqual([lead, ...entries, close]);
  });
});

describe('a first paragraph hard-wrapped under the headline', () => {
  const headline = 'الميناء الجديد يستقبل أول سفينة حاويات بعد عامين من الأعمال';
  const next = 'وتبلغ الطاقة الاستيعابية للميناء مليوني حاوية سنويا، مع خطط لمضاعفتها خلال خمس سنوات.';
  it.each([
    ['a full stop', ['استقبل الميناء التجاري الجديد صباح اليوم أول سفينة حاويات', 'منذ افتتاحه قبل أسبوعين وسط حضور رسمي وشعبي', 'كبير أمام الرصيف.']],
    ['a word no sentence ends with', ['استقبل الميناء التجاري الجديد صباح اليوم أول سفينة حاويات في', 'الرصيف الشمالي وسط حضور']],
  ])('keeps its last short piece, ending with %s', (_why, pieces) => {
    const a = parser.parse([headline, 'الثلاثاء 1 ديسمبر 2026', ...pieces, next].join('\n'));
    expect(a.title).toBe(headline);
    // (Pieces cut in mid-sentence are joined into one paragraph; every word is kept, in order.)
    expect(a.body.join(' ')).toBe([...pieces, next].join(' '));
  });
});

describe("a first paragraph cut at its links right under the page's date", () => {
  const headline = 'مصرع ثلاثة أشخاص في حريق بمستودع للأخشاب';
  const next = 'وقالت مديرية الدفاع المدني إن فرق الإطفاء سيطرت على الحريق بعد أربع ساعات من العمل المتواصل.';
  it('is read as one paragraph even where no piece shows the cut', () => {
    const pieces = ['لقي ثلاثة عمال مصرعهم وأصيب', 'خمسة آخرون', 'في حريق اندلع فجر اليوم بمستودع', 'للأخشاب', 'جنوب المدينة.'];
    const a = parser.parse([headline, 'الأربعاء 2 ديسمبر 2026 - 08:30', ...pieces, next].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([pieces.join(' '), next]);
  });

  it('under a headline that asks, too', () => {
    const question = 'هل تنجح الدبلوماسية حيث فشلت الحرب؟';
    const pieces = ['لم يعد خافيا على أحد', 'أن المنطقة', 'تقف اليوم على مفترق طرق', 'خطير.'];
    const a = parser.parse([question, 'الخميس 3 ديسمبر 2026', ...pieces, next].join('\n'));
    expect(a.title).toBe(question);
    expect(a.body).toEqual([pieces.join(' '), next]);
  });

  it("not under a date at the top of the page, over the section's name and the headline", () => {
    const a = parser.parse(['الخميس 3 ديسمبر 2026', 'مقالات', 'خالد الراشد', 'كاتب وصحفي', headline, next].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([next]);
  });

  it("inside the story, with a piece that is a source's label alone (`عن`)", () => {
    const lead = 'اختتم مهرجان التمور السنوي دورته العاشرة أمس، بعد عشرة أيام شهدت إقبالا كبيرا من الزوار.';
    const pieces = ['وبلغت قيمة المبيعات خلال أيام', 'المهرجان أكثر', 'من ثلاثة ملايين دينار، بزيادة كبيرة', 'عن', 'الدورة السابقة.'];
    const a = parser.parse(['مهرجان التمور يختتم دورته العاشرة بمبيعات قياسية', lead, ...pieces, next].join('\n'));
    expect(a.source).toBeNull();
    // (Every piece stays in the story, in order: joined or line by line.)
    expect(a.body.join(' ')).toBe([lead, ...pieces, next].join(' '));
  });

  it('with long pieces between its links too, a link\'s text running long (a name, a title)', () => {
    const pieces = ['لقي', 'ثلاثة عمال مصرعهم وأصيب خمسة آخرون', 'في حريق اندلع فجر اليوم بمستودع للأخشاب', 'في المنطقة الصناعية', 'جنوب المدينة.'];
    const a = parser.parse([headline, 'الأربعاء 2 ديسمبر 2026 - 08:30', ...pieces, next].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([pieces.join(' '), next]);
  });

  it('with every piece long, cut at its links or hard-wrapped', () => {
    const pieces = ['لقي ثلاثة عمال مصرعهم', 'وأصيب خمسة آخرون في حريق اندلع فجر اليوم،', 'بمستودع للأخشاب في المنطقة الصناعية', 'جنوب المدينة القديمة قرب الميناء.'];
    const a = parser.parse([headline, 'الأربعاء 2 ديسمبر 2026 - 08:30', ...pieces, next].join('\n'));
    expect(a.body).toEqual([pieces.join(' '), next]);
    // (Hard-wrapped there with no cut showing, the lines are one paragraph too.)
    const wrapped = ['لقي ثلاثة عمال مصرعهم', 'وأصيب خمسة آخرون في حريق اندلع فجر اليوم', 'بمستودع للأخشاب في المنطقة الصناعية', 'جنوب المدينة القديمة قرب الميناء.'];
    expect(parser.parse([headline, 'الأربعاء 2 ديسمبر 2026 - 08:30', ...wrapped, next].join('\n')).body).toEqual([wrapped.join(' '), next]);
  });

  it('right under the headline with no date, long pieces go on past the first', () => {
    const pieces = ['لقي', 'ثلاثة عمال مصرعهم وأصيب خمسة آخرون', 'في حريق اندلع فجر اليوم بمستودع للأخشاب', 'جنوب', 'المدينة.'];
    const a = parser.parse([headline, ...pieces, next].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([pieces.join(' '), next]);
  });

  it("under the date with the author's name and a deck between it and the headline, or page furniture between", () => {
    const pieces = ['لقي', 'ثلاثة عمال مصرعهم وأصيب خمسة آخرون', 'في حريق اندلع فجر اليوم بمستودع للأخشاب', 'في المنطقة الصناعية', 'جنوب المدينة.'];
    const deck = 'الدفاع المدني يحقق في أسباب الحريق ويستمع إلى شهود عيان';
    const named = parser.parse([headline, deck, 'سامي يوسف', 'الأربعاء 2 ديسمبر 2026', ...pieces, next].join('\n'));
    expect(named.body.join(' ')).toBe([deck, ...pieces, next].join(' '));
    const counted = parser.parse([headline, '7 صور', ...pieces, next].join('\n'));
    expect(counted.body).toEqual([pieces.join(' '), next]);
  });

  it('leaves a caption printed twice under the date apart from the paragraph under it', () => {
    const caption = 'المشاة يعبرون الجسر في يومه الأول';
    const lead = 'لقي ثلاثة عمال مصرعهم وأصيب خمسة آخرون في حريق اندلع فجر اليوم بمستودع للأخشاب جنوب المدينة.';
    const a = parser.parse([headline, 'صورة أرشيفية للمستودع (أرشيف)', 'الأربعاء 2 ديسمبر 2026', caption, caption, lead, next].join('\n'));
    expect(a.body).toEqual([lead, next]);
  });

  it('further down, a piece opening as the story goes on (`وقال ...`) is no headline: the pieces under it are its sentence', () => {
    const lead = 'لقي ثلاثة عمال مصرعهم وأصيب خمسة آخرون في حريق اندلع فجر اليوم بمستودع للأخشاب جنوب المدينة.';
    const pieces = ['وقال مدير الدفاع المدني إن فرق الإطفاء سيطرت', 'على الحريق', 'بعد أربع ساعات من العمل المتواصل، وإن التحقيق جار في', 'أسبابه', 'خلال الأيام المقبلة.'];
    const a = parser.parse([headline, 'الأربعاء 2 ديسمبر 2026 - 08:30', lead, ...pieces].join('\n'));
    expect(a.body).toEqual([lead, pieces.join(' ')]);
  });

  it('leaves a deck and a name under the date as they are', () => {
    const deck = 'الدفاع المدني يحقق في أسباب الحريق';
    const a = parser.parse([headline, 'الأربعاء 2 ديسمبر 2026 - 08:30', deck, 'سامي يوسف', next].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).not.toContain(`${deck} سامي يوسف`);
  });
});

describe("a read-also headline printed again as its link", () => {
  it('right under the read-also line is its copy, not a line of the story', () => {
    const lead = 'جمع متطوعون خلال حملة استمرت ثلاثة أيام نحو عشرين طنا من النفايات البلاستيكية من شواطئ المدينة.';
    const next = 'وشارك في الحملة أكثر من ألف متطوع من طلاب المدارس والجامعات وموظفي الشركات الخاصة.';
    const item = 'البلدية تمنع الأكياس البلاستيكية في الأسواق الشعبية';
    const a = parser.parse(['حملة لتنظيف الشواطئ تجمع عشرين طنا من النفايات', lead, `اقرأ أيضا: ${item}`, item, next].join('\n'));
    expect(a.body).toEqual([lead, next]);
    expect(a.related[0]!.items.map((x) => x.headline)).toEqual([item]);
    expect(a.boilerplate).toContain(item);
  });
});

describe('a poll with no label', () => {
  const HEADLINE = 'الحكومة تدرس رفع الدعم عن الوقود على مراحل';
  const SECOND = 'وقال وزير المالية إن القرار النهائي سيصدر بعد دراسة أثره على الأسعار والأسر محدودة الدخل خلال الشهر المقبل.';
  const question = 'هل تؤيد رفع الدعم عن الوقود على مراحل؟';

  it('gives the question and its answers over the poll button to the poll, in the story or after it', () => {
    for (const answers of [['نعم', 'لا', 'لا أعرف'], ['أؤيد', 'أعارض']]) {
      for (const button of ['تصويت', 'النتائج']) {
        const after = parser.analyze([HEADLINE, PARAGRAPH, SECOND, question, ...answers, button].join('\n'));
        expect(after.article.body).toEqual([PARAGRAPH, SECOND]);
        expect(after.lines.slice(3, 4 + answers.length).map((l) => l.rule)).toEqual(Array(answers.length + 1).fill('poll'));
        const inside = parser.analyze([HEADLINE, PARAGRAPH, question, ...answers, button, SECOND].join('\n'));
        expect(inside.article.body).toEqual([PARAGRAPH, SECOND]);
      }
    }
  });

  it("gives the poll an answer that ends no sentence (`لا`) over its button, and its question on the label's line", () => {
    for (const head of [['استطلاع رأي', question], [`استطلاع: ${question}`]]) {
      const { article, lines } = parser.analyze([HEADLINE, PARAGRAPH, ...head, 'نعم', 'لا', 'صوّت', SECOND].join('\n'));
      expect(article.body, head[0]).toEqual([PARAGRAPH, SECOND]);
      expect(lines.filter((l) => l.type === 'boilerplate').length, head[0]).toBe(head.length + 3);
    }
  });

  it("ends a labelled poll's box at the story under its answers", () => {
    const sub = 'وجاءت تفاصيل الخطة على النحو التالي:';
    for (const after of [['', sub, 'خفض الدعم تدريجيا'], ['', 'الأسعار المتوقعة'], ['س: متى يبدأ تطبيق القرار؟']]) {
      const page = [HEADLINE, PARAGRAPH, 'استطلاع رأي', question, 'نعم', 'لا', ...after, SECOND];
      const { article } = parser.analyze(page.join('\n'));
      expect(article.body).toEqual([PARAGRAPH, ...after.filter(Boolean), SECOND]);
    }
  });

  it("keeps a story's question: with no button, with one answer, or over sentences", () => {
    const answer = 'يرى خبراء أن الخطوة ضرورية.';
    const cases = [
      // No button: a question the story asks, and short lines of its own.
      [question, 'نعم', 'لا'],
      // One answer is no choice.
      [question, 'نعم', 'تصويت'],
      // A sentence under the question is the story answering it.
      [question, answer, 'لا', 'تصويت'],
    ];
    for (const middle of cases) {
      const { article, lines } = parser.analyze([HEADLINE, PARAGRAPH, ...middle, SECOND].join('\n'));
      expect(article.body.join('\n')).toContain(question);
      expect(lines.filter((l) => l.rule === 'poll')).toEqual([]);
    }
  });
});

describe("a list's label over the page's headline and its lede", () => {
  it('gives the headline and the line read as its teaser back to the header: no line keeps the list', () => {
    const headline = 'عن المدن التي تكبر بلا ذاكرة';
    const lede = 'تتسع مدننا كل عام بأحياء جديدة وطرق سريعة ومراكز تسوق ضخمة، لكن قلة منا تسأل عما تفقده هذه المدن وهي تكبر على عجل.';
    const next = 'فالذاكرة العمرانية ليست ترفا، بل هي ما يمنح المكان معناه، وما يجعل سكانه يشعرون بأنهم ينتمون إليه لا أنهم يمرون به فحسب.';
    const { article, lines } = parser.analyze(['مقالات الكاتب', headline, lede, headline, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.related).toEqual([]);
    expect(article.body).toEqual([lede, next]);
    expect(lines.filter((l) => l.type === 'related')).toEqual([]);
  });

  it.each([
    ['a follow line', 'تابعونا على فيسبوك'],
    ['a share line', 'شارك على واتساب'],
  ])('gives the headline back when %s under it cuts the list before the story', (_why, chrome) => {
    const headline = 'وزارة النقل تعلن تشغيل خط الحافلات السريعة بين العاصمة والمطار';
    const lede = 'أعلنت وزارة النقل تشغيل خط الحافلات السريعة بين العاصمة والمطار ابتداء من الأسبوع المقبل، بأجرة موحدة.';
    const { article, lines } = parser.analyze(['الأكثر مشاهدة اليوم', 'الاثنين 7 ديسمبر 2026', headline, chrome, '07 ديسمبر 2026 خالد منصور', lede, PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.related).toEqual([]);
    expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
    expect(article.body).toEqual([lede, PARAGRAPH]);
  });
});

describe("a list's label over the page's headline, with no other headline in the header", () => {
  const headline = 'افتتاح متحف الخط العربي في المدينة القديمة';
  const lede = 'افتتح متحف الخط العربي أبوابه في المدينة القديمة أمس، بمجموعة تضم أكثر من ثلاثمئة مخطوطة ولوحة.';
  const other = 'الأمطار تعود إلى الساحل مطلع الأسبوع المقبل';
  it.each([
    ['a caption printed twice', ['زوار في القاعة الرئيسية للمتحف', 'زوار في القاعة الرئيسية للمتحف']],
    ['another headline', [other]],
  ])('takes back the headline the first paragraph speaks of, over %s', (_why, under) => {
    const { article, lines } = parser.analyze(['آخر الأخبار', headline, ...under, '', lede, '', PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([lede, PARAGRAPH]);
    expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
  });
  it('takes it back under a motto over the site\'s app link, which is no headline either', () => {
    for (const meta of [[], ['الأربعاء 9 ديسمبر 2026']]) {
      const a = parser.parse(['بوصلة القارئ منذ 1995', 'حمل تطبيقنا على هاتفك', 'آخر الأخبار', other, headline, ...meta, lede, PARAGRAPH].join('\n'));
      expect(a.title).toBe(headline);
      expect(a.body).toEqual([lede, PARAGRAPH]);
    }
  });

  it('leaves the items above it in the list', () => {
    const a = parser.parse(['آخر الأخبار', other, headline, '', lede, '', PARAGRAPH].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.related.flatMap((s) => s.items.map((i) => i.headline))).toEqual([other]);
  });
  it("drops a label with the day's date right under it: the page's header follows", () => {
    const summit = 'قادة الدول المطلة على البحر يتفقون على خطة لحماية الشعاب المرجانية';
    const deck = 'الخطة تمتد عشر سنوات وتشمل محميات بحرية جديدة';
    const summitLede = 'اتفق قادة الدول المطلة على البحر في ختام قمتهم على خطة لحماية الشعاب المرجانية تمتد عشر سنوات.';
    const { article, lines } = parser.analyze(['الأكثر مشاهدة', 'الاثنين 7 ديسمبر 2026 - 09:15', 'في ختام قمة استمرت يومين', summit, deck, summitLede, PARAGRAPH].join('\n'));
    expect(article.title).toBe(summit);
    expect(article.related).toEqual([]);
    expect(article.date).not.toBeNull();
    expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
    // (A time alone under the label is a list's, heading its first item.)
    const timed = parser.parse(['الأكثر مشاهدة', '10:45', other, '10:30', 'افتتاح مكتبة الأطفال في الحي الشمالي', '', headline, '', lede, '', PARAGRAPH].join('\n'));
    expect(timed.related.length).toBe(1);
  });

  it('takes none when the first paragraph speaks of two alike', () => {
    const twin = 'متحف الخط العربي يفتح أبوابه في المدينة القديمة';
    expect(parser.parse(['آخر الأخبار', headline, twin, '', lede, '', PARAGRAPH].join('\n')).title).not.toBe(headline);
  });
});

describe('a tag box or a source label over the headline', () => {
  const headline = 'الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة';
  const first = 'أعلنت الحكومة اليوم خطة جديدة لدعم المشروعات الصغيرة والمتوسطة، تتضمن تسهيلات ائتمانية وإعفاءات ضريبية لمدة ثلاث سنوات.';

  it('gives the line under the label back to the header when the date or byline comes under it', () => {
    for (const label of ['الكلمات المفتاحية', 'الوسوم']) {
      for (const meta of ['الأحد 6 ديسمبر 2026', 'كتب: سامي يوسف']) {
        const { article, lines } = parser.analyze([label, headline, meta, first, PARAGRAPH].join('\n'));
        expect(article.title).toBe(headline);
        expect(article.tags).toEqual([]);
        expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
        expect(article.body).toEqual([first, PARAGRAPH]);
      }
    }
  });

  it('does so too when the first paragraph comes right under the line and speaks of it', () => {
    const { article } = parser.analyze(['الكلمات المفتاحية', headline, first, PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.tags).toEqual([]);
    expect(article.body).toEqual([first, PARAGRAPH]);
  });

  it('ends a list of tags one a line at the headline with the byline under it', () => {
    const short = 'الحدائق العامة ليست ترفا';
    const { article } = parser.analyze(['الوسوم', 'رأي', short, 'بقلم: ريم منصور', first, PARAGRAPH].join('\n'));
    expect(article.title).toBe(short);
    expect(article.tags).toEqual(['رأي']);
    expect(article.body).toEqual([first, PARAGRAPH]);
  });

  it('reads a source label with nothing after it over the headline the same way', () => {
    for (const under of [['الأحد 6 ديسمبر 2026', first], [first]]) {
      const { article, lines } = parser.analyze(['المصدر:', headline, ...under, PARAGRAPH].join('\n'));
      expect(article.title).toBe(headline);
      expect(article.source).toBeNull();
      expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
      expect(article.body).toEqual([first, PARAGRAPH]);
    }
    // After the story, the line under the label is the source.
    expect(parser.parse([headline, first, PARAGRAPH, 'المصدر:', 'وكالة الأنباء الرسمية'].join('\n')).source).toBe('وكالة الأنباء الرسمية');
    // So is a paper's name under it over the headline: a source names a paper, where a tag does not.
    expect(parser.parse(['المصدر:', 'صحيفة الأفق الجديد', '', headline, '', first, PARAGRAPH].join('\n')).source).toBe('صحيفة الأفق الجديد');
  });

  it("ends a tag box at the paper's name under it, which is no tag: the page's header begins there", () => {
    const { article, lines } = parser.analyze(['الكلمات المفتاحية', '', 'مجلة الأفق الثقافية', '', headline, '', 'الأحد 6 ديسمبر 2026', '', first, '', PARAGRAPH].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.tags).toEqual([]);
    expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
  });

  it('reads a tag label and a line at the very end of the page without looking past it', () => {
    const { article, lines } = parser.analyze(['الوسوم', 'كيف يستعد الطلاب لامتحانات نهاية العام؟'].join('\n'));
    expect(lines.map((l) => l.type)).toEqual(['tags', 'tags']);
    expect(article.tags.length).toBeGreaterThan(0);
  });

  it('keeps glued tags under the label when no date or byline comes under them', () => {
    const glued = 'الحكومة المشروعات الصغيرة الضرائب';
    expect(parser.parse(['الكلمات المفتاحية', glued, headline, 'الأحد 6 ديسمبر 2026', first].join('\n')).tags.length).toBeGreaterThan(0);
    // After the story, a label and a line under it are tags whatever follows.
    expect(parser.parse([headline, 'الأحد 6 ديسمبر 2026', first, PARAGRAPH, 'الكلمات المفتاحية', 'الحكومة المشروعات', 'الأحد 6 ديسمبر 2026'].join('\n')).tags.length).toBeGreaterThan(0);
  });
});

describe("a list above the page's own header", () => {
  const other = 'مهرجان للمسرح يفتتح دورته الجديدة الأسبوع المقبل';
  const headline = 'فوز ثلاثة طلاب بجائزة الابتكار العلمي';
  const lede = 'فاز ثلاثة طلاب من جامعة العاصمة بجائزة الابتكار العلمي لهذا العام، بعد منافسة شارك فيها أكثر من مئتي مشروع من مختلف الجامعات.';
  const next = 'وأعلنت لجنة التحكيم أسماء الفائزين في حفل أقيم بمقر الجامعة مساء أمس بحضور عدد من المسؤولين.';

  it("gives back a headline and its lede read as an item and its teaser when the story goes on under them", () => {
    const { article } = parser.analyze(['أخبار ذات صلة', other, '', headline, lede, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([lede, next]);
    expect(article.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([other]);
  });

  it('gives them back when the paragraph under the teaser speaks of what it speaks of, however it opens', () => {
    const on = 'وتضم قائمة الفائزين بالجائزة طالبين من كلية الهندسة وطالبة من كلية العلوم في جامعة العاصمة.';
    const { article } = parser.analyze(['أخبار ذات صلة', other, '', headline, lede, on].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([lede, on]);
    // The page's furniture between them (an ad, a promotion that closes the list) hides nothing.
    for (const furniture of [['- إعلان -'], ['يمكنكم متابعة آخر الأخبار عبر قناتنا على تلغرام']]) {
      const page = parser.parse(['أخبار ذات صلة', other, '', headline, lede, '', ...furniture, '', on].join('\n'));
      expect(page.title, furniture[0]).toBe(headline);
      expect(page.body, furniture[0]).toEqual([lede, on]);
    }
    // Another story's teaser under it is another item's.
    const teaser = 'يفتتح مهرجان المسرح دورته الجديدة الأسبوع المقبل بمشاركة عشرين فرقة من مختلف المحافظات.';
    const list = parser.parse(['أخبار ذات صلة', headline, lede, other, teaser, '', 'الخميس 7 مارس 2024', '', 'عنوان آخر لا صلة له'].join('\n'));
    expect(list.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([headline, other]);
  });

  it('gives back the headline the first paragraph speaks of, with no date between them', () => {
    const { article } = parser.analyze(['الأكثر قراءة', other, '', headline, '', lede, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([lede, next]);
  });

  it('gives back that headline touching the list and its first paragraph, more paragraphs under them: no teaser', () => {
    const fair = 'معرض للكتاب في العاصمة بمشاركة 400 دار نشر';
    const opening = 'يفتتح غدا معرض الكتاب السنوي في العاصمة، بمشاركة أكثر من 400 دار نشر عربية وأجنبية تعرض آلاف العناوين الجديدة.';
    const more = 'ويتضمن المعرض ندوات يومية وأمسيات شعرية، إضافة إلى جناح خاص بكتب الأطفال.';
    for (const gap of [[], ['']]) {
      const { article } = parser.analyze(['شريط الأخبار', other, ...gap, fair, opening, ...gap, more].join('\n'));
      expect(article.title).toBe(fair);
      expect(article.body).toEqual([opening, more]);
      expect(article.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([other]);
    }
    // Each headline with its teaser, the page's headline under them: the teasers stay the list's.
    const teaser = 'يفتتح مهرجان المسرح دورته الجديدة الأسبوع المقبل بمشاركة عشرين فرقة من مختلف المحافظات.';
    const own = 'مجلس المدينة يقر خطة النقل العام للسنوات الخمس المقبلة';
    const list = parser.parse(['الأكثر قراءة', headline, lede, other, teaser, '', own, '', next].join('\n'));
    expect(list.related.flatMap((s) => s.items.map((it) => [it.headline, ...it.body]))).toEqual([[headline, lede], [other, teaser]]);
  });

  it("gives back the author's bare name under that headline with its date", () => {
    const { article } = parser.analyze(['أخبار ذات صلة', other, '', headline, 'سامي يوسف', 'الخميس 7 مارس 2024', lede, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.date).not.toBeNull();
    expect(article.body).toEqual([lede, next]);
  });

  it("gives back that headline with a desk's credit under it", () => {
    const { article } = parser.analyze(['أخبار ذات صلة', other, '', headline, 'متابعات', lede, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.body).toEqual([lede, next]);
  });

  it("ends the list at the page's skip link or its home link: the page's header comes under them", () => {
    // (A first paragraph that does not restate the headline: only the furniture shows where the list ends.)
    const plain = 'أعلنت الجامعة أسماء الفائزين بالجائزة هذا العام بعد منافسة شارك فيها أكثر من مئتي مشروع.';
    for (const furniture of ['تخطى إلى المحتوى', 'الرئيسية']) {
      const { article } = parser.analyze(['الأكثر قراءة', other, '', furniture, 'أخبار', 'علوم', '', headline, '', 'قبل 3 ساعات', '', plain, next].join('\n'));
      expect(article.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([other]);
      expect(article.title).toBe(headline);
      expect(article.body).toEqual([plain, next]);
    }
  });

  it("gives back a label's single headline when only the page's tools stand between it and the story", () => {
    const own = 'مجلس المدينة يقر خطة النقل العام للسنوات الخمس المقبلة';
    const { article, lines } = parser.analyze(['مقالات ذات صلة', '', own, 'أرسل بالبريد الإلكتروني', 'أعجبني', lede, next].join('\n'));
    expect(article.title).toBe(own);
    expect(article.related).toEqual([]);
    expect(lines[0]).toMatchObject({ type: 'boilerplate', rule: 'header-label' });
    expect(article.body).toEqual([lede, next]);
    // Under the page's breadcrumb and its own lines, the single headline above stays the list's.
    const kept = parser.parse(['الأكثر قراءة', other, '', 'الرئيسية | مقالات الرأي', 'مديح البطء', '', lede, next].join('\n'));
    expect(kept.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([other]);
    expect(kept.title).not.toBe(other);
  });

  it("gives back that headline with the author's bare name among the tools, when the first paragraph speaks of it", () => {
    const { article } = parser.analyze(['الأكثر قراءة', headline, 'تابعونا على جوجل نيوز', 'سامر الحداد', 'استمع للخبر 00:00', '', lede, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.related).toEqual([]);
    expect(article.body).toEqual([lede, next]);
    // A headline the first paragraph does not speak of stays the list's: the short line may be the page's own headline.
    const kept = parser.parse(['الأكثر قراءة', other, 'تابعونا على جوجل نيوز', 'سامر الحداد', 'استمع للخبر 00:00', '', lede, next].join('\n'));
    expect(kept.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([other]);
  });

  it("gives back that headline with the page's source line or a labelled byline under it, said in other words below", () => {
    const plain = 'أعلنت الجامعة أسماء الفائزين بالجائزة هذا العام بعد منافسة شارك فيها أكثر من مئتي مشروع.';
    for (const meta of [['المصدر: الجزيرة نت', 'حاورها: سامر يوسف'], ['كتب: سامر يوسف']]) {
      const { article } = parser.analyze(['أخبار ذات صلة', other, '', headline, ...meta, plain, next].join('\n'));
      expect(article.title).toBe(headline);
      expect(article.body).toEqual([plain, next]);
    }
  });

  it("passes over a box's one headline for a later line with the page's byline or date under it: the box keeps it, no kicker", () => {
    const own = 'شتاء بلا مدافئ';
    for (const meta of [['كتبت: ريم الساعدي'], ['الخميس 10 ديسمبر 2026'], ['آخر تحديث 2026-12-10 09:30 - المصدر: الأفق']]) {
      const { article, lines } = parser.analyze(['أخبار ذات صلة', other, '', own, ...meta, '', lede, next].join('\n'));
      expect(article.title, meta[0]).toBe(own);
      expect(article.body, meta[0]).toEqual([lede, next]);
      expect(lines[1], meta[0]).toMatchObject({ type: 'related', rule: 'headline-item' });
      expect(article.related.flatMap((s) => s.items), meta[0]).toEqual([{ headline: other, body: [] }]);
    }
  });

  it("ends the list at a section's name: the page's header begins there, and the items above stay the list's", () => {
    const empty = parser.parse(['الأكثر قراءة اليوم', '', 'أخبار محلية', '', headline, '', lede, next].join('\n'));
    expect(empty.title).toBe(headline);
    expect(empty.related).toEqual([{ kind: 'most-read', label: 'الأكثر قراءة اليوم', items: [] }]);
    expect(empty.body).toEqual([lede, next]);
    const kept = parser.parse(['الأكثر قراءة', other, '', 'عربي ودولي', headline, lede, next].join('\n'));
    expect(kept.title).toBe(headline);
    expect(kept.related.flatMap((s) => s.items.map((it) => it.headline))).toEqual([other]);
  });

  it("ends the list at the paper's masthead: the page's header begins there", () => {
    const own = 'انخفاض معدل البطالة إلى أدنى مستوى منذ عشر سنوات';
    const { article } = parser.analyze(['مقالات ذات صلة', '', 'صحيفة الوطن الإلكترونية', 'آخر تحديث: منذ 5 دقائق', 'رياضة', own, lede, next].join('\n'));
    expect(article.title).toBe(own);
    expect(article.related.flatMap((s) => s.items)).toEqual([]);
    expect(article.body).toEqual([lede, next]);
    // So does a site's name ending with a site's word (`نيوز`), a headline and its lede under it.
    const named = parser.parse(['آخر الأخبار', '', 'الأفق نيوز', '', headline, lede, next].join('\n'));
    expect(named.title).toBe(headline);
    expect(named.related.flatMap((s) => s.items)).toEqual([]);
    expect(named.body).toEqual([lede, next]);
  });

  it("keeps a list's items and their teasers when no line goes on from a teaser", () => {
    const teaser = 'يفتتح مهرجان المسرح دورته الجديدة الأسبوع المقبل بمشاركة عشرين فرقة من مختلف المحافظات.';
    const { article } = parser.analyze(['الأكثر قراءة', other, teaser, 'إغلاق طريق الساحل لأعمال الصيانة حتى الخميس', 'تغلق إدارة المرور طريق الساحل لأعمال الصيانة حتى يوم الخميس المقبل.', '', headline, 'الخميس 7 مارس 2024', lede, next].join('\n'));
    expect(article.title).toBe(headline);
    expect(article.related[0]!.items.map((it) => it.body.length)).toEqual([1, 1]);
    expect(article.body).toEqual([lede, next]);
  });
});

describe("a wire's credit under the first paragraph, then a read-also box", () => {
  const headline = 'الحكومة توافق على مشروع قانون جديد لتنظيم العمل الأهلي';
  const first = 'وافق مجلس الوزراء خلال اجتماعه الأسبوعي على مشروع قانون جديد لتنظيم عمل الجمعيات الأهلية، تمهيدا لإحالته إلى البرلمان.';
  const goesOn = 'وأضاف المتحدث الرسمي باسم مجلس الوزراء أن المشروع يمنح الجمعيات مرونة أكبر في تلقي التبرعات وتنفيذ المشروعات.';
  const other = 'وزيرة التضامن تلتقي ممثلي الجمعيات الأهلية لبحث خطط العام المقبل';

  it('reads a paragraph going on as the story under the box as the story, the credit a picture\'s', () => {
    for (const box of [['اقرأ أيضا', other], [`اقرأ أيضا: ${other}`]]) {
      const a = parser.parse([headline, first, '(أ ف ب)', ...box, goesOn].join('\n'));
      expect(a.body).toEqual([first, goesOn]);
      expect(a.related.flatMap((s) => s.items.map((it) => [it.headline, it.body]))).toEqual([[other, []]]);
    }
  });

  it("keeps an article under the box when its paragraph does not go on as the story", () => {
    const article = 'التقت وزيرة التضامن ممثلي الجمعيات الأهلية لبحث خطط العام المقبل وآليات التمويل الجديدة.';
    const a = parser.parse([headline, first, '(أ ف ب)', 'اقرأ أيضا', other, article].join('\n'));
    expect(a.body).toEqual([first]);
    expect(a.related[0]!.items[0]!.body).toEqual([article]);
  });
});

describe('a list of headlines spaced by blank lines, each with its own link', () => {
  const story = PARK_STORY;
  const items = ['ارتفاع أسعار الأسمدة قبل موسم الزراعة الشتوي', 'المنتخب يستعد لمباراة الإياب بمعسكر مغلق', 'افتتاح معرض للصناعات اليدوية في السوق القديم'];

  it.each([
    ['اقرأ أيضا', 'اقرأ المزيد'],
    ['اقرأ أيضا', 'التفاصيل'],
    ['أخبار ذات صلة', 'اقرأ المزيد'],
    ['مقالات مشابهة', 'المزيد »'],
  ])('under %s, %s after each headline is its link, not a new label', (label, link) => {
    const a = parser.parse([...story, label, '', ...items.flatMap((h) => [h, '', link, '']), 'شارك هذا الخبر'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related).toHaveLength(1);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items);
  });

  it('under a read-also label, headline-shaped lines spaced to the page end are items; a subheading over a paragraph is the story going on', () => {
    const spaced = parser.parse([...story, 'اقرأ أيضا', '', ...items.flatMap((h) => [h, ''])].join('\n'));
    expect(spaced.related[0]!.items.map((i) => i.headline)).toEqual(items);
    const sub = 'مرافق للأطفال وكبار السن';
    expect(storyUnderReadAlsoItem(items[0]!, sub)).toEqual([story[1], sub, PARK_MORE]);
  });
});

describe('numbered headlines ending with a full stop', () => {
  const story = PARK_STORY;
  const items = ['ارتفاع أسعار الأسمدة قبل موسم الزراعة الشتوي.', 'المنتخب يستعد لمباراة الإياب بمعسكر مغلق', 'افتتاح معرض للصناعات اليدوية في السوق القديم.'];

  it.each([
    ['1. ', (k: number) => `${k + 1}. `],
    ['١- ', (k: number) => `${'١٢٣'[k]}- `],
    ['• ', () => '• '],
  ])('bulleted %s alike, a list item each, the first too', (_name, bullet) => {
    const a = parser.parse([...story, 'الأكثر قراءة', ...items.map((h, k) => bullet(k) + h), 'شارك هذا الخبر'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items);
  });

  it('a numbered line of two sentences, or as long as a paragraph, is no headline', () => {
    const two = '3. ارتفعت الأسعار مرة أخرى. وقال التجار إن السبب هو النقل.';
    const a = parser.parse([...story, 'الأكثر قراءة', `1. ${items[0]}`, `2. ${items[1]}`, two].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items.slice(0, 2));
    expect(a.body).toContain(two);
  });
});

describe('a numbered line is no sentence break at its number', () => {
  it('`3. ` before a headline does not make it a paragraph under a list', () => {
    const a = parser.parse(['المدينة تفتتح حديقة عامة على ضفة النهر', 'افتتح رئيس البلدية اليوم حديقة عامة جديدة على ضفة النهر، تمتد على مساحة عشرين دونما وتضم ممرات للمشاة والدراجات.', 'أخبار ذات صلة', '1. ارتفاع أسعار الأسمدة قبل موسم الزراعة الشتوي في الأسواق', 'اقرأ المزيد', '2. البلدية تبدأ تركيب ألواح شمسية على أسطح المدارس الحكومية', 'اقرأ المزيد'].join('\n'));
    expect(a.related[0]!.items).toHaveLength(2);
  });
});

describe("a line of each item's own under a list's headlines: its section or its author's bare name", () => {
  const story = PARK_STORY;
  const items = ['- ارتفاع أسعار الأسمدة قبل موسم الزراعة الشتوي', '- المنتخب يستعد لمباراة الإياب بمعسكر مغلق', '- افتتاح معرض للصناعات اليدوية في السوق القديم'];

  it.each([
    ['a section under each, spaced', (h: string, k: number) => [h, '', ['اقتصاد', 'رياضة', 'محليات'][k]!, '']],
    ['a section over each, spaced', (h: string, k: number) => [['اقتصاد', 'رياضة', 'محليات'][k]!, '', h, '']],
    ["an author's bare name under each, spaced", (h: string, k: number) => [h, '', ['ليلى حداد', 'يوسف منصور', 'سامي الخطيب'][k]!, '']],
  ])('under a read-also label, %s: the items stay the list, the lines its meta', (_name, shape) => {
    const a = parser.parse([...story, 'اقرأ أيضا', '', ...items.flatMap((h, k) => shape(h, k)), 'شارك هذا الخبر'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items.map((h) => h.slice(2)));
  });

  it.each([
    ['a section', ['اقتصاد', 'رياضة', 'محليات']],
    ["an author's bare name", ['ليلى حداد', 'يوسف منصور', 'سامي الخطيب']],
  ])('under a read-also label, headlines with no bullet, spaced, %s under each: the items stay the list', (_name, own) => {
    const plain = items.map((h) => h.slice(2));
    const a = parser.parse([...story, 'اقرأ أيضا', '', ...plain.flatMap((h, k) => [h, '', own[k]!, ''])].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(plain);
  });

  it('a bare name with no bullet among bulleted headlines, a byline under the last, is no headline', () => {
    const a = parser.parse([...story, 'الأكثر قراءة', items[0], 'ليلى حداد', items[1], 'كتب: يوسف منصور'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items.slice(0, 2).map((h) => h.slice(2)));
  });

  it('a short line under a read-also headline with a paragraph next is the story going on', () => {
    const sub = 'مرافق للأطفال';
    expect(storyUnderReadAlsoItem(items[0]!, sub)).toEqual([story[1], sub, PARK_MORE]);
  });
});

describe("a list's headlines with what each carries: a byline, a link, a counter", () => {
  const story = PARK_STORY;

  it('under a read-also label, a headline after a blank with its byline next, as the item above had, is the next item', () => {
    const a = parser.parse([...story, 'شاهد أيضا', '', 'رحلة في أسواق الحرف اليدوية بالمدينة العتيقة', '', 'بقلم: هالة العمر', '', 'أصوات شابة تعيد إحياء الأغنية التراثية', '', 'بقلم: كريم ناصر'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(['رحلة في أسواق الحرف اليدوية بالمدينة العتيقة', 'أصوات شابة تعيد إحياء الأغنية التراثية']);
  });

  it('with no byline under the item above, a headline-shaped line with a byline under it is the story going on', () => {
    const a = parser.parse([...story, 'شاهد أيضا', '', 'رحلة في أسواق الحرف اليدوية بالمدينة العتيقة', '', 'أصوات شابة تعيد إحياء الأغنية التراثية', '', 'بقلم: كريم ناصر'].join('\n'));
    expect(a.body).toContain('أصوات شابة تعيد إحياء الأغنية التراثية');
  });

  it('a question as long as a paragraph after the last item\'s link, its own link next, is the next item', () => {
    const q = 'هل يعود المسرح الجوال إلى القرى بعد غياب طويل عن الجمهور؟';
    const a = parser.parse([...story, 'أخبار متعلقة', 'ارتفاع الطلب على تذاكر الحفلات الصيفية في المدن الساحلية', 'اقرأ المزيد', q, 'التفاصيل'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toContain(q);
    const goesOn = parser.parse([...story, 'أخبار متعلقة', 'ارتفاع الطلب على تذاكر الحفلات الصيفية في المدن الساحلية', 'اقرأ المزيد', q, story[1]!.replace('افتتح', 'وافتتح')].join('\n'));
    expect(goesOn.body).toContain(q);
  });

  it('the first numbered headline, ending with a full stop, over its counter, is an item as the next is', () => {
    const a = parser.parse([...story, 'الأكثر مشاهدة', '1- افتتاح قاعة جديدة للفنون التشكيلية في المركز الثقافي.', '1250 مشاهدة', '2- فرقة الموسيقى الوطنية تبدأ جولتها العربية', '980 مشاهدة'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items).toHaveLength(2);
  });
});

describe('a tight list of headlines each with its lede inside the story', () => {
  const story = [
    'هل تنجح الدبلوماسية حيث فشلت الحرب؟',
    'لم يعد خافيا على أحد أن المنطقة تقف اليوم على مفترق طرق، فإما تسوية تعالج جذور الأزمة وإما جولة جديدة من العنف.',
  ];
  const list = [
    'المنتخب يفوز على ضيفه بثلاثة أهداف في مباراة ودية',
    'فاز المنتخب الوطني على ضيفه بثلاثة أهداف دون رد في مباراة ودية أقيمت مساء أمس على الملعب الدولي.',
    'ارتفاع صادرات الأسمدة بنسبة 30 في المئة خلال الربع الأول',
    'ارتفعت صادرات الأسمدة بنسبة 30 في المئة خلال الربع الأول من العام، بحسب بيانات غرفة التجارة.',
  ];
  const more = ['لقد جربت الأطراف كلها لغة السلاح طوال عقد كامل، ولم تحصد سوى الخراب والنزوح.', 'وفي تقديري، فإن أي تسوية لن تصمد ما لم تعالج أسباب الأزمة كلها.'];

  it('ends at the blank line under its last lede: the paragraphs under it are the story going on', () => {
    const page = parser.parse([...story, '', 'اقرأ المزيد', ...list, '', more[0], '', more[1]].join('\n'));
    expect(page.body).toEqual([story[1], ...more]);
    expect(page.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual([[list[0], list[1]], [list[2], list[3]]]);
  });
});

describe('headlines with no bullet ending with a full stop', () => {
  const story = PARK_STORY;
  const items = ['محطة القطار المركزية تستقبل زوارها بعد التجديد.', 'السلطات تمدد ساعات عمل الحدائق العامة خلال الصيف.', 'المتحف الوطني يعرض مقتنيات نادرة من العصر الحجري'];

  it.each(['التفاصيل', 'اقرأ المزيد'])('each under the link of the one above (%s) is the next item', (link) => {
    const a = parser.parse([...story, 'أخبار ذات صلة', ...items.flatMap((h) => [h, link]), 'شارك هذا الخبر'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items);
  });

  it('first under the label, over a lede restating it and the next headline: the list\'s first item', () => {
    // (Eight words and more: shorter, a line ending with a full stop is no paragraph under a label anyway.)
    const long = ['محطة القطار المركزية تستقبل زوارها من جديد بعد التجديد.', items[2], items[1]];
    const ledes = ['أعادت محطة القطار المركزية فتح أبوابها أمام زوارها بعد أعمال تجديد استمرت عاما كاملا.', 'يعرض المتحف الوطني هذا الشهر مقتنيات نادرة تعود إلى العصر الحجري.', 'مددت السلطات ساعات عمل الحدائق العامة حتى منتصف الليل طوال أشهر الصيف.'];
    const a = parser.parse([...story, 'أخبار ذات صلة', '', ...long.flatMap((h, k) => [h, '', ledes[k]!, ''])].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => [i.headline, ...i.body])).toEqual(long.map((h, k) => [h, ledes[k]]));
    // So on a site that ends every headline with a full stop.
    const all = long.map((h) => (h.endsWith('.') ? h : h + '.'));
    const c = parser.parse([...story, 'أخبار ذات صلة', '', ...all.flatMap((h, k) => [h, '', ledes[k]!, ''])].join('\n'));
    expect(c.body).toEqual([story[1]]);
    expect(c.related[0]!.items.map((i) => i.headline)).toEqual(all);
    // The story going on under a label (a sentence, then a paragraph of the story) stays the story's.
    const said = ['وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا.', 'وأضاف رئيس البلدية أن الدخول إلى الحديقة مجاني للجميع طوال أيام الأسبوع.'];
    const b = parser.parse([...story, 'اقرأ أيضا', '', said[0], '', said[1]].join('\n'));
    expect(b.body).toEqual([story[1], ...said]);
  });

  it("first under the label, over its author's bare name or its link, then the next numbered headline: the list's first item", () => {
    const numbered = items.map((h, k) => `${k + 1}. ${h}`);
    const a = parser.parse([...story, 'الأكثر قراءة', numbered[0], 'هالة منصور', numbered[1], 'التفاصيل', numbered[2], 'عمر الشامي'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(items);
  });

  it("last of a tight list of bare headlines, over the page's tags or its end: the list's last item", () => {
    const bare = [items[2], 'ارتفاع أسعار الأعلاف يثقل كاهل مربي الماشية', 'السلطات تمدد ساعات عمل الحدائق العامة خلال أشهر الصيف كلها.'];
    for (const end of [['الوسوم: حدائق بلدية'], []]) {
      const a = parser.parse([...story, 'الأكثر قراءة', ...bare, ...end].join('\n'));
      expect(a.body).toEqual([story[1]]);
      expect(a.related[0]!.items.map((i) => i.headline)).toEqual(bare);
    }
  });

  it('under its own link where the last headline had a link in other words: the next item', () => {
    const last = 'محطة القطار المركزية تستقبل زوارها من جديد بعد التجديد.';
    const a = parser.parse([...story, 'مقالات مشابهة', items[2], 'التفاصيل', last, 'المزيد »', '', story[1]!.replace('افتتح', 'وافتتح')].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual([items[2], last]);
  });

  it("right under a headline it is that headline's teaser, and a sentence opening like the story going on is the story", () => {
    const teaser = 'وتضم المحطة قاعات انتظار جديدة.';
    const a = parser.parse([...story, 'أخبار ذات صلة', items[2], 'التفاصيل', teaser, story[1]!.replace('افتتح', 'وافتتح')].join('\n'));
    expect(a.body).toContain(teaser);
  });
});

describe("the last headline's own line, where a list inside the story ends", () => {
  const story = ['المدينة تفتتح حديقة عامة على ضفة النهر', 'افتتح رئيس البلدية اليوم حديقة عامة جديدة على ضفة النهر، تمتد على مساحة عشرين دونما وتضم ممرات للمشاة والدراجات.', 'وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا من السادسة صباحا حتى منتصف الليل، والدخول إليها مجاني.'];
  const items = ['• ارتفاع أسعار الأسمدة قبل موسم الزراعة الشتوي', '• المنتخب يستعد لمباراة الإياب بمعسكر مغلق'];

  it("is the last headline's when the others carry a line of their own too", () => {
    const a = parser.parse([story[0], story[1], 'مقالات ذات صلة', items[0], 'بقلم: رنا سليم', items[1], 'هبة الشامي', story[2]].join('\n'));
    expect(a.body).toEqual([story[1], story[2]]);
  });

  it('under a read-also label, spaced, is the last headline\'s too when the others carry theirs', () => {
    const a = parser.parse([story[0], story[1], 'اقرأ أيضا', '', items[0], '', 'ليلى حداد', '', items[1], '', 'هبة الشامي', '', story[2]].join('\n'));
    expect(a.body).toEqual([story[1], story[2]]);
    expect(a.related[0]!.items).toHaveLength(2);
  });

  it("a sentence opening with a conjunction, touching the last headline's date, is the story going on, not a teaser", () => {
    const next = 'وتضم الحديقة ملاعب للأطفال ومقاعد مظللة على طول الضفة.';
    const a = parser.parse([story[0], story[1], 'قد يعجبك أيضا', items[0]!.slice(2), '12 مارس 2023', items[1]!.slice(2), 'الأحد 12 مارس 2023', next].join('\n'));
    expect(a.body).toEqual([story[1], next]);
  });

  it("is the story's subheading when no other headline carries one", () => {
    const sub = 'مواعيد مفتوحة';
    const a = parser.parse([story[0], story[1], 'مقالات ذات صلة', items[0], items[1], sub, story[2]].join('\n'));
    expect(a.body).toEqual([story[1], sub, story[2]]);
  });
});

describe('a "more" link announcing with a colon over headlines', () => {
  const story = PARK_STORY;
  const items = ['ارتفاع أسعار الأسمدة قبل موسم الزراعة الشتوي', 'المنتخب يستعد لمباراة الإياب بمعسكر مغلق'];

  it.each(['للمزيد:', 'المزيد:'])('%s over two headlines after the story is their list\'s label', (label) => {
    const a = parser.parse([...story, label, ...items].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related).toEqual([{ kind: 'related', label, items: items.map((headline) => ({ headline, body: [] })) }]);
  });

  it.each(['للمزيد', 'التفاصيل'])('%s with no colon stays a link, and the lines under it the story', (label) => {
    const a = parser.parse([...story, label, ...items].join('\n'));
    expect(a.related).toEqual([]);
  });
});

describe('a headline dated in its own words in a list of headlines', () => {
  const story = ['المجلس البلدي يقر موازنة الحدائق العامة للعام المقبل', 'أقر المجلس البلدي في جلسته الأخيرة موازنة الحدائق العامة للعام المقبل، بزيادة تبلغ خمس عشرة في المئة.'];
  const dated = 'أسعار الخضار اليوم الأحد 13 ديسمبر 2026';
  const others = ['افتتاح مكتبة الأطفال في الحي الشمالي', 'الأمطار تعود إلى الساحل مطلع الأسبوع المقبل'];
  it.each([
    ['bulleted, first under the label', ['• ' + dated, ...others.map((h) => '• ' + h)], [dated, ...others]],
    ['bulleted, between two headlines', ['• ' + others[0], '• ' + dated, '• ' + others[1]], [others[0], dated, others[1]]],
    ['unbulleted among unbulleted headlines', [others[0], dated, others[1]], [others[0], dated, others[1]]],
  ])('is one of its headlines, %s', (_why, list, headlines) => {
    const a = parser.parse([...story, '', 'الأكثر قراءة', ...list, 'جميع الحقوق محفوظة'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(headlines);
    expect(a.body).toEqual([story[1]]);
  });
  it("a name and a date under a headline stay that headline's meta", () => {
    const a = parser.parse([...story, '', 'الأكثر قراءة', others[0], 'هدى علي 5 ديسمبر 2026', others[1], 'جميع الحقوق محفوظة'].join('\n'));
    expect(a.related[0]!.items.map((i) => i.headline)).toEqual(others);
  });
});

describe('teasers cut short under the headlines of a list', () => {
  const head = ['المكتبة العامة تمدد ساعات عملها في رمضان', '', 'قررت المكتبة العامة تمديد ساعات عملها خلال شهر رمضان حتى الواحدة بعد منتصف الليل، استجابة لطلبات الطلبة والباحثين.', ''];
  const pairs = [
    // A teaser that restates its headline, one that shares no word with it, one with its link glued after the dots.
    ['الهيئة تطلق حملة لتنظيف الشواطئ قبل الصيف', 'أطلقت الهيئة حملة واسعة لتنظيف الشواطئ قبل موسم الصيف بمشاركة مئات المتطوعين من طلاب...'],
    ['قراءة في موسم المطر', 'يترقب الفلاحون في السهل الغربي أول هطول منذ أشهر، بعد صيف طويل أتلف جزءا من …'],
    ['هل تنجح خطة النقل الجديدة في تخفيف الزحام؟', 'تراهن خطة النقل الجديدة على الحافلات السريعة لتخفيف الزحام في ساعات الذروة، لكن خبراء... اقرأ المزيد'],
  ];
  const spaced = (lines: string[]) => lines.flatMap((l) => [l, '']);

  it.each([
    ['under a related label, spaced', ['مقالات مشابهة', ''], spaced(pairs.flat())],
    ['under a related label, each pair touching', ['مقالات مشابهة'], pairs.flatMap((p) => [...p, ''])],
    ['under a read-also label, each pair touching', ['اقرأ أيضا', ''], pairs.flatMap((p) => [...p, ''])],
  ])('files each as its item\'s text and keeps the list going: %s', (_, label, list) => {
    const article = parser.parse([...head, ...label, ...list, 'جميع الحقوق محفوظة'].join('\n'));
    expect(article.body).toEqual([head[2]]);
    expect(article.related[0]!.items.map((it) => [it.headline, it.body])).toEqual(pairs.map(([h, t]) => [h, [t]]));
  });

  it("with no label, two pairs cut short are other stories' furniture; one pair, or whole teasers, stay story", () => {
    const story = [head[2]!, 'وأضافت إدارة المكتبة أنها ستوفر قاعات للقراءة الصامتة وخدمة إنترنت مجانية طوال الشهر.'];
    expect(parser.parse([head[0], '', ...spaced(story), ...spaced(pairs.slice(0, 2).flat())].join('\n')).body).toEqual(story);
    expect(parser.parse([head[0], '', ...spaced(story), ...spaced(pairs[0]!)].join('\n')).body).toEqual([...story, ...pairs[0]!]);
    const whole = pairs.slice(0, 2).map(([h, t]) => [h, t!.replace(/\s*(?:\.\.\.|…)$/u, '.')]).flat();
    expect(parser.parse([head[0], '', ...spaced(story), ...spaced(whole)].join('\n')).body).toEqual([...story, ...whole]);
  });

  it("with no label, are furniture though a headline shares two words with the page's (`تمدد ساعات`); three keep it the story's", () => {
    const story = [head[2]!, 'وأضافت إدارة المكتبة أنها ستوفر قاعات للقراءة الصامتة وخدمة إنترنت مجانية طوال الشهر.'];
    const alike = [['المسابح تمدد ساعات السباحة في الصيف', 'قررت إدارة المسابح البلدية تمديد ساعات السباحة حتى العاشرة ليلا طوال أشهر الصيف، بعد...'], pairs[1]!];
    expect(parser.parse([head[0], '', ...spaced(story), ...spaced(alike.flat())].join('\n')).body).toEqual(story);
    const same = [['المكتبة العامة تمدد ساعات الإعارة في رمضان', 'مددت المكتبة العامة ساعات الإعارة في رمضان حتى منتصف الليل، على أن...'], pairs[1]!];
    expect(parser.parse([head[0], '', ...spaced(story), ...spaced(same.flat())].join('\n')).body).toEqual([...story, ...same.flat()]);
  });

  it("a story's paragraph trailing off under a read-also headline, about the story, stays story", () => {
    const item = 'الهيئة تطلق حملة لتنظيف الشواطئ قبل الصيف';
    const goesOn = 'وأكدت إدارة المكتبة العامة أن ساعات العمل الممددة في رمضان تشمل قاعات الطلبة والباحثين وقاعة الأطفال وخدمة الإعارة، وأن المكتبة ستعلن جدولا مفصلا لكل قاعة قبل...';
    const article = parser.parse([...head, 'اقرأ أيضا', '', item, '', goesOn].join('\n'));
    expect(article.body).toEqual([head[2], goesOn]);
  });
});

describe("a related list's headlines with their first paragraphs, after a story set tight", () => {
  const story = ['وزارة الزراعة توزع بذورا محسنة على مزارعي القمح', 'بدأت وزارة الزراعة توزيع بذور القمح المحسنة على المزارعين في المحافظات الشمالية، ضمن برنامج لرفع إنتاجية الهكتار.'];
  const pairs = [
    ['افتتاح متحف للعملات القديمة في قلب العاصمة', 'افتتح محافظ العاصمة مساء أمس متحفا للعملات القديمة يضم أكثر من ثلاثة آلاف قطعة نقدية من عصور مختلفة.'],
    ['فرق الإنقاذ تنتشل عالقين في كهف جبلي', 'انتشلت فرق الإنقاذ فجر اليوم ستة مستكشفين علقوا داخل كهف جبلي لأكثر من يومين بسبب ارتفاع منسوب المياه.'],
  ];
  const page = (label: string, items: string[][]) => [...story, label, '', ...items.flat().flatMap((l) => [l, '']), 'جميع الحقوق محفوظة'].join('\n');

  it.each(['أخبار ذات صلة', 'مقالات مشابهة', 'الأكثر قراءة'])('gives each headline its paragraph, one item or more (%s)', (label) => {
    for (const items of [pairs, pairs.slice(0, 1)]) {
      const a = parser.parse(page(label, items));
      expect(a.body).toEqual([story[1]]);
      expect(a.related[0]!.items.map((it) => [it.headline, it.body])).toEqual(items.map(([h, p]) => [h, [p]]));
    }
  });

  it('leaves the story a paragraph under one headline that speaks of the story, or goes on from it', () => {
    for (const on of [
      'وأوضح مدير البرنامج أن متحف البذور سيعرض أصناف القمح المحسنة للمزارعين في المحافظات الشمالية قبل الموسم.',
      'ويشمل برنامج البذور المحسنة مزارعي القمح في المحافظات الشمالية، على أن يتسع لاحقا إلى بقية المحافظات.',
    ]) {
      const a = parser.parse([...story, 'مقالات مشابهة', '', pairs[0]![0], '', on, '', 'جميع الحقوق محفوظة'].join('\n'));
      expect(a.body, on).toEqual([story[1], on]);
    }
  });
});

describe('a list of headlines with a paragraph each, printed spaced inside a story printed tight', () => {
  const story = ['هل تعود الدراجات إلى شوارع المدن؟', 'يعود الحديث كل صيف عن الدراجة وسيلة للتنقل في المدن المزدحمة، لكن الطرق التي صممت للسيارات وحدها لا تترك لها مكانا آمنا.'];
  const items = [
    ['وزارة النقل تعلن مواعيد جديدة للقطارات بين المدن', 'أعلنت وزارة النقل جدولا جديدا لرحلات القطارات بين المدن الكبرى يبدأ العمل به مطلع الشهر المقبل.'],
    ['افتتاح أكبر سوق للكتب المستعملة في العاصمة', 'افتتح في وسط العاصمة سوق للكتب المستعملة يضم أكثر من مئة بائع من مختلف المحافظات.'],
    ['ارتفاع أسعار الخضار مع بداية موسم الأمطار', 'شهدت أسواق الخضار ارتفاعا في الأسعار مع بداية موسم الأمطار وتراجع الكميات الواردة من المزارع.'],
  ];
  const on = 'وتظهر تجارب سابقة أن مسارا واحدا محميا يكفي لمضاعفة عدد الراكبين خلال عامين، إذا ربط الأحياء السكنية بالجامعات.';

  it('ends at a paragraph touching its last one, sharing nothing with it: the story goes on there', () => {
    const a = parser.parse([...story, 'الأكثر قراءة', ...items.flatMap(([h, p]) => ['', h!, '', p!]), on].join('\n'));
    expect(a.body).toEqual([story[1], on]);
    expect(a.related[0]!.items.map((it) => it.body)).toEqual(items.map(([, p]) => [p]));
  });
});

describe("a list's headlines with a paragraph each: the list's rhythm and its bullets", () => {
  const story = ['ارتفاع صادرات التمور إلى مستوى غير مسبوق', 'ارتفعت صادرات التمور خلال الموسم الحالي إلى أعلى مستوى في تاريخها، بعد فتح أسواق جديدة في آسيا وأوروبا.'];
  const items = [
    ['ارتفاع أسعار الأعلاف في الأسواق المحلية', 'ارتفعت أسعار الأعلاف في الأسواق المحلية بنسبة عشرة في المئة خلال الشهر الماضي بسبب قلة المعروض.'],
    ['تراجع أسعار الأسمدة في الأسواق المحلية', 'تراجعت أسعار الأسمدة في الأسواق المحلية للمرة الأولى منذ عامين مع وصول شحنات جديدة.'],
    ['شتاء ثالث بلا مطر', 'يعيش سكان الجبال على صهاريج تصلهم مرة واحدة كل أسبوع منذ بداية الموسم، وسط شكاوى متزايدة.'],
  ];
  const expectItems = (a: ReturnType<typeof parser.parse>, want: string[][]) => {
    expect(a.body).toEqual([story[1]]);
    expect(a.related[0]!.items.map((it) => [it.headline, it.body])).toEqual(want.map(([h, p]) => [h, [p]]));
  };

  it('gives a headline its paragraph when every item above has one right under it, whatever words it shares', () => {
    expectItems(parser.parse([...story, 'أخبار أخرى', ...items.flat(), '', 'جميع الحقوق محفوظة'].join('\n')), items);
  });

  it('takes a line bulleted as the last headline for the next one, however much it shares with the paragraph above', () => {
    const bulleted = items.map(([h, p], k) => [`${k + 1}. ${h}`, p]);
    const a = parser.parse([...story, 'اقرأ أيضا', '', ...bulleted.flat().flatMap((l) => [l, '']), 'جميع الحقوق محفوظة'].join('\n'));
    expectItems(a, items);
  });

  it('takes a first bulleted line ending with a full stop for a headline, with a text and a line bulleted alike under it', () => {
    const first = ['ليلة طويلة في قسم الحروق بعد حريق المستودع القديم.', 'استقبل المستشفى الجامعي خلال الليل عشرات المصابين بعد اندلاع نار قرب السوق.'];
    const list = [first, ...items.slice(2)].map(([h, p], k) => [`${k + 1}- ${h}`, p]);
    const a = parser.parse([...story, 'أخبار أخرى', '', ...list.flat().flatMap((l) => [l, '']), 'جميع الحقوق محفوظة'].join('\n'));
    expectItems(a, [first, items[2]!]);
  });
});

describe("a video's title among a list's headlines", () => {
  it('is a headline of the list, its kind kept, and the list goes on under it', () => {
    const story = ['المستشفى الجامعي يفتتح وحدة جديدة', 'افتتح المستشفى الجامعي اليوم وحدة جديدة لعلاج الحروق، تضم عشرة أسرة ومختبرا متخصصا.'];
    const items = [
      ['مصرع 4 أشخاص في حادث تصادم على الطريق الدولي', 'لقي أربعة أشخاص مصرعهم وأصيب ستة آخرون في حادث تصادم بين شاحنة وحافلة...'],
      ['بالفيديو.. طفل يعزف على البيانو ببراعة', 'أدهش طفل في التاسعة من عمره لجنة تحكيم برنامج المواهب بعزفه...'],
      ['جامعة المدينة تفتتح كلية جديدة للذكاء الاصطناعي', 'أعلنت جامعة المدينة أنها ستفتتح العام المقبل كلية جديدة للذكاء الاصطناعي...'],
    ];
    const a = parser.parse([...story, 'اقرأ أيضا', ...items.flat(), '', 'جميع الحقوق محفوظة'].join('\n'));
    expect(a.body).toEqual([story[1]]);
    expect(a.related.map((s) => s.items.map((it) => [it.headline, it.body]))).toEqual([items.map(([h, p]) => [h, [p]])]);
  });
});

describe("a box of other stories' headlines with their teasers over the page's headline", () => {
  const box = ['آخر الأخبار', 'المخرجة ريم سالم تبدأ تصوير فيلمها الجديد في الصحراء', 'بدأت المخرجة ريم سالم تصوير فيلمها الروائي الثالث في واحة نائية، بمشاركة ممثلين من خمس دول...',
    'مطار العاصمة يستقبل أول رحلة لشركة طيران آسيوية', 'استقبل مطار العاصمة الدولي صباح اليوم أول رحلة مباشرة لشركة طيران آسيوية، في خطوة...'];
  const story = ['أعلن الدفاع المدني رفع حالة التأهب في ثلاث محافظات جبلية بعد تساقط كثيف للثلوج منذ مساء السبت، وقطع طرق رئيسية.'];
  it("gives back the headline that breaks the box's rhythm: no teaser under it, the page's date or byline instead", () => {
    for (const meta of ['الأحد 6 ديسمبر 2026', 'بقلم: سامر يوسف']) {
      const a = parser.parse([...box, 'ليلة بيضاء في المرتفعات', meta, ...story].join('\n'));
      expect(a.title, meta).toBe('ليلة بيضاء في المرتفعات');
      expect(a.related[0]!.items.map((it) => it.headline), meta).toEqual([box[1], box[3]]);
    }
  });
});

describe("a headline opening with a label of its own inside a list", () => {
  const head = ['بلدية الميناء تفتتح حديقة عامة على الواجهة البحرية', 'افتتحت بلدية الميناء صباح اليوم حديقة عامة جديدة على الواجهة البحرية، تمتد على مساحة خمسة عشر ألف متر مربع.', 'مواضيع قد تهمك'];
  const rest = ['جامعة الميناء تطلق مختبرا لأبحاث البحر', 'أطلقت جامعة الميناء مختبرا جديدا لأبحاث البحر والتلوث الساحلي، بالتعاون مع ثلاث جامعات أجنبية، ويضم …'];
  const teaser = 'يستعد مئات الصيادين لانطلاق الموسم الجديد بعد أشهر من التوقف، وسط آمال بوفرة في الأسماك هذا...';
  it.each(['تغطية خاصة: موسم الصيد في القرى الساحلية', 'بالصور: موسم الصيد في القرى الساحلية'])('is one of its headlines, label kept, and the list goes on (%s)', (item) => {
    const a = parser.parse([...head, item, teaser, ...rest, 'جميع الحقوق محفوظة'].join('\n'));
    expect(a.body).toEqual([head[1]]);
    expect(a.related.map((s) => s.items.map((it) => [it.headline, it.body]))).toEqual([[[item, [teaser]], [rest[0], [rest[1]]]]]);
  });

  it('a read-also line under a list stays an item of its own label', () => {
    const a = parser.parse([...head, rest[0], 'انظر أيضا: خطة لتطوير الواجهة البحرية خلال خمس سنوات'].join('\n'));
    expect(a.related.map((s) => [s.label, s.items.map((it) => it.headline)])).toEqual([[head[2], [rest[0]]], ['انظر أيضا:', ['خطة لتطوير الواجهة البحرية خلال خمس سنوات']]]);
  });
});

describe("a person's name beside the page's date", () => {
  const headline = 'تشهد أسواق الكتب المستعملة إقبالا كبيرا هذا العام';
  const lead = 'تشهد أسواق الكتب المستعملة في وسط المدينة إقبالا لم تعرفه منذ سنوات، بعد أن ارتفعت أسعار الكتب الجديدة إلى الضعف.';
  it.each([
    ['الأحد 6 ديسمبر 2026 ريم الخطيب', 'ريم الخطيب'],
    ['ريم الخطيب الأحد 6 ديسمبر 2026', 'ريم الخطيب'],
    ['سامر يوسف | 06 ديسمبر 2026', 'سامر يوسف'],
    ['الأحد 6 ديسمبر 2026 - ريم الخطيب', 'ريم الخطيب'],
  ])('is the byline when no byline line names the author: %s', (meta, name) => {
    const a = parser.parse([headline, meta, lead].join('\n'));
    expect(a.byline).toBe(name);
    expect(a.dates.published?.iso).toBe('2026-12-06');
  });
  it("gives way to a byline line, and a section's name beside the date names no author", () => {
    expect(parser.parse([headline, 'كتب: سلمى الحداد', 'الأحد 6 ديسمبر 2026 ريم الخطيب', lead].join('\n')).byline).toBe('سلمى الحداد');
    expect(parser.parse([headline, 'سياسة دولية | 6 ديسمبر 2026', lead].join('\n')).byline).toBeNull();
  });
  it('is given in the profile the article carries', () => {
    const search = new Parser({ normalize: 'search' });
    expect(search.parse([headline, 'الأحد 6 ديسمبر 2026 - رِيم الخطيب', lead].join('\n')).byline).toBe('ريم الخطيب');
  });
});

describe("a person's name alone between two of the story's paragraphs", () => {
  const headline = 'أسواق الكتب المستعملة تستعيد روادها في وسط المدينة';
  const lead = 'تشهد أسواق الكتب المستعملة في وسط المدينة إقبالا لم تعرفه منذ سنوات، بعد أن ارتفعت أسعار الكتب الجديدة إلى الضعف.';
  const more = 'ويقول الباعة إن الطلاب هم أكثر الزبائن، يبحثون عن الكتب المقررة في الجامعة بنصف ثمنها أو أقل من ذلك بكثير.';
  const placed = (lines: string[], name: string) => parser.analyze(lines.join('\n')).lines.find((l) => l.text === name);
  it.each(['نسيمة بوزيد', 'أحمد علي الحسن', 'سامي يوسف'])('is the author signing under the lead, not the story: %s', (name) => {
    expect(placed([headline, lead, name, more], name)).toMatchObject({ type: 'boilerplate', rule: 'lone-name' });
  });
  it('stays the story when a paragraph beside it names the person, or when the story holds two such names', () => {
    const about = 'ويقول سامي يوسف، صاحب أقدم كشك في السوق، إن الزبائن عادوا بعد غياب طويل.';
    expect(placed([headline, lead, 'سامي يوسف', about], 'سامي يوسف')?.type).toBe('body');
    expect(placed([headline, lead, 'سامي يوسف', more, 'ريم منصور', PARAGRAPH], 'سامي يوسف')?.type).toBe('body');
  });
  it('is no name when it holds a verb, a preposition, or opens with a given name that is a common noun', () => {
    for (const line of ['محمد صلاح يعود', 'دعاء الاستيقاظ من النوم', 'أسماء المرشحين']) expect(placed([headline, lead, line, more], line)?.type).toBe('body');
  });
});

describe('a caption closed by its credit in brackets, printed twice', () => {
  const headline = 'الحكومة تبحث الموازنة وخطة الكهرباء في جلستها اليوم';
  const caption = 'عمال يصلحون خطوط الكهرباء في أحد أحياء العاصمة (أ ف ب).';
  const next = 'وقالت مصادر وزارية إن الجلسة قد تمتد إلى المساء إذا لم يتفق الوزراء على البنود الخلافية.';
  it('is a caption under each copy, over the story or inside it, whatever its last mark', () => {
    expect(parser.parse([headline, caption, caption, PARAGRAPH, next].join('\n')).body).toEqual([PARAGRAPH, next]);
    expect(parser.parse([headline, PARAGRAPH, '', caption, caption, '', next].join('\n')).body).toEqual([PARAGRAPH, next]);
  });
  it('leaves a wire brief printed once, and a paragraph printed twice with no credit, to the story', () => {
    const brief = 'أعلنت الحكومة اليوم خطة جديدة لزيادة ساعات التغذية بالكهرباء خلال الشتاء (أ ف ب).';
    expect(parser.parse([headline, brief, next].join('\n')).body).toEqual([brief, next]);
    expect(parser.parse([headline, PARAGRAPH, next, next].join('\n')).body).toContain(next);
  });
});

describe("the site's next story teased under the story's own dateline", () => {
  const dateline = 'الأفق اليوم – عمان';
  const first = 'أعلنت وزارة المياه، اليوم الأحد، عن خطة لتوزيع المياه على الأحياء الشرقية بمعدل ثلاثة أيام في الأسبوع.';
  const teaser = `${dateline} أكد مصدر في أمانة العاصمة أن أعمال صيانة الطرق في وسط المدينة ستتوقف خلال موسم الأمطار، مشيرا إلى أن`;
  it('is set aside when it opens with that dateline and is cut in mid-sentence', () => {
    expect(parser.parse([dateline, first, PARAGRAPH, teaser].join('\n')).body).toEqual([first, PARAGRAPH]);
  });
  it('stays the story when it ends its sentence, or names another dateline', () => {
    const ended = `${dateline} أكد مصدر في أمانة العاصمة أن أعمال صيانة الطرق ستتوقف خلال موسم الأمطار.`;
    expect(parser.parse([dateline, first, PARAGRAPH, ended].join('\n')).body).toContain(ended);
    const other = teaser.replace('عمان', 'إربد');
    expect(parser.parse([dateline, first, PARAGRAPH, other].join('\n')).body).toContain(other);
  });
});

describe('a one-line read-also with a bulleted list of headlines under it', () => {
  const headline = 'موجة حر تضرب البلاد والأرصاد تدعو إلى الحذر';
  const lead = 'تشهد البلاد اليوم موجة حارة، حيث حذرت هيئة الأرصاد الجوية من ارتفاع غير مسبوق في درجات الحرارة على معظم المناطق.';
  const next = 'ونصحت الهيئة المواطنين بتجنب التعرض المباشر لأشعة الشمس بين الظهر والعصر، والإكثار من شرب الماء.';
  const bullets = ['- البرلمان يحسم المواد الخلافية في قانون الإيجارات', '- مستوى وظيفي متساو بين المحقق والعامل', '- خطوات استخراج بطاقة تموينية جديدة'];
  it('takes the bullets as more items of the box, and the story goes on under them', () => {
    const a = parser.parse([headline, lead, 'اقرأ أيضا: البرلمان يقر قانون العمل الجديد', ...bullets, next].join('\n'));
    expect(a.body).toEqual([lead, next]);
    expect(a.related[0]!.items.map((it) => it.headline)).toEqual(['البرلمان يقر قانون العمل الجديد', ...bullets.map((b) => b.slice(2))]);
  });
  it('leaves one bulleted line, and a list the paragraph above announces, to the story', () => {
    const one = parser.parse([headline, lead, 'اقرأ أيضا: البرلمان يقر قانون العمل الجديد', bullets[0]!, next].join('\n'));
    expect(one.related[0]!.items).toHaveLength(1);
    const announced = parser.parse([headline, 'أعلنت الحكومة خطة جديدة لمواجهة الحر تشمل عدة إجراءات، أبرزها ما يلي:', 'اقرأ أيضا: البرلمان يقر قانون العمل الجديد', ...bullets, next].join('\n'));
    expect(announced.related[0]!.items).toHaveLength(1);
  });
  it("leaves the story's own list to the story where a read-also line cuts it in two", () => {
    const steps = ['1. يشوح البصل في قدر مع الزيت حتى يذبل.', '2. يضاف الدجاج ويقلب حتى يتغير لونه.', '3. تضاف البهارات والماء ويترك حتى ينضج.'];
    const a = parser.parse(['وصفة الكبسة بطريقة سهلة', 'طريقة التحضير:', steps[0]!, 'اقرأ أيضا: افتتاح سوق شعبي جديد للمنتجات الريفية', steps[1]!, steps[2]!].join('\n'));
    expect(a.related[0]!.items).toHaveLength(1);
    expect(a.body).toEqual(expect.arrayContaining(steps));
  });
});

describe("a name under a masthead's title", () => {
  it("is who holds the title, not the article's author, honorific and all", () => {
    const lines = ['رئيس حزب الأفق ورئيس مجلس الإدارة', 'د. سامي يوسف', 'رئيس التحرير', 'هاني سالم', '', 'المحافظة تفتتح محطة جديدة لمعالجة مياه الصرف', '', PARAGRAPH];
    const a = parser.parse(lines.join('\n'));
    expect(a.byline).toBeNull();
    expect(a.body).toEqual([PARAGRAPH]);
    expect(parser.parse(['المحافظة تفتتح محطة جديدة لمعالجة مياه الصرف', 'د. سامي يوسف', PARAGRAPH].join('\n')).byline).toBe('د. سامي يوسف');
  });
});

describe("a ticker of the site's headlines over the story, one a line", () => {
  const ticker = ['وزير الصحة يفتتح مستشفى جديدا في الريف الشرقي', 'الريال يتراجع أمام الدولار في السوق الموازية', 'ثالث دولة تعلن دعمها لمبادرة السلام الإقليمية', 'قوات خفر السواحل تضبط قاربا يحمل مهاجرين', 'إصابة ثلاثة أشخاص في حادث سير على الطريق الساحلي', 'المنتخب الوطني يستعد لمواجهة حاسمة في التصفيات'];
  const headline = 'أزمة المياه في المدينة القديمة تدخل شهرها الثالث';
  const lead = 'دخلت أزمة المياه في أحياء المدينة القديمة شهرها الثالث، بعد أن جفت الآبار التي كانت تغذي الأحياء.';
  it("is another story's headlines: the page's headline is the one the story speaks of, and no ticker line is a deck", () => {
    const a = parser.parse([...ticker, headline, lead, PARAGRAPH].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.body).toEqual([lead, PARAGRAPH]);
  });
  it('leaves the story no headline when it speaks of none of them', () => {
    const a = parser.parse([...ticker, lead, PARAGRAPH].join('\n'));
    expect(a.title).toBeNull();
    expect(a.body).toEqual([lead, PARAGRAPH]);
  });
  it('keeps a headline with two decks as it was: a short run is no ticker', () => {
    const a = parser.parse([headline, ticker[0]!, ticker[1]!, lead, PARAGRAPH].join('\n'));
    expect(a.title).toBe(headline);
  });
});

describe('a long question headline printed twice over the story', () => {
  it('is the headline and its copy, never the first paragraph', () => {
    const q = 'هل تنجح البلدية في حل أزمة النقل العام قبل بدء العام الدراسي الجديد؟';
    const a = parser.parse([q, q, PARAGRAPH].join('\n'));
    expect(a.title).toBe(q);
    expect(a.body).toEqual([PARAGRAPH]);
    // (The site's motto with its founding year over it is no headline that would make the question a paragraph.)
    expect(parser.parse(['صوت المدينة منذ 1987', q, PARAGRAPH].join('\n')).title).toBe(q);
  });
});
