// Vietnamese. Sections are owned by the stage that reads them; keep each section's data together.
import type { LanguagePack } from './pack.js';

// --- number-word grammar (facts) ---
// Vietnamese numbers are read in groups below a thousand ("bảy trăm hai mươi mốt") joined by scale words
// (nghìn/ngàn, triệu, tỷ); a scale multiplies every smaller group before it, so "nghìn tỷ" = 1e12.
/** A lookup table without a prototype: any word of the text ("constructor") may be looked up. */
const viTable = (o: Record<string, number>): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, o);
const VI_DIGITS = viTable({
  'không': 0, 'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
});
/** Units after mười/mươi: mốt, tư, lăm/nhăm replace một, bốn, năm there ("năm" after mươi means "years"). */
const VI_UNITS_AFTER_TENS = viTable({
  'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'lăm': 5, 'nhăm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
});
/** Colloquial tens after a scale: "một trăm hai" = 120, "ba nghìn tư" = 3400 (not năm: "trăm năm" = a hundred years). */
const VI_ABBREVIATED = viTable({
  'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
});
const VI_SCALES = viTable({ 'nghìn': 1e3, 'ngàn': 1e3, 'vạn': 1e4, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9 });
const VI_JOIN = new Set(['linh', 'lẻ']);
const VI_DECIMAL = new Set(['phẩy', 'chấm']);
/** Words around "năm" that make it "year", not five: "trong năm", "năm nay", "mỗi năm". */
const VI_YEAR_BEFORE = new Set([
  'trong', 'mỗi', 'hàng', 'hằng', 'cả', 'các', 'những', 'cuối', 'đầu', 'giữa', 'từ', 'đến', 'tới', 'vào', 'của', 'nhiều',
  'vài', 'mấy', 'suốt', 'qua', 'sang', 'năm', 'tháng', 'ngày', 'hơn', 'gần', 'khoảng', 'chục', 'trăm', 'nghìn', 'ngàn',
  'tuổi', 'kỷ', 'niên', 'tài', 'học', 'là', 'cùng', 'ấy',
]);
const VI_YEAR_AFTER = new Set([
  'nay', 'ngoái', 'tới', 'sau', 'trước', 'qua', 'đó', 'ấy', 'này', 'học', 'tài', 'mới', 'nào', 'kia', 'rồi', 'nữa', 'liền',
  'trời', 'tháng', 'âm', 'dương', 'ánh', 'kinh', 'kế', 'đầu', 'cuối', 'trong', 'của', 'thứ',
]);
/** Around "thứ hai … thứ bảy" these make a weekday (vào thứ Ba, thứ Hai tuần tới), not an ordinal. */
const VI_WEEKDAY_BEFORE = new Set(['vào', 'hôm', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'mỗi', 'các', 'từ', 'đến', 'tới', 'ngày']);
const VI_WEEKDAY_AFTER = new Set(['tuần', 'này', 'tới', 'vừa', 'hàng']);
/** "một" as an article or in fixed phrases: một số (some), một cách (-ly), một chút (a bit), một vài (a few). */
const VI_NOT_ONE_AFTER = new Set(['số', 'cách', 'chút', 'vài', 'mình', 'khi', 'thời', 'lúc', 'nỗi', 'ít']);

interface ViToken { word: string; start: number; end: number }

/** Words (letters, or a digit run) from `at`, separated by spaces only; stops at punctuation. */
function viTokens(text: string, at: number, max: number): ViToken[] {
  const out: ViToken[] = [];
  const re = /[\p{L}\p{M}]+|[0-9]+/uy;
  let i = at;
  while (out.length < max) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    out.push({ word: m[0].normalize('NFC'), start: i, end: i + m[0].length });
    i += m[0].length;
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
    if (j === i) break;
    i = j;
  }
  return out;
}

/** The word just before `at` (letters only), or '' at a boundary such as punctuation or a digit. */
function viWordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  let j = i;
  while (j > 0 && /[\p{L}\p{M}]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i).normalize('NFC');
}

/** 0–99 from tokens[i]: "mười lăm", "hai mươi mốt", "ba chục". */
function viTens(t: ViToken[], i: number): { value: number; next: number } | null {
  const w = t[i]?.word;
  if (w === 'mười') {
    const u = VI_UNITS_AFTER_TENS[t[i + 1]?.word ?? ''];
    return u !== undefined && t[i + 1]!.word !== 'mốt' ? { value: 10 + u, next: i + 2 } : { value: 10, next: i + 1 };
  }
  const d = VI_DIGITS[w ?? ''];
  if (d !== undefined && d >= 1 && (t[i + 1]?.word === 'mươi' || t[i + 1]?.word === 'chục')) {
    if (t[i + 1]!.word === 'chục') return { value: d * 10, next: i + 2 };
    const u = VI_UNITS_AFTER_TENS[t[i + 2]?.word ?? ''];
    // "hai mươi ba trăm" is not a number; stop before a unit that starts its own hundreds.
    if (u !== undefined && t[i + 3]?.word !== 'trăm' && t[i + 3]?.word !== 'mươi') return { value: d * 10 + u, next: i + 3 };
    return { value: d * 10, next: i + 2 };
  }
  return null;
}

/** 0–999 from tokens[i] (a group before a scale word). */
function viGroup(t: ViToken[], i: number, afterScale: boolean): { value: number; next: number } | null {
  const w = t[i]?.word ?? '';
  const d = VI_DIGITS[w];
  if (d !== undefined && t[i + 1]?.word === 'trăm') {
    let value = d * 100;
    let next = i + 2;
    const n = t[next]?.word ?? '';
    const tens = viTens(t, next);
    if (VI_JOIN.has(n) && VI_DIGITS[t[next + 1]?.word ?? ''] !== undefined) {
      value += VI_DIGITS[t[next + 1]!.word]!;
      next += 2;
    } else if (tens) {
      value += tens.value;
      next = tens.next;
    } else if (n === 'rưỡi' || n === 'rưởi') {
      value += 50;
      next++;
    } else if (VI_ABBREVIATED[n] !== undefined && !viContinues(t, next + 1)) {
      value += VI_ABBREVIATED[n]! * 10;
      next++;
    }
    return { value, next };
  }
  // "một nghìn linh năm" = 1005: a joined unit right after a scale.
  if (afterScale && VI_JOIN.has(w) && VI_DIGITS[t[i + 1]?.word ?? ''] !== undefined) {
    return { value: VI_DIGITS[t[i + 1]!.word]!, next: i + 2 };
  }
  const tens = viTens(t, i);
  if (tens) return tens;
  if (d !== undefined) return { value: d, next: i + 1 };
  return null;
}

/** The token at i would extend the number (a number word or scale). */
function viContinues(t: ViToken[], i: number): boolean {
  const w = t[i]?.word;
  return w !== undefined && (w in VI_DIGITS || w in VI_SCALES || w === 'mươi' || w === 'trăm' || w === 'mười' || w === 'chục');
}

/** Decimal digits after phẩy: "một phẩy năm" = .5, "ba phẩy mười bốn" = .14, "không phẩy không năm" = .05. */
function viFraction(t: ViToken[], i: number): { digits: string; next: number } | null {
  let digits = '';
  let j = i;
  while (j < t.length) {
    const w = t[j]!.word;
    if (/^[0-9]+$/.test(w)) { digits += w; j++; break; }
    if (w in VI_DIGITS && t[j + 1]?.word !== 'mươi' && t[j + 1]?.word !== 'trăm') { digits += String(VI_DIGITS[w]); j++; continue; }
    const g = viGroup(t, j, false);
    if (g) { digits += String(g.value); j = g.next; }
    break;
  }
  return digits ? { digits, next: j } : null;
}

/** A number written in words from tokens[0]; `value` may be fractional ("hai phẩy năm tỷ" = 2.5e9). */
function viNumber(t: ViToken[]): { value: number; next: number; scale?: number } | null {
  const parts: { value: number; mag: number; mult: number }[] = [];
  let i = 0;
  let lastScale = 0;
  for (;;) {
    const group = viGroup(t, i, parts.length > 0);
    let value = group?.value ?? 0;
    let j = group?.next ?? i;
    if (group && parts.length === 0 && VI_DECIMAL.has(t[j]?.word ?? '')) {
      const f = viFraction(t, j + 1);
      if (f) { value = Number(`${value}.${f.digits}`); j = f.next; }
    }
    const scale = VI_SCALES[t[j]?.word ?? ''];
    if (scale === undefined) {
      // After a scale a lone unit is not the ones digit ("ba nghìn năm" = three thousand years; 3005 is
      // "ba nghìn không trăm linh năm").
      if (group && parts.length > 0 && group.next === i + 1 && t[i]!.word in VI_DIGITS) break;
      if (group) parts.push({ value, mag: 1, mult: 1 });
      i = j;
      break;
    }
    if (!group && parts.length === 0) return null;
    // The scale multiplies this group and every smaller part before it ("một nghìn tỷ" = 1e12).
    let sum = value;
    let mult = 1;
    for (let k = parts.length - 1; k >= 0 && parts[k]!.mag < scale; k--) {
      sum += parts[k]!.value;
      mult = Math.max(mult, parts[k]!.mult);
      parts.pop();
    }
    if (sum === 0 && !group) break;
    parts.push({ value: sum * scale, mag: scale, mult: mult * scale });
    lastScale = scale;
    i = j + 1;
    const n = t[i]?.word ?? '';
    if (n === 'rưỡi' || n === 'rưởi') {
      parts.push({ value: scale / 2, mag: 1, mult: 1 });
      i++;
      break;
    }
    if (VI_ABBREVIATED[n] !== undefined && !viContinues(t, i + 1) && !VI_JOIN.has(n)) {
      parts.push({ value: (VI_ABBREVIATED[n]! * scale) / 10, mag: 1, mult: 1 });
      i++;
      break;
    }
    if (!viContinues(t, i) && !VI_JOIN.has(n)) break;
  }
  if (parts.length === 0) return null;
  const value = parts.reduce((s, p) => s + p.value, 0);
  const scale = lastScale >= 1e3 ? Math.max(...parts.map((p) => p.mult)) : undefined;
  return { value, next: i, ...(scale ? { scale } : {}) };
}

/** A word that is a number only inside a compound, never alone: tư (đầu tư), mốt, lăm, linh, lẻ, bare scales. */
const VI_NEVER_ALONE = new Set(['tư', 'mốt', 'lăm', 'nhăm', 'linh', 'lẻ', 'mươi', 'chục', 'trăm', 'rưỡi', 'rưởi', ...Object.keys(VI_SCALES)]);

/** Words a Vietnamese number phrase (or an ordinal) can start with. */
const VI_HEADS = new Set([...Object.keys(VI_DIGITS), 'mười', 'thứ', ...VI_NEVER_ALONE]);

/** The word at `at`, NFC, without a regular expression (this runs at every word of a sentence). */
function viHeadWord(text: string, at: number): string {
  let end = at;
  let marks = false;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c < 0x41 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0xc0) || (c >= 0x2000 && c < 0x2070) || c === 0xd7 || c === 0xf7) break;
    if (c >= 0x300 && c < 0x370) marks = true;
  }
  const w = text.slice(at, end);
  return marks ? w.normalize('NFC') : w;
}

/**
 * The facts engine calls this at every word that starts like a lexicon word. `null` leaves the word to the lexicon
 * (scales after digits: 1,5 tỷ; markers: năm 2030, tháng 10; units), `false` vetoes a number word.
 */
function readVietnameseNumber(text: string, at: number): { value: number; end: number; scale?: number; ordinal?: boolean } | false | null {
  // Most words are no number: look at the first one before reading a whole phrase.
  if (!VI_HEADS.has(viHeadWord(text, at))) return null;
  const t = viTokens(text, at, 16);
  const first = t[0]!;
  if (first.word === 'thứ') return readVietnameseOrdinal(text, t);
  // The digit word of a weekday that readVietnameseOrdinal turned down (vào thứ Ba).
  if (viWordBefore(text, at) === 'thứ') return false;
  if (VI_NEVER_ALONE.has(first.word)) return VI_SCALES[first.word] || ['mươi', 'chục', 'trăm'].includes(first.word) ? null : false;
  const n = viNumber(t);
  if (!n || n.next === 0) return false;
  if (n.next === 1) {
    // A lone digit word: keep the everyday meanings of không (not), năm (year) and một (a).
    const before = viWordBefore(text, at);
    const after = t[1]?.word ?? '';
    if (first.word === 'không' && (before !== '' || after !== '')) return false;
    if (first.word === 'năm') {
      // "năm" as year: false drops only its number reading, so it stays the year marker (năm 2030) and unit (15 năm).
      const year = /^[0-9]/.test(after) || VI_YEAR_AFTER.has(after) || VI_YEAR_BEFORE.has(before) || before in VI_DIGITS
        || before === 'mười' || before === 'mươi' || /[0-9]\s*$/.test(text.slice(Math.max(0, at - 4), at));
      if (year) return false;
    }
    if (first.word === 'một' && VI_NOT_ONE_AFTER.has(after)) return false;
    // A lone "một" is as often the article "a" as the number: the lexicon reads it and marks it ambiguous.
    if (first.word === 'một') return null;
  }
  return { value: n.value, end: t[n.next - 1]!.end, ...(n.scale ? { scale: n.scale } : {}) };
}

/** thứ nhất 1, thứ nhì 2, thứ tư 4, thứ ba 3, thứ 13; "mọi thứ" (everything) is no ordinal. */
function readVietnameseOrdinal(text: string, t: ViToken[]): { value: number; end: number; ordinal: true } | false | null {
  const w = t[1]?.word ?? '';
  const weekday = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy'].includes(w) && t[2]?.word !== 'mươi' && t[2]?.word !== 'trăm'
    && (VI_WEEKDAY_BEFORE.has(viWordBefore(text, t[0]!.start)) || VI_WEEKDAY_AFTER.has(t[2]?.word ?? ''));
  if (weekday) return false;
  if (/^[0-9]+$/.test(w)) return { value: Number(w), end: t[1]!.end, ordinal: true };
  const special: Record<string, number> = { 'nhất': 1, 'nhì': 2, 'tư': 4 };
  if (special[w] !== undefined) return { value: special[w]!, end: t[1]!.end, ordinal: true };
  const n = viNumber(t.slice(1));
  if (!n || n.next === 0) return null;
  return { value: n.value, end: t[n.next]!.end, ordinal: true };
}

const vi: LanguagePack = {
  code: 'vi',
  name: 'Vietnamese',

  // --- sentences (segmentation) ---
  sentence: {
    terminators: '.!?…',
    // v.v. (etc.) ends a sentence only before a capitalised word.
    abbreviations: ['v.v', 'vv', 'tr', 'ct', 'tnhh'],
    // Titles and place markers before a name or number: TP. (city), TS. (Dr.), GS. (Prof.), Q. (district), P. (ward).
    prefixAbbreviations: ['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'q', 'p', 'tt', 'ptt', 'số', 'mr', 'mrs', 'ms', 'dr'],
  },

  // --- numbers, units, currencies, months (facts) ---
  numbers: {
    // 1.200,5 = 1200.5 and 1,5 = 1.5; a dot groups only before exactly three digits (11.11 is a festival).
    decimalSeparator: ',',
    groupSeparators: ['.'],
    scaleWords: {
      'mươi': 10, 'chục': 10, 'trăm': 100, 'nghìn': 1e3, 'ngàn': 1e3, 'vạn': 1e4, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9,
      'nghìn tỷ': 1e12, 'ngàn tỷ': 1e12, 'nghìn tỉ': 1e12, 'ngàn tỉ': 1e12, 'triệu tỷ': 1e15, 'tá': 12,
      // 100k = 100 nghìn (prices, salaries).
      'k': 1e3,
    },
    // Only the words that can stand alone; tư, mốt and lăm are read by readVietnameseNumber inside compounds.
    numberWords: {
      'không': 0, 'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
      'mười': 10,
    },
    readNumberWords: readVietnameseNumber,
    joinWords: ['linh', 'lẻ'],
    // một phần ba = 1/3, hai phần ba = 2/3 (phần trăm, a longer match, stays the percent word)
    divisionWords: ['phần'],
    decimalWords: ['phẩy', 'chấm'],
    negativeWords: ['âm', 'trừ'],
    // hơn 3 triệu = more than 3 million (3e6, approximate); khoảng/chừng/gần/xấp xỉ: about, nearly.
    approximatePrefixes: ['hơn', 'trên', 'khoảng', 'chừng', 'gần', 'xấp xỉ', 'ước tính', 'tới hơn', 'ít nhất', 'dưới'],
    // ba trăm có lẻ, hai mươi mấy: "-odd" after the number.
    approximateWords: ['có lẻ', 'mấy'],
    // 11 giờ 20 phút is a clock time.
    clockWords: { hour: ['giờ'], minute: ['phút'] },
    // Ordinals after thứ (thứ 13, thứ ba) are read by readVietnameseNumber, which tells weekdays apart.
    ordinalWords: { 'thứ nhất': 1, 'thứ nhì': 2, 'thứ tư': 4 },
    percentWords: ['%', 'phần trăm'],
    currencies: {
      'đồng': 'VND', 'vnd': 'VND', 'vnđ': 'VND', 'đ': 'VND', 'usd': 'USD', 'us$': 'USD', '$': 'USD',
      'đô la mỹ': 'USD', 'đô-la mỹ': 'USD', 'đôla mỹ': 'USD', 'đô la': 'USD', 'đô-la': 'USD', 'đôla': 'USD',
      'nhân dân tệ': 'CNY', 'tệ': 'CNY', 'cny': 'CNY', 'rmb': 'CNY', 'yên nhật': 'JPY', 'yên': 'JPY', 'jpy': 'JPY',
      'euro': 'EUR', 'eur': 'EUR', '€': 'EUR', 'bảng anh': 'GBP', 'gbp': 'GBP', 'won': 'KRW', 'baht': 'THB', 'bạt': 'THB',
      'rupee': 'INR', 'rupi': 'INR', 'inr': 'INR', 'đô la hồng kông': 'HKD', 'đô la singapore': 'SGD',
    },
    units: {
      'tấn': 'ton', 'kwh': 'kWh', 'kw': 'kW', 'mwh': 'MWh', 'mw': 'MW', 'gw': 'GW', 'gwh': 'GWh', 'w': 'W', 'oát': 'W',
      'độ c': '°C', '°c': '°C', 'độ': '°', 'km': 'km', 'ki-lô-mét': 'km', 'kilômét': 'km', 'cây số': 'km', 'm': 'm',
      'mét': 'm', 'kg': 'kg', 'ki-lô-gam': 'kg', 'ha': 'ha', 'héc-ta': 'ha', 'hecta': 'ha', 'lít': 'L',
      'người': 'person', 'năm': 'year',
    },
    months: {
      'tháng giêng': 1, 'tháng một': 1, 'tháng hai': 2, 'tháng ba': 3, 'tháng tư': 4, 'tháng năm': 5, 'tháng sáu': 6,
      'tháng bảy': 7, 'tháng tám': 8, 'tháng chín': 9, 'tháng mười': 10, 'tháng mười một': 11, 'tháng mười hai': 12,
      'tháng chạp': 12,
    },
    dayFirst: true,
    // ngày 20 tháng 10 năm 2022; năm 2030; mùng/mồng 5 (days 1–10).
    dateMarkers: { day: { before: ['ngày', 'mùng', 'mồng'] }, month: { before: ['tháng'] }, year: { before: ['năm'] } },
  },

  // --- calendar (facts) ---
  calendar: {},

  // --- temporal relations of years and dates (checks) ---
  temporal: {
    at: { before: ['vào năm', 'trong năm', 'vào', 'hồi', 'vào cuối năm', 'cuối năm', 'đầu năm', 'vào đầu năm', 'giữa năm', 'vào giữa năm', 'vào ngày', 'tại thời điểm'] },
    by: { before: ['đến năm', 'tới năm', 'đến', 'tới', 'chậm nhất vào năm', 'chậm nhất là năm', 'chậm nhất vào', 'muộn nhất vào năm', 'không muộn hơn năm', 'trước hoặc vào năm', 'đến cuối năm', 'tới cuối năm', 'đến hết năm', 'tính đến năm', 'tính đến'] },
    until: { before: ['cho đến năm', 'cho tới năm', 'cho đến', 'cho tới', 'kéo dài đến năm'] },
    since: { before: ['từ năm', 'kể từ năm', 'từ', 'kể từ', 'bắt đầu từ năm', 'bắt đầu từ'] },
    before: { before: ['trước năm', 'trước'] },
    after: { before: ['sau năm', 'sau'] },
    within: { before: ['trong vòng'] },
  },

  // --- domain glossary (checks: term) ---
  terms: {
    peak: ['đạt đỉnh', 'đỉnh điểm', 'cao điểm', 'đỉnh phát thải', 'mức đỉnh'],
    'carbon-neutrality': ['trung hòa carbon', 'trung hoà carbon', 'trung hòa các-bon', 'trung hoà các-bon', 'trung hòa cacbon', 'trung hoà cacbon', 'trung tính carbon', 'trung tính các-bon', 'trung hòa khí thải carbon', 'trung hòa khí thải', 'cân bằng carbon', 'trung hòa về carbon', 'trung hòa phát thải carbon'],
    'net-zero': ['net zero', 'net-zero', 'phát thải ròng bằng 0', 'phát thải ròng bằng không', 'phát thải ròng', 'ròng bằng 0', 'ròng bằng không'],
    emissions: ['phát thải', 'khí thải', 'thải ra', 'lượng thải'],
    'greenhouse-gas': ['khí nhà kính', 'khí gây hiệu ứng nhà kính'],
    'carbon-dioxide': ['carbon dioxide', 'co2', 'co₂', 'khí cacbonic', 'khí carbonic', 'điôxít cacbon', 'đioxit cacbon', 'dioxide carbon', 'cacbon điôxít'],
    'scope-1': ['phạm vi 1', 'scope 1'],
    'scope-2': ['phạm vi 2', 'scope 2'],
    'scope-3': ['phạm vi 3', 'scope 3'],
    renewable: ['tái tạo'],
    photovoltaic: ['quang điện', 'quang năng', 'điện mặt trời', 'pin mặt trời', 'năng lượng mặt trời', 'quang voltaic'],
    solar: ['năng lượng mặt trời', 'điện mặt trời', 'pin mặt trời', 'tấm pin mặt trời'],
    'wind-power': ['điện gió', 'năng lượng gió', 'phong điện', 'tuabin gió', 'trang trại gió'],
    hydropower: ['thủy điện', 'thuỷ điện'],
    nuclear: ['hạt nhân'],
    'value-chain': ['chuỗi giá trị'],
    'supply-chain': ['chuỗi cung ứng'],
    'climate-change': ['biến đổi khí hậu'],
    'fossil-fuel': ['nhiên liệu hóa thạch', 'nhiên liệu hoá thạch', 'năng lượng hóa thạch', 'năng lượng hoá thạch'],
    coal: ['than', 'than đá'],
    'electric-vehicle': ['xe điện', 'ô tô điện', 'xe máy điện', 'phương tiện chạy điện', 'xe chạy điện'],
    'carbon-reduction': ['giảm carbon', 'giảm các-bon', 'giảm cacbon', 'giảm phát thải', 'cắt giảm phát thải', 'cắt giảm khí thải', 'giảm khí thải', 'khử carbon', 'khử cacbon', 'giảm thải', 'cắt giảm carbon'],
    'new-energy': ['năng lượng mới'],
    'data-center': ['trung tâm dữ liệu'],
  },

  // --- entity aliases and letter names (checks: entity) ---
  aliases: {
    spic: ['Tập đoàn Đầu tư Điện lực Quốc gia', 'Tập đoàn Đầu tư Điện lực Nhà nước'],
    alibaba: ['Tập đoàn Alibaba'],
    'alibaba-cloud': ['Alibaba Cloud'],
    'state-grid': ['Tập đoàn Lưới điện Quốc gia'],
    evn: ['Tập đoàn Điện lực Việt Nam'],
    petrovietnam: ['Tập đoàn Dầu khí Việt Nam', 'Tập đoàn Dầu khí Quốc gia Việt Nam'],
    china: ['Trung Quốc'],
    india: ['Ấn Độ'],
    vietnam: ['Việt Nam'],
    thailand: ['Thái Lan'],
    'united-states': ['Mỹ', 'Hoa Kỳ'],
    japan: ['Nhật Bản', 'Nhật'],
    'united-kingdom': ['Anh', 'Vương quốc Anh'],
    'european-union': ['Liên minh châu Âu', 'Liên minh Châu Âu'],
    'united-nations': ['Liên hợp quốc', 'Liên Hợp Quốc', 'LHQ'],
    beijing: ['Bắc Kinh'],
    shanghai: ['Thượng Hải'],
    hangzhou: ['Hàng Châu'],
    shenzhen: ['Thâm Quyến'],
    hanoi: ['Hà Nội'],
    'ho-chi-minh-city': ['Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP.HCM', 'TPHCM'],
    vna: ['TTXVN', 'Thông tấn xã Việt Nam'],
    xinhua: ['Tân Hoa xã'],
    'new-delhi': ['New Delhi'],
    // frequent names in business and climate news (added by the checks red team)
    'world-bank': ['Ngân hàng Thế giới', 'WB'], imf: ['Quỹ Tiền tệ Quốc tế'], adb: ['Ngân hàng Phát triển Châu Á', 'Ngân hàng Phát triển châu Á'],
    'xi-jinping': ['Tập Cận Bình'], 'li-qiang': ['Lý Cường'], 'li-keqiang': ['Lý Khắc Cường'], 'jack-ma': ['Mã Vân'],
    'da-nang': ['Đà Nẵng'], guangdong: ['Quảng Đông'], 'hong-kong': ['Hồng Kông'], korea: ['Hàn Quốc'], germany: ['Đức'],
    russia: ['Nga'], australia: ['Úc'], europe: ['châu Âu', 'Châu Âu'], 'saudi-arabia': ['Ả Rập Xê Út', 'Saudi Arabia'], 'chiang-mai': ['Chiang Mai'],
    france: ['Pháp'], 'thai-airways': ['Thai Airways', 'Hãng hàng không Thái'],
  },
  letterNames: {},
  nonNames: ['ông', 'bà', 'anh', 'chị', 'tiến sĩ', 'giáo sư', 'thủ tướng', 'chủ tịch', 'tổng giám đốc', 'giám đốc', 'bộ trưởng', 'tổng thống', 'theo', 'tại', 'trong', 'công ty', 'tập đoàn', 'ngày', 'tháng', 'năm'],
};

export default vi;
