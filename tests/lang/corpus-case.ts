// One Duckling-style corpus example: a surface string and the value it must resolve to.
import type { DateValue, FactKind, RangeValue } from '../../src/core/types.js';

export interface CorpusCase {
  text: string;
  value: number | DateValue | RangeValue;
  kind?: FactKind;
  unit?: string;
  note?: string;
}
