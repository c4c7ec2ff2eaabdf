/** The assembler's header decisions: which line is the headline. */
import { describe, expect, it } from 'vitest';
import { Parser } from '../src/parse.js';

const parser = new Parser();
const PARAGRAPH = 'أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة للعام المقبل، بعجز يقل عن التوقعات السابقة بنحو نقطة مئوية، بفضل تحسن الإيرادات.';

describe('the headline', () => {
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
