// What one language contributes to xalign. Every language-specific word, digit and rule lives in
// src/lang/<code>.ts as a LanguagePack; the core only reads these fields.
import type { LangCode, TemporalRelation } from '../core/types.js';
import type { SpaceWeights } from '../core/segment-spaces.js';

/** Sentence splitting rules (owned by segmentation). */
export interface SentenceRules {
  /** Characters that end a sentence. */
  terminators: string;
  /** Lower-cased tokens (without the final dot) after which a dot does not end a sentence. */
  abbreviations: string[];
  /** Lower-cased abbreviations that stand before a name or number (Dr., No., vs.), so never end a sentence. */
  prefixAbbreviations?: string[];
  /** Lower-cased clock abbreviations (a.m, p.m) and the capitalised words that qualify a time after them (a weekday,
   *  a month, a time zone): "1:15 a.m. Saturday" goes on, "at 5 p.m. The" ends. */
  timeAbbreviations?: string[];
  timeQualifiers?: string[];
  /** Capitalised sentence adverbs that only open a sentence ("However,"): after a lower-case word with no
   *  punctuation between they mark a sentence whose end was not punctuated. */
  sentenceOpeners?: string[];
  /** The script writes no sentence punctuation: split long runs at clause-separating spaces (Thai). */
  splitAtSpaces?: boolean;
  /** splitAtSpaces: cues read with word boundaries on either side of a space. */
  spaceCues?: {
    /** A word that, opening the text after a space, continues the sentence (และ, ซึ่ง, ๆ). */
    continuesAfter: string[];
    /** A word that, closing the text before a space, leaves the sentence open (ที่, ว่า, ของ). */
    continuesBefore: string[];
    /** A word that typically opens a new sentence (นอกจากนี้, อย่างไรก็ตาม). */
    opensSentence: string[];
    /** A word that typically closes a sentence (แล้ว, ด้วย, เท่านั้น). */
    closesSentence: string[];
    /** A subordinator that usually follows its main clause, so weakly continues it (เนื่องจาก, ขณะที่). */
    leansAfter?: string[];
    /** A discourse connective: opens a sentence, and the space after it never ends one (นอกจากนี้, ดังนั้น). */
    connectives?: string[];
    /** A title before a personal name (นาย, เซอร์): the space after the next name word is inside the name. */
    titles?: string[];
    /** A word opening a fronted adverbial (ใน, เมื่อ): a short chunk it opens is not a clause on its own. */
    frames?: string[];
    /** A word that opens a predicate (auxiliaries, verbs of saying): after a short name chunk it marks a subject. */
    predicates?: string[];
    /** The cues' weights and the length prior, where this language's were estimated (see core/segment-spaces). */
    weights?: Partial<SpaceWeights>;
  };
}

/** How numbers are written (owned by facts). */
export interface NumberRules {
  decimalSeparator: '.' | ',';
  /** Characters that group thousands; a group separator must be followed by exactly three digits. */
  groupSeparators: string[];
  /** Indian grouping 12,34,567 is valid. */
  indianGrouping?: boolean;
  /** Words that multiply the number before them: thousand 1e3, लाख 1e5, 亿 1e8. */
  scaleWords: Record<string, number>;
  /** Atomic number words: eight 8, आठ 8, ba 3. */
  numberWords: Record<string, number>;
  /** Compositional number-word grammar (Thai and Chinese compounds, Vietnamese mươi/lăm, …). */
  readNumberWords?(text: string, at: number): { value: number; end: number; scale?: number; ordinal?: boolean; approximate?: boolean } | null | false;
  ordinalWords: Record<string, number>;
  percentWords: string[];
  /** Surface form (lower-case) → ISO code. */
  currencies: Record<string, string>;
  /** Surface form (lower-case) → normalized unit. */
  units: Record<string, string>;
  /** Month names and abbreviations (lower-case) → 1–12. */
  months: Record<string, number>;
  /** Day-first numeric dates (20/10 = 20 October). */
  dayFirst: boolean;

  // Optional refinements read by the facts engine (src/core/facts.ts); each field says what it is for.
  /** The script writes no spaces between words (th, zh): words are matched anywhere, not only at word boundaries. */
  noWordBoundaries?: boolean;
  /** Words between an integer and its decimal digits: point, दशमलव, phẩy, จุด, 点. */
  decimalWords?: string[];
  /** Words that negate the number after them: minus, माइनस, âm, ลบ, 负. */
  negativeWords?: string[];
  /** Words skipped inside one number: "and" (one hundred and six), और, linh/lẻ. */
  joinWords?: string[];
  /** Suffixes that make a number ordinal, on digits or on a number word: st/nd/rd/th, वाँ/वीं/वें. */
  ordinalSuffixes?: string[];
  /** Words before a number that make it ordinal: thứ, ที่, 第. */
  ordinalPrefixes?: string[];
  /** Words before a number that make it a percent: 百分之 (percentWords come after the number). */
  percentPrefixes?: string[];
  /** Fraction denominators: third 3, thirds 3, half 2, quarter 4, तिहाई 3 ("two thirds" = 2/3). */
  fractionWords?: Record<string, number>;
  /** Words between numerator and denominator: बटा, over ("5 बटा 8" = 0.625). */
  divisionWords?: string[];
  /** Words between a number in words and an ordinal that divides it: Hindi का/की/के ("तीन का पाँचवाँ भाग" = 3/5). */
  ordinalFractionWords?: string[];
  /** Words that add to the number word after them: साढ़े 0.5, सवा 0.25, पौने -0.25 (साढ़े तीन = 3.5, सवा लाख = 125000). */
  fractionPrefixes?: Record<string, number>;
  /** Words between a denominator and its numerator: zh 分之 (３分之一 = 1/3). */
  reverseDivisionWords?: string[];
  /** Plural ordinals that are a denominator only after a tens word: firsts, seconds ("three twenty-firsts" = 3/21). */
  compoundFractionWords?: Record<string, number>;
  /** Words that mean one only before a fraction written with an ordinal: a, an ("a twenty-first" = 1/21). */
  oneArticles?: string[];
  /** Words that only mark a number as positive: प्लस ("plus seventeen"). */
  positiveWords?: string[];
  /** Number words that are also common words (hi वन "forest" = one, सेवन "intake" = seven): read only inside a
   *  longer number, before a scale word or after a sign word (माइनस वन, फ़िफ़्टी टू, थ्री डज़न). */
  weakNumberWords?: Record<string, number>;
  /** Words meaning "-odd" between a number and its scale or unit: zh 多 余, th กว่า (三千多人 ≈ 3000 people). */
  approximateWords?: string[];
  /** Words before a number that make it approximate: more than, about, hơn, khoảng, กว่า, 约, लगभग
   *  ("more than 3 million" = 3e6, approximate). Years and dates are never marked. */
  approximatePrefixes?: string[];
  /** Plural fraction words that also name periods (en quarters): "three quarters" is 3/4 only when hyphenated or
   *  followed by a fractionOfWords word, and never after an ordinal or a periodCountWords word (the first three
   *  quarters, the last two quarters: a count of 3, 2). */
  periodFractionWords?: string[];
  fractionOfWords?: string[];
  periodCountWords?: string[];
  /** Clock times written with words (11 点 20 分, 11 giờ 20 phút, 11.20 น.): not number facts.
   *  hour: between the hour and the minutes; minute: after the minutes; after: after an h.mm number. */
  clockWords?: { hour?: string[]; minute?: string[]; after?: string[] };
  /** Words that mark a number as a date part: vi {day:{before:['ngày']}, month:{before:['tháng']}, year:{before:['năm']}}, zh {year:{after:['年']}…}. */
  dateMarkers?: Partial<Record<'year' | 'month' | 'day', { before?: string[]; after?: string[] }>>;
}

export interface CalendarRules {
  /** Years 2400–2700 in this language's text are Buddhist Era unless marked otherwise (Thai). */
  buddhistEraByDefault?: boolean;
  /** Markers of a Buddhist-Era year (พ.ศ.). */
  buddhistEraMarkers?: string[];
  /** Markers of a Western year (ค.ศ.). */
  commonEraMarkers?: string[];
}

/** Words that put a year or date in a relation: "by 2023", "2023 तक", "đến năm 2023". */
export type TemporalMarkers = Partial<Record<TemporalRelation, { before?: string[]; after?: string[] }>>;

export interface LanguagePack {
  code: LangCode;
  name: string;
  /** Native digits, zero first (०१२…, ๐๑๒…); ASCII and full-width digits are read in every language. */
  digits?: string;
  sentence: SentenceRules;
  numbers: NumberRules;
  calendar: CalendarRules;
  temporal: TemporalMarkers;
  /** Domain glossary: concept id → this language's surface forms (lower-case where case-insensitive). */
  terms: Record<string, string[]>;
  /** Well-known entities: entity id → names in this language. */
  aliases: Record<string, string[]>;
  /** Letter names used to spell out Latin acronyms (एस → S, पी → P); empty where letters are written as is. */
  letterNames: Record<string, string>;
  /** Capitalized or name-like words that are not names (titles, sentence openers) — checks: entity. */
  nonNames?: string[];
  /** Words that end an organisation's name (ग्रुप, कॉर्पोरेशन): the words before them are its name — checks: entity. */
  nameDesignators?: string[];
  /** Words for a year relative to now (今年 "this year") that may stand between a time marker and a date — checks: temporal. */
  relativeYears?: string[];
}
