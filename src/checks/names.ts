// Comparing names across scripts: romanize (any-ascii, Thai vowel order fixed), fold the sounds that
// transliteration confuses, and compare; spell acronyms from letter names; know the common words of a language.
import anyAscii from 'any-ascii';
import stringSimilarity from 'string-similarity';
import type { LangCode } from '../core/types.js';
import { LEXICON_LANGUAGES, lexiconEntries } from '../core/lexicon.js';
import { languagePack } from '../lang/index.js';
import { wordSegmenter } from '../core/word-segmenter.js';

const DEVA_CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n', 'ट': 't',
  'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n', 'प': 'p', 'फ': 'ph',
  'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v', 'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
};
/** Consonants with a nukta: क़ ख़ ग़ ज़ फ़ ड़ ढ़ य़. */
const DEVA_NUKTA: Record<string, string> = { 'क': 'q', 'ख': 'kh', 'ग': 'g', 'ज': 'z', 'फ': 'f', 'ड': 'r', 'ढ': 'rh', 'य': 'y' };
const DEVA_VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऑ': 'o', 'ऍ': 'e',
};
const DEVA_SIGNS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};

/**
 * Devanagari to Latin the way names are spelled in English: a consonant without a vowel sign carries the
 * inherent "a" except at the end of a word (नरेंद्र = narendra, मोदी = modi), anusvara is "n" (m before
 * p/b/m), nukta letters are their Persian and English sounds (फ़ = f, ज़ = z).
 */
function romanizeDevanagari(text: string): string {
  const chars = [...text.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (DEVA_CONSONANTS[c] !== undefined) {
      const start = i;
      let sound = DEVA_CONSONANTS[c]!;
      let j = i + 1;
      if (chars[j] === '\u093C') {
        sound = DEVA_NUKTA[c] ?? sound;
        j++;
      }
      out += sound;
      const next = chars[j];
      if (next === '\u094D') i = j; // virama: no vowel
      else if (next !== undefined && DEVA_SIGNS[next] !== undefined) {
        out += DEVA_SIGNS[next];
        i = j;
      } else {
        i = j - 1;
        // the inherent vowel, silent at the end of a word unless the word ends in a cluster (नरेंद्र = narendra)
        const atEnd = next === undefined || !/[\u0900-\u097F]/.test(next);
        if (!atEnd || chars[start - 1] === '\u094D') out += 'a';
      }
    } else if (DEVA_VOWELS[c] !== undefined) out += DEVA_VOWELS[c];
    else if (c === '\u0902' || c === '\u0901') out += /^[pbm]/.test(DEVA_CONSONANTS[chars[i + 1] ?? ''] ?? '') ? 'm' : 'n';
    else if (c === '\u0903' || c === '\u093C' || c === '\u094D') continue;
    else if (/[\u0900-\u097F]/.test(c)) out += anyAscii(c);
    else out += c;
  }
  return out;
}

/** Romanize: Thai writes some vowels before their consonant (เทน = then), and ์ silences a letter. */
export function romanize(text: string): string {
  const deva = /[\u0900-\u097F]/.test(text) ? romanizeDevanagari(text) : text;
  const thai = deva.replace(/[ก-ฮ][ิุ]?์/g, '').replace(/([เแโใไ])([ก-ฮ])/g, '$2$1');
  // anusvara before a velar or palatal is n (झांग = jhang)
  return anyAscii(thai.normalize('NFC'))
    .replace(/m(?=[kgcj])/g, 'n')
    .replace(/'/g, '');
}

/** Each fold, with a substring its pattern cannot match without (the replace is skipped when it is absent). */
const FOLDS: [RegExp, string, string][] = [
  [/ph/g, 'f', 'ph'],
  [/([tkgbdjcsz])h/g, '$1', 'h'],
  [/ck/g, 'k', 'ck'],
  [/x/g, 'ks', 'x'],
  [/q/g, 'k', 'q'],
  [/c(?=[eiy])/g, 's', 'c'],
  [/c/g, 'k', 'c'],
  [/z/g, 'j', 'z'],
  [/w/g, 'v', 'w'],
  [/r/g, 'l', 'r'],
  [/y/g, 'i', 'y'],
];
const NOT_LETTER = /[^a-z]/g;
const REPEATS = /(.)\1+/g;

// Names and alias forms recur across a document and a corpus: remember their folds (bounded, cleared when full).
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** The sound of a name in folded ASCII: "Zhang" and "झांग" both give "jang". */
export function fold(text: string): string {
  const known = foldCache.get(text);
  if (known !== undefined) return known;
  let s = romanize(text).toLowerCase().replace(NOT_LETTER, '');
  for (const [re, to, needs] of FOLDS) if (s.includes(needs)) s = s.replace(re, to);
  s = s.replace(REPEATS, '$1');
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(text, s);
  return s;
}

function consonants(folded: string): string {
  return folded[0] + folded.slice(1).replace(/[aeiou]/g, '');
}

/** Whether two spellings are plausibly the same name. */
export function soundsAlike(a: string, b: string): boolean {
  const fa = fold(a), fb = fold(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 4) return false;
  // a spelling half as long is a part of a name at most (ซุง is not Chiang Mai)
  if (Math.min(fa.length, fb.length) / Math.max(fa.length, fb.length) < 0.6) return false;
  const ca = consonants(fa), cb = consonants(fb);
  if (ca === cb && ca.length >= 3) return true;
  return stringSimilarity.compareTwoStrings(fa, fb) >= 0.72 || (ca.length >= 4 && stringSimilarity.compareTwoStrings(ca, cb) >= 0.8);
}

/** The Latin letters a token spells with this language's letter names (एसपीआईसी → SPIC), or null. */
export function spelledLetters(token: string, lang: LangCode): string | null {
  const names = Object.entries(languagePack(lang).letterNames);
  if (!names.length || !token) return null;
  // shortest parse by dynamic programming over positions
  const best: (string | null)[] = Array(token.length + 1).fill(null);
  best[0] = '';
  for (let i = 0; i < token.length; i++) {
    const here = best[i];
    if (here === null) continue;
    for (const [name, letter] of names)
      if (token.startsWith(name, i) && (best[i + name.length] === null || best[i + name.length]!.length > here.length + 1))
        best[i + name.length] = here + letter.toUpperCase();
  }
  return best[token.length] ?? null;
}

const commonCache = new Map<LangCode, Set<string>>();

/** Ordinary words of a language (from the core lexicons): a token among them is not a name. */
export function commonWords(lang: LangCode): Set<string> {
  let set = commonCache.get(lang);
  if (set) return set;
  set = new Set<string>();
  const add = (w: string) => w && set!.add(w.toLowerCase().normalize('NFC'));
  for (const code of LEXICON_LANGUAGES) {
    for (const { english, forms } of lexiconEntries(code)) {
      if (lang === 'en') for (const w of english.split(' ')) add(w);
      else if (code === lang) for (const f of forms) for (const w of f.split(' ')) {
        add(w);
        // Thai writes phrases without spaces: their words are common words too (เดินทาง → เดิน, ทาง)
        if (lang === 'th') for (const seg of wordSegmenter('th').segment(w)) if (seg.isWordLike) add(seg.segment);
      }
    }
  }
  for (const w of languagePack(lang).nonNames ?? []) add(w);
  commonCache.set(lang, set);
  return set;
}

/** English words are listed as lemmas: try the word and its lemma. */
export function isCommonWord(word: string, lang: LangCode): boolean {
  const set = commonWords(lang);
  const w = word.toLowerCase().normalize('NFC');
  if (set.has(w)) return true;
  if (lang !== 'en') return false;
  const lemmas = [w.replace(/'s$|’s$/, ''), w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y'), w.replace(/ed$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/d$/, ''), w.replace(/ly$/, ''), w.replace(/al$/, '')];
  return lemmas.some((l) => l !== w && set.has(l));
}

const glossCache = new Map<LangCode, Map<string, string>>();

/** An English rendering of a name made of ordinary words (चीन इलेक्ट्रिक पावर ग्रुप → China Electric Power Group). */
export function glossOf(words: string[], lang: LangCode): string | null {
  let map = glossCache.get(lang);
  if (!map) {
    map = new Map();
    for (const { english, forms } of lexiconEntries(lang)) {
      for (const f of forms) if (!map.has(f.normalize('NFC'))) map.set(f.normalize('NFC'), english);
    }
    glossCache.set(lang, map);
  }
  const out = words.map((w) => map!.get(w.normalize('NFC')));
  if (out.filter(Boolean).length * 2 < words.length) return null;
  // words the lexicon does not know (often loanwords) are shown romanized
  return out.map((w, i) => (w ?? romanize(words[i]!)).replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())).join(' ');
}

// --- Consonant skeletons: transliteration keeps a name's consonants and reshapes its vowels ---
// Chinese writes foreign names as syllables (弗吉尼亚 = fu-ji-ni-ya for Virginia: a vowel after every consonant, a
// coda r dropped, 尔 for a lone l/r, 克/特/斯 for a final k/t/s); Thai drops or reorders vowels and writes silent
// letters (ไวท์ฮอลล์); Devanagari has the inherent vowel. Consonant classes survive all of these.

/** Consonant classes: P lips, W w/v glide, T teeth, K velar, S sibilant/affricate, L liquid, N nasal. */
type Skeleton = string;

/**
 * The consonant classes of a spelling. `pinyin`: the letters are Hanyu Pinyin (x, q, j, c, z are sibilants/affricates;
 * the syllable-final n/ng a nasal); otherwise English-like spelling (c before e/i/y soft, x = ks, gh silent).
 */
export function skeleton(spelling: string, pinyin = false): Skeleton {
  const s = spelling.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!, n = s[i + 1] ?? '';
    const two = c + n;
    if (two === 'ng') { out += 'N'; i++; continue; }
    if (two === 'ph') { out += 'P'; i++; continue; }
    if (two === 'gh') { i++; continue; }
    if (two === 'ck' || two === 'kh' || two === 'qu' && !pinyin) { out += 'K'; i++; continue; }
    if (two === 'th') { out += 'T'; i++; continue; }
    if (two === 'ch' || two === 'sh' || two === 'zh') { out += 'S'; i++; continue; }
    if ('pbf'.includes(c) || (c === 'v' && !pinyin)) out += 'P';
    else if (c === 'v' || c === 'w') out += 'W';
    else if ('td'.includes(c)) out += 'T';
    else if ('kg'.includes(c)) out += 'K';
    else if (c === 'q') out += pinyin ? 'S' : 'K';
    else if (c === 'c') out += pinyin || /[eiy]/.test(n) ? 'S' : 'K';
    else if (c === 'x') out += pinyin ? 'S' : 'KS';
    else if ('sjz'.includes(c)) out += 'S';
    else if (c === 'r') out += pinyin ? 'S' : 'L'; // pinyin r (日内瓦 = Geneva) is a voiced sibilant
    else if (c === 'l') out += 'L';
    else if ('mn'.includes(c)) out += 'N';
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** Sounds that transliteration trades for each other (g/j, t/s in Thai finals, l/n, v/f/w). */
const NEAR = new Set(['KS', 'SK', 'TS', 'ST', 'LN', 'NL', 'WP', 'PW']);
/** Consonants one side often adds or drops: a coda r/l, a final k/t/s given its own syllable, a w glide. */
const CHEAP_GAP = new Set(['L', 'T', 'K', 'S', 'W']);

/** Edit distance between two skeletons, per consonant of the longer one (0 same … 1 nothing alike). */
export function skeletonDistance(a: Skeleton, b: Skeleton): number {
  if (!a.length || !b.length) return 1;
  const gap = (c: string) => (CHEAP_GAP.has(c) ? 0.6 : 1);
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + gap(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const row = [prev[0]! + gap(a[i - 1]!)];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1]!, y = b[j - 1]!;
      const sub = x === y ? 0 : NEAR.has(x + y) ? 0.5 : 1;
      row[j] = Math.min(prev[j - 1]! + sub, prev[j]! + gap(x), row[j - 1]! + gap(y));
    }
    prev = row;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

const HAN_CHAR = /\p{Script=Han}/u;

/** The skeleton(s) of a written name in any script: Han by pinyin, Thai with and without its silent letters. */
export function skeletonsOf(text: string): Skeleton[] {
  // 尔 (er) stands for a lone l/r; elsewhere pinyin r is a sibilant
  if (HAN_CHAR.test(text)) return [skeleton([...text].map((ch) => (anyAscii(ch).toLowerCase() === 'er' ? 'l' : anyAscii(ch))).join(' '), true)];
  if (/[\u0E00-\u0E7F]/.test(text)) {
    // a letter under ์ is silent, but loanwords keep it to mirror the English spelling (เทนเซ็นต์ = Tencent)
    const kept = anyAscii(text.replace(/์/g, '').replace(/([เแโใไ])([ก-ฮ])/g, '$2$1'));
    return [...new Set([skeleton(romanize(text)), skeleton(kept)])];
  }
  // ड़ is an r sound, but names of places spell it d (खावड़ा = Khavda)
  if (/[ड़ढ़]|[डढ]\u093C/.test(text)) return [...new Set([skeleton(romanize(text)), skeleton(romanize(text.replace(/ड़|ड\u093C/g, 'ड').replace(/ढ़|ढ\u093C/g, 'ढ')))])];
  return [skeleton(romanize(text))];
}

/**
 * Transliteration keeps a name's first consonant (or a near one) and about its number of consonants: anything else
 * is another name, however the gaps would add up (Arun ≠ सीतारमण).
 */
function comparable(a: Skeleton, b: Skeleton): boolean {
  if (!a || !b) return false;
  // two consonants or fewer say too little: only the same ones count, v/w/f aside (Lula = 卢拉, Vienna = 维也纳; not Hyundai ≈ मारुति)
  if (Math.min(a.length, b.length) <= 2) return a.length === b.length && [...a].every((c, i) => c === b[i] || (c + b[i]!).replace(/[PW]/g, '') === '');
  if (a[0] !== b[0] && !NEAR.has(a[0]! + b[0]!)) return false;
  // Chinese drops coda consonants (Walmart = 沃尔玛 wo-er-ma), so a difference of two is allowed
  const short = Math.min(a.length, b.length), diff = Math.abs(a.length - b.length);
  return diff <= Math.max(2, Math.ceil(short * 0.4));
}

/**
 * How far a Latin-script name is from a spelling in another script, by consonant skeleton (0 … 1).
 * A name of several words is also tried in the other order (Jinping Xi / Xi Jinping) when `reorder`.
 */
export function nameDistance(name: string, written: string, reorder = true): number {
  const words = name.split(/[\s·・-]+/).filter(Boolean);
  const orders = words.length > 1 && reorder ? [words, [...words.slice(1), words[0]!]] : [words];
  // a title or given name the other side leaves out (Chancellor Scholz = 朔尔茨): each word of three consonants or more alone
  if (words.length > 1) for (const w of words) if (skeleton(w).length >= 3 && !isCommonWord(w, 'en')) orders.push([w]);
  let best = 1;
  for (const o of orders) {
    const joined = o.join('');
    // g before e/i may be soft (Virginia = 弗吉尼亚, Georgia) or hard (Gibson): try both
    const variants = new Set([skeleton(joined), skeleton(joined.replace(/g(?=[eiy])/gi, 'j'))]);
    for (const a of variants) for (const b of skeletonsOf(written)) if (comparable(a, b)) best = Math.min(best, skeletonDistance(a, b));
  }
  return best;
}

/**
 * Characters Chinese uses to write foreign names by sound (the Xinhua transliteration syllabary, most frequent part):
 * a run of three or more of them is most likely a foreign name (沃尔玛, 德布勒森, 格奥尔基耶娃).
 */
export const HAN_TRANSLITERATION = new Set(
  [...'阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登邓迪蒂丁东杜多俄厄恩尔法凡菲费芬丰弗福夫富盖甘冈戈格根古瓜圭哈海汉豪赫亨洪霍基吉加贾杰金津卡凯坎康考科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉连林琳隆卢鲁路伦罗洛马迈曼梅蒙米密莫姆穆纳奈南内尼宁纽努诺欧帕潘佩蓬皮普奇齐乔切钦琼丘萨塞桑瑟森沙莎舍什施舒斯松苏索塔泰坦汤唐特滕提汀通图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因尤约詹泽扎兹朱祖佐茨娃娜妮丽娅琪黛玛麦慕芭露缇珀柯契吕澳墨日朔赛'],
);

const lexiconForms = new Map<LangCode, Map<string, string[]>>();

/**
 * Whether the core lexicon translates this English word into `lang` by sound (bhopal = भोपाल, boston = บอสตัน):
 * such an entry is a name, not an ordinary word, however it is listed.
 */
export function soundsLikeInLexicon(word: string, lang: LangCode): boolean {
  if (lang === 'en') return false;
  let map = lexiconForms.get(lang);
  if (!map) {
    map = new Map();
    for (const { english, forms } of lexiconEntries(lang)) {
      if (english.includes(' ')) continue;
      map.set(english.toLowerCase(), [...(map.get(english.toLowerCase()) ?? []), ...forms]);
    }
    lexiconForms.set(lang, map);
  }
  const forms = map.get(word.toLowerCase());
  if (!forms) return false;
  // every form written by sound: "bank" is also ธนาคาร, so it is a word; "bhopal" is only भोपाल
  const native = forms.filter((f) => !LATIN_LETTER.test(f));
  return native.length > 0 && native.every((f) => nameDistance(word, f) <= 0.2);
}
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Chinese surnames as they are spelled outside pinyin (Cantonese, Hokkien, Wade–Giles, Korean, Japanese readings):
 * "Lawrence Wong" is 黄循财, "Joe Tsai" 蔡崇信, "Masayoshi Son" 孙正义 — the given names cannot be checked by sound.
 */
export const HAN_SURNAME_SPELLINGS: Record<string, string[]> = {
  黄: ['wong', 'huang', 'ng', 'oei', 'hwang'], 蔡: ['tsai', 'choi', 'chua', 'tsoi', 'cai'], 李: ['lee', 'li', 'lie', 'yi', 'rhee'],
  陈: ['chan', 'chen', 'tan', 'chin', 'tran'], 林: ['lim', 'lin', 'lam', 'hayashi'], 张: ['cheung', 'chang', 'zhang', 'teo', 'chong', 'jang'],
  王: ['wong', 'wang', 'ong'], 吴: ['wu', 'ng', 'goh', 'ngo', 'oh'], 刘: ['liu', 'lau', 'lao', 'yoo'], 郭: ['kwok', 'guo', 'kuo', 'quek'],
  许: ['hui', 'xu', 'hsu', 'koh', 'heo'], 杨: ['yang', 'yeung', 'yeo', 'young'], 孙: ['sun', 'son', 'suen'], 周: ['chow', 'zhou', 'chou', 'chew'],
  郑: ['cheng', 'zheng', 'tay', 'chung', 'jung'], 谢: ['tse', 'xie', 'hsieh', 'chia'], 梁: ['leung', 'liang', 'leong', 'ryang'],
  何: ['ho', 'he'], 罗: ['law', 'luo', 'lo', 'loh'], 马: ['ma', 'mah'], 胡: ['hu', 'woo', 'wu'], 高: ['ko', 'gao', 'kao', 'koh'],
  朱: ['chu', 'zhu', 'choo'], 尹: ['yoon', 'yin', 'wan'], 金: ['kim', 'jin', 'kam'], 朴: ['park', 'piao', 'pak'], 崔: ['choi', 'cui', 'tsui'],
  岸: ['kishida'], 石: ['ishiba', 'shek', 'shi'], 安: ['abe', 'an', 'ahn'], 菅: ['suga'], 文: ['moon', 'man', 'wen'], 曾: ['tsang', 'zeng', 'chan'],
};

const lexiconNames = new Map<LangCode, Set<string>>();

/** A word the core lexicon gives as the spelling by sound of an English word (भोपाल for bhopal): a name. */
export function isLexiconName(word: string, lang: LangCode): boolean {
  let set = lexiconNames.get(lang);
  if (!set) {
    set = new Set();
    soundsLikeInLexicon('', lang); // builds lexiconForms
    for (const [english, forms] of lexiconForms.get(lang) ?? []) for (const f of forms) if (!LATIN_LETTER.test(f) && nameDistance(english, f) <= 0.2) set.add(f);
    lexiconNames.set(lang, set);
  }
  return set.has(word);
}
