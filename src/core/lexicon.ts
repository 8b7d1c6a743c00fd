// The per-language bilingual core lexicons (src/lang/lexicon/<code>.ts, format in
// docs/lexicon-format.md), parsed on first use into lookups the aligner reads.
// Concepts are English keys: a lemma or phrase passed through `englishKey`, so "said" and "says" meet "say".
import type { LangCode } from './types.js';
import hiText from '../lang/lexicon/hi.js';
import viText from '../lang/lexicon/vi.js';
import thText from '../lang/lexicon/th.js';
import zhText from '../lang/lexicon/zh.js';

const SOURCES: Partial<Record<LangCode, string>> = { hi: hiText, vi: viText, th: thText, zh: zhText };

/** One line of a lexicon file: an English lemma or phrase as written, and its forms in the language. */
export interface LexiconEntry {
  english: string;
  forms: string[];
}

const entriesCache = new Map<LangCode, readonly LexiconEntry[]>();

/** The entries of a language's lexicon file (none for English, the pivot), read once: the one reader of the format. */
export function lexiconEntries(lang: LangCode): readonly LexiconEntry[] {
  let entries = entriesCache.get(lang);
  if (entries) return entries;
  const list: LexiconEntry[] = [];
  for (const raw of (SOURCES[lang] ?? '').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const forms = line.slice(tab + 1).split('|').map((f) => f.trim()).filter(Boolean);
    list.push({ english: line.slice(0, tab).trim(), forms });
  }
  entriesCache.set(lang, (entries = list));
  return entries;
}

/** The languages that have a lexicon file. */
export const LEXICON_LANGUAGES = Object.keys(SOURCES) as LangCode[];

export interface Lexicon {
  lang: LangCode;
  /** Normalized foreign form → English keys it can translate to. */
  forms: Map<string, string[]>;
  /** Longest form: in words (hi, vi) or characters (th, zh). */
  maxFormLength: number;
  /** Every English key on the left-hand side (single words and phrases). */
  english: Set<string>;
  /** Most words in an English phrase key. */
  maxEnglishWords: number;
}

/** Scripts written without spaces between words: forms are looked up as runs of Intl.Segmenter tokens. */
export const UNSPACED: ReadonlySet<LangCode> = new Set<LangCode>(['th', 'zh']);

/** Lower-cases and composes; folds the Devanagari nukta so either spelling of a loan sound matches. */
export function normalizeForm(text: string, lang: LangCode): string {
  let s = text.normalize('NFC').toLowerCase();
  if (lang === 'hi') s = s.normalize('NFD').replace(/\u093c/g, '').normalize('NFC');
  return s;
}

// Irregular forms of frequent verbs and nouns, mapped to the lemma the lexicon writes.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  ('won:win said:say went:go gone:go made:make took:take taken:take gave:give given:give got:get came:come ' +
    'saw:see seen:see knew:know known:know told:tell found:find thought:think brought:bring bought:buy ' +
    'built:build held:hold kept:keep left:leave lost:lose met:meet paid:pay ran:run sent:send sold:sell ' +
    'spent:spend stood:stand began:begin begun:begin grew:grow grown:grow wrote:write written:write ' +
    'fell:fall fallen:fall led:lead rose:rise risen:rise struck:strike fought:fight caught:catch taught:teach ' +
    'drove:drive driven:drive flew:fly flown:fly hit:hit cut:cut put:put set:set shot:shoot broke:break ' +
    'broken:break chose:choose chosen:choose spoke:speak spoken:speak ate:eat eaten:eat drew:draw drawn:draw ' +
    'men:man women:woman children:child people:people feet:foot teeth:tooth mice:mouse better:good best:good ' +
    'worse:bad worst:bad died:die dying:die lying:lie')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A light English stemmer: the same rules on the lexicon and on text, so forms only have to agree. */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (/([bcdfgklmnprtvz])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The key of an English lemma or phrase: its words stemmed, joined by single spaces. */
export function englishKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(stemEnglish)
    .join(' ');
}

function buildLexicon(entries: readonly LexiconEntry[], lang: LangCode): Lexicon {
  const forms = new Map<string, string[]>();
  const english = new Set<string>();
  let maxFormLength = 1;
  let maxEnglishWords = 1;
  for (const entry of entries) {
    const key = englishKey(entry.english);
    if (!key) continue;
    english.add(key);
    maxEnglishWords = Math.max(maxEnglishWords, key.split(' ').length);
    for (const rawForm of entry.forms) {
      const form = normalizeForm(rawForm, lang);
      if (!form) continue;
      const keys = forms.get(form);
      if (!keys) forms.set(form, [key]);
      else if (!keys.includes(key)) keys.push(key);
      const length = UNSPACED.has(lang) ? form.length : form.split(/\s+/).length;
      maxFormLength = Math.max(maxFormLength, length);
    }
  }
  return { lang, forms, maxFormLength, english, maxEnglishWords };
}

const cache = new Map<LangCode, Lexicon>();

/** The core lexicon of a language (empty for English and for languages without one), parsed once. */
export function lexicon(lang: LangCode): Lexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = buildLexicon(lexiconEntries(lang), lang);
    cache.set(lang, lex);
  }
  return lex;
}
