// Screen lines measured the way terminals measure them (wcwidth: combining marks take no column, CJK two),
// so Devanagari or Thai never overflow a line: the screen is built from lines fitted here, not wrapped by ink.

export interface Style {
  color?: string;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

/** A run of text in one style. */
export interface Piece extends Style {
  text: string;
}

export type Line = Piece[];

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;

export function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code < 0x300) return code < 0x20 || code === 0x7f ? 0 : 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

export function lineWidth(line: Line): number {
  return line.reduce((w, p) => w + displayWidth(p.text), 0);
}

const sameStyle = (a: Style, b: Style) =>
  a.color === b.color && a.bold === b.bold && a.dim === b.dim && a.inverse === b.inverse && a.underline === b.underline && a.strikethrough === b.strikethrough;

function styleOf(p: Piece): Style {
  const { text: _text, ...style } = p;
  return style;
}

/** Joins characters back into runs of one style. */
function runs(chars: { ch: string; style: Style }[]): Line {
  const out: Line = [];
  for (const { ch, style } of chars) {
    const last = out[out.length - 1];
    if (last && sameStyle(styleOf(last), style)) last.text += ch;
    else out.push({ ...style, text: ch });
  }
  return out;
}

/**
 * Word-wraps styled text into at most `maxLines` lines of `width` columns; when text remains, the last line
 * ends with an ellipsis. Newlines in the text start a new line.
 */
export function wrapPieces(pieces: Line, width: number, maxLines: number): Line[] {
  const lines: { ch: string; style: Style; w: number }[][] = [[]];
  let used = 0;
  let truncated = false;
  outer: for (const p of pieces) {
    const style = styleOf(p);
    for (const ch of p.text) {
      let line = lines[lines.length - 1]!;
      if (ch === '\n') {
        if (lines.length >= maxLines) {
          truncated = true;
          break outer;
        }
        lines.push([]);
        used = 0;
        continue;
      }
      const w = charWidth(ch);
      if (w > 0 && used + w > width) {
        if (lines.length >= maxLines) {
          truncated = true;
          break outer;
        }
        // Break after the last space of the line when there is one, carrying the word over.
        let cut = -1;
        for (let i = line.length - 1; i > 0; i--) if (line[i]!.ch === ' ') { cut = i; break; }
        const carry = cut > 0 ? line.splice(cut + 1) : [];
        if (cut > 0) line.splice(cut); // drop the space at the break
        line = [...carry];
        lines.push(line);
        used = carry.reduce((s, c) => s + c.w, 0);
        if (ch === ' ' && line.length === 0) continue;
      }
      line.push({ ch, style, w });
      used += w;
    }
  }
  if (truncated) {
    const last = lines[lines.length - 1]!;
    let w = last.reduce((s, c) => s + c.w, 0);
    while (last.length > 0 && w + 1 > width) w -= last.pop()!.w;
    last.push({ ch: '…', style: { dim: true }, w: 1 });
  }
  return lines.map((l) => runs(l));
}

/** One line, cut with an ellipsis when wider than `width`. */
export function fitLine(line: Line, width: number): Line {
  return wrapPieces(line.map((p) => ({ ...p, text: p.text.replace(/\n/g, ' ') })), width, 1)[0] ?? [];
}

/** Pads a line with spaces to exactly `width` columns (it must already fit). */
export function padLine(line: Line, width: number): Line {
  const gap = width - lineWidth(line);
  return gap > 0 ? [...line, { text: ' '.repeat(gap) }] : line;
}
