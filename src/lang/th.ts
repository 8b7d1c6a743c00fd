// Thai. Sections are owned by the stage that reads them; keep each section's data together.
import type { LanguagePack } from './pack.js';

// --- number-word grammar (facts) ---
// Thai writes numbers as one word with no spaces: digit words times place words (สิบ ร้อย พัน หมื่น แสน) below a
// million, and ล้าน multiplies everything before it (หนึ่งล้านสองแสนล้าน = 1.2e12). Formal Thai writes no zero
// places, so a trailing digit is the ones digit (สองพันห้า = 2005), and เอ็ด is the ones digit 1 after a ten or more.
const TH_DIGITS: Record<string, number> = {
  'ศูนย์': 0, 'หนึ่ง': 1, 'สอง': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9,
};
const TH_PLACES: Record<string, number> = { 'สิบ': 10, 'ร้อย': 100, 'พัน': 1e3, 'หมื่น': 1e4, 'แสน': 1e5 };
type ThToken =
  | { kind: 'digit' | 'place'; value: number; end: number }
  | { kind: 'million' | 'ed' | 'yi' | 'point' | 'half' | 'approx'; end: number };
const TH_WORDS: [string, (end: number) => ThToken][] = [
  ...Object.entries(TH_DIGITS).map(([w, v]): [string, (end: number) => ThToken] => [w, (end) => ({ kind: 'digit', value: v, end })]),
  ...Object.entries(TH_PLACES).map(([w, v]): [string, (end: number) => ThToken] => [w, (end) => ({ kind: 'place', value: v, end })]),
  ['ล้าน', (end) => ({ kind: 'million', end })],
  ['เอ็ด', (end) => ({ kind: 'ed', end })],
  ['ยี่', (end) => ({ kind: 'yi', end })],
  ['จุด', (end) => ({ kind: 'point', end })],
  ['ครึ่ง', (end) => ({ kind: 'half', end })],
  ['กว่า', (end) => ({ kind: 'approx', end })],
];
/** Marks that never begin a syllable: a word matched right before one of them is part of a longer word (สาม|ารถ). */
const TH_CONTINUING = /[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/;
const TH_LEADING_VOWEL = /[\u0E40-\u0E44]/;
/** Longer words that begin with a number word: ห้าง (store), ห้าม (forbid), เก้าอี้ (chair), พันธมิตร (ally), ranks. */
const TH_FALSE_FRIENDS = [
  'ห้าง', 'ห้าม', 'ห้าว', 'เก้าอี้', 'พันธ', 'พันเอก', 'พันโท', 'พันตรี', 'พันตำรวจ', 'ร้อยละ', 'ร้อยเอก', 'ร้อยโท',
  'ร้อยตรี', 'ร้อยตำรวจ', 'ร้อยเรียง', 'ล้านนา', 'แสนดี', 'แสนสาหัส', 'สิบเอก', 'สิบโท', 'สิบตรี', 'สิบตำรวจ',
  'หกรรม', 'สามเหลี่ยม', 'สี่เหลี่ยม', // อุตสาหกรรม (industry); triangle, rectangle
];

/** TH_WORDS by first character: this runs at nearly every character of a Thai sentence. */
const TH_WORDS_BY_FIRST = new Map<string, [string, (end: number) => ThToken][]>();
for (const entry of TH_WORDS) {
  const list = TH_WORDS_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  TH_WORDS_BY_FIRST.set(entry[0][0]!, list);
}

function thToken(text: string, at: number): ThToken | null {
  for (const [word, make] of TH_WORDS_BY_FIRST.get(text[at] ?? '') ?? []) {
    if (!text.startsWith(word, at)) continue;
    const end = at + word.length;
    if (TH_CONTINUING.test(text[end] ?? '')) return null;
    if (TH_FALSE_FRIENDS.some((f) => text.startsWith(f, at))) return null;
    // ศูนย์ is also "centre" (ศูนย์ข้อมูล, data centre): zero only before a non-Thai letter or another number word.
    if (word === 'ศูนย์' && /[\u0E01-\u0E4E]/.test(text[end] ?? '') && !thToken(text, end)) return null;
    return make(end);
  }
  return null;
}

interface ThNumber { value: number; end: number; scale?: number; tokens: number }

/** A Thai number word from `at`, or null. */
function thNumber(text: string, at: number): ThNumber | null {
  let total = 0; // everything already multiplied by ล้าน
  let group = 0; // below a million
  let pending: number | null = null;
  let fraction = 0;
  let lastPlace = Infinity;
  let lastUnit = 0;
  let millions = 0;
  let tokens = 0;
  let best: ThNumber | null = null;
  let pos = at;
  const value = () => total + group + (pending ?? 0) + fraction;
  const record = () => {
    best = { value: value(), end: pos, tokens, ...(millions ? { scale: 1e6 ** millions } : {}) };
  };
  for (;;) {
    const tok = thToken(text, pos);
    if (!tok) break;
    const started = tokens > 0;
    if (tok.kind === 'digit') {
      if (pending !== null || fraction) break;
      if (tok.value === 0 && started) break;
      // ยี่สิบสามสิบ = twenty or thirty: a digit whose place word cannot join is the start of the next number.
      const place = thToken(text, tok.end);
      if (started && place?.kind === 'place' && place.value >= lastPlace && thToken(text, place.end)?.kind !== 'million') break;
      pending = tok.value;
    } else if (tok.kind === 'yi') {
      const ten = thToken(text, tok.end);
      if (pending !== null || !ten || ten.kind !== 'place' || ten.value !== 10 || lastPlace <= 10) break;
      group += 20;
      lastPlace = 10;
      lastUnit = 10;
      pos = ten.end;
      tokens += 2;
      record();
      continue;
    } else if (tok.kind === 'ed') {
      if (pending !== null || lastPlace > 1e5 || lastPlace <= 1) break;
      pending = 1;
      lastPlace = 1;
    } else if (tok.kind === 'place') {
      // ห้าสิบพันล้าน (50 thousand million, a calque of "50 พันล้าน"): a place word out of order before ล้าน
      // multiplies the group.
      if (started && !fraction && tok.value >= lastPlace && thToken(text, tok.end)?.kind === 'million') {
        group = (group + (pending ?? 0)) * tok.value;
        pending = null;
        lastPlace = Infinity;
        lastUnit = tok.value;
        pos = tok.end;
        tokens++;
        continue;
      }
      if (fraction || tok.value >= lastPlace) break;
      // An implicit one: สิบ anywhere (ร้อยสิบ = 110), another place word only at the start (ร้อยยี่สิบ = 120).
      if (pending === null && tok.value !== 10 && started) break;
      if (pending === 0) break;
      group += (pending ?? 1) * tok.value;
      pending = null;
      lastPlace = tok.value;
      lastUnit = tok.value;
    } else if (tok.kind === 'million') {
      if (!started) break;
      total = value() * 1e6;
      millions = group === 0 && pending === null && !fraction ? millions + 1 : 1;
      group = 0;
      pending = null;
      fraction = 0;
      lastPlace = Infinity;
      lastUnit = 1e6;
    } else if (tok.kind === 'point') {
      if (!started || fraction) break;
      let digits = '';
      let p = tok.end;
      for (let d = thToken(text, p); d && d.kind === 'digit'; d = thToken(text, p)) {
        digits += String(d.value);
        p = d.end;
      }
      if (!digits) break;
      fraction = Number(`0.${digits}`);
      pos = p;
      tokens++;
      record();
      continue;
    } else if (tok.kind === 'half' || tok.kind === 'approx') {
      // ห้าล้านครึ่ง = 5.5 million; สามพันกว่า = 3000-odd (read as 3000).
      if (!started || pending !== null || lastUnit < 10) break;
      if (tok.kind === 'half') group += lastUnit / 2;
      pos = tok.end;
      tokens++;
      record();
      break;
    }
    pos = tok.end;
    tokens++;
    record();
  }
  return best;
}

/** Classifiers before ที่ that make an ordinal: ครั้งที่ 3 (third time), อันดับที่ 1, ไตรมาสที่ 2. */
const TH_ORDINAL_CLASSIFIERS = [
  'ครั้ง', 'อันดับ', 'ลำดับ', 'ฉบับ', 'รุ่น', 'ชั้น', 'ข้อ', 'ปี', 'รอบ', 'คน', 'ตอน', 'ภาค', 'บท', 'มาตรา', 'ประเภท', 'ระยะ',
  'ขั้น', 'เล่ม', 'ชุด', 'ไตรมาส', 'สัปดาห์', 'เดือน', 'ประการ', 'แห่ง', 'อัน', 'ตัว', 'สมัย', 'วาระ', 'ฤดูกาล', 'เฟส',
  'นัด', 'ชิ้น', 'หลัง', 'ห้อง', 'เขต', 'กลุ่ม', 'ทีม', 'ส่วน', 'งวด', 'ช่วง', 'ด่าน', 'แผน', 'เกม', 'ลำ', 'คัน', 'เรื่อง',
];

function readThaiOrdinal(text: string, at: number): { value: number; end: number; ordinal: true } | false {
  const before = text.slice(Math.max(0, at - 12), at).trimEnd();
  // วันที่ 19 is a date's day; ที่ after อยู่/ณ is "at" (อยู่ที่ 5,000 ตัน).
  if (before.endsWith('วัน')) return false;
  const classified = TH_ORDINAL_CLASSIFIERS.some((c) => before.endsWith(c));
  let p = at + 'ที่'.length;
  while (text[p] === ' ') p++;
  const digits = /^[0-9]+(?![0-9.,])/.exec(text.slice(p, p + 12));
  if (digits) return classified ? { value: Number(digits[0]), end: p + digits[0].length, ordinal: true } : false;
  const n = thNumber(text, p);
  if (!n) return false;
  if (classified || (n.value < 100 && !/(อยู่|ณ|มา|ไป)$/.test(before))) return { value: n.value, end: n.end, ordinal: true };
  return false;
}

/**
 * The facts engine calls this at every position of a Thai run. `null` leaves the position to the lexicon
 * (markers, months, units, the percent prefix ร้อยละ, scales after digits: 50 พันล้าน); `false` vetoes a number
 * word that is part of another word.
 */
function readThaiNumber(text: string, at: number): { value: number; end: number; scale?: number; ordinal?: boolean } | false | null {
  // This runs at nearly every character of a Thai sentence: most cannot start a number word.
  const candidates = TH_WORDS_BY_FIRST.get(text[at]!);
  if (!candidates && text[at] !== 'ท') return null;
  const numberWordHere = !!candidates && candidates.some(([w]) => text.startsWith(w, at));
  // A number word never starts after a leading vowel (เสี่ยง holds สี่ but is "risk").
  if (TH_LEADING_VOWEL.test(text[at - 1] ?? '')) return numberWordHere ? false : null;
  if (text.startsWith('ที่', at)) return readThaiOrdinal(text, at);
  if (text.startsWith('ร้อยละ', at)) return null;
  // ครึ่งหนึ่ง is "one half" (ลดลงครึ่งหนึ่ง, halved), never the number one
  if (text.startsWith('ครึ่งหนึ่ง', at) && !TH_CONTINUING.test(text[at + 'ครึ่งหนึ่ง'.length] ?? '')) return { value: 0.5, end: at + 'ครึ่งหนึ่ง'.length };
  if (text.startsWith('หนึ่ง', at) && text.slice(0, at).endsWith('ครึ่ง')) return false;
  const first = thToken(text, at);
  // 50 พันล้าน, 1.2 หมื่นล้าน, 2 ล้านล้าน: the scale of the digits before it, read by the lexicon.
  if ((first?.kind === 'place' || first?.kind === 'million') && /[0-9]\s*$/.test(text.slice(Math.max(0, at - 3), at))) return null;
  const n = thNumber(text, at);
  if (!n || !first) return numberWordHere ? false : null;
  // A place word alone is not a number (แสน "very"): it needs a digit word after it.
  if (first.kind === 'place' && first.value !== 10 && n.tokens < 2) return false;
  // หนึ่งในสาม (one in three) is the fraction 1/3, สองในสาม 2/3
  if (text.startsWith('ใน', n.end)) {
    const d = thNumber(text, n.end + 'ใน'.length);
    if (d && d.value > n.value && d.value <= 100) return { value: n.value / d.value, end: d.end };
  }
  // A lone หนึ่ง is as often "a" (คนหนึ่ง, a person): the lexicon reads it and marks it ambiguous.
  if (n.value === 1 && n.tokens === 1 && first.kind === 'digit') return null;
  return { value: n.value, end: n.end, ...(n.scale ? { scale: n.scale } : {}) };
}

const th: LanguagePack = {
  code: 'th',
  name: 'Thai',
  digits: '๐๑๒๓๔๕๖๗๘๙',

  // --- sentences (segmentation) ---
  sentence: {
    terminators: '.!?…',
    // Dotted abbreviations (ค.ศ. CE, พ.ศ. BE, น. o'clock, กม. km, ดร. Dr., month abbreviations): never a sentence end.
    abbreviations: [],
    prefixAbbreviations: [
      'ค.ศ', 'พ.ศ', 'น', 'ม', 'ซม', 'มม', 'กม', 'กก', 'ชม', 'ตร.ม', 'ตร.กม', 'กม./ชม', 'ดร', 'นพ', 'ผศ', 'รศ', 'ศ', 'จ', 'อ', 'ต',
      'ม.ค', 'ก.พ', 'มี.ค', 'เม.ย', 'พ.ค', 'มิ.ย', 'ก.ค', 'ส.ค', 'ก.ย', 'ต.ค', 'พ.ย', 'ธ.ค', 'บ', 'พล.อ', 'ร.ต', 'ร.อ',
    ],
    splitAtSpaces: true,
    spaceCues: {
      // Cannot begin a sentence: conjunctions, relatives, complementisers, prepositions, post-verbal aspect words,
      // the repetition marks ๆ ฯลฯ, and units or classifiers that follow a number.
      continuesAfter: [
        'ๆ', 'ฯลฯ', 'และ', 'หรือ', 'หรือไม่', 'ซึ่ง', 'ที่', 'โดย', 'เพื่อ', 'ให้', 'ว่า', 'จึง', 'ก็', 'เป็น', 'คือ', 'ของ',
        'กับ', 'จาก', 'ตาม', 'แก่', 'ต่อ', 'ถึง', 'สู่', 'เช่น', 'รวมถึง', 'รวมทั้ง', 'ได้แก่', 'ตลอดจน', 'ประมาณ', 'กว่า', 'ราว',
        'จะ', 'ได้', 'แล้ว', 'ด้วย', 'อยู่', 'ไป', 'มา', 'ไว้', 'นั้น', 'นี้', 'กัน', 'อีก', 'เท่านั้น', 'ทำให้', 'จน', 'จนถึง',
        'จนกระทั่ง', 'ล้าน', 'พัน', 'หมื่น', 'แสน', 'คน', 'ตัว', 'ครั้ง', 'ราย', 'แห่ง', 'ลำ', 'คัน', 'เท่า', 'คะแนน',
        'เปอร์เซ็นต์', 'องศา', 'เมตร', 'กิโลเมตร', 'ไมล์', 'ฟุต', 'นิ้ว', 'กม', 'ซม', 'มม', 'กก', 'ตัน', 'บาท', 'ดอลลาร์',
        'หยวน', 'ยูโร', 'ปอนด์', 'เยน', 'นาที', 'ชั่วโมง', 'วินาที', 'ค.ศ', 'พ.ศ', 'น',
        // Month names follow the day number (วันที่ 20 มีนาคม).
        'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม',
        'พฤศจิกายน', 'ธันวาคม',
        // Pre-verbal auxiliaries: a chunk opening with one has no subject of its own, so shares the previous one.
        'กำลัง', 'ยัง', 'เคย', 'อาจ', 'ถูก', 'เพิ่ง', 'คง', 'มัก', 'สามารถ', 'ไม่',
      ],
      // Subordinators and modifiers that usually follow their main clause; แต่ may begin a sentence, weakly.
      leansAfter: [
        'แต่', 'เนื่องจาก', 'เพราะ', 'เพราะว่า', 'ขณะที่', 'ในขณะที่', 'ในการ', 'อย่าง', 'ปี', 'หลัง', 'ทั้ง', 'ตั้งแต่',
        'จนกว่า', 'ยกเว้น', 'โดยเฉพาะ', 'รวม', 'พร้อม', 'ต้อง', 'ควร', 'กล่าว',
      ],
      // Cannot end a sentence: prepositions, complementisers, conjunctions, titles, negation, nominalisers and
      // nouns that wait for a name or number (กรุง …, วันที่ …, จำนวน …).
      continuesBefore: [
        'ที่', 'ว่า', 'ของ', 'เช่น', 'คือ', 'และ', 'หรือ', 'ใน', 'ในปี', 'ถึง', 'ประมาณ', 'ราว', 'กับ', 'ได้แก่', 'ณ', 'จาก',
        'โดย', 'เพื่อ', 'แก่', 'ต่อ', 'ซึ่ง', 'เป็น', 'ให้', 'ตาม', 'สู่', 'ระหว่าง', 'นาย', 'นาง', 'นางสาว', 'ดร', 'ดร.',
        'เมื่อ', 'ค.ศ', 'ค.ศ.', 'พ.ศ', 'พ.ศ.', 'เดือน', 'วันที่', 'จำนวน', 'มากกว่า', 'กว่า', 'อย่าง', 'เกือบ', 'ทั้ง', 'บน',
        'ใต้', 'แต่', 'จะ', 'รวมถึง', 'ตั้งแต่', 'อายุ', 'วัย', 'เวลา', 'บริษัท', 'ชื่อ',
        'กรุง', 'ไม่', 'มี', 'การ', 'ความ', 'ผู้', 'ยัง', 'ได้รับ', 'ทำ', 'ต้อง', 'ควร', 'อาจ', 'ทว่า', 'จากนั้น',
        'หลังจากนั้น',
      ],
      // Discourse connectives: open a sentence; the space after them is part of it.
      connectives: [
        'นอกจากนี้', 'นอกจากนั้น', 'อย่างไรก็ตาม', 'อย่างไรก็ดี', 'ทั้งนี้', 'ขณะเดียวกัน', 'ในขณะเดียวกัน', 'ดังนั้น',
        'ด้วยเหตุนี้', 'เพราะฉะนั้น', 'ตัวอย่างเช่น', 'อนึ่ง', 'ในทางกลับกัน',
        'โดยทั่วไป', 'โดยสรุป',
      ],
      // Subjects and scene-setting frames: pronouns, person nouns (ผู้…, นัก…), titles, the impersonal มีการ,
      // time frames, conditionals and concessives, nominalised subjects, imperatives of guide prose.
      opensSentence: [
        'เขา', 'เธอ', 'พวกเขา', 'มัน', 'เรา', 'พวกเรา', 'ผม', 'ฉัน', 'ดิฉัน', 'ท่าน', 'ทั้งคู่', 'ผู้', 'นัก', 'นาย', 'นาง',
        'นางสาว', 'ดร', 'ทาง', 'เจ้าหน้าที่', 'มีการ', 'ไม่มี', 'เมื่อ', 'เมื่อวันที่', 'ในปี', 'ในเดือน', 'ในวันที่', 'ในช่วง',
        'ในขณะนี้', 'ขณะนี้', 'ปัจจุบัน', 'ในปัจจุบัน', 'วันนี้', 'เมื่อวานนี้', 'ต่อมา', 'ในที่สุด', 'ก่อนหน้านี้',
        'นับตั้งแต่', 'หาก', 'ถ้า', 'แม้ว่า', 'แม้', 'ถึงแม้', 'ถึงแม้ว่า', 'การ', 'นี่', 'นั่น', 'สิ่งนี้', 'บางคน',
        'หลายคน', 'ส่วนใหญ่', 'แต่ละ', 'ทุกคน', 'ดู', 'อย่า', 'โปรด', 'ทว่า', 'จากนั้น', 'หลังจากนั้น',
        'เท่าที่',
      ],
      // Final particles and completive or directional verbs that close a predicate.
      closesSentence: [
        'แล้ว', 'ด้วย', 'กัน', 'ไป', 'มา', 'อยู่', 'ได้', 'นี้', 'นั้น', 'ครับ', 'ค่ะ', 'คะ', 'นะ', 'เลย', 'เท่านั้น',
        'ก็ตาม', 'อีกด้วย', 'ด้วยกัน', 'ขึ้น', 'ลง', 'ออก', 'ไว้', 'เอง', 'นั่นเอง', 'ที่สุด', 'มาก', 'มากมาย', 'ไม่ได้',
        'เช่นกัน', 'แต่อย่างใด', 'ทีเดียว', 'แน่นอน', 'ต่อไป', 'หรือไม่',
      ],
      // Titles before a personal name (คุณ is left out: it also begins คุณภาพ, คุณค่า).
      titles: [
        'นาย', 'นาง', 'นางสาว', 'ดร.', 'เซอร์', 'ลอร์ด', 'นายกรัฐมนตรี', 'ประธานาธิบดี', 'รัฐมนตรี', 'ศาสตราจารย์',
        'ผู้พิพากษา', 'พลเอก', 'พล.อ.', 'เจ้าชาย', 'เจ้าหญิง', 'กษัตริย์', 'ราชินี', 'โค้ช', 'กัปตัน', 'ผู้ว่าการ', 'นพ.',
      ],
      // Openers of fronted adverbials (in …, when …, after …, since …, according to …, for …).
      // Auxiliaries and reporting verbs that open a predicate (… is doing, has, will, said, announced, stated).
      predicates: [
        'กำลัง', 'ได้', 'จะ', 'เป็น', 'มี', 'ยัง', 'เคย', 'อาจ', 'ถูก', 'เพิ่ง', 'คง', 'สามารถ', 'ไม่', 'ต้อง', 'ได้รับ',
        'กล่าว', 'ประกาศ', 'ระบุ', 'เปิดเผย', 'แถลง', 'รายงาน', 'เชื่อ', 'คาดว่า',
      ],
      frames: ['ใน', 'เมื่อ', 'หลังจาก', 'หลัง', 'ก่อน', 'ระหว่าง', 'ตั้งแต่', 'นับตั้งแต่', 'ภายใน', 'ตามที่', 'สำหรับ', 'ขณะ'],
    },
  },

  // --- numbers, units, currencies, months (facts) ---
  numbers: {
    decimalSeparator: '.',
    groupSeparators: [','],
    // After digits: 1.2 หมื่นล้าน = 1.2e10, 50 พันล้าน = 5e10.
    scaleWords: {
      'ร้อย': 100, 'พัน': 1e3, 'หมื่น': 1e4, 'แสน': 1e5, 'ล้าน': 1e6, 'สิบล้าน': 1e7, 'ร้อยล้าน': 1e8, 'พันล้าน': 1e9,
      'หมื่นล้าน': 1e10, 'แสนล้าน': 1e11, 'ล้านล้าน': 1e12, 'โหล': 12, k: 1e3,
    },
    numberWords: {
      'ศูนย์': 0, 'หนึ่ง': 1, 'สอง': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9, 'สิบ': 10,
      'ยี่สิบ': 20,
    },
    readNumberWords: readThaiNumber,
    noWordBoundaries: true,
    decimalWords: ['จุด'],
    // 3,000 กว่าคน: "-odd" between the number and its unit; กว่า 3 ล้าน = more than 3 million (before the number).
    approximateWords: ['กว่า'],
    approximatePrefixes: ['กว่า', 'ประมาณ', 'ราว', 'ราวๆ', 'เกือบ', 'ร่วม', 'อย่างน้อย', 'ไม่ต่ำกว่า', 'ไม่น้อยกว่า'],
    // 11 นาฬิกา 20 นาที, 11.20 น. are clock times.
    clockWords: { hour: ['นาฬิกา'], minute: ['นาที'], after: ['น.'] },
    negativeWords: ['ติดลบ', 'ลบ'],
    // Ordinals (ครั้งที่ 3, ที่สาม) are read by readThaiNumber: ที่ is mostly "that/at" (อยู่ที่ 5,000 ตัน).
    // Also makes ที่ a lexicon start, so readThaiNumber is asked there (ที่ 13 after a classifier).
    ordinalWords: {
      'ที่หนึ่ง': 1, 'ที่สอง': 2, 'ที่สาม': 3, 'ที่สี่': 4, 'ที่ห้า': 5, 'ที่หก': 6, 'ที่เจ็ด': 7, 'ที่แปด': 8, 'ที่เก้า': 9,
      'ที่สิบ': 10, 'แรก': 1,
    },
    percentWords: ['%', 'เปอร์เซ็นต์', 'เปอร์เซนต์', 'เปอร์เซ็น'],
    percentPrefixes: ['ร้อยละ'],
    currencies: {
      'บาท': 'THB', '฿': 'THB', 'thb': 'THB', 'ดอลลาร์สหรัฐฯ': 'USD', 'ดอลลาร์สหรัฐ': 'USD', 'เหรียญสหรัฐฯ': 'USD',
      'เหรียญสหรัฐ': 'USD', 'ดอลลาร์': 'USD', 'ดอลล่าร์': 'USD', 'usd': 'USD', '$': 'USD', 'หยวน': 'CNY',
      'เหรินหมินปี้': 'CNY', 'cny': 'CNY', 'ยูโร': 'EUR', '€': 'EUR', 'เยน': 'JPY', 'รูปี': 'INR', 'ด่ง': 'VND',
      'ปอนด์': 'GBP', 'วอน': 'KRW',
    },
    units: {
      'ตัน': 'ton', 'กิโลวัตต์ชั่วโมง': 'kWh', 'กิโลวัตต์-ชั่วโมง': 'kWh', 'kwh': 'kWh', 'เมกะวัตต์ชั่วโมง': 'MWh',
      'เมกะวัตต์': 'MW', 'mw': 'MW', 'กิกะวัตต์': 'GW', 'gw': 'GW', 'กิโลวัตต์': 'kW', 'kw': 'kW', 'วัตต์': 'W',
      'องศาเซลเซียส': '°C', '°c': '°C', 'กิโลเมตร': 'km', 'กม.': 'km', 'km': 'km', 'เมตร': 'm', 'กิโลกรัม': 'kg',
      'กก.': 'kg', 'คน': 'person', 'ราย': 'person', 'ปี': 'year',
    },
    months: {
      'มกราคม': 1, 'กุมภาพันธ์': 2, 'มีนาคม': 3, 'เมษายน': 4, 'พฤษภาคม': 5, 'มิถุนายน': 6, 'กรกฎาคม': 7,
      'สิงหาคม': 8, 'กันยายน': 9, 'ตุลาคม': 10, 'พฤศจิกายน': 11, 'ธันวาคม': 12,
      'ม.ค.': 1, 'ก.พ.': 2, 'มี.ค.': 3, 'เม.ย.': 4, 'พ.ค.': 5, 'มิ.ย.': 6, 'ก.ค.': 7, 'ส.ค.': 8, 'ก.ย.': 9, 'ต.ค.': 10,
      'พ.ย.': 11, 'ธ.ค.': 12,
    },
    dayFirst: true,
    // วันที่ 19 เมษายน 2564; ปี 2573; พ.ศ. 2564 / ค.ศ. 2021 (the calendar markers below decide the era).
    dateMarkers: { day: { before: ['วันที่'] }, month: { before: ['เดือน'] }, year: { before: ['ปี', 'พ.ศ.', 'ค.ศ.'] } },
  },

  // --- calendar (facts) ---
  // A year 2400–2700 in Thai text is Buddhist Era (2573 = 2030 CE) unless ค.ศ. marks it Western.
  calendar: { buddhistEraByDefault: true, buddhistEraMarkers: ['พ.ศ.', 'พ.ศ'], commonEraMarkers: ['ค.ศ.', 'ค.ศ'] },

  // --- temporal relations of years and dates (checks) ---
  temporal: {
    at: { before: ['ในปี', 'ใน', 'เมื่อปี', 'เมื่อ', 'ในเดือน', 'เมื่อเดือน', 'ณ', 'ช่วงปี', 'ในช่วงปี', 'ปลายปี', 'ต้นปี', 'กลางปี', 'ในวันที่', 'วันที่', 'เมื่อวันที่'] },
    by: { before: ['ภายในปี', 'ภายใน', 'ไม่เกินปี', 'ไม่เกิน', 'ภายในสิ้นปี', 'ก่อนหรือภายในปี', 'ไม่ช้ากว่าปี', 'อย่างช้าในปี'] },
    until: { before: ['จนถึงปี', 'ถึงปี', 'จนถึง', 'จนกระทั่ง', 'จนกว่าจะถึงปี'] },
    since: { before: ['ตั้งแต่ปี', 'ตั้งแต่', 'นับตั้งแต่ปี', 'นับตั้งแต่', 'นับจากปี', 'นับจาก', 'เริ่มปี', 'เริ่มตั้งแต่ปี'] },
    before: { before: ['ก่อนปี', 'ก่อน'] },
    after: { before: ['หลังปี', 'หลังจากปี', 'หลังจาก', 'หลัง'] },
  },

  // --- domain glossary (checks: term) ---
  terms: {
    peak: ['จุดสูงสุด', 'ระดับสูงสุด', 'ถึงจุดสูงสุด', 'พีค', 'จุดพีค'],
    'carbon-neutrality': ['ความเป็นกลางทางคาร์บอน', 'เป็นกลางทางคาร์บอน', 'คาร์บอนเป็นกลาง', 'คาร์บอนนิวทรัล', 'carbon neutral', 'carbon neutrality', 'ความเป็นกลางทางคาร์บอนไดออกไซด์'],
    'net-zero': ['net zero', 'net-zero', 'เน็ตซีโร่', 'เน็ตซีโร', 'สุทธิเป็นศูนย์', 'การปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์', 'ปล่อยสุทธิเป็นศูนย์'],
    emissions: ['การปล่อยก๊าซ', 'ปล่อยก๊าซ', 'การปล่อยคาร์บอน', 'ปล่อยคาร์บอน', 'การปล่อยมลพิษ', 'ปล่อยมลพิษ', 'การปลดปล่อยก๊าซ', 'ปลดปล่อยก๊าซ', 'การปล่อยไอเสีย'],
    'greenhouse-gas': ['ก๊าซเรือนกระจก', 'แก๊สเรือนกระจก'],
    'carbon-dioxide': ['คาร์บอนไดออกไซด์', 'co2', 'co₂'],
    'scope-1': ['scope 1', 'ขอบเขตที่ 1', 'ขอบเขต 1', 'สโคป 1'],
    'scope-2': ['scope 2', 'ขอบเขตที่ 2', 'ขอบเขต 2', 'สโคป 2'],
    'scope-3': ['scope 3', 'ขอบเขตที่ 3', 'ขอบเขต 3', 'สโคป 3'],
    renewable: ['หมุนเวียน', 'พลังงานทดแทน'],
    photovoltaic: ['โซลาร์', 'เซลล์แสงอาทิตย์', 'โฟโตโวลตาอิก', 'พลังงานแสงอาทิตย์', 'ไฟฟ้าจากแสงอาทิตย์', 'pv'],
    solar: ['พลังงานแสงอาทิตย์', 'เซลล์แสงอาทิตย์', 'แผงโซลาร์', 'โซลาร์', 'พลังงานสุริยะ'],
    'wind-power': ['พลังงานลม', 'พลังลม', 'กังหันลม', 'ไฟฟ้าพลังลม', 'ฟาร์มกังหันลม'],
    hydropower: ['พลังน้ำ', 'ไฟฟ้าพลังน้ำ', 'เขื่อน'],
    nuclear: ['นิวเคลียร์'],
    'value-chain': ['ห่วงโซ่คุณค่า', 'ห่วงโซ่มูลค่า'],
    'supply-chain': ['ห่วงโซ่อุปทาน', 'ซัพพลายเชน'],
    'climate-change': ['การเปลี่ยนแปลงสภาพภูมิอากาศ', 'สภาพภูมิอากาศเปลี่ยนแปลง', 'ภาวะโลกร้อน', 'โลกร้อน', 'วิกฤตสภาพภูมิอากาศ'],
    'fossil-fuel': ['เชื้อเพลิงฟอสซิล', 'ฟอสซิล'],
    coal: ['ถ่านหิน'],
    'electric-vehicle': ['รถยนต์ไฟฟ้า', 'รถไฟฟ้า', 'ยานยนต์ไฟฟ้า', 'ev'],
    'carbon-reduction': ['ลดคาร์บอน', 'ลดการปล่อย', 'ลดการปล่อยคาร์บอน', 'ลดก๊าซ', 'การลดก๊าซ', 'ลดปริมาณคาร์บอน', 'ลดการปล่อยก๊าซ'],
    'new-energy': ['พลังงานใหม่'],
    'data-center': ['ศูนย์ข้อมูล', 'ดาต้าเซ็นเตอร์', 'data center'],
  },

  // --- entity aliases and letter names (checks: entity) ---
  aliases: {
    spic: ['เอสพีไอซี'],
    alibaba: ['อาลีบาบา', 'อลีบาบา'],
    'alibaba-cloud': ['อาลีบาบา คลาวด์', 'อาลีบาบาคลาวด์'],
    tencent: ['เทนเซ็นต์', 'เท็นเซ็นต์', 'เทนเซนต์'],
    huawei: ['หัวเว่ย'],
    ptt: ['ปตท.', 'ปตท'],
    egat: ['กฟผ.', 'กฟผ', 'การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย'],
    china: ['จีน', 'ประเทศจีน'],
    india: ['อินเดีย'],
    vietnam: ['เวียดนาม'],
    thailand: ['ไทย', 'ประเทศไทย'],
    'united-states': ['สหรัฐอเมริกา', 'สหรัฐฯ', 'สหรัฐ', 'อเมริกา'],
    japan: ['ญี่ปุ่น'],
    'united-kingdom': ['อังกฤษ', 'สหราชอาณาจักร'],
    'european-union': ['สหภาพยุโรป', 'อียู'],
    'united-nations': ['สหประชาชาติ', 'ยูเอ็น'],
    beijing: ['ปักกิ่ง'],
    shanghai: ['เซี่ยงไฮ้'],
    shenzhen: ['เซินเจิ้น'],
    bangkok: ['กรุงเทพมหานคร', 'กรุงเทพฯ', 'กรุงเทพ'],
    // frequent names in business and climate news (added by the checks red team)
    microsoft: ['ไมโครซอฟท์', 'ไมโครซอฟต์'], google: ['กูเกิล', 'กูเกิ้ล'], amazon: ['อเมซอน', 'แอมะซอน'], apple: ['แอปเปิล', 'แอปเปิ้ล'],
    meta: ['เมตา', 'เฟซบุ๊ก'], tesla: ['เทสลา'], samsung: ['ซัมซุง'], lg: ['แอลจี'], toyota: ['โตโยต้า'], siemens: ['ซีเมนส์'],
    xiaomi: ['เสียวหมี่'], byd: ['บีวายดี'], 'world-bank': ['ธนาคารโลก'], imf: ['กองทุนการเงินระหว่างประเทศ'], adb: ['ธนาคารพัฒนาเอเชีย'],
    'xi-jinping': ['สี จิ้นผิง', 'สีจิ้นผิง'], 'jack-ma': ['แจ็ค หม่า', 'แจ็ก หม่า'], 'elon-musk': ['อีลอน มัสก์', 'มัสก์'],
    'chiang-mai': ['เชียงใหม่'], phuket: ['ภูเก็ต'], 'hong-kong': ['ฮ่องกง'], singapore: ['สิงคโปร์'], korea: ['เกาหลีใต้', 'เกาหลี'],
    indonesia: ['อินโดนีเซีย'], malaysia: ['มาเลเซีย'], germany: ['เยอรมนี', 'เยอรมัน'], france: ['ฝรั่งเศส'], russia: ['รัสเซีย'],
    australia: ['ออสเตรเลีย'], europe: ['ยุโรป'], davos: ['ดาวอส'], hungary: ['ฮังการี'], 'saudi-arabia': ['ซาอุดีอาระเบีย'], 'da-nang': ['ดานัง'],
    airbus: ['แอร์บัส'], boeing: ['โบอิ้ง'], shell: ['เชลล์'], exxonmobil: ['เอ็กซอนโมบิล'], softbank: ['ซอฟต์แบงก์'], apec: ['เอเปก', 'เอเปค'], 'thai-airways': ['การบินไทย'], walmart: ['วอลมาร์ท'], nvidia: ['เอ็นวิเดีย'], foxconn: ['ฟ็อกซ์คอนน์', 'ฟอกซ์คอนน์'],
  },
  letterNames: {
    'เอ': 'A', 'บี': 'B', 'ซี': 'C', 'ดี': 'D', 'อี': 'E', 'เอฟ': 'F', 'จี': 'G', 'เอช': 'H', 'ไอ': 'I', 'เจ': 'J', 'เค': 'K',
    'แอล': 'L', 'เอ็ม': 'M', 'เอ็น': 'N', 'โอ': 'O', 'พี': 'P', 'คิว': 'Q', 'อาร์': 'R', 'เอส': 'S', 'ที': 'T', 'ยู': 'U',
    'วี': 'V', 'ดับเบิลยู': 'W', 'เอ็กซ์': 'X', 'วาย': 'Y', 'แซด': 'Z', 'ซีด': 'Z',
  },
};

export default th;
