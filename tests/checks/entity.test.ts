import { describe, expect, it } from 'vitest';
import { checkRows, ofFamily } from './helpers.js';

describe('entity rule', () => {
  it('matches transliterated names, aliases and spelled-out acronyms', () => {
    expect(ofFamily(checkRows('hi', 'en', [['अलीबाबा क्लाउड ने 20 प्रतिशत की वृद्धि दर्ज की।', 'Alibaba Cloud recorded 20 percent growth.']]), 'entity')).toEqual([]);
    expect(ofFamily(checkRows('en', 'hi', [['Alibaba and SPIC have the same vision.', 'अलीबाबा और एसपीआईसी के पास एक ही दृष्टि है।']]), 'entity')).toEqual([]);
    expect(ofFamily(checkRows('hi', 'en', [['टाटा पावर ने नया संयंत्र खोला।', 'Tata Power opened a new plant.']]), 'entity')).toEqual([]);
  });

  it('reports a substituted name as one finding', () => {
    const found = ofFamily(checkRows('vi', 'en', [['Tencent hợp tác với CarbFix để thử nghiệm công nghệ lưu trữ CO2.', 'Alibaba is working with CarbFix to test CO2 storage technology.']]), 'entity');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('“Tencent” → “Alibaba”');
  });

  it('reports a partly changed name', () => {
    const found = ofFamily(
      checkRows('en', 'hi', [['Daniel Zhang, Chairman and CEO of Alibaba Group, spoke of the deal.', 'अलीबाबा समूह के अध्यक्ष झांग योंग ने सौदे के बारे में कहा।']]),
      'entity',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/“Daniel” missing/);
    expect(found[0]?.message).toMatch(/Yong/);
  });
});
