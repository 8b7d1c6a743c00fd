import { describe, expect, it } from 'vitest';
import { checkRows, ofFamily, serious } from './helpers.js';

describe('number rule', () => {
  it('stays silent when scales and number words are normalized', () => {
    expect(serious(checkRows('hi', 'en', [['सरकार ने 4.5 लाख करोड़ रुपये के पैकेज की घोषणा की।', 'The government announced a package of Rs 4.5 trillion.']]))).toEqual([]);
    expect(serious(checkRows('zh', 'en', [['该项目投资约4.5亿元。', 'The project involves an investment of about 450 million yuan.']]))).toEqual([]);
    expect(serious(checkRows('hi', 'en', [['समझौते पर सात देशों ने हस्ताक्षर किए।', 'Seven countries signed the agreement.']]))).toEqual([]);
  });

  it('names a value that is off by a power of ten, with both normalized values', () => {
    const [f] = ofFamily(checkRows('zh', 'en', [['该项目投资约4.5亿元。', 'The project involves an investment of about 4.5 billion yuan.']]), 'number');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('450,000,000');
    expect(f?.message).toContain('4,500,000,000');
    expect(f?.message).toMatch(/power of ten/);
  });

  it('reports a changed number word as a conflict', () => {
    const [f] = ofFamily(checkRows('hi', 'en', [['समझौते पर सात देशों ने हस्ताक्षर किए।', 'Nine countries signed the agreement.']]), 'number');
    expect(f?.severity).toBe('error');
    expect(f?.values).toEqual({ src: '7', tgt: '9' });
  });

  it('recognizes a Buddhist-Era year left unconverted', () => {
    const [f] = ofFamily(checkRows('th', 'en', [['ในปี 2566 มีนักท่องเที่ยว 28 ล้านคน', 'In 2566 there were 28 million tourists.']]), 'number');
    expect(f?.message).toMatch(/Buddhist-Era/);
    expect(f?.message).toContain('2023');
  });

  it('reports a number missing from the translation', () => {
    const found = ofFamily(checkRows('en', 'hi', [['The firm signed eight agreements and hired 300 engineers.', 'फर्म ने आठ समझौतों पर हस्ताक्षर किए।']]), 'number');
    expect(found.map((f) => f.values?.src)).toContain('300');
  });

  it('reads a date split in two pieces as the one date of the other side', () => {
    expect(serious(checkRows('th', 'en', [['เมื่อวันที่ 19 เมษายน 2564 Tencent เสนอกลยุทธ์', 'On 19 April 2021, Tencent put forward its strategy.']])).filter((f) => f.family === 'number')).toEqual([]);
  });
});
