// TMX 1.4b writer for aligned sentence pairs (imports into CAT tools). Readers live in bilingual.ts.
import type { AlignedPair, LangCode } from '../core/types.js';
import { escapeXml, escapeXmlAttribute } from './escape.js';

export interface TmxOptions {
  srcLang: LangCode;
  tgtLang: LangCode;
  /** Written as creationtool/creationtoolversion. */
  toolVersion?: string;
}

/** One <tu> per pair with both sides present; one-sided beads have nothing to translate and are left out. */
export function writeTmx(pairs: readonly AlignedPair[], options: TmxOptions): string {
  const { srcLang, tgtLang } = options;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="xalign" creationtoolversion="${escapeXmlAttribute(options.toolVersion ?? '0')}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${escapeXmlAttribute(srcLang)}" o-tmf="xalign"/>`,
    '  <body>',
  ];
  for (const pair of pairs) {
    if (!pair.src.length || !pair.tgt.length) continue;
    lines.push(
      `    <tu tuid="${pair.index + 1}">`,
      `      <prop type="x-alignment-score">${pair.score.toFixed(4)}</prop>`,
      `      <tuv xml:lang="${escapeXmlAttribute(srcLang)}"><seg>${escapeXml(pair.srcText)}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXmlAttribute(tgtLang)}"><seg>${escapeXml(pair.tgtText)}</seg></tuv>`,
      '    </tu>',
    );
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
