// Writers for `xalign align`: side-by-side text, TSV and JSON (the contract: {"beads":[{src,tgt,score}]}).
import type { AlignedPair, Bead } from '../core/types.js';
import { tsvCell } from './escape.js';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ZERO = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** Columns a character takes in a terminal: 0 for combining marks (Thai vowels, Devanagari matras), 2 for CJK. */
export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  if (WIDE.test(ch) || (ch.codePointAt(0)! >= 0x20000 && ch.codePointAt(0)! <= 0x3fffd)) return 2;
  return 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Breaks text into lines of at most `width` columns, at spaces when there are any, keeping marks with their base. */
export function wrapColumns(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '', lineWidth = 0, lastSpace = -1;
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    const w = charWidth(ch);
    if (lineWidth + w > width && w > 0) {
      if (lastSpace > 0) {
        lines.push(line.slice(0, lastSpace));
        line = line.slice(lastSpace + 1);
      } else {
        lines.push(line);
        line = '';
      }
      lineWidth = displayWidth(line);
      lastSpace = -1;
    }
    if (ch === ' ') lastSpace = line.length;
    line += ch;
    lineWidth += w;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const indices = (xs: number[]): string => (xs.length ? xs.map((x) => x + 1).join(',') : '-');

/** Aligned sentences side by side, each bead headed by its sentence numbers (1-based) and score. */
export function alignmentText(pairs: readonly AlignedPair[], width: number): string {
  const column = Math.max(16, Math.floor((width - 3) / 2));
  const out: string[] = [];
  for (const p of pairs) {
    const flag = p.score < 0.5 ? '  ← check' : '';
    out.push(`#${p.index + 1}  src ${indices(p.src)}  tgt ${indices(p.tgt)}  score ${p.score.toFixed(2)}${flag}`);
    const left = wrapColumns(p.srcText, column), right = wrapColumns(p.tgtText, column);
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      out.push(`${pad(left[k] ?? '', column)} │ ${right[k] ?? ''}`.trimEnd());
    }
    for (const fact of p.shared ?? []) out.push(`  shared ${fact}`);
    out.push('');
  }
  return out.join('\n');
}

/** source, target, score; one row per bead (an empty cell for a sentence with no counterpart). */
export function alignmentTsv(pairs: readonly AlignedPair[]): string {
  return ['source\ttarget\tscore', ...pairs.map((p) => `${tsvCell(p.srcText)}\t${tsvCell(p.tgtText)}\t${p.score.toFixed(4)}`)].join('\n') + '\n';
}

export function alignmentJson(beads: readonly Bead[]): string {
  return JSON.stringify({ beads: beads.map((b) => ({ src: b.src, tgt: b.tgt, score: b.score, ...(b.shared ? { shared: b.shared } : {}) })) }) + '\n';
}
