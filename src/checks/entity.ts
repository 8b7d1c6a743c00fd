// entity: the people, organisations and places named on one side must be named on the other. A name is found
// as a known alias (SPIC = एसपीआईसी = राज्य विद्युत निवेश समूह), a Latin-script name, or an organisation's name
// before a designator (… ग्रुप); its counterpart is found literally, through aliases, by acronym letter names,
// or by sound (अलीबाबा = Alibaba). Unmatched names on both sides of a pair make one substitution finding.
import type { LangCode, Severity } from '../core/types.js';
import { LANGUAGES } from '../core/types.js';
import { languagePack } from '../lang/index.js';
import { glossOf, isCommonWord, romanize, soundsAlike, spelledLetters } from './names.js';
import { ARTICLES_DIFFER, comparedPairs, pairFinding, q, spanEvidence, type CheckContext, type PairView, type Rule, type SideView } from './rule.js';

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
}

const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
const UPPER = /^\p{Lu}/u;
// the visarga ः is kept out of words: typed for a colon ("देखेंःअलीबाबा") it separates them
const WORD = /(?:(?!\u0903)[\p{L}\p{M}\p{N}])+(?:['’&.-](?:(?!\u0903)[\p{L}\p{M}\p{N}])+)*/gu;

function tokenize(text: string, lang: LangCode): Token[] {
  const out: Token[] = [];
  if (lang === 'th') {
    for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(text))
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
function capitalizedMentions(view: SideView, tokens: Token[], covered: (t: Token) => boolean): Mention[] {
  const lang = view.lang;
  const capitalized = tokens.filter((t) => /\p{L}/u.test(t.text));
  const capShare = capitalized.filter((t) => UPPER.test(t.text)).length / Math.max(1, capitalized.length);
  const titleCase = capitalized.length >= 4 && capShare >= 0.6;
  const ordinary = (t: Token) =>
    lang === 'vi' ? isVietnameseSyllable(t.text) && !isAcronym(t.text) : isCommonWord(t.text, 'en') || isCommonWord(t.text, lang) || /^\p{N}/u.test(t.text);
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
    else if (run.length && /^(of|and|de|&|for)$/.test(t.text) && UPPER.test(tokens[i + 1]?.text ?? '')) run.push(t);
    else flush();
  }
  flush();
  const out: Mention[] = [];
  const months = languagePack(lang).numbers.months;
  for (let r of runs) {
    while (r.length && (ordinary(r[0]!) && (lang === 'en' || opensSentence(view, r[0]!)))) r = r.slice(1);
    while (r.length && (ordinary(r[r.length - 1]!) && lang === 'en')) r = r.slice(0, -1);
    if (!r.length) continue;
    if (lang === 'en' && r.length === 1 && isCommonWord(r[0]!.text, 'en')) continue;
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
    const foreign = lang === 'vi' ? r.some((t) => !isVietnameseSyllable(t.text) && !isAcronym(t.text)) : r.some((t) => !isCommonWord(t.text, 'en'));
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

function mentionsOf(view: SideView, all_: Token[]): Mention[] {
  // words inside a number, amount or date ("Rs 4.5 trillion", "July 5") are not names
  const inFact = (start: number, end: number) => view.facts.some((f) => start >= f.at + f.start && end <= f.at + f.end);
  const tokens = all_.filter((t) => !inFact(t.start, t.end));
  // "US" in "20 billion US dollars" names the currency, not the country
  const known = aliasMentions(view, tokens).filter((m) => !inFact(m.start, m.end));
  const inside = (list: Mention[]) => (t: Token) => list.some((m) => t.start >= m.start && t.end <= m.end);
  let designated = designatedMentions(view, tokens, inside(known));
  // a designated organisation swallows the place names in it (चीन in चीन इलेक्ट्रिक पावर ग्रुप)
  const kept = known.filter((m) => !designated.some((d) => m.start >= d.start && m.end <= d.end));
  designated = designated.filter((d) => !kept.some((m) => m.start < d.end && m.end > d.start));
  const all = [...kept, ...designated];
  const rest = view.lang === 'en' || view.lang === 'vi' ? capitalizedMentions(view, tokens, inside(all)) : latinMentions(view, tokens, inside(all));
  return [...all, ...rest].sort((a, b) => a.start - b.start);
}

interface Counterpart {
  matched: boolean;
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

function counterpart(m: Mention, other: SideView, otherTokens: Token[]): Counterpart {
  if (m.alias && aliasPresent(m.alias, other)) return { matched: true };
  if (occurrences(other.text, m.text, other.lang, true).length) return { matched: true };
  const compact = m.text.replace(/[\s.'’-]/g, '');
  if (m.tokens.length === 1 && isAcronym(m.text)) {
    const letters = m.text.replace(/s$/, '');
    if (otherTokens.some((t) => spelledLetters(t.text, other.lang) === letters)) return { matched: true };
    const initials = otherTokens.filter((t) => UPPER.test(t.text)).map((t) => t.text[0]).join('');
    if (initials.includes(letters)) return { matched: true };
  }
  const span = other.lang === 'zh' ? 6 : 4;
  const wins = windows(otherTokens, other, span);
  if (wins.some((w) => soundsAlike(compact, w.text))) return { matched: true };
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
  if (!missing.length) return { matched: true };
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
      const sMentions = mentionsOf(pair.src, sTok), tMentions = mentionsOf(pair.tgt, tTok);
      if (!comparable) findings.push(...droppedAcronyms(entity, pair, sTok, tTok));
      const lostS: Mention[] = [], lostT: Mention[] = [];
      for (const [mentions, from, to, toTokens, lost] of [
        [sMentions, pair.src, pair.tgt, tTok, lostS],
        [tMentions, pair.tgt, pair.src, sTok, lostT],
      ] as const) {
        for (const m of mentions) {
          const c = counterpart(m, to, toTokens);
          if (c.matched || (comparable && c.found)) continue;
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
      const standsAlone = (m: Mention) => m.strength === 'known' || (strong(m) && m.tokens.every((t) => !isCommonWord(t.text, 'en') && !isCommonWord(t.text, pair.src.lang === 'en' ? pair.tgt.lang : pair.src.lang)) && !m.tokens.some((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isEnglishWordShape(t.text)));
      // a place named differently (English → 英国, Thais → ไทย) is often a rephrasing, not a swap
      const swapSure = (m: Mention) => strong(m) && !(m.alias && PLACES.has(m.alias));
      const usedT = new Set<Mention>();
      for (const s of lostS) {
        // a swap needs a sure name on one side and a name on the other (an organisation by its designator counts)
        // a Vietnamese name of several capitalized syllables ("Trần Hồng Hà") is weak alone, a name against a sure one
        const localName = (m: Mention) => m.strength === 'weak' && !m.opener && !m.designated && m.tokens.length >= 2 && LATIN.test(m.text);
        // an opener or a Vietnamese-style acronym (weak) is a name only against a name on the other side
        const surer = (m: Mention) => strong(m) || !!m.designated || isAcronym(m.text);
        const t = lostT.find(
          (x) =>
            !usedT.has(x) &&
            ((strong(s) && (strong(x) || !!x.designated || localName(x))) ||
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
        if ((s as Mention & { replaced?: boolean }).replaced || s.opener) continue;
        findings.push(
          pairFinding(entity, pair, `The name ${describe(s, pair.src.lang)} is not in the translation.`, [spanEvidence(pair.src, s.start, s.end)], {
            severity: standsAlone(s) ? 'warning' : 'info',
            values: { src: s.text },
          }),
        );
      }
      for (const t of lostT) {
        if (usedT.has(t) || t.opener) continue;
        findings.push(
          pairFinding(entity, pair, `The translation names ${describe(t, pair.tgt.lang)}, which is not in the source.`, [spanEvidence(pair.tgt, t.start, t.end)], {
            severity: standsAlone(t) ? 'warning' : 'info',
            values: { tgt: t.text },
          }),
        );
      }
    }
    return findings;
  },
};

export default entity;
