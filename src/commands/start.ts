// `npm start`: the bundled SPIC–Alibaba pair, in the interactive review on a terminal, as the check report otherwise.
import { fileURLToPath } from 'node:url';

const corpus = (name: string) => fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url));

export async function run(_argv: Record<string, unknown>): Promise<number> {
  const source = corpus('spic-alibaba.en.txt');
  const target = corpus('spic-alibaba.hi.txt');
  if (process.stdin.isTTY && process.stdout.isTTY) {
    const { openReview } = await import('./review.js');
    return openReview({ sourcePath: source, targetPath: target, srcLang: 'en', tgtLang: 'hi' });
  }
  // Not a terminal (CI, a pipe): the readable report of `xalign check`, which is a demonstration, not a gate.
  const { run: check } = await import('./check.js');
  return check({ source, target, 'src-lang': 'en', 'tgt-lang': 'hi', format: 'text', 'fail-on': 'none' });
}
