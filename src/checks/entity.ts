// entity: the people, organisations and places named on one side must be named on the other. A name is found
// as a known alias (SPIC = एसपीआईसी = राज्य विद्युत निवेश समूह), a Latin-script name, or an organisation's name
// before a designator (… ग्रुप); its counterpart is found literally, through aliases, by acronym letter names,
// or by sound (अलीबाबा = Alibaba). Unmatched names on both sides of a pair make one substitution finding.
import type { LangCode, Severity } from '../core/types.js';
import { LANGUAGES } from '../core/types.js';
import { languagePack } from '../lang/index.js';
import { glossOf, HAN_SURNAME_SPELLINGS, HAN_TRANSLITERATION, isLexiconName, soundsLikeInLexicon, isCommonWord, nameDistance, romanize, soundsAlike, spelledLetters } from './names.js';
import { ARTICLES_DIFFER, comparedPairs, pairFinding, q, spanEvidence, type CheckContext, type PairView, type Rule, type SideView } from './rule.js';
import { wordSegmenter } from '../core/word-segmenter.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Alias ids of countries and cities (language-neutral ids of the packs' `aliases`). */
const PLACES = new Set(['china', 'india', 'vietnam', 'thailand', 'united-states', 'japan', 'united-kingdom', 'european-union', 'beijing', 'shanghai', 'hangzhou', 'shenzhen', 'new-delhi', 'mumbai', 'hanoi', 'ho-chi-minh-city', 'bangkok', 'hyderabad', 'bengaluru', 'chennai', 'kolkata', 'gujarat', 'odisha', 'da-nang', 'chiang-mai', 'phuket', 'guangdong', 'hong-kong', 'singapore', 'korea', 'indonesia', 'malaysia', 'germany', 'france', 'russia', 'australia', 'europe', 'davos', 'hungary', 'saudi-arabia']);

type Strength = 'known' | 'strong' | 'weak';

interface Mention {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  strength: Strength;
  alias?: string;
  /** Found by an organisation designator (… ग्रुप). */
  designated?: boolean;
  /** A lone unknown word opening an English sentence: a name only if the other side names someone else. */
  opener?: boolean;
  /** Guessed from the script alone (a run of Chinese transliteration characters, an unknown Thai word): never reported alone. */
  guessed?: boolean;
  /** Unmatched, but a spelling on the other side is close enough by sound that the mismatch is uncertain. */
  uncertain?: boolean;
}

const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
const UPPER = /^\p{Lu}/u;
// the visarga ः is kept out of words: typed for a colon ("देखेंःअलीबाबा") it separates them
const WORD = /(?:(?!\u0903)[\p{L}\p{M}\p{N}])+(?:['’&.-](?:(?!\u0903)[\p{L}\p{M}\p{N}])+)*/gu;

function tokenize(text: string, lang: LangCode): Token[] {
  const out: Token[] = [];
  if (lang === 'th') {
    for (const s of wordSegmenter('th').segment(text))
      if (s.isWordLike) out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
    return out;
  }
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (lang === 'zh' && HAN.test(m[0])) {
      // each Han character is a syllable: names are matched over runs of them
      let i = start;
      for (const ch of m[0]) {
        out.push({ text: ch, start: i, end: i + ch.length });
        i += ch.length;
      }
    } else out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** A romanized name for a reader who does not read the script: "झांग योंग" → "Jhang Yong". */
const roman = (s: string) => romanize(s).replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every alias form any language could write in a text of `lang` (Latin forms appear in every script). */
// The packs are static: build each language's sorted alias list once, not once per sentence.
const aliasFormsByLang = new Map<LangCode, [string, string][]>();

function aliasForms(lang: LangCode): [string, string][] {
  let forms = aliasFormsByLang.get(lang);
  if (!forms) aliasFormsByLang.set(lang, (forms = buildAliasForms(lang)));
  return forms;
}

function buildAliasForms(lang: LangCode): [string, string][] {
  const out: [string, string][] = [];
  for (const code of LANGUAGES) {
    for (const [id, forms] of Object.entries(languagePack(code).aliases))
      for (const form of forms) if (code === lang || LATIN.test(form)) out.push([form, id]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

const BOUNDED = (lang: LangCode) => lang !== 'th' && lang !== 'zh';
const LETTERISH = /(?!\u0903)[\p{L}\p{M}\p{N}]/u;

/**
 * Offsets where `form` occurs in `text` as a whole word. Latin forms match with their case and accents
 * (Vietnamese "Nhật" is Japan, "nhất" is "most"), and may carry an English ending (American → Americans).
 */
function occurrences(text: string, form: string, lang: LangCode, loose = false): number[] {
  const latin = LATIN.test(form);
  const hay = loose ? lowerCased(text) : text;
  const needle = loose ? form.toLowerCase() : form;
  const out: number[] = [];
  const bounded = BOUNDED(lang) || latin;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (bounded && i > 0 && LETTERISH.test(hay[i - 1]!)) continue;
    const after = i + needle.length;
    let ending = '';
    if (latin) {
      ENGLISH_ENDING.lastIndex = after;
      ending = ENGLISH_ENDING.exec(hay)?.[0] ?? '';
    }
    if (bounded && LETTERISH.test(hay[after + ending.length] ?? ' ') && !(loose && latin && needle.length >= 4)) continue;
    out.push(i);
  }
  return out;
}

/** An English ending a Latin name may carry (American → Americans), read right after the name (sticky). */
const ENGLISH_ENDING = /(?:['’]s|s|es|n|ns|an|ans|ese)?/y;

// A sentence is searched for every name of the other side: lower-case it once, not once per name.
let lastText = '';
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

function aliasMentions(view: SideView, tokens: Token[]): Mention[] {
  const taken: [number, number][] = [];
  const out: Mention[] = [];
  for (const [form, id] of aliasForms(view.lang)) {
    for (const at of occurrences(view.text, form, view.lang)) {
      const end = at + form.length;
      // Thai and Chinese have no spaces: ไทย inside the word มหาดไทย (interior) is no mention of Thailand
      if (!BOUNDED(view.lang) && tokens.some((t) => t.start <= at && t.end >= end && (t.start < at || t.end > end) && isCommonWord(t.text, view.lang))) continue;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      taken.push([at, end]);
      out.push({ text: view.text.slice(at, end), start: at, end, tokens: tokens.filter((t) => t.start >= at && t.end <= end), strength: 'known', alias: id });
    }
  }
  return out;
}

const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?$/u;
const isVietnameseSyllable = (w: string) =>
  w.split(/[-‐]/).every((part) => VI_SYLLABLE.test(part.toLowerCase().normalize('NFD').replace(/[\u0300-\u0309\u0323]/g, '').normalize('NFC')));
const isAcronym = (w: string) => /^[A-Z]{2,6}s?$/.test(w);

/** Does the token open a sentence or a quotation (where capitals say nothing)? */
function opensSentence(view: SideView, token: Token): boolean {
  if (view.offsets.includes(token.start)) return true;
  const before = view.text.slice(Math.max(0, token.start - 3), token.start);
  return token.start === 0 || /[.!?:“"‘(]\s*$/.test(before);
}

/** Capitalized runs in a Latin-script language: "Daniel Zhang", "Amazon Web Services", "CarbFix". */
function capitalizedMentions(view: SideView, tokens: Token[], covered: (t: Token) => boolean, otherLang?: LangCode): Mention[] {
  const lang = view.lang;
  const capitalized = tokens.filter((t) => /\p{L}/u.test(t.text));
  const capShare = capitalized.filter((t) => UPPER.test(t.text)).length / Math.max(1, capitalized.length);
  // prose ending in a full stop is a headline only when nearly every word is capitalized ("… Chancellor Merkel in Paris.")
  const titleCase = capitalized.length >= 4 && capShare >= (/[.!?。]["”’]?\s*$/.test(view.text) ? 0.85 : 0.6);
  // the core lexicons list places too (bhopal = भोपाल): a capitalized word the other language writes by sound is a name
  const lexicalName = (t: Token) => lang === 'en' && !!otherLang && !opensSentence(view, t) && soundsLikeInLexicon(t.text, otherLang);
  const ordinary = (t: Token) =>
    lang === 'vi' ? isVietnameseSyllable(t.text) && !isAcronym(t.text) : (isCommonWord(t.text, 'en') || isCommonWord(t.text, lang) || /^\p{N}/u.test(t.text)) && !lexicalName(t);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = run.length ? view.text.slice(run[run.length - 1]!.end, t.start) : ' ';
    if (run.length && !/^[\s-]*$/.test(gap)) flush();
    const cap = UPPER.test(t.text) && !covered(t);
    // in a headline every word is capitalized: only acronyms and CamelCase words say "name" there
    if (cap && !(titleCase && !isAcronym(t.text) && !/\p{Ll}\p{Lu}/u.test(t.text))) run.push(t);
    else if (run.length && /^(of|de|&|for)$/.test(t.text) && UPPER.test(tokens[i + 1]?.text ?? '')) run.push(t);
    else flush();
  }
  flush();
  const out: Mention[] = [];
  const months = languagePack(lang).numbers.months;
  for (let r of runs) {
    while (r.length && (ordinary(r[0]!) && (lang === 'en' || opensSentence(view, r[0]!)))) r = r.slice(1);
    while (r.length && (ordinary(r[r.length - 1]!) && lang === 'en')) r = r.slice(0, -1);
    if (!r.length) continue;
    if (lang === 'en' && r.length === 1 && isCommonWord(r[0]!.text, 'en') && !lexicalName(r[0]!)) continue;
    // one capitalized word opening a sentence may be any word; only its shape (ACRONYM, CamelCase) says name.
    // Kept as an "opener": it counts only as one side of a swap with a surer name ("Samsung" → "LG")
    if (r.length === 1 && opensSentence(view, r[0]!) && !isAcronym(r[0]!.text) && !/\p{Ll}\p{Lu}/u.test(r[0]!.text)) {
      const w = r[0]!.text;
      if (lang === 'en' && !isCommonWord(w, 'en') && !isEnglishWordShape(w) && months[w.toLowerCase()] === undefined)
        out.push({ text: w, start: r[0]!.start, end: r[0]!.end, tokens: r, strength: 'weak', opener: true });
      continue;
    }
    if (r.every((t) => months[t.text.toLowerCase()] !== undefined || (languagePack(lang).nonNames ?? []).includes(t.text.toLowerCase()))) continue;
    // Vietnamese writes its own abbreviations in capitals (TCN, UBND): only a word that is no Vietnamese syllable is surely foreign
    const foreign = lang === 'vi' ? r.some((t) => !isVietnameseSyllable(t.text) && !isAcronym(t.text)) : r.some((t) => !isCommonWord(t.text, 'en') || lexicalName(t));
    const start = r[0]!.start, end = r[r.length - 1]!.end;
    out.push({ text: view.text.slice(start, end), start, end, tokens: r, strength: foreign ? 'strong' : 'weak' });
  }
  return out;
}

/** Latin-script names inside a text in another script (SPIC, JAS 39C Gripen). */
function latinMentions(view: SideView, tokens: Token[], covered: (t: Token) => boolean): Mention[] {
  const out: Mention[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.some((t) => /\p{Lu}/u.test(t.text) && !isCommonWord(t.text, 'en'))) {
      const start = run[0]!.start, end = run[run.length - 1]!.end;
      out.push({ text: view.text.slice(start, end), start, end, tokens: run, strength: 'strong' });
    }
    run = [];
  };
  for (const t of tokens) {
    const latin = LATIN.test(t.text) && !covered(t);
    if (latin && run.length && !/^\s*$/.test(view.text.slice(run[run.length - 1]!.end, t.start))) flush();
    if (latin) run.push(t);
    else flush();
  }
  flush();
  return out;
}

/** An organisation named by its designator: "चीन इलेक्ट्रिक पावर ग्रुप" (up to three words before ग्रुप). */
function designatedMentions(view: SideView, tokens: Token[], covered: (t: Token) => boolean): Mention[] {
  const designators = new Set((view.pack.nameDesignators ?? []).map((d) => d.toLowerCase()));
  const nonNames = new Set(view.pack.nonNames ?? []);
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    if (!designators.has(t.text.toLowerCase()) || covered(t)) return;
    let j = i;
    while (j > 0 && i - j < 3) {
      const prev = tokens[j - 1]!;
      if (nonNames.has(prev.text) || /\p{N}/u.test(prev.text) || !/^\s*$/.test(view.text.slice(prev.end, tokens[j]!.start))) break;
      j--;
    }
    if (j === i) return;
    const span = tokens.slice(j, i + 1);
    // a known name before the designator ("अलीबाबा समूह") is already that name
    if (span.slice(0, -1).every(covered)) return;
    out.push({ text: view.text.slice(span[0]!.start, t.end), start: span[0]!.start, end: t.end, tokens: span, strength: 'weak', designated: true });
  });
  return out;
}

function mentionsOf(view: SideView, all_: Token[], otherLang?: LangCode): Mention[] {
  // words inside a number, amount or date ("Rs 4.5 trillion", "July 5") are not names
  const inFact = (start: number, end: number) => view.facts.some((f) => start >= f.at + f.start && end <= f.at + f.end);
  const tokens = all_.filter((t) => !inFact(t.start, t.end));
  // "US" in "20 billion US dollars" names the currency, not the country
  const known = aliasMentions(view, tokens).filter((m) => !inFact(m.start, m.end));
  // a token that only begins with a known name is that name ("Xiaomi's" for Xiaomi)
  const inside = (list: Mention[]) => (t: Token) => list.some((m) => t.start < m.end && t.end > m.start);
  let designated = designatedMentions(view, tokens, inside(known));
  // a designated organisation swallows the place names in it (चीन in चीन इलेक्ट्रिक पावर ग्रुप)
  const kept = known.filter((m) => !designated.some((d) => m.start >= d.start && m.end <= d.end));
  designated = designated.filter((d) => !kept.some((m) => m.start < d.end && m.end > d.start));
  const all = [...kept, ...designated];
  const rest = view.lang === 'en' || view.lang === 'vi' ? capitalizedMentions(view, tokens, inside(all), otherLang) : latinMentions(view, tokens, inside(all));
  return [...all, ...rest].sort((a, b) => a.start - b.start);
}

type Span = [number, number];
const overlaps = (spans: Span[], start: number, end: number) => spans.some(([a, b]) => start < b && end > a);

interface Counterpart {
  matched: boolean;
  /** Where on the other side the match was found, when known (a name there is taken by this one). */
  at?: [number, number][];
  /** For a name of several words found only in part: which words were found, and where. */
  found?: Token[];
  missing?: Token[];
  where?: Token[];
}

function aliasPresent(id: string, other: SideView): boolean {
  for (const code of LANGUAGES) {
    const forms = languagePack(code).aliases[id] ?? [];
    for (const form of forms) if ((code === other.lang || LATIN.test(form)) && occurrences(other.text, form, other.lang).length) return true;
  }
  return false;
}

/** Windows of 1..n consecutive tokens of the other side, with their joined text. */
function windows(tokens: Token[], other: SideView, max: number): { text: string; tokens: Token[] }[] {
  // every name of a pair is looked for in the same windows of the other sentence: build them once per token list
  const known = windowCache.get(tokens);
  if (known && known.text === other.text && known.max === max) return known.windows;
  const out: { text: string; tokens: Token[] }[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (let n = 1; n <= max && i + n <= tokens.length; n++) {
      const span = tokens.slice(i, i + n);
      if (n > 1 && !/^[\s·・-]*$/.test(other.text.slice(span[n - 2]!.end, span[n - 1]!.start))) break;
      out.push({ text: span.map((t) => t.text).join(''), tokens: span });
    }
  windowCache.set(tokens, { text: other.text, max, windows: out });
  return out;
}

const windowCache = new WeakMap<Token[], { text: string; max: number; windows: { text: string; tokens: Token[] }[] }>();

function aliasSpans(id: string, other: SideView): [number, number][] {
  const out: [number, number][] = [];
  for (const code of LANGUAGES)
    for (const form of languagePack(code).aliases[id] ?? [])
      if (code === other.lang || LATIN.test(form)) for (const at of occurrences(other.text, form, other.lang)) out.push([at, at + form.length]);
  return out;
}

function counterpart(m: Mention, other: SideView, otherTokens: Token[], blocked: Span[] = []): Counterpart {
  if (m.alias && aliasPresent(m.alias, other)) return { matched: true, at: aliasSpans(m.alias, other) };
  const literal = occurrences(other.text, m.text, other.lang, true);
  if (literal.length) return { matched: true, at: literal.map((at) => [at, at + m.text.length] as [number, number]) };
  const compact = m.text.replace(/[\s.'’-]/g, '');
  if (m.tokens.length === 1 && isAcronym(m.text)) {
    const letters = m.text.replace(/s$/, '');
    if (otherTokens.some((t) => spelledLetters(t.text, other.lang) === letters)) return { matched: true };
    const initials = otherTokens.filter((t) => UPPER.test(t.text)).map((t) => t.text[0]).join('');
    if (initials.includes(letters)) return { matched: true };
  }
  const span = other.lang === 'zh' ? 6 : 4;
  // the other side's known names (ซัมซุง = Samsung) are theirs: a window into them is no spelling of this name
  const wins = blocked.length ? windows(otherTokens, other, span).filter((w) => !overlaps(blocked, w.tokens[0]!.start, w.tokens[w.tokens.length - 1]!.end)) : windows(otherTokens, other, span);
  const alike = wins.find((w) => soundsAlike(compact, w.text));
  if (alike) return { matched: true, at: [[alike.tokens[0]!.start, alike.tokens[alike.tokens.length - 1]!.end]] };
  const words = m.tokens.filter((t) => /\p{L}/u.test(t.text) && t.text.length > 1);
  // a name found only by its designator is compared whole: its words alone are ordinary words
  if (words.length < 2 || m.strength === 'weak') return { matched: false };
  const found: Token[] = [], missing: Token[] = [], where: Token[] = [];
  for (const t of words) {
    const hit = wins.find((w) => (w.tokens.length <= 2 || other.lang === 'zh') && soundsAlike(t.text, w.text));
    if (hit) {
      found.push(t);
      where.push(...hit.tokens);
    } else missing.push(t);
  }
  if (!found.length) return { matched: false };
  if (!missing.length) return { matched: true, at: where.map((t) => [t.start, t.end] as [number, number]) };
  return { matched: false, found, missing, where };
}

/** Words next to a partly matched name that look like part of it (झांग योंग: योंग). */
function addedNameWords(other: SideView, otherTokens: Token[], where: Token[], source: Mention): Token[] {
  if (other.lang === 'zh' || other.lang === 'th') return [];
  const sorted = [...new Set(where)].sort((a, b) => a.start - b.start);
  const first = otherTokens.indexOf(sorted[0]!), last = otherTokens.indexOf(sorted[sorted.length - 1]!);
  const nameLike = (t: Token | undefined) =>
    !!t &&
    /^\p{L}[\p{L}\p{M}]*$/u.test(t.text) &&
    !isCommonWord(t.text, other.lang) &&
    !(other.pack.nonNames ?? []).includes(t.text.toLowerCase()) &&
    (other.lang === 'hi' || UPPER.test(t.text)) &&
    !source.tokens.some((s) => soundsAlike(s.text, t.text));
  const added: Token[] = [];
  for (let i = last + 1; i <= last + 2 && nameLike(otherTokens[i]); i++) added.push(otherTokens[i]!);
  if (nameLike(otherTokens[first - 1])) added.unshift(otherTokens[first - 1]!);
  return added;
}

/** Words with a common English ending (-ing, -able, -tion, …) are more likely words than names. */
function isEnglishWordShape(word: string): boolean {
  return /(?:ing|able|ible|tion|sion|ment|ness|ity|ive|ous|ful|less|ally|ward|wide|ed|ly)$/i.test(word);
}

function describe(m: Mention, lang: LangCode): string {
  if (LATIN.test(m.text)) return q(m.text);
  // a guessed name is written by sound: its romanization, not a gloss of its characters
  if (m.guessed) return `${q(m.text)} (${roman(m.text)})`;
  const gloss = glossOf(m.tokens.map((t) => t.text), lang);
  return `${q(m.text)} (${gloss ?? roman(m.text)})`;
}

/** "State Power Investment Corporation Limited (SPIC)": an acronym in parentheses right after a name. */
interface BracketAcronym {
  /** The acronym's letters (SPIC), also for a spelled-out one (एसपीआईसी). */
  letters: string;
  text: string;
  start: number;
  end: number;
}

function bracketAcronyms(view: SideView): BracketAcronym[] {
  const out: BracketAcronym[] = [];
  for (const m of view.text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}.]*\s*[(（]\s*([^\s()（）]{2,12})\s*[)）]/gu)) {
    const token = m[1]!;
    const letters = isAcronym(token) ? token.replace(/s$/, '') : spelledLetters(token, view.lang);
    if (!letters || letters.length < 2) continue;
    const start = (m.index ?? 0) + m[0].indexOf(token);
    out.push({ letters, text: token, start, end: start + token.length });
  }
  return out;
}

/** Does the other side write these letters, as they are or spelled out with its letter names? */
function acronymPresent(letters: string, other: SideView, otherTokens: Token[]): boolean {
  if (occurrences(other.text, letters, other.lang).length) return true;
  return otherTokens.some((t) => t.text.replace(/[.]/g, '') === letters || spelledLetters(t.text, other.lang) === letters);
}

/**
 * An acronym given in parentheses after a full name on one side, with neither the acronym nor its spelled-out
 * form on the other: a minor loss (the name itself is checked as a name), reported as info.
 */
function droppedAcronyms(rule: Rule, pair: PairView, sTok: Token[], tTok: Token[]) {
  const findings = [];
  for (const [from, to, toTokens] of [
    [pair.src, pair.tgt, tTok],
    [pair.tgt, pair.src, sTok],
  ] as const) {
    for (const a of bracketAcronyms(from)) {
      if (acronymPresent(a.letters, to, toTokens)) continue;
      const shown = LATIN.test(a.text) ? q(`(${a.text})`) : `${q(`(${a.text})`)} (${a.letters})`;
      const message =
        from.side === 'src'
          ? `The acronym ${shown} given after the name in the source is not in the translation.`
          : `The translation adds the acronym ${shown} after the name; the source does not give it.`;
      findings.push(pairFinding(rule, pair, message, [spanEvidence(from, a.start, a.end)], { severity: 'info', values: from.side === 'src' ? { src: a.text } : { tgt: a.text } }));
    }
  }
  return findings;
}

/** "Ali" for Alibaba, "Tata" for Tata Power: one Latin name begins the other (at least three letters). */
function shortForm(a: string, b: string): boolean {
  const fold = (x: string) => strip(x).replace(/[^\p{L}\p{N}]/gu, '');
  const [x, y] = [fold(a), fold(b)].sort((m, n) => m.length - n.length) as [string, string];
  return LATIN.test(a) && LATIN.test(b) && x.length >= 3 && y.startsWith(x);
}

/** A whole article as one side (comparable mode asks whether the other article names someone anywhere). */
function articleView(context: CheckContext, side: 'src' | 'tgt'): { view: SideView; tokens: Token[] } {
  const sentences = side === 'src' ? context.source : context.target;
  const lang = side === 'src' ? context.srcLang : context.tgtLang;
  const offsets: number[] = [];
  let text = '';
  for (const s of sentences) {
    if (text) text += ' ';
    offsets.push(text.length);
    text += s.text;
  }
  const view: SideView = { side, lang, pack: languagePack(lang), sentences: sentences.map((_, i) => i), text, offsets, facts: [] };
  return { view, tokens: tokenize(text, lang) };
}


// --- Names the matcher can only guess: transliterations compared by consonant skeleton ---
/** A transliteration this close (nameDistance) is the same name; up to UNCERTAIN it may be (reported as info). */
// Devanagari spells a name nearly letter for letter: it gets the tighter bounds.
const SAME_NAME: Partial<Record<LangCode, number>> = { zh: 0.3, th: 0.25, hi: 0.2 };
const UNCERTAIN: Partial<Record<LangCode, number>> = { zh: 0.4, th: 0.3, hi: 0.2 };
const NON_LATIN_NAMES = new Set<LangCode>(['zh', 'th', 'hi']);


/** Runs of Chinese transliteration characters (沃尔玛): start/end offsets. */
function hanTransliterationRuns(view: SideView): Span[] {
  const out: Span[] = [];
  let start = -1;
  const chars = [...view.text];
  let at = 0;
  const flush = (end: number) => {
    if (start >= 0) out.push([start, end]);
    start = -1;
  };
  for (const ch of chars) {
    if (HAN_TRANSLITERATION.has(ch) || (start >= 0 && ch === '·')) {
      if (start < 0) start = at;
    } else flush(at);
    at += ch.length;
  }
  flush(at);
  return out;
}

/** Words of a non-Latin side that no lexicon knows (a loanword or a name): a name may be written with them. */
const unknownWord = (t: Token, view: SideView) => /\p{L}/u.test(t.text) && !LATIN.test(t.text) && !isCommonWord(t.text, view.lang) && !(view.pack.nonNames ?? []).includes(t.text);

/** Spellings on a non-Latin side that could be a transliterated name, away from what other names already took. */
function soundCandidates(view: SideView, tokens: Token[], claimed: Span[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  if (view.lang === 'zh') {
    for (const [a, b] of hanTransliterationRuns(view)) {
      const chars = [...view.text.slice(a, b)];
      for (let i = 0; i < chars.length; i++)
        for (let n = 1; n <= 8 && i + n <= chars.length; n++) {
          const start = a + chars.slice(0, i).join('').length, text = chars.slice(i, i + n).join('');
          if (!overlaps(claimed, start, start + text.length)) out.push({ text, start, end: start + text.length });
        }
    }
    // a name with the separator dot (赛塔·他威信): the characters after it need not be transliteration ones
    for (const m of view.text.matchAll(/\p{Script=Han}{1,6}·\p{Script=Han}{1,6}/gu)) {
      const dot = (m.index ?? 0) + m[0].indexOf('·');
      for (let a = m.index ?? 0; a < dot; a++)
        for (let b = dot + 2; b <= (m.index ?? 0) + m[0].length; b++)
          if (!overlaps(claimed, a, b)) out.push({ text: view.text.slice(a, b), start: a, end: b });
    }
    return out;
  }
  for (let i = 0; i < tokens.length; i++)
    for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
      const span = tokens.slice(i, i + n);
      if (n > 1 && !/^\s?$/.test(view.text.slice(span[n - 2]!.end, span[n - 1]!.start))) break;
      if (!span.some((t) => unknownWord(t, view) || isLexiconName(t.text, view.lang)) || span.some((t) => LATIN.test(t.text) || /\p{N}/u.test(t.text))) continue;
      const start = span[0]!.start, end = span[n - 1]!.end;
      if (!overlaps(claimed, start, end)) out.push({ text: view.text.slice(start, end), start, end });
    }
  return out;
}

/** Names guessed from the script alone: a run of three or more Chinese transliteration characters, or Thai words no lexicon knows. */
function guessedMentions(view: SideView, tokens: Token[], taken: Span[]): Mention[] {
  const out: Mention[] = [];
  if (view.lang === 'zh') {
    for (const [a, b] of hanTransliterationRuns(view))
      if ([...view.text.slice(a, b)].length >= 3 && !overlaps(taken, a, b))
        out.push({ text: view.text.slice(a, b), start: a, end: b, tokens: tokens.filter((t) => t.start >= a && t.end <= b), strength: 'weak', guessed: true });
  } else if (view.lang === 'th' || view.lang === 'hi') {
    let run: Token[] = [];
    const flush = () => {
      const text = run.length ? view.text.slice(run[0]!.start, run[run.length - 1]!.end) : '';
      if ([...text].length >= 3 && !overlaps(taken, run[0]!.start, run[run.length - 1]!.end))
        out.push({ text, start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run, strength: 'weak', guessed: true });
      run = [];
    };
    for (const t of tokens) {
      // Thai writes a name's words together; Devanagari separates them with spaces
      if (run.length && !(view.lang === 'hi' ? /^ $/ : /^$/).test(view.text.slice(run[run.length - 1]!.end, t.start))) flush();
      if (unknownWord(t, view) && !/\p{N}/u.test(t.text)) run.push(t);
      else flush();
    }
    flush();
  }
  return out;
}

/** The candidate spelling nearest by sound to a Latin-script name, and how near (0 … 1). */
function closestSpelling(m: Mention, candidates: { text: string; start: number; end: number }[], lang: LangCode): { d: number; at?: Span } {
  let best: { d: number; at?: Span } = { d: 1 };
  // only Chinese puts the family name first where English puts it last (Jensen Huang = 黄仁勋)
  for (const c of candidates) {
    const d = nameDistance(m.text, c.text, lang === 'zh');
    if (d < best.d) best = { d, at: [c.start, c.end] };
  }
  return best;
}

const entity: Rule = {
  id: 'entity',
  family: 'entity',
  severity: 'warning',
  run(context) {
    const findings = [];
    const comparable = context.mode === 'comparable';
    // comparable mode: articles name things in different sentences, so a name is a conflict (the same fact
    // attributed to someone else) only when one of the two names is never used, even partly ("Zhang" for Daniel
    // Zhang), by the other article, and neither is a short form of the other ("Ali" for Alibaba)
    const articles: Partial<Record<'src' | 'tgt', { view: SideView; tokens: Token[] }>> = {};
    const inArticle = (m: Mention, side: 'src' | 'tgt'): boolean => {
      const a = (articles[side] ??= articleView(context, side));
      const c = counterpart(m, a.view, a.tokens);
      return c.matched || !!c.found;
    };
    for (const pair of comparedPairs(context)) {
      const sTok = tokenize(pair.src.text, pair.src.lang), tTok = tokenize(pair.tgt.text, pair.tgt.lang);
      const sMentions = mentionsOf(pair.src, sTok, pair.tgt.lang), tMentions = mentionsOf(pair.tgt, tTok, pair.src.lang);
      if (!comparable) findings.push(...droppedAcronyms(entity, pair, sTok, tTok));
      const lostS: Mention[] = [], lostT: Mention[] = [];
      // what each name's counterpart took on the other side: a loose match by sound may only use what is left
      const found = new Map<Mention, Counterpart>();
      const claimed: Record<'src' | 'tgt', Span[]> = { src: [], tgt: [] };
      for (const [mentions, to, toTokens] of [
        [sMentions, pair.tgt, tTok],
        [tMentions, pair.src, sTok],
      ] as const)
        for (const m of mentions) {
          // names of the other side already accounted for on this side (ซัมซุง, with Samsung here) are not spellings of this one
          const from = to.side === 'src' ? pair.tgt : pair.src;
          const known = (to.side === 'src' ? sMentions : tMentions).filter((x) => x.alias && x.alias !== m.alias && aliasPresent(x.alias, from)).map((x) => [x.start, x.end] as Span);
          const c = counterpart(m, to, toTokens, known);
          found.set(m, c);
          if (c.at) claimed[to.side].push(...c.at);
          if (c.where) claimed[to.side].push(...c.where.map((t) => [t.start, t.end] as Span));
        }
      for (const m of [...sMentions, ...tMentions]) if (found.get(m)!.matched) claimed[sMentions.includes(m) ? 'src' : 'tgt'].push([m.start, m.end]);
      // names in Latin script against a text in another script: a transliteration there may be the same name
      const loose = new Map<Mention, 'same' | 'uncertain'>();
      if (!comparable)
        for (const [mentions, to, toTokens] of [
          [sMentions, pair.tgt, tTok],
          [tMentions, pair.src, sTok],
        ] as const)
          for (const m of mentions) {
            const c = found.get(m)!;
            if (c.matched || !LATIN.test(m.text) || !NON_LATIN_NAMES.has(to.lang)) continue;
            if (c.found) {
              // found in part: the words not found by spelling may be there by sound (Srettha = เศรษฐา)
              const spans = c.missing!.map((w) => closestSpelling({ ...m, text: w.text, tokens: [w] }, soundCandidates(to, toTokens, claimed[to.side]), to.lang));
              if (spans.every((x) => x.d <= SAME_NAME[to.lang]!)) {
                loose.set(m, 'same');
                for (const x of spans) claimed[to.side].push(x.at!);
              }
              continue;
            }
            const { d, at } = closestSpelling(m, soundCandidates(to, toTokens, claimed[to.side]), to.lang);
            if (d <= SAME_NAME[to.lang]!) {
              loose.set(m, 'same');
              claimed[to.side].push(at!); // one spelling is one name (Pita Limjaroenrat takes พิธา ลิ้มเจริญรัตน์)
              continue;
            }
            if (d <= UNCERTAIN[to.lang]!) loose.set(m, 'uncertain');
            // a Chinese person's name in another romanization (Lawrence Wong = 黄循财): its surname is there, the rest cannot be checked
            if (to.lang === 'zh' && m.tokens.length >= 2 && m.tokens.some((t) => [...to.text].some((ch) => HAN_SURNAME_SPELLINGS[ch]?.includes(t.text.toLowerCase()) && !overlaps(claimed[to.side], to.text.indexOf(ch), to.text.indexOf(ch) + 1))))
              loose.set(m, 'uncertain');
          }
      if (!comparable) {
        sMentions.push(...guessedMentions(pair.src, sTok, [...claimed.src, ...sMentions.map((m) => [m.start, m.end] as Span)]));
        tMentions.push(...guessedMentions(pair.tgt, tTok, [...claimed.tgt, ...tMentions.map((m) => [m.start, m.end] as Span)]));
      }
      for (const [mentions, from, to, toTokens, lost] of [
        [sMentions, pair.src, pair.tgt, tTok, lostS],
        [tMentions, pair.tgt, pair.src, sTok, lostT],
      ] as const) {
        for (const m of mentions) {
          if (m.guessed) {
            lost.push(m);
            continue;
          }
          const c = found.get(m)!;
          if (c.matched || (comparable && c.found)) continue;
          if (loose.get(m) === 'same') continue;
          if (loose.get(m) === 'uncertain') m.uncertain = true;
          if (c.found && c.where && from.side === 'src') {
            const added = addedNameWords(to, toTokens, c.where, m);
            const all = [...new Set([...c.where, ...added])].sort((a, b) => a.start - b.start);
            const shown = to.text.slice(all[0]!.start, all[all.length - 1]!.end);
            const romanShown = LATIN.test(shown) ? '' : ` (${roman(shown)})`;
            const addedText = added.length ? `, ${added.map((t) => q(LATIN.test(t.text) ? t.text : `${t.text}`) + (LATIN.test(t.text) ? '' : ` (${roman(t.text)})`)).join(', ')} added` : '';
            findings.push(
              pairFinding(entity, pair, `The name is only partly the same: ${q(m.text)} → ${q(shown)}${romanShown}: ${c.missing!.map((t) => q(t.text)).join(', ')} missing${addedText}.`, [spanEvidence(from, m.start, m.end), spanEvidence(to, all[0]!.start, all[all.length - 1]!.end)], {
                severity: 'warning',
                values: { src: m.text, tgt: shown },
              }),
            );
            continue;
          }
          if (c.found && from.side === 'tgt') continue; // reported from the source side when it is a real mismatch
          lost.push(m);
        }
      }
      // names lost on one side and new on the other: one substitution each, in order
      const strong = (m: Mention) => m.strength !== 'weak';
      // a name seen on one side only is worth a warning when it is surely a name: known, or made of no ordinary word
      // ("Sustainable Social Value" is often translated, "Amazon" never)
      const foreignLang = pair.src.lang === 'en' ? pair.tgt.lang : pair.src.lang;
      const nameWord = (t: Token) => (!isCommonWord(t.text, 'en') && !isCommonWord(t.text, foreignLang)) || (UPPER.test(t.text) && soundsLikeInLexicon(t.text, foreignLang));
      const standsAlone = (m: Mention) => m.strength === 'known' || (strong(m) && m.tokens.every(nameWord) && !m.tokens.some((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isEnglishWordShape(t.text)));
      // a place named differently (English → 英国, Thais → ไทย) is often a rephrasing, not a swap
      const swapSure = (m: Mention) => strong(m) && !(m.alias && PLACES.has(m.alias));
      const usedT = new Set<Mention>();
      for (const s of lostS) {
        // a swap needs a sure name on one side and a name on the other (an organisation by its designator counts)
        // a Vietnamese name of several capitalized syllables ("Trần Hồng Hà") is weak alone, a name against a sure one
        const localName = (m: Mention) => m.strength === 'weak' && !m.opener && !m.designated && m.tokens.length >= 2 && LATIN.test(m.text);
        // an opener or a Vietnamese-style acronym (weak) is a name only against a name on the other side
        const surer = (m: Mention) => strong(m) || !!m.designated || isAcronym(m.text);
        // a guessed name (沃尔玛) is a name against a Latin one the translation writes instead ("Costco"), unless both may be one name
        const guessPair = (g: Mention, x: Mention) => !!g.guessed && (standsAlone(x) || !!x.opener) && LATIN.test(x.text) && nameDistance(x.text, g.text) > (UNCERTAIN[(g === s ? pair.src : pair.tgt).lang] ?? 0.4);
        const t = lostT.find(
          (x) =>
            !usedT.has(x) &&
            !s.uncertain &&
            !x.uncertain &&
            (guessPair(s, x) || guessPair(x, s) ||
              (strong(s) && (strong(x) || !!x.designated || localName(x))) ||
              ((!!s.designated || localName(s)) && strong(x)) ||
              (!!s.opener && surer(x) && !x.opener) ||
              (!!x.opener && surer(s) && !s.opener)) &&
            (!comparable || (swapSure(s) && swapSure(x) && !shortForm(s.text, x.text) && (!inArticle(s, 'tgt') || !inArticle(x, 'src')))),
        );
        if (!t) continue;
        usedT.add(t);
        (s as Mention & { replaced?: boolean }).replaced = true;
        const severity: Severity = comparable ? 'warning' : swapSure(s) && swapSure(t) ? 'error' : 'warning';
        findings.push(
          pairFinding(entity, pair, comparable
            ? `${ARTICLES_DIFFER} the source article names ${describe(s, pair.src.lang)} here, the target article names ${describe(t, pair.tgt.lang)} instead.`
            : `Different name: ${describe(s, pair.src.lang)} → ${describe(t, pair.tgt.lang)}: the source's name is not in the translation, which names another instead.`, [spanEvidence(pair.src, s.start, s.end), spanEvidence(pair.tgt, t.start, t.end)], {
            severity,
            values: { src: s.text, tgt: t.text },
          }),
        );
      }
      if (comparable) continue;
      for (const s of lostS) {
        if ((s as Mention & { replaced?: boolean }).replaced || s.opener || s.guessed) continue;
        findings.push(
          pairFinding(entity, pair, `The name ${describe(s, pair.src.lang)} is not in the translation.`, [spanEvidence(pair.src, s.start, s.end)], {
            severity: standsAlone(s) && !s.uncertain ? 'warning' : 'info',
            values: { src: s.text },
          }),
        );
      }
      for (const t of lostT) {
        if (usedT.has(t) || t.opener || t.guessed) continue;
        findings.push(
          pairFinding(entity, pair, `The translation names ${describe(t, pair.tgt.lang)}, which is not in the source.`, [spanEvidence(pair.tgt, t.start, t.end)], {
            severity: standsAlone(t) && !t.uncertain ? 'warning' : 'info',
            values: { tgt: t.text },
          }),
        );
      }
    }
    return findings;
  },
};

export default entity;
