// One Intl.Segmenter per language for word boundaries: building one costs far more than a call, so every stage
// that needs words (Thai clause spaces, sentence cuts, alignment tokens, name checks) shares these.
import type { LangCode } from './types.js';

const segmenters = new Map<LangCode, Intl.Segmenter>();

export function wordSegmenter(lang: LangCode): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}
