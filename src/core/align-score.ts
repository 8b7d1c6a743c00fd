// The alignment score, kept apart from the search: what each sentence offers as evidence (units), how two
// sentences' units match (cell statistics), and the log-likelihood ratio of a bead against the same sentences
// being unrelated. Every parameter is estimated from the document pair itself (lengths, match rates of random
// pairs and of confident beads); only the bead-type priors are fixed (Gale & Church 1993).
import type { GlossaryEntry, LangCode } from './types.js';
import { englishKey, lexicon, normalizeForm, stemEnglish, UNSPACED } from './lexicon.js';
import { latinTokens, numberKeys, punctuationMarks, skeleton, spelledAcronym } from './anchors.js';
import { sentencePieces } from './facts.js';
import { wordSegmenter } from './word-segmenter.js';

/** Kinds of evidence, each with its own match rates: lexicon words, numbers, names and Latin tokens, punctuation. */
export const EVIDENCE = ['word', 'number', 'name', 'punct'] as const;
export type EvidenceClass = (typeof EVIDENCE)[number];
const WORD = 0, NUMBER = 1, NAME = 2, PUNCT = 3;
export const NUM_CLASSES = EVIDENCE.length;

/** Interns concept strings ("w:government", "n:2030", "l:gripen", "p:?") as small integers. */
export class ConceptTable {
  private readonly ids = new Map<string, number>();
  id(concept: string): number {
    let id = this.ids.get(concept);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(concept, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** What one sentence offers as evidence. A unit is one word, number, name or mark that the other side may match. */
export interface SentenceEvidence {
  /** Characters other than spaces (for a non-Latin script, possibly re-weighted: see align.ts). */
  length: number;
  /** Of those, ASCII letters and digits: names and numbers that a translation copies letter for letter. */
  latinLength: number;
  /** Concept ids of unit u are unitConcepts[unitStart[u] .. unitStart[u+1]). */
  unitConcepts: Int32Array;
  unitStart: Int32Array;
  unitClass: Uint8Array;
  /** Consonant skeletons a name unit may be found by in the other side's skeleton (none for most units). */
  unitSkeletons: ReadonlyArray<readonly string[]>;
  /** 1 for a fact specific enough to link two comparable articles (a year, an amount, not "two" or "3"). */
  unitSpecific: Uint8Array;
  /** Units per evidence class. */
  classCount: Uint16Array;
  /** Every concept the sentence expresses (what the other side's units are matched against). */
  concepts: Int32Array;
  /** Consonant skeleton of the whole sentence, for transliterated names. */
  skeleton: string;
  /** Word tokens for in-document bootstrapping (foreign tokens, or English stems), separated by spaces. */
  tokens: string;
  /** Per unit: probability that an unrelated sentence of the other side matches it (set by setUnitChances). */
  unitChance: Float32Array;
  /** Per unit: log-likelihood ratio of finding its match minus that of missing it (set by setUnitWeights). */
  unitGain: Float32Array;
  /** Sum of the log-likelihood ratios of missing every unit: the score of a bead in which nothing matches. */
  missTotal: number;
}

/** Per-side vocabulary: English keys (for English text) and foreign forms, each → concepts. */
export interface Vocabulary {
  lang: LangCode;
  /** English side: stemmed key → concepts. */
  english: Map<string, string[]>;
  /** First words of the multi-word English keys. */
  phraseStarts: Set<string>;
  maxEnglishWords: number;
  /** Foreign side: normalized form → concepts. */
  forms: Map<string, string[]>;
  /** First words of the multi-word foreign forms (spaced scripts). */
  formStarts: Set<string>;
  maxFormLength: number;
}

const STOPWORDS = new Set(
  ('a an the of to in on at by for from with without about as into onto over under after before between through during ' +
    'and or but nor so yet if then than that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'it its it\'s he she they we you i me him her them us my his their our your not no also very just only more most such ' +
    'all any each both other some one s t up out off again further once')
    .split(' '),
);

/** Mutable build state of a Vocabulary; `shared` holds the lists that belong to a cached base (copied on write). */
interface VocabularyBuilder extends Vocabulary {
  shared: Set<string[]> | null;
}

function addEnglish(v: VocabularyBuilder, key: string, concept: string): void {
  if (!key) return;
  const list = v.english.get(key);
  if (!list) v.english.set(key, [concept]);
  else if (!list.includes(concept)) {
    if (v.shared?.has(list)) v.english.set(key, [...list, concept]);
    else list.push(concept);
  }
  let words = 1;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) words++;
  if (words > 1) v.phraseStarts.add(key.slice(0, key.indexOf(' ')));
  if (words > v.maxEnglishWords) v.maxEnglishWords = words;
}

const SPACE_RUN = /\s+/;

function addForm(v: VocabularyBuilder, form: string, concept: string): void {
  if (!form) return;
  const list = v.forms.get(form);
  if (!list) v.forms.set(form, [concept]);
  else if (!list.includes(concept)) {
    if (v.shared?.has(list)) v.forms.set(form, [...list, concept]);
    else list.push(concept);
  }
  if (UNSPACED.has(v.lang)) {
    if (form.length > v.maxFormLength) v.maxFormLength = form.length;
    return;
  }
  const words = form.split(SPACE_RUN);
  if (words.length > 1) v.formStarts.add(words[0]!);
  if (words.length > v.maxFormLength) v.maxFormLength = words.length;
}

/**
 * The core-lexicon part of a side's vocabulary, the same for every document of a language pair: built once per
 * thread (rebuilding thousands of entries per document was a fifth of the aligner's time, and garbage).
 * Read-only once built.
 */
const lexiconVocabularies = new Map<string, VocabularyBuilder>();

function lexiconVocabulary(lang: LangCode, other: LangCode): VocabularyBuilder {
  const cacheKey = `${lang}>${other}`;
  let v = lexiconVocabularies.get(cacheKey);
  if (v) return v;
  v = { lang, english: new Map(), phraseStarts: new Set(), maxEnglishWords: 1, forms: new Map(), formStarts: new Set(), maxFormLength: 1, shared: null };
  if (lang === 'en') {
    // English keys worth matching: those the other language's lexicon (or English itself) can express
    const lex = other === 'en' ? null : lexicon(other);
    if (lex) for (const key of lex.english) addEnglish(v, key, `w:${key}`);
  } else {
    const lex = lexicon(lang);
    for (const [form, keys] of lex.forms) for (const key of keys) addForm(v, form, `w:${key}`);
  }
  lexiconVocabularies.set(cacheKey, v);
  return v;
}

/** The vocabulary a side of this document pair is read with: core lexicon, user glossary, learned pairs. */
export function buildVocabulary(lang: LangCode, other: LangCode, glossary: readonly GlossaryEntry[], learned?: Map<string, string[]>): Vocabulary {
  const base = lexiconVocabulary(lang, other);
  const own = glossary.some((entry) => (entry.forms[lang] ?? []).length > 0);
  if (!own && !learned?.size) {
    return { lang, english: base.english, phraseStarts: base.phraseStarts, maxEnglishWords: base.maxEnglishWords, forms: base.forms, formStarts: base.formStarts, maxFormLength: base.maxFormLength };
  }
  // a document with its own entries: a copy of the base, whose lists are copied before they are extended
  const v: VocabularyBuilder = {
    lang,
    english: new Map(base.english),
    phraseStarts: new Set(base.phraseStarts),
    maxEnglishWords: base.maxEnglishWords,
    forms: new Map(base.forms),
    formStarts: new Set(base.formStarts),
    maxFormLength: base.maxFormLength,
    shared: new Set([...base.english.values(), ...base.forms.values()]),
  };
  for (const entry of glossary) {
    for (const form of entry.forms[lang] ?? []) {
      if (lang === 'en') addEnglish(v, englishKey(form), `g:${entry.id}`);
      else addForm(v, normalizeForm(form, lang), `g:${entry.id}`);
    }
  }
  if (learned) {
    for (const [token, keys] of learned) {
      for (const key of keys) {
        if (lang === 'en') addEnglish(v, token, `w:${key}`);
        else addForm(v, token, `w:${key}`);
      }
    }
  }
  return { lang, english: v.english, phraseStarts: v.phraseStarts, maxEnglishWords: v.maxEnglishWords, forms: v.forms, formStarts: v.formStarts, maxFormLength: v.maxFormLength };
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/** Word tokens of a sentence: Intl.Segmenter words for Thai and Chinese, letter runs elsewhere. */
export function wordTokens(text: string, lang: LangCode): string[] {
  if (UNSPACED.has(lang)) {
    const out: string[] = [];
    for (const s of wordSegmenter(lang).segment(text)) if (s.isWordLike) out.push(s.segment);
    return out;
  }
  return text.match(WORD_RE) ?? [];
}

/** Shared by the many units that have no skeleton (one array per unit would cost megabytes on long documents). */
export const NO_SKELETONS: readonly string[] = [];

interface UnitDraft {
  cls: number;
  concepts: string[];
  skeletons: readonly string[];
  specific?: boolean;
}

/** A number key that identifies a fact rather than counting something small: 2030, 1.5e9, 50%, "month 10". */
function isSpecificFact(key: string): boolean {
  const n = Number(key);
  if (Number.isNaN(n)) return key.startsWith('month');
  return Math.abs(n) >= 10 || !Number.isInteger(n);
}

/** A Latin token as concepts: itself, and for longer ones its first five letters (Assyria ~ Assyrian, Russia ~ Russian). */
function latinConcepts(lower: string): string[] {
  return lower.length >= 6 && !/\d/.test(lower) ? [`l:${lower}`, `lp:${lower.slice(0, 5)}`] : [`l:${lower}`];
}

function nameSkeletons(token: string): string[] {
  const out: string[] = [];
  const sk = skeleton(token);
  if (sk.length >= 4) out.push(sk.slice(0, 4));
  if (ACRONYM.test(token)) {
    const spelled = skeleton(spelledAcronym(token));
    if (spelled.length >= 3) out.push(spelled);
  }
  return out;
}

function englishUnits(text: string, vocab: Vocabulary, units: UnitDraft[], extra: string[], tokensOut: string[]): void {
  const words = text.match(WORD_RE) ?? [];
  const stems = words.map((w) => stemEnglish(w));
  const covered = new Uint8Array(words.length);
  // longest phrase first at each word, left to right (a capitalized word the lexicon knows is a word: Monday, China)
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    if (vocab.phraseStarts.has(stems[i]!)) {
      for (let n = Math.min(vocab.maxEnglishWords, words.length - i); n >= 2 && !matched; n--) {
        const concepts = vocab.english.get(stems.slice(i, i + n).join(' '));
        if (concepts) { units.push({ cls: WORD, concepts, skeletons: NO_SKELETONS }); matched = n; }
      }
    }
    if (!matched && !STOPWORDS.has(words[i]!.toLowerCase())) {
      const concepts = vocab.english.get(stems[i]!);
      if (concepts) { units.push({ cls: WORD, concepts, skeletons: NO_SKELETONS }); matched = 1; }
    }
    for (let k = i; k < i + matched; k++) covered[k] = 1;
    i += Math.max(1, matched);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    // what a Latin token in the other text may match (stopwords would only add chance matches and cost)
    if (!STOPWORDS.has(lower)) extra.push(...latinConcepts(lower));
    if (!covered[i] && !STOPWORDS.has(lower) && /\p{L}/u.test(w)) tokensOut.push(stems[i]!);
    if (covered[i] || STOPWORDS.has(lower)) continue;
    const hasDigitAndLetter = /\d/.test(w) && /\p{L}/u.test(w) && !/^\d+(?:s|st|nd|rd|th)$/i.test(w);
    // the first word is capitalized anyway: a name only when it looks like an acronym
    const nameLike = i === 0 ? ACRONYM.test(w) : UPPER_START.test(w) && w.length >= 2;
    if (nameLike || hasDigitAndLetter) {
      units.push({ cls: NAME, concepts: latinConcepts(lower), skeletons: nameSkeletons(w) });
    }
  }
}

function foreignUnits(text: string, lang: LangCode, vocab: Vocabulary, units: UnitDraft[], extra: string[], tokensOut: string[]): void {
  const normalized = normalizeForm(text, lang);
  const covered = new Set<string>();
  if (UNSPACED.has(lang)) {
    const segs: string[] = [];
    for (const s of wordSegmenter(lang).segment(normalized)) if (s.isWordLike && !LATIN_RE.test(s.segment) && !/^\p{N}+$/u.test(s.segment)) segs.push(s.segment);
    else if (!/^\s+$/.test(s.segment)) segs.push(''); // punctuation and Latin break a run of words
    for (let i = 0; i < segs.length; ) {
      if (!segs[i]) { i++; continue; }
      // longest run of whole tokens that is a form
      let matched = 0;
      let concepts: string[] | undefined;
      let run = '';
      for (let n = 1; n <= 4 && i + n <= segs.length && segs[i + n - 1]; n++) {
        run += segs[i + n - 1];
        if (run.length > vocab.maxFormLength) break;
        const found = vocab.forms.get(run);
        if (found) { matched = n; concepts = found; }
      }
      if (concepts) {
        units.push({ cls: WORD, concepts, skeletons: NO_SKELETONS });
        i += matched;
        continue;
      }
      // bootstrapping learns what the lexicon does not cover
      const token = segs[i]!;
      tokensOut.push(token);
      // a compound the segmenter kept whole: look for known forms inside it (the lexicon leaves out short Thai forms
      // that hide inside unrelated words; the chance rates weigh down the rest)
      if (token.length > 2) {
        for (let a = 0; a < token.length - 1; ) {
          let hit = 0;
          for (let len = Math.min(vocab.maxFormLength, token.length - a); len >= 2; len--) {
            const concepts = vocab.forms.get(token.slice(a, a + len));
            if (concepts && len < token.length) { units.push({ cls: WORD, concepts, skeletons: NO_SKELETONS }); hit = len; break; }
          }
          a += hit || 1;
        }
      }
      i++;
    }
  } else {
    const words = normalized.match(WORD_RE) ?? [];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      const longest = vocab.formStarts.has(words[i]!) ? Math.min(vocab.maxFormLength, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const form = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
        const concepts = vocab.forms.get(form);
        if (concepts) {
          units.push({ cls: WORD, concepts, skeletons: NO_SKELETONS });
          matched = n;
          for (let k = i; k < i + n; k++) covered.add(words[k]!);
          break;
        }
      }
      if (!matched && !/^\p{N}+$/u.test(words[i]!)) tokensOut.push(words[i]!);
      i += Math.max(matched, 1);
    }
  }
  // Latin-script tokens: names, acronyms, model numbers (in Vietnamese only the capitalized ones, not every syllable)
  const latin = latinTokens(text);
  for (let index = 0; index < latin.length; index++) {
    for (const token of latin[index]!.match(WORD_RE) ?? []) {
      const lower = token.toLowerCase();
      extra.push(...latinConcepts(lower));
      if (STOPWORDS.has(lower) || /^\p{N}+$/u.test(token)) continue;
      // Vietnamese is written in Latin letters: only foreign names (capitalized, without Vietnamese diacritics, not
      // part of a known word), acronyms and model numbers are anchors
      const viWord = !/\d/.test(token) && !ACRONYM.test(token) && (!UPPER_START.test(token) || index === 0 || !/^[A-Za-z'’.&-]+$/.test(token) || covered.has(lower));
      if (lang === 'vi' && viWord) continue;
      units.push({ cls: NAME, concepts: latinConcepts(lower), skeletons: nameSkeletons(token) });
    }
  }
}

/** Reads the evidence of each sentence of one side. */
export function analyzeSide(
  sentences: readonly string[],
  lang: LangCode,
  vocab: Vocabulary,
  table: ConceptTable,
  factCache?: Array<string[] | undefined>,
): SentenceEvidence[] {
  // drafts are packed a chunk at a time, so that they never all wait in memory together
  const out: SentenceEvidence[] = [];
  for (let from = 0; from < sentences.length; from += PACK_CHUNK) {
    const chunk = sentences.slice(from, from + PACK_CHUNK);
    out.push(...pack(chunk.map((text, k) => draftEvidence(text, from + k, lang, vocab, table, factCache))));
  }
  return out;
}

/** Sentences analysed and packed together. */
const PACK_CHUNK = 256;

function draftEvidence(
  text: string,
  index: number,
  lang: LangCode,
  vocab: Vocabulary,
  table: ConceptTable,
  factCache?: Array<string[] | undefined>,
): EvidenceDraft {
  const unitStart: number[] = [];
  const flat: number[] = [];
  const classes: number[] = [];
  const skeletons: Array<readonly string[]> = [];
  const specific: number[] = [];
  const all = new Set<number>();
  const tokens: string[] = [];
  // units are interned as they are read, so that the drafts of a long sentence never pile up
  const intern = (units: UnitDraft[]) => {
    for (const u of units) {
      unitStart.push(flat.length);
      for (const c of u.concepts) {
        const id = table.id(c);
        flat.push(id);
        all.add(id);
      }
      classes.push(u.cls);
      skeletons.push(u.skeletons);
      specific.push(u.specific ? 1 : 0);
    }
  };
  const internExtra = (extra: string[]) => {
    for (const c of extra) all.add(table.id(c));
  };
  // An over-long sentence (a line of --segmented input, a pre-aligned row without sentence punctuation) is read in
  // the bounded pieces segment() would cut it into. Concept ids are numbered in order of first use: a sentence of
  // one piece interns its extra concepts last, as it always has.
  const pieces = sentencePieces(text, 0, text.length, lang);
  let lastExtra: string[] = [];
  for (const [from, to] of pieces) {
    const units: UnitDraft[] = [];
    const extra: string[] = [];
    const piece = pieces.length === 1 ? text : text.slice(from, to);
    if (lang === 'en') englishUnits(piece, vocab, units, extra, tokens);
    else foreignUnits(piece, lang, vocab, units, extra, tokens);
    intern(units);
    if (pieces.length === 1) lastExtra = extra;
    else internExtra(extra);
  }
  // the facts do not change between passes: read them once
  let keys = factCache?.[index];
  if (!keys) {
    keys = numberKeys(text, lang);
    if (factCache) factCache[index] = keys;
  }
  const closing: UnitDraft[] = [];
  for (const key of keys) closing.push({ cls: NUMBER, concepts: [`n:${key}`], skeletons: NO_SKELETONS, specific: isSpecificFact(key) });
  for (const mark of punctuationMarks(text)) closing.push({ cls: PUNCT, concepts: [`p:${mark}`], skeletons: NO_SKELETONS });
  intern(closing);
  internExtra(lastExtra);
  unitStart.push(flat.length);
  let length = 0, latinLength = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || (c >= 0xdc00 && c <= 0xdfff)) continue; // spaces; a surrogate pair counts once
    length++;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latinLength++;
  }
  return {
    length,
    latinLength,
    unitConcepts: flat,
    unitStart,
    unitClass: classes,
    unitSkeletons: skeletons,
    unitSpecific: specific,
    concepts: [...all],
    skeleton: skeleton(text),
    tokens: tokens.join(' '),
  };
}

/** A sentence's evidence before packing: any array-like fields. */
interface EvidenceDraft {
  length: number;
  latinLength: number;
  unitConcepts: ArrayLike<number>;
  unitStart: ArrayLike<number>;
  unitClass: ArrayLike<number>;
  unitSkeletons: ReadonlyArray<readonly string[]>;
  unitSpecific: ArrayLike<number>;
  concepts: ArrayLike<number>;
  skeleton: string;
  tokens: string;
  missTotal?: number;
}

/**
 * Packs the arrays of all sentences of a side into a few shared buffers, each sentence holding views: on long
 * documents a typed array per field per sentence would cost tens of megabytes of object headers.
 */
function pack(drafts: EvidenceDraft[]): SentenceEvidence[] {
  let concepts = 0, starts = 0, units = 0, own = 0;
  for (const d of drafts) {
    concepts += d.unitConcepts.length;
    starts += d.unitStart.length;
    units += d.unitClass.length;
    own += d.concepts.length;
  }
  const ints = new Int32Array(concepts + starts + own);
  const bytes = new Uint8Array(2 * units);
  const floats = new Float32Array(2 * units);
  const counts = new Uint16Array(NUM_CLASSES * drafts.length);
  let ip = 0, up = 0;
  return drafts.map((d, k) => {
    const n = d.unitClass.length;
    const view = (source: ArrayLike<number>) => {
      const v = ints.subarray(ip, ip + source.length);
      v.set(source);
      ip += source.length;
      return v;
    };
    const unitConcepts = view(d.unitConcepts), unitStart = view(d.unitStart), sentenceConcepts = view(d.concepts);
    const unitClass = bytes.subarray(2 * up, 2 * up + n), unitSpecific = bytes.subarray(2 * up + n, 2 * up + 2 * n);
    unitClass.set(d.unitClass);
    unitSpecific.set(d.unitSpecific);
    const unitChance = floats.subarray(2 * up, 2 * up + n), unitGain = floats.subarray(2 * up + n, 2 * up + 2 * n);
    up += n;
    const classCount = counts.subarray(k * NUM_CLASSES, (k + 1) * NUM_CLASSES);
    for (let u = 0; u < n; u++) classCount[unitClass[u]!]!++;
    return {
      length: d.length,
      latinLength: d.latinLength,
      unitConcepts,
      unitStart,
      unitClass,
      unitSkeletons: d.unitSkeletons,
      unitSpecific,
      classCount,
      concepts: sentenceConcepts,
      skeleton: d.skeleton,
      tokens: d.tokens,
      unitChance,
      unitGain,
      missTotal: d.missTotal ?? 0,
    };
  });
}

/**
 * Adds word units for tokens learned in the document (in-document bootstrapping) to already analysed sentences:
 * learned tokens are ones no lexicon form covered, so the units found before stay as they are.
 */
export function addLearnedUnits(side: SentenceEvidence[], learned: ReadonlyMap<string, readonly string[]>, table: ConceptTable): void {
  const changed: number[] = [];
  const drafts: EvidenceDraft[] = [];
  side.forEach((sent, index) => {
    const extra: number[][] = [];
    for (const token of new Set(sent.tokens.split(' '))) {
      const keys = token ? learned.get(token) : undefined;
      if (keys) extra.push(keys.map((k) => table.id(`w:${k}`)));
    }
    if (!extra.length) return;
    changed.push(index);
    const flat = [...sent.unitConcepts], unitStart = [...sent.unitStart];
    const concepts = new Set(sent.concepts);
    for (const ids of extra) {
      flat.push(...ids);
      for (const id of ids) concepts.add(id);
      unitStart.push(flat.length);
    }
    drafts.push({
      ...sent,
      unitConcepts: flat,
      unitStart,
      unitClass: [...sent.unitClass, ...extra.map(() => WORD)],
      unitSpecific: [...sent.unitSpecific, ...extra.map(() => 0)],
      unitSkeletons: [...sent.unitSkeletons, ...extra.map(() => NO_SKELETONS)],
      concepts: [...concepts],
    });
  });
  // only the sentences that gained units get new views; the others keep theirs
  for (let from = 0; from < drafts.length; from += PACK_CHUNK) {
    const packed = pack(drafts.slice(from, from + PACK_CHUNK));
    packed.forEach((sent, k) => (side[changed[from + k]!] = sent));
  }
}

/** Marks in `flags` the units of `a` that `b` matches; `stamp` holds `mark` at b's concepts. Returns the count. */
export function matchUnits(a: SentenceEvidence, b: SentenceEvidence, stamp: Int32Array, mark: number, flags: Uint8Array): number {
  const n = a.unitClass.length;
  let count = 0;
  for (let u = 0; u < n; u++) {
    let hit = false;
    for (let p = a.unitStart[u]!, e = a.unitStart[u + 1]!; p < e; p++) {
      if (stamp[a.unitConcepts[p]!] === mark) { hit = true; break; }
    }
    if (!hit) {
      const sks = a.unitSkeletons[u]!;
      for (let k = 0; k < sks.length; k++) if (b.skeleton.includes(sks[k]!)) { hit = true; break; }
    }
    flags[u] = hit ? 1 : 0;
    if (hit) count++;
  }
  return count;
}

/**
 * The chance that an unrelated sentence of the other side matches each unit: the share of the other side's
 * sentences that hold one of its concepts (a name repeated throughout the article proves little), and at least the
 * class's rate among random pairs (which also covers matches by transliterated skeleton).
 */
export function setUnitChances(side: SentenceEvidence[], other: SentenceEvidence[], conceptCount: number, classChance: Float64Array): void {
  const df = new Int32Array(conceptCount);
  for (const o of other) for (let k = 0; k < o.concepts.length; k++) df[o.concepts[k]!]!++;
  const m = other.length;
  for (const sent of side) {
    for (let u = 0; u < sent.unitClass.length; u++) {
      let count = 0;
      for (let p = sent.unitStart[u]!, e = sent.unitStart[u + 1]!; p < e; p++) count += df[sent.unitConcepts[p]!]!;
      const byDf = (Math.min(count, m) + 0.5) / (m + 1);
      const floor = sent.unitSkeletons[u]!.length ? classChance[sent.unitClass[u]!]! : 0;
      sent.unitChance[u] = Math.min(0.9, Math.max(byDf, floor));
    }
  }
}

/** Per-unit weights from the aligned match rate of its class and its own chance rate. */
export function setUnitWeights(side: SentenceEvidence[], p1: Float64Array): void {
  for (const sent of side) {
    let miss = 0;
    for (let u = 0; u < sent.unitClass.length; u++) {
      const p0 = sent.unitChance[u]!;
      // a unit no more likely to match in an aligned bead than by chance carries no evidence
      const q = Math.min(Math.max(p1[sent.unitClass[u]!]!, p0), 0.98);
      const missWeight = Math.log((1 - q) / (1 - p0));
      miss += missWeight;
      sent.unitGain[u] = Math.log(q / p0) - missWeight;
    }
    sent.missTotal = miss;
  }
}

/** Bead shapes searched, with prior probabilities (Gale & Church 1993; 1-3 and 3-1 given a small share). */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
  [3, 1, 0.004],
  [1, 3, 0.004],
];

/** The parameters of the bead score for one document pair. */
export interface ScoreModel {
  /** Target characters per source character. */
  ratio: number;
  /** Variance of (lt − ratio·ls) per (normalized) character for aligned text. */
  variance: number;
  /** Spread of the normalized length difference between unrelated sentences. */
  randomSpread: number;
  /** Per class: probability that a unit finds its match in an aligned bead. */
  p1: Float64Array;
  /** Per class: probability that a unit finds a match in a random pair of sentences. */
  p0: Float64Array;
}

/** Default match rates of aligned text, before the document itself says otherwise. */
export const DEFAULT_P1: Readonly<Record<EvidenceClass, number>> = { word: 0.35, number: 0.8, name: 0.6, punct: 0.6 };

/** Share of aligned pairs whose length difference falls outside the Gaussian core (robustness to odd ratios). */
const LENGTH_OUTLIERS = 0.005;

/** Normalized length difference of a bead (Gale–Church δ). */
export function lengthDelta(model: ScoreModel, srcLength: number, tgtLength: number): number {
  const x = model.ratio * srcLength;
  return (tgtLength - x) / Math.sqrt(model.variance * ((x + tgtLength) / 2 + 1));
}

/** log P(δ | aligned) − log P(δ | unrelated): aligned δ ~ mostly N(0, 1), unrelated δ ~ N(0, spread²). */
export function lengthLLRExact(spread: number, delta: number): number {
  const d2 = delta * delta;
  const random = -d2 / (2 * spread * spread) - Math.log(spread);
  const aligned = Math.log((1 - LENGTH_OUTLIERS) * Math.exp(-d2 / 2) + LENGTH_OUTLIERS * Math.exp(random));
  return aligned - random;
}

const TABLE_STEP = 0.02;
const TABLE_SIZE = 2000;
let table: { spread: number; values: Float64Array } | null = null;

/** lengthLLRExact from a table (the search asks for it millions of times), interpolated, exact beyond it. */
export function lengthLLR(model: ScoreModel, delta: number): number {
  const spread = model.randomSpread;
  if (!table || table.spread !== spread) {
    const values = new Float64Array(TABLE_SIZE + 1);
    for (let k = 0; k <= TABLE_SIZE; k++) values[k] = lengthLLRExact(spread, k * TABLE_STEP);
    table = { spread, values };
  }
  const x = Math.abs(delta) / TABLE_STEP;
  if (x >= TABLE_SIZE) return lengthLLRExact(spread, delta);
  const k = Math.floor(x), f = x - k;
  return table.values[k]! * (1 - f) + table.values[k + 1]! * f;
}
