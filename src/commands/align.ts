// `xalign align SRC TGT`: segment (or take one sentence per line with --segmented), align, and write the
// beads as side-by-side text, TSV, TMX 1.4b or JSON ({"beads":[{"src":[..],"tgt":[..],"score":n}]}).
import { writeFileSync } from 'node:fs';
import { align } from '../core/align.js';
import { resolvePairLanguages } from '../core/detect.js';
import { UserError } from '../core/errors.js';
import { segment } from '../core/segment.js';
import type { AlignedPair, AlignMode, Bead, LangCode } from '../core/types.js';
import { alignmentJson, alignmentText, alignmentTsv } from '../formats/alignment.js';
import { writeTmx } from '../formats/tmx.js';
import { readGlossaries } from '../io/glossary.js';
import { readTextFile } from '../io/input.js';

/** --segmented: line i is sentence i, exactly as the scorer and make-docs number them (blank lines included). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function joined(sentences: string[], indices: number[], lang: LangCode): string {
  return indices.map((i) => sentences[i]!).join(lang === 'zh' || lang === 'th' ? '' : ' ');
}

export function alignedPairs(beads: Bead[], src: string[], tgt: string[], srcLang: LangCode, tgtLang: LangCode): AlignedPair[] {
  return beads.map((b, index) => ({
    index,
    src: b.src,
    tgt: b.tgt,
    score: b.score,
    srcText: joined(src, b.src, srcLang),
    tgtText: joined(tgt, b.tgt, tgtLang),
    ...(b.shared ? { shared: b.shared } : {}),
  }));
}


export async function run(argv: Record<string, unknown>): Promise<number> {
  const srcPath = String(argv.source), tgtPath = String(argv.target);
  const srcText = readTextFile(srcPath), tgtText = readTextFile(tgtPath);
  const { srcLang, tgtLang } = resolvePairLanguages({
    srcText,
    tgtText,
    srcLang: typeof argv['src-lang'] === 'string' ? argv['src-lang'] : undefined,
    tgtLang: typeof argv['tgt-lang'] === 'string' ? argv['tgt-lang'] : undefined,
    srcName: srcPath,
    tgtName: tgtPath,
  });
  const src = argv.segmented ? splitLines(srcText) : segment(srcText, srcLang).map((s) => s.text);
  const tgt = argv.segmented ? splitLines(tgtText) : segment(tgtText, tgtLang).map((s) => s.text);
  const mode = (argv.mode === 'comparable' ? 'comparable' : 'translation') as AlignMode;
  const glossary = readGlossaries(argv.glossary);
  const beads = align(src, tgt, { srcLang, tgtLang, mode, glossary });
  const pairs = alignedPairs(beads, src, tgt, srcLang, tgtLang);
  let out: string;
  switch (argv.format) {
    case 'json': out = alignmentJson(beads); break;
    case 'tsv': out = alignmentTsv(pairs); break;
    case 'tmx': out = writeTmx(pairs, { srcLang, tgtLang }); break;
    default: out = alignmentText(pairs, typeof argv.output === 'string' ? 120 : process.stdout.columns || 120);
  }
  if (typeof argv.output === 'string') {
    try {
      writeFileSync(argv.output, out);
    } catch (error) {
      throw new UserError(`cannot write ${argv.output}: ${error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error)}`);
    }
  } else {
    await new Promise<void>((resolve, reject) => process.stdout.write(out, (e) => (e ? reject(e) : resolve())));
  }
  return 0;
}
