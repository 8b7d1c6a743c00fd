// What one language contributes to xalign. Every language-specific word, digit and rule lives in
// src/lang/<code>.ts as a LanguagePack; the core only reads these fields.
import type { LangCode, TemporalRelation } from '../core/types.js';

/** Sentence splitting rules (owned by segmentation). */
export interface SentenceRules {
  /** Characters that end a sentence. */
  terminators: string;
  /** Lower-cased tokens (without the final dot) after which a dot does not end a sentence. */
  abbreviations: string[];
  /** The script writes no sentence punctuation: split long runs at clause-separating spaces (Thai). */
  splitAtSpaces?: boolean;
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
  readNumberWords?(text: string, at: number): { value: number; end: number } | null;
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
}
