// Shared by the seed-article fact tests: every listed sentence's facts, and no facts in the sentences not listed.
import { expect } from 'vitest';
import { extractFacts } from '../src/core/facts.js';
import { segment } from '../src/core/segment.js';
import type { Fact, LangCode } from '../src/core/types.js';
import { corpusText } from './helpers.js';

export type Expected = [kind: Fact['kind'], value: Fact['value'], unit: string | null, text: string];

export interface SentenceFacts {
  /** A piece of text found in the sentence (the first sentence holding it). */
  in: string;
  facts: Expected[];
  /** Only these facts are checked: the sentence holds more, tested elsewhere or read either way. */
  partial?: boolean;
}

export interface SeedFacts {
  file: string;
  lang: LangCode;
  sentences: SentenceFacts[];
}

const shape = (f: Fact): Expected => [f.kind, f.value, f.unit ?? null, f.text];

/** Asserts each listed sentence's facts; `unlistedMayHaveFacts` names the unlisted sentences allowed facts. */
export function expectSeedFacts({ file, lang, sentences }: SeedFacts, unlistedMayHaveFacts: (sentence: string) => boolean = () => false): void {
  const segs = segment(corpusText(file), lang).map((s) => s.text);
  const claimed = new Set<number>();
  for (const exp of sentences) {
    const index = segs.findIndex((s) => s.includes(exp.in.trimEnd()));
    expect(index, `sentence with "${exp.in}"`).toBeGreaterThanOrEqual(0);
    const sentence = segs[index]!;
    // a sentence repeated word for word (a headline printed twice) carries the same facts
    segs.forEach((s, i) => s === sentence && claimed.add(i));
    const got = extractFacts(sentence, lang).map(shape);
    if (exp.partial) for (const f of exp.facts) expect(got, sentence).toContainEqual(f);
    else expect(got, sentence).toEqual(exp.facts);
  }
  const unexpected = segs.filter((s, i) => !claimed.has(i) && !unlistedMayHaveFacts(s) && extractFacts(s, lang).length > 0);
  expect(unexpected).toEqual([]);
}
