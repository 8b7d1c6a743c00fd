// Chinese. Sections are owned by the stage that reads them; keep each section's data together.
import type { LanguagePack } from './pack.js';

// --- number-word grammar (facts) ---
// Chinese numbers: digits times 十/百/千 inside a section, sections times 万 (1e4), 亿 (1e8), 兆 (1e12); a big unit
// multiplies every smaller part before it (一万亿 = 1e12, 四千零五万 = 40,050,000). 零 marks a skipped place
// (一百零五 = 105); a digit right after a unit of 100 or more is one place lower (两千四百五 = 2450, 九万四 = 94,000).
const ZH_DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '叄': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
const ZH_PLACES: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1e3, '仟': 1e3 };
/** 廿 20, 卅 30, 卌 40: a digit and 十 in one character. */
const ZH_TENS: Record<string, number> = { '廿': 20, '卅': 30, '卌': 40 };
const ZH_BIG: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };
const ZH_POINT = new Set(['点', '點']);
/** Minutes after the hour's 点: a positional number (二十, 四十五) and 分, never a run of decimal digits. */
const CLOCK_MINUTES = /^[一二三四五]?十[一二三四五六七八九]?分(?!之)/;
/** 三千多 / 五百余 / 十几 / 十来: "-odd", read as the round number. */
const ZH_APPROX = new Set(['多', '余', '餘', '几', '幾', '来', '來']);
/** Characters that may follow a lone digit word: measure words, units, currencies (三家 three firms, 一吨). */
const ZH_COUNTED = new Set([
  ...'个個家项項次名位种種批座台臺条條份件部架辆輛艘只隻头頭匹张張本篇首句层層倍成岁歲天日月周週年季期届屆轮輪场場步米吨噸斤克升元圆圓块塊角人国國省市县縣区區所间間栋棟幅处處股笔筆支枚颗顆粒类類组組套对對双雙打度瓦公美港欧歐英摄攝平立秒小多余餘半大',
]);
/** After 兆 or 千 these make a unit prefix (兆瓦 MW, 千瓦 kW), not a scale. */
const ZH_UNIT_AFTER_PREFIX = new Set([...'瓦赫帕焦字']);

interface ZhNumber { value: number; end: number; scale?: number; approximate?: boolean; kinds: string }

const isZhSpace = (c: string) => c === ' ' || c === '\u3000' || c === '\t' || c === '\u00a0';
/** 分之 (with the spaces some texts put around it) at `at`: the end of the match, or -1. */
function fenZhi(text: string, at: number): number {
  const m = /^\s*分\s*之\s*/.exec(text.slice(at, at + 12));
  return m ? at + m[0].length : -1;
}

/** The numerator after 分之: Chinese numerals or digits (一百分之2). */
function zhNumerator(text: string, at: number): { value: number; end: number } | null {
  const digits = /^[0-9]+(?:\.[0-9]+)?/.exec(text.slice(at, at + 24));
  if (digits) return { value: Number(digits[0]), end: at + digits[0].length };
  const n = zhNumber(text, at, false);
  return n && !n.kinds.includes('/') ? n : null;
}

/**
 * A Chinese number from `at`, or null; `kinds` lists what was read (d digit, p place, b big unit, . decimals,
 * ~ approximation, / fraction, h half). Single spaces between the parts are allowed (两千 四 百 五).
 */
function zhNumber(text: string, at: number, mixed = true): ZhNumber | null {
  // 二〇二二 / 一九九八: a run of three or more digit characters is read digit by digit (years, codes).
  let run = '';
  for (let i = at; i < text.length && ZH_DIGITS[text[i]!] !== undefined && text[i] !== '两' && text[i] !== '兩'; i++) {
    run += String(ZH_DIGITS[text[i]!]);
  }
  if (run.length >= 3 || (run.length === 2 && text[at + 2] === '年')) {
    return { value: Number(run), end: at + run.length, kinds: 'd'.repeat(run.length) };
  }
  // 一半 (a half), 半个月 (half a month); 半导体 (semiconductor) is a word.
  if (text[at] === '半' || (text[at] === '一' && text[at + 1] === '半')) {
    const end = text[at] === '半' ? at + 1 : at + 2;
    return text[at] === '一' || ZH_COUNTED.has(text[end] ?? '') ? { value: 0.5, end, kinds: 'h' } : null;
  }
  const parts: { value: number; mag: number; mult: number }[] = [];
  let section = 0;
  let pending: number | null = null;
  let fraction = 0;
  let lastPlace = Infinity;
  let lastUnit = 0;
  let afterZero = false;
  let abbreviated = false; // the pending digit came right after a unit of 100 or more (两千四百五)
  let approximate = false;
  let kinds = '';
  let best: ZhNumber | null = null;
  let pos = at;
  const tail = () => (pending === null ? 0 : abbreviated ? (pending * lastUnit) / 10 : pending);
  const value = () => parts.reduce((s, p) => s + p.value, 0) + section + tail() + fraction;
  const record = (end: number, kind: string) => {
    pos = end;
    kinds += kind;
    const scale = parts.length ? parts[0]!.mult : undefined;
    best = { value: value(), end, kinds, ...(scale ? { scale } : {}), ...(approximate ? { approximate } : {}) };
  };
  while (pos < text.length) {
    let c = text[pos]!;
    if (isZhSpace(c) && kinds !== '') {
      let q = pos;
      while (q < text.length && isZhSpace(text[q]!)) q++;
      const d = text[q] ?? '';
      const numeric = ZH_DIGITS[d] !== undefined || ZH_PLACES[d] !== undefined || ZH_BIG[d] !== undefined || ZH_APPROX.has(d);
      if (q - pos > 2 || !(numeric || d === '分' || d === '又')) break;
      pos = q;
      c = d;
    }
    const next = text[pos + 1] ?? '';
    if (ZH_DIGITS[c] !== undefined) {
      const d = ZH_DIGITS[c]!;
      if (pending !== null || fraction || kinds.endsWith('~')) break;
      if (d === 0) {
        if (kinds === '') { pending = 0; record(pos + 1, 'd'); continue; }
        afterZero = true;
        pos++;
        continue;
      }
      abbreviated = !afterZero && lastUnit >= 100 && kinds.endsWith(lastUnit >= 1e4 ? 'b' : 'p');
      pending = d;
      record(pos + 1, 'd');
    } else if (ZH_TENS[c] !== undefined) {
      if (pending !== null || fraction || lastPlace <= 10 || kinds.endsWith('~')) break;
      section += ZH_TENS[c]!;
      lastPlace = 10;
      lastUnit = 10;
      afterZero = false;
      record(pos + 1, 'p');
    } else if (ZH_PLACES[c] !== undefined) {
      const place = ZH_PLACES[c]!;
      if (fraction || place >= lastPlace || pending === 0 || kinds.endsWith('~')) break;
      if (place === 1e3 && ZH_UNIT_AFTER_PREFIX.has(next)) break;
      // 三百分之一: 百 here is the denominator's place, 分之 follows.
      if (place === 100 && fenZhi(text, pos + 1) > 0 && kinds === '') break;
      // An implicit one: 十 anywhere (十五, 一百十), 百/千 only at the start (百万 = 1e6).
      if (pending === null && place !== 10 && kinds !== '') break;
      section += (pending ?? 1) * place;
      pending = null;
      abbreviated = false;
      lastPlace = place;
      lastUnit = place;
      afterZero = false;
      record(pos + 1, 'p');
    } else if (ZH_BIG[c] !== undefined) {
      const big = ZH_BIG[c]!;
      if (big === 1e12 && ZH_UNIT_AFTER_PREFIX.has(next)) break;
      // 百二萬 = 120万: a trailing digit is one place lower only before a unit bigger than the one before it
      // (亿四万 is 4万, not 4千万).
      let sum = section + (abbreviated && big > lastUnit ? tail() : pending ?? 0) + fraction;
      let mult = 1;
      while (parts.length && parts[parts.length - 1]!.mag < big) {
        const p = parts.pop()!;
        sum += p.value;
        mult = Math.max(mult, p.mult);
      }
      if (sum === 0) {
        // 萬萬 = 1e8 (an older way to say 亿).
        const last = parts[parts.length - 1];
        if (!last || !kinds.endsWith('b')) break;
        last.value *= big;
        last.mult *= big;
        record(pos + 1, 'b');
        continue;
      }
      parts.push({ value: sum * big, mag: big, mult: mult * big });
      section = 0;
      pending = null;
      fraction = 0;
      abbreviated = false;
      lastPlace = Infinity;
      lastUnit = big;
      afterZero = false;
      record(pos + 1, 'b');
    } else if (ZH_POINT.has(c)) {
      if (kinds === '' || fraction || abbreviated || !/[dp]$/.test(kinds)) break;
      // 十一点二十分: decimals are read digit by digit, so a 十 after the point makes it the hour word of a clock time.
      if (CLOCK_MINUTES.test(text.slice(pos + 1, pos + 6))) break;
      let digits = '';
      let p = pos + 1;
      while (ZH_DIGITS[text[p] ?? ''] !== undefined && text[p] !== '两') digits += String(ZH_DIGITS[text[p++]!]);
      if (!digits) break;
      fraction = Number(`0.${digits}`);
      record(p, '.');
    } else if (ZH_APPROX.has(c)) {
      // 三千多 = 3000-odd, 三百多万 = 3 million-odd: read as the round number, marked approximate.
      if (pending !== null || lastUnit < 10 || kinds.endsWith('~')) break;
      approximate = true;
      record(pos + 1, '~');
      if (ZH_BIG[text[pos] ?? ''] === undefined) break;
    } else if (c === '又' && mixed && kinds !== '') {
      // 三又三分之一 = 3 1/3.
      let q = pos + 1;
      while (isZhSpace(text[q] ?? '')) q++;
      const f = zhNumber(text, q, false);
      if (f && f.kinds.includes('/')) best = { ...f, value: value() + f.value, kinds: kinds + '/' };
      break;
    } else if (c === '分' && kinds !== '') {
      // 三分之一 = 1/3: the denominator comes first.
      const z = fenZhi(text, pos);
      const numerator = z > 0 ? zhNumerator(text, z) : null;
      const denominator = value();
      if (numerator && denominator) best = { value: numerator.value / denominator, end: numerator.end, kinds: kinds + '/' };
      break;
    } else if ((c === '个' || c === '個') && next === '半' && kinds !== '' && pending !== null) {
      // 一个半小时 = 1.5 hours.
      fraction += 0.5;
      record(pos + 2, 'h');
      break;
    } else {
      break;
    }
  }
  return best;
}

/** 一 inside a word: 统一 unify, 唯一 only, 同一 same, 单一 single, 逐一 one by one, 专一, 划一, 万一 in case. */
const ZH_WORD_BEFORE_ONE = new Set([...'统統唯同单單逐专專划劃万萬上下另前']);
/** Financial numerals are also common words (陆 land, 伍 a surname): alone they need a non-Chinese neighbour. */
const ZH_FINANCIAL = new Set([...'壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟']);
/** 周一 (Monday), 星期二, 礼拜三: weekdays, not numbers. */
const ZH_WEEKDAY_BEFORE = new Set([...'周週期拜']);

/**
 * The facts engine calls this at every position of a Chinese run. `null` leaves the position to the lexicon
 * (units, currencies, 年/月/日, 百分之, a scale after digits: 3.2 万), `false` vetoes a digit character that is
 * part of a word (一些, 二氧化碳).
 */
function readChineseNumber(text: string, at: number): { value: number; end: number; scale?: number; ordinal?: boolean; approximate?: boolean } | false | null {
  const c = text[at]!;
  // 百分之三十 is a percent, read by the percent prefix.
  if ((c === '百' || c === '千') && text.startsWith('分之', at + 1)) return null;
  if (ZH_BIG[c] !== undefined) return null;
  const digitHere = ZH_DIGITS[c] !== undefined || ZH_PLACES[c] !== undefined || ZH_TENS[c] !== undefined || c === '半';
  if (!digitHere) return null;
  // 5 百万: the scale of the digits before it.
  if (ZH_PLACES[c] !== undefined && /[0-9]\s*$/.test(text.slice(Math.max(0, at - 3), at))) return null;
  const n = zhNumber(text, at);
  if (!n) return false;
  const after = text[n.end] ?? '';
  // A lone digit word, 十 or a bare 百万/千万 stands for a number only before a measure word, a unit or a
  // non-Chinese character: 一些 (some), 二氧化碳 (CO2), 四川, 十分 (very), 千万 (by all means) are words.
  const lone = /^[dp]$/.test(n.kinds) || (ZH_PLACES[c] !== undefined && c !== '十' && c !== '拾');
  // After 第 every number is an ordinal (第一大 the largest); after 分之 a numerator (百分之百).
  if (lone && text[at - 1] !== '第' && !text.slice(Math.max(0, at - 2), at).endsWith('分之')) {
    // 百度, 千年: a bare 百/千 needs a digit (百二 = 120) or a big unit (百万) after it.
    if (ZH_PLACES[c] !== undefined && c !== '十' && c !== '拾' && n.kinds === 'p') return false;
    const counted = ZH_COUNTED.has(after) || !/[\u3400-\u9fff\uf900-\ufaff]/.test(after)
      || ['千瓦', '千米', '千克', '兆瓦'].some((u) => text.startsWith(u, n.end))
      || (ZH_DIGITS[after] !== undefined && ZH_COUNTED.has(text[n.end + 1] ?? '')) // 三四个: three or four
      || (ZH_POINT.has(after) && CLOCK_MINUTES.test(text.slice(n.end + 1, n.end + 6))); // 十点二十分: an hour
    if (!counted) return false;
    if (c === '一' && ZH_WORD_BEFORE_ONE.has(text[at - 1] ?? '')) return false;
    if (ZH_WEEKDAY_BEFORE.has(text[at - 1] ?? '')) return false;
    if (ZH_FINANCIAL.has(c) && /[\u3400-\u9fff\uf900-\ufaff]/.test(after + (text[at - 1] ?? ''))) return false;
    // 一度 "once, at one time"; 一度电 is one kWh.
    if (c === '一' && after === '度' && text[n.end + 1] !== '电' && text[n.end + 1] !== '電') return false;
    // A lone 一 is as often "a" (一种, 一个) as the number: the lexicon reads it and marks it ambiguous.
    if (c === '一' && n.value === 1) return null;
    if (c === '十' && after === '分' && !text.startsWith('钟', n.end + 1) && !text.startsWith('鐘', n.end + 1)) return false;
  }
  return { value: n.value, end: n.end, ...(n.scale ? { scale: n.scale } : {}), ...(n.approximate ? { approximate: true } : {}) };
}

const zh: LanguagePack = {
  code: 'zh',
  name: 'Chinese',

  // --- sentences (segmentation) ---
  sentence: {
    // Full-width terminators need no following space; ASCII ones appear in mixed text.
    terminators: '。！？｡．.!?…',
    abbreviations: [],
  },

  // --- numbers, units, currencies, months (facts) ---
  numbers: {
    decimalSeparator: '.',
    groupSeparators: [','],
    // After digits: 3.2万 = 32,000, 15亿 = 1.5e9, 4.78万亿 = 4.78e12. 兆 is left out: after digits it is the
    // unit prefix mega- (100兆瓦 = 100 MW).
    scaleWords: {
      '十': 10, '百': 100, '千': 1e3, '万': 1e4, '萬': 1e4, '十万': 1e5, '百万': 1e6, '千万': 1e7, '亿': 1e8, '億': 1e8,
      '十亿': 1e9, '百亿': 1e10, '千亿': 1e11, '万亿': 1e12, '萬億': 1e12, '万万': 1e8, '萬萬': 1e8,
      // A dozen: 一打 = 12. (双/对 "pair" stay measure words: 两双鞋 is "two pairs", as a translation says.)
      '打': 12, k: 1e3,
    },
    numberWords: { ...ZH_DIGITS, '十': 10, '拾': 10, ...ZH_TENS, '半': 0.5 },
    readNumberWords: readChineseNumber,
    noWordBoundaries: true,
    decimalWords: ['点', '點'],
    negativeWords: ['负', '負'],
    // ３分之一 after digits (the denominator first), 3又三分之一 (a whole number and a fraction): read by the facts engine.
    reverseDivisionWords: ['分之', '分 之'],
    joinWords: ['又'],
    // 三千多人, 300多万吨, 20余个: "-odd" between the number and its scale or unit.
    approximateWords: ['多', '余', '餘', '几', '幾', '来', '來'],
    // 约300万, 超过3万: before the number.
    approximatePrefixes: ['约', '約', '大约', '大約', '超过', '超過', '逾', '将近', '將近', '接近', '至少'],
    // 11 点 20 分 is a clock time, not 11.2.
    clockWords: { hour: ['点', '點', '时', '時'], minute: ['分'] },
    ordinalPrefixes: ['第'],
    ordinalWords: {},
    percentWords: ['%', '个百分点', '個百分點'],
    percentPrefixes: ['百分之'],
    currencies: {
      '元': 'CNY', '人民币': 'CNY', '人民幣': 'CNY', '块钱': 'CNY', '¥': 'CNY', '￥': 'CNY', 'rmb': 'CNY', 'cny': 'CNY',
      '美元': 'USD', '美金': 'USD', 'usd': 'USD', '$': 'USD', '港元': 'HKD', '港币': 'HKD', '港幣': 'HKD', '欧元': 'EUR',
      '歐元': 'EUR', '日元': 'JPY', '英镑': 'GBP', '英鎊': 'GBP', '泰铢': 'THB', '泰銖': 'THB', '越南盾': 'VND',
      '卢比': 'INR', '盧比': 'INR', '韩元': 'KRW', '韓元': 'KRW',
    },
    units: {
      '吨': 'ton', '噸': 'ton', '千瓦时': 'kWh', '千瓦時': 'kWh', '度': 'kWh', 'kwh': 'kWh', '兆瓦时': 'MWh', '兆瓦時': 'MWh',
      '兆瓦': 'MW', 'mw': 'MW', '吉瓦': 'GW', 'gw': 'GW', '千瓦': 'kW', 'kw': 'kW', '瓦': 'W', '摄氏度': '°C', '攝氏度': '°C',
      '℃': '°C', '°c': '°C', '公里': 'km', '千米': 'km', 'km': 'km', '米': 'm', '公斤': 'kg', '千克': 'kg', '人': 'person',
      '名': 'person', '位': 'person',
      // 三十年 = thirty years; 2030年 stays a year (the facts engine reads a plausible year before 年 as a year).
      '年': 'year',
    },
    months: {
      '一月': 1, '二月': 2, '三月': 3, '四月': 4, '五月': 5, '六月': 6, '七月': 7, '八月': 8, '九月': 9, '十月': 10,
      '十一月': 11, '十二月': 12,
    },
    dayFirst: false,
    // 2022年12月19日, 12月19日, 2030年.
    dateMarkers: { year: { after: ['年'] }, month: { after: ['月'] }, day: { after: ['日', '号', '號'] } },
  },

  // --- calendar (facts) ---
  calendar: {},

  // --- temporal relations of years and dates (checks) ---
  temporal: {
    at: { before: ['在', '于', '於', '到了'], after: ['年底', '底', '年初', '初', '年中', '时', '年时', '期间'] },
    by: { before: ['到', '至', '截至', '截止到', '截止', '最迟在', '最晚在', '不晚于', '最迟于', '最晚于'], after: ['前', '年前', '之前', '年之前', '以前', '年以前', '底前', '年底前', '年底之前'] },
    since: { before: ['自', '从', '自从', '自打'], after: ['起', '年起', '以来', '年以来', '开始', '年开始'] },
    after: { before: ['继'], after: ['后', '年后', '之后', '年之后', '以后', '年以后'] },
  },
  // 截至|今年|6月底: "this year" between the marker and the month does not change the relation
  relativeYears: ['今年', '明年', '去年', '当年', '同年', '本年', '次年', '前年', '后年'],

  // --- domain glossary (checks: term) ---
  terms: {
    peak: ['达峰', '峰值', '碳达峰', '高峰', '顶峰', '达到峰值'],
    'carbon-neutrality': ['碳中和', '碳中性', '气候中和'],
    'net-zero': ['净零', '净零排放', '净排放为零', 'net zero'],
    emissions: ['排放', '排放量', '排出'],
    'greenhouse-gas': ['温室气体'],
    'carbon-dioxide': ['二氧化碳', 'co2', 'co₂'],
    'scope-1': ['范围1', '范围一', '范围 1', 'scope 1'],
    'scope-2': ['范围2', '范围二', '范围 2', 'scope 2'],
    'scope-3': ['范围3', '范围三', '范围 3', 'scope 3'],
    renewable: ['可再生', '再生能源', '绿色能源', '绿电'],
    photovoltaic: ['光伏', '太阳能'],
    solar: ['太阳能', '光伏'],
    'wind-power': ['风电', '风能', '风力', '风机'],
    hydropower: ['水电', '水力发电', '水能'],
    nuclear: ['核电', '核能', '核动力', '核电站', '核武', '核反应'],
    'value-chain': ['价值链'],
    'supply-chain': ['供应链'],
    'climate-change': ['气候变化', '气候变暖', '全球变暖'],
    'fossil-fuel': ['化石燃料', '化石能源'],
    coal: ['煤', '煤炭'],
    'electric-vehicle': ['电动汽车', '电动车', '新能源汽车', '新能源车', '电车'],
    'carbon-reduction': ['减碳', '减排', '降碳', '脱碳', '碳减排', '降低碳排放', '减少碳排放', '减少排放'],
    'new-energy': ['新能源'],
    'data-center': ['数据中心'],
  },

  // --- entity aliases and letter names (checks: entity) ---
  aliases: {
    spic: ['国家电投', '国家电力投资集团', '国家电力投资集团有限公司', '国家电力投资公司'],
    alibaba: ['阿里巴巴', '阿里巴巴集团', '阿里'],
    'alibaba-cloud': ['阿里云'],
    tencent: ['腾讯'],
    baidu: ['百度'],
    huawei: ['华为'],
    byd: ['比亚迪'],
    catl: ['宁德时代'],
    'state-grid': ['国家电网', '国网'],
    sinopec: ['中国石化', '中石化'],
    petrochina: ['中国石油', '中石油'],
    'tata-power': ['塔塔电力'],
    reliance: ['信实工业', '信实'],
    adani: ['阿达尼'],
    vingroup: ['越南温集团'],
    china: ['中国', '我国', '中华人民共和国', '中方'],
    india: ['印度'],
    vietnam: ['越南'],
    thailand: ['泰国'],
    'united-states': ['美国', '美方'],
    japan: ['日本'],
    'united-kingdom': ['英国'],
    'european-union': ['欧盟'],
    'united-nations': ['联合国'],
    beijing: ['北京'],
    shanghai: ['上海'],
    hangzhou: ['杭州'],
    shenzhen: ['深圳'],
    'new-delhi': ['新德里'],
    mumbai: ['孟买'],
    hanoi: ['河内'],
    'ho-chi-minh-city': ['胡志明市'],
    bangkok: ['曼谷'],
    xinhua: ['新华社'],
    vna: ['越通社'],
    // frequent names in business and climate news (added by the checks red team)
    microsoft: ['微软'], google: ['谷歌'], amazon: ['亚马逊'], apple: ['苹果公司'], meta: ['脸书'], tesla: ['特斯拉'], samsung: ['三星'],
    toyota: ['丰田'], siemens: ['西门子'], jd: ['京东'], xiaomi: ['小米'], nio: ['蔚来'], geely: ['吉利'], bytedance: ['字节跳动'],
    'world-bank': ['世界银行', '世行'], imf: ['国际货币基金组织'], adb: ['亚洲开发银行', '亚行'],
    'narendra-modi': ['莫迪'], 'xi-jinping': ['习近平'], 'li-qiang': ['李强'], 'li-keqiang': ['李克强'], 'jack-ma': ['马云'], 'pony-ma': ['马化腾'],
    'mukesh-ambani': ['安巴尼'], 'elon-musk': ['马斯克'], 'da-nang': ['岘港'], 'chiang-mai': ['清迈'], phuket: ['普吉'], guangdong: ['广东'],
    'hong-kong': ['香港'], singapore: ['新加坡'], korea: ['韩国'], indonesia: ['印度尼西亚', '印尼'], malaysia: ['马来西亚'], germany: ['德国'],
    france: ['法国'], russia: ['俄罗斯'], australia: ['澳大利亚', '澳洲'], europe: ['欧洲'], davos: ['达沃斯'], hungary: ['匈牙利'], 'saudi-arabia': ['沙特', '沙特阿拉伯'],
    airbus: ['空客', '空中客车'], boeing: ['波音'], shell: ['壳牌'], exxonmobil: ['埃克森美孚', '埃克森'], softbank: ['软银'], apec: ['亚太经合组织', '亚太经合'], 'thai-airways': ['泰国航空', '泰航'], walmart: ['沃尔玛'], nvidia: ['英伟达'], foxconn: ['富士康', '鸿海'],
  },
  letterNames: {},
};

export default zh;
