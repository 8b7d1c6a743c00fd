// Language detection from script and a few cues, and the resolution of a pair's two languages.
import { UserError } from './errors.js';
import { LANGUAGES, type LangCode } from './types.js';
import { isLangCode, languagePack } from '../lang/index.js';

/** Detection reads at most this many characters: the script of a text shows in its beginning. */
const SAMPLE = 20_000;

// Letters that only Vietnamese writes among the supported Latin-script languages (đ, ơ, ư, and the
// stacked tone marks); a handful of frequent words catches text typed without diacritics.
const VIETNAMESE_LETTERS = /[đĐơƠưƯăĂạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gu;
const VIETNAMESE_WORDS = new Set([
  'và', 'của', 'các', 'những', 'được', 'trong', 'cho', 'với', 'này', 'năm', 'không', 'là', 'một', 'người', 'đã',
  'va', 'cua', 'cac', 'nhung', 'duoc', 'voi', 'nay', 'nam', 'khong', 'mot', 'nguoi', 'da', 'tap', 'doan', 'ty', 'tan',
]);

/** The language of a text, or null when it has no letters of a supported script. */
export function detectLanguage(text: string): LangCode | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let devanagari = 0;
  let thai = 0;
  let han = 0;
  let latin = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x0900 && cp <= 0x097f) devanagari++;
    else if (cp >= 0x0e00 && cp <= 0x0e7f) thai++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff)) han++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  // Latin names and numbers fill Hindi, Thai and Chinese news, so any substantial native script wins.
  const native = Math.max(devanagari, thai, han);
  if (native > 0 && native * 4 >= latin) {
    if (native === devanagari) return 'hi';
    if (native === thai) return 'th';
    return 'zh';
  }
  if (latin === 0) return null;
  const vietnameseLetters = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vietnameseLetters / latin > 0.02) return 'vi';
  let words = 0;
  let vietnameseWords = 0;
  for (const w of sample.split(/[^\p{L}]+/u)) {
    if (!w) continue;
    words++;
    // Function words are lower-case; capitalised ones would be names (Nam, Tan) in English text.
    if (VIETNAMESE_WORDS.has(w)) vietnameseWords++;
  }
  return words > 0 && vietnameseWords / words > 0.1 ? 'vi' : 'en';
}

/** Checks a language code given by the user. */
export function parseLangCode(code: string, flag = 'lang'): LangCode {
  const c = code.trim().toLowerCase();
  if (!isLangCode(c)) throw new UserError(`unknown language code '${code}' for --${flag} (supported: ${LANGUAGES.join(', ')})`);
  return c;
}

const SCRIPT_OF: Record<LangCode, string> = { en: 'Latin', vi: 'Latin', hi: 'Devanagari', th: 'Thai', zh: 'Chinese' };

/**
 * The language of one input: the flag when given, else detected; `what` names the input in messages.
 * A flag that names another script than the text is written in (Thai set for an English file) is refused:
 * everything after would be read wrongly. Languages of one script (en/vi) are the user's call.
 */
export function resolveLanguage(text: string, lang: string | undefined, what: string, flag = 'lang'): LangCode {
  if (lang !== undefined && lang !== '') {
    const given = parseLangCode(lang, flag);
    // a few words ("Tencent 2021") say nothing about the language of a text
    const letters = text.slice(0, SAMPLE).match(/\p{L}/gu)?.length ?? 0;
    const detected = letters >= 30 ? detectLanguage(text) : null;
    if (detected && SCRIPT_OF[detected] !== SCRIPT_OF[given]) {
      throw new UserError(
        `${what} is set to ${languagePack(given).name} (--${flag} ${given}) but is written in ${SCRIPT_OF[detected]} script ` +
          `(it looks like ${languagePack(detected).name}); give the right --${flag}, or leave it out to detect it`,
      );
    }
    return given;
  }
  const detected = detectLanguage(text);
  if (!detected) throw new UserError(`cannot tell the language of ${what}; give it with --${flag} (${LANGUAGES.join(', ')})`);
  return detected;
}

export interface PairLanguagesInput {
  srcText: string;
  tgtText: string;
  srcLang?: string;
  tgtLang?: string;
  /** How the two inputs are named in messages (file paths). */
  srcName?: string;
  tgtName?: string;
}

/** Both languages of a pair: explicit flags win, the rest is detected; a pair in one language is refused. */
export function resolvePairLanguages(input: PairLanguagesInput): { srcLang: LangCode; tgtLang: LangCode } {
  const given = (lang?: string): lang is string => lang !== undefined && lang !== '';
  const why = 'xalign compares a text with its translation in another language';
  // two equal flags are the first thing to say, before what either text looks like
  if (given(input.srcLang) && given(input.tgtLang)) {
    const lang = parseLangCode(input.srcLang, 'src-lang');
    if (lang === parseLangCode(input.tgtLang, 'tgt-lang')) {
      throw new UserError(`source and target are both set to ${languagePack(lang).name} (${lang}); ${why}: set --src-lang and --tgt-lang to two different languages`);
    }
  }
  const srcLang = resolveLanguage(input.srcText, input.srcLang, input.srcName ?? 'the source', 'src-lang');
  const tgtLang = resolveLanguage(input.tgtText, input.tgtLang, input.tgtName ?? 'the target', 'tgt-lang');
  if (srcLang === tgtLang) {
    const name = languagePack(srcLang).name;
    // the detection hint only where a language was detected: a language the user set is not "detection"
    if (given(input.srcLang)) throw new UserError(`the target looks like ${name} (${srcLang}), the language set for the source; ${why} (set --tgt-lang if detection is wrong)`);
    if (given(input.tgtLang)) throw new UserError(`the source looks like ${name} (${srcLang}), the language set for the target; ${why} (set --src-lang if detection is wrong)`);
    throw new UserError(`source and target both look like ${name} (${srcLang}); ${why} (set --src-lang/--tgt-lang if detection is wrong)`);
  }
  return { srcLang, tgtLang };
}
