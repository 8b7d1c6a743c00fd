// `xalign segment FILE [--lang L] [--format text|json]`: one sentence per line, or JSON with offsets.
import { resolveLanguage } from '../core/detect.js';
import { segment } from '../core/segment.js';
import { readStdinText, readTextFile } from '../io/input.js';

export async function run(argv: Record<string, unknown>): Promise<number> {
  // yargs hands a lone '-' over as ''.
  const file = argv.file === '' || argv.file === undefined ? '-' : String(argv.file);
  const text = file === '-' ? await readStdinText() : readTextFile(file);
  const lang = resolveLanguage(text, typeof argv.lang === 'string' ? argv.lang : undefined, file === '-' ? 'stdin' : file);
  const sentences = segment(text, lang);
  if (argv.format === 'json') {
    await write(JSON.stringify({ lang, sentences }) + '\n');
  } else {
    // Sentences hold no line breaks (a break always ends one), so a line per sentence is unambiguous.
    const chunk: string[] = [];
    for (const s of sentences) {
      chunk.push(s.text);
      if (chunk.length >= 10_000) await write(chunk.splice(0).join('\n') + '\n');
    }
    if (chunk.length) await write(chunk.join('\n') + '\n');
  }
  return 0;
}

function write(data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (error) => (error ? reject(error) : resolve()));
  });
}
