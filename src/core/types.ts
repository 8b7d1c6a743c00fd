// The domain model shared by every stage. Plain data only: no I/O, no classes.

export const LANGUAGES = ['en', 'hi', 'vi', 'th', 'zh'] as const;
export type LangCode = (typeof LANGUAGES)[number];

/** A sentence with its character offsets (UTF-16 code units) into the text it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export type FactKind = 'number' | 'percent' | 'year' | 'date' | 'money' | 'quantity' | 'ordinal' | 'range';

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
}

export interface RangeValue {
  from: number;
  to: number;
}

/** A fact read from one sentence; text/start/end point into that sentence. */
export interface Fact {
  kind: FactKind;
  value: number | DateValue | RangeValue;
  /** Normalized unit or ISO currency: ton, kWh, MW, °C, km, person, CNY, USD, INR, VND, THB, … */
  unit?: string;
  text: string;
  start: number;
  end: number;
  /** The reading could be another value (e.g. "1.200" in a language whose separators are unclear). */
  ambiguous?: boolean;
  /** The calendar the text used, when it is not the Western one (Buddhist Era years). */
  calendar?: 'BE';
  /** The number as written before calendar conversion (2573 for a BE year read as 2030). */
  original?: number;
  /** The multiplier contributed by a scale word (1e5 for लाख, 1e8 for 亿), so a lost scale can be named. */
  scale?: number;
  /** The text gives a round or lower bound, not an exact count (三千多, สามพันกว่า: "over 3000"). */
  approximate?: boolean;
}

/** A group of source sentences aligned with a group of target sentences (indices, ascending). */
export interface Bead {
  src: number[];
  tgt: number[];
  /** Confidence in [0, 1]: low means a reviewer should look here. */
  score: number;
  /** Comparable mode: normalized values of the facts both sides state (numbers, years, dates). */
  shared?: string[];
}

export const FAMILIES = ['number', 'entity', 'term', 'temporal', 'omission', 'addition', 'untranslated', 'other'] as const;
export type Family = (typeof FAMILIES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A highlighted piece of evidence: a span of one sentence on one side. */
export interface Evidence {
  side: 'src' | 'tgt';
  /** Sentence (or row) index on that side. */
  sentence: number;
  /** Offsets into that sentence's text. */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: string;
  family: Family;
  severity: Severity;
  /** 0-based sentence (or row) indices on each side. */
  src: number[];
  tgt: number[];
  /** One plain sentence a translator understands. */
  message: string;
  evidence: Evidence[];
  /** Normalized values shown side by side, when the rule compares values. */
  values?: { src?: string; tgt?: string };
}

export type AlignMode = 'translation' | 'comparable';

export type TemporalRelation = 'at' | 'by' | 'since' | 'before' | 'after' | 'within' | 'until';

/** One entry of a glossary: the same concept in several languages (built-in domain terms or a user file). */
export interface GlossaryEntry {
  id: string;
  forms: Partial<Record<LangCode, string[]>>;
  /** Where the entry came from: 'builtin' or a file path. */
  origin?: string;
}

/** An aligned pair as reported: the bead and the joined sentence texts. */
export interface AlignedPair {
  index: number;
  src: number[];
  tgt: number[];
  score: number;
  srcText: string;
  tgtText: string;
  /** Comparable mode: the facts both sides state (see Bead.shared). */
  shared?: string[];
}

/** Everything xalign knows about one document pair after segmenting, aligning and checking. */
export interface Analysis {
  id?: string;
  srcLang: LangCode;
  tgtLang: LangCode;
  mode: AlignMode;
  /** Sentences (or rows, for pre-aligned input) of each side. */
  source: Sentence[];
  target: Sentence[];
  beads: Bead[];
  /** Facts per sentence, index-aligned with source/target. */
  srcFacts: Fact[][];
  tgtFacts: Fact[][];
  findings: Finding[];
}
