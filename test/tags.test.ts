/** Tag splitting: separators, glued tags, clitics. */
import { describe, expect, it } from 'vitest';
import { KeyFolder } from '../src/segment/lines.js';
import { StoryIndex, splitTags } from '../src/segment/tags.js';
import { Parser } from '../src/parse.js';

const folder = new KeyFolder();
const story = StoryIndex.ofTexts(
  [
    'أعلنت وزارة الزراعة إطلاق برنامج وطني لدعم صغار المزارعين ضمن خطة الأمن الغذائي.',
    'وقال الأمين العام لمنظمة التعاون الإسلامي إن منظمة التعاون الإسلامي تدعم العمل الجماعي.',
  ],
  folder,
  new Set(['والدعم', 'الدعم']),
);
const split = (value: string) => splitTags(value, story, folder);

describe('splitTags', () => {
  it.each([
    ['مصر، السعودية، الإمارات', ['مصر', 'السعودية', 'الإمارات']],
    ['مصطفى مدبولي, شمال سيناء, العريش', ['مصطفى مدبولي', 'شمال سيناء', 'العريش']],
    ['اقتصاد | طاقة | نفط', ['اقتصاد', 'طاقة', 'نفط']],
    ['#تونس #سويسرا', ['تونس', 'سويسرا']],
    ['رياضة - كرة القدم - الدوري', ['رياضة', 'كرة القدم', 'الدوري']],
    ['الاقتصاد . التضخم . البنك المركزي', ['الاقتصاد', 'التضخم', 'البنك المركزي']],
    ['#الاقتصاد #البنك_المركزي', ['الاقتصاد', 'البنك المركزي']],
    ['د. أحمد زويل، جائزة نوبل', ['د. أحمد زويل', 'جائزة نوبل']],
  ])('splits %s on its separator', (value, tags) => {
    expect(split(value)).toEqual(tags);
  });

  it('keeps a hyphenated name whole', () => {
    expect(split('آل-مكتوم، دبي')).toEqual(['آل-مكتوم', 'دبي']);
  });

  it('splits glued tags on phrases the story contains', () => {
    expect(split('وزارة الزراعة صغار المزارعين الأمن الغذائي')).toEqual(['وزارة الزراعة', 'صغار المزارعين', 'الأمن الغذائي']);
  });

  it('keeps a phrase together that the story writes without the article (`مكتبة رقمية` for `المكتبة الرقمية`)', () => {
    const indefinite = StoryIndex.ofTexts(['افتتحت البلدية مكتبة رقمية جديدة في وسط المدينة.'], folder);
    expect(splitTags('المكتبة الرقمية', indefinite, folder)).toEqual(['المكتبة الرقمية']);
    expect(splitTags('المكتبة الرقمية المدينة', indefinite, folder)).toEqual(['المكتبة الرقمية', 'المدينة']);
  });

  it('never starts a tag with a clitic, and never ends one on a dangling preposition', () => {
    expect(split('الأمين العام لمنظمة التعاون الإسلامي العمل الجماعي لدعم القضية الفلسطينية منظمة التعاون الإسلامي')).toEqual([
      'الأمين العام لمنظمة التعاون الإسلامي',
      'العمل الجماعي لدعم القضية الفلسطينية',
      'منظمة التعاون الإسلامي',
    ]);
  });

  it('cuts link texts saved with no space between them after a letter that only ends a word (ة, ى)', () => {
    expect(split('الروايةالأدب العربي')).toEqual(['الرواية', 'الأدب العربي']);
    expect(split('الصحة العامةمستشفى الجنوب')).toEqual(['الصحة العامة', 'مستشفى الجنوب']);
    expect(split('موسيقىالتراث')).toEqual(['موسيقى', 'التراث']);
    expect(split('الروايةُالأدب العربي')).toEqual(['الروايةُ', 'الأدب العربي']);
    // In the search profile ة is folded to ه: the cut is found in the value as written.
    expect(splitTags('الروايهالادب العربي', story, folder, 'الروايةالأدب العربي')).toEqual(['الروايه', 'الادب العربي']);
  });

  it('returns nothing for an empty value', () => {
    expect(split('  ')).toEqual([]);
  });
});

describe('link texts run together before an article', () => {
  it('cuts a token before an article inside it when every piece is a word of the story', () => {
    expect(split('العملالجماعي')).toEqual(['العمل', 'الجماعي']);
    expect(split('المزارعينالأمن الغذائي')).toEqual(['المزارعين', 'الأمن الغذائي']);
  });

  it('leaves a token whole when a piece is no word of the story, or the article sits inside a word', () => {
    expect(split('مصرالسودان')).toEqual(['مصرالسودان']);
    const written = StoryIndex.ofTexts(['وسعت الشركة المجالات التي تعمل فيها، ومنها المجال الصحي والمجال الزراعي.'], folder);
    expect(splitTags('المجالات', written, folder)).toEqual(['المجالات']);
  });

  it('leaves a token whole when the story writes it as one word, even if its pieces are words of the story too', () => {
    const both = StoryIndex.ofTexts(['أطلق فريق العملالجماعي مبادرة جديدة، وأكد أن العمل الجماعي أساس النجاح.'], folder);
    expect(splitTags('العملالجماعي', both, folder)).toEqual(['العملالجماعي']);
  });
});

describe('a tag label whose last word runs into the first tag', () => {
  const parser = new Parser();
  const page = (line: string) =>
    ['الحكومة تعلن خطة لخفض أسعار الأدوية الأساسية', 'أعلنت الحكومة اليوم خطة لخفض أسعار الأدوية الأساسية عبر دعم المصانع المحلية، بحسب وزارة الصحة.', line].join('\n');

  it('is a tag line, in every profile, its tags glued or not', () => {
    for (const line of ['كلمات مفتاحيةالحكومةالأدويةوزارة الصحة', 'كلمات دلاليةالحكومة الأدوية وزارة الصحة']) {
      for (const normalize of ['clean', 'none'] as const) {
        const a = new Parser({ normalize }).parse(page(line));
        expect(a.tags, `${line} (${normalize})`).toEqual(['الحكومة', 'الأدوية', 'وزارة الصحة']);
        expect(a.body).toHaveLength(1);
      }
    }
  });

  it('is no tag line when it ends a sentence', () => {
    expect(parser.parse(page('كلمات دلاليةكثيرة قالها الوزير في خطابه.')).tags).toEqual([]);
  });
});

describe('hashtags under their borrowed name', () => {
  const parser = new Parser();
  const page = (line: string) =>
    ['الحكومة تعلن خطة لخفض أسعار الأدوية الأساسية', 'أعلنت الحكومة اليوم خطة لخفض أسعار الأدوية الأساسية عبر دعم المصانع المحلية، بحسب وزارة الصحة.', line].join('\n');

  it('are tags when a hashtag follows the label, with no separator between', () => {
    expect(parser.parse(page('هاشتاغ #الحكومة #الأدوية #وزارة_الصحة')).tags).toEqual(['الحكومة', 'الأدوية', 'وزارة الصحة']);
  });

  it('are no tags when the word opens a sentence', () => {
    const a = parser.parse(page('هاشتاغ جديد يجتاح مواقع التواصل الاجتماعي بعد القرار'));
    expect(a.tags).toEqual([]);
    expect(a.body).toHaveLength(2);
  });
});
