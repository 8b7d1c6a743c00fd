import { describe, expect, it } from 'vitest';
import { checkRows, ofFamily } from './helpers.js';

describe('term rule', () => {
  it('flags a key term with no translation', () => {
    const [f] = ofFamily(checkRows('en', 'hi', [['China announced its carbon peak and carbon neutrality goals.', 'चीन ने अपने कार्बन तटस्थता लक्ष्यों की घोषणा की।']]), 'term');
    expect(f?.message).toContain('“peak”');
  });

  it('is silent when every term is translated', () => {
    expect(ofFamily(checkRows('en', 'zh', [['Alibaba will achieve carbon neutrality by 2030.', '阿里巴巴将在2030年前实现碳中和。']]), 'term')).toEqual([]);
  });
});

describe('temporal rule', () => {
  it('flags "by 2030" rendered as "in 2030"', () => {
    const [f] = ofFamily(checkRows('en', 'vi', [['The company will be carbon neutral by 2030.', 'Công ty sẽ trung hòa carbon vào năm 2030.']]), 'temporal');
    expect(f?.message).toContain('2030');
  });

  it('accepts the same deadline in another language', () => {
    expect(ofFamily(checkRows('hi', 'en', [['यह संयंत्र २०२६ तक तैयार हो जाएगा।', 'The plant will be ready by 2026.']]), 'temporal')).toEqual([]);
    expect(ofFamily(checkRows('zh', 'en', [['阿里巴巴将在2030年前实现碳中和。', 'Alibaba will achieve carbon neutrality by 2030.']]), 'temporal')).toEqual([]);
  });
});

describe('untranslated rule', () => {
  it('flags a target that is still the source', () => {
    const found = ofFamily(checkRows('hi', 'en', [['कंपनी के 12,000 कर्मचारी हैं।', 'कंपनी के 12,000 कर्मचारी हैं।']]), 'untranslated');
    expect(found).toHaveLength(1);
  });
});
