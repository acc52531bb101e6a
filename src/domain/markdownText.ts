/**
 * Escapes characters TextBlock markdown would interpret, so typed text and document text show
 * as written: emphasis, links, code, headings, tables, and list markers at line start ("3. etasje").
 */
export function escapeMarkdown(text: string): string {
  // Most text has nothing to escape; one scan is cheaper than three replacements on every card.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(MARKDOWN_CHAR, "\\$1").replace(NUMBERED_ITEM, "$1$2\\.$3").replace(BULLET_ITEM, "$1\\$2$3");
}

const MARKDOWN_CHAR = /([\\`*_~[\]<>#|])/g;
const NUMBERED_ITEM = /^(\s*)(\d+)\.(\s)/gm;
const BULLET_ITEM = /^(\s*)([-+])(\s)/gm;
// Any of the three: built from them, so the fast path can never disagree with the escaping.
const NEEDS_ESCAPE = new RegExp([MARKDOWN_CHAR, NUMBERED_ITEM, BULLET_ITEM].map((r) => r.source).join("|"), "m");
