// Escaping for the writers: every piece of document text goes through one of these before it meets markup.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value in HTML (quotes too, so the same function is safe inside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/FFFF even as references: drop them.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value in XML; newlines and tabs in attributes are kept as references. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : HTML_ESCAPES[c]!))
    .replace(/\r/g, '&#13;');
}

export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Markdown inline text: no markup, no raw HTML, no table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** One TSV cell: tabs and newlines would break the row, so they become spaces. */
export function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
