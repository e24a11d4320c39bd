/**
 * Text the pull request controls (file names, quotes from documents, manifest values) rendered
 * by GitHub as plain text: no link, image, reference definition, autolink, `@mention`, issue or
 * cross-repository reference, emphasis, strike, math, HTML, heading, list or code fence, and no
 * bidi or zero-width control to reorder or hide what the reader sees.
 */

/** GitHub caps nothing per cell, but a cell this long is unreadable anyway. */
const CELL_MAX = 1000;

/** The zero-width space GitHub bots put after `@` and `#` so no mention or reference is made. */
const BREAK = '&#8203;';

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** Bidi embeddings, overrides and isolates, direction marks, zero-width characters, BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function visibleCodePoint(ch: string): string {
  return `‹U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}›`;
}

/** One line, no invisible or control characters, at most CELL_MAX characters. */
function flatten(value: string): string {
  const flat = value
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, visibleCodePoint)
    .replace(CONTROL, '\ufffd');
  return flat.length > CELL_MAX ? `${flat.slice(0, CELL_MAX)}…` : flat;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${BREAK}`,
  '#': `#${BREAK}`,
};
/** Characters that open Markdown syntax inline: escaped with a backslash. */
const BACKSLASHED = new Set(['\\', '`', '*', '_', '[', ']', '~', '|', '$', '!']);

/**
 * Plain text for a table cell or a quoted line: one line, every Markdown construct inert. URLs
 * and `www.` get a zero-width break so GitHub does not turn them into links.
 */
export function cell(value: string): string {
  let out = '';
  for (const ch of flatten(value)) {
    const escape = ESCAPES[ch];
    if (escape !== undefined) out += escape;
    else if (BACKSLASHED.has(ch)) out += `\\${ch}`;
    else out += ch;
  }
  out = out.replace(/:(?=\/\/)/g, `:${BREAK}`).replace(/\b(www)\./gi, `$1${BREAK}.`);
  // A list marker at the start of a quoted line ("- ", "+ ", "1. ") stays text.
  return out.replace(
    /^(\s*)([-+]|\d+[.)])(?=\s|$)/,
    (_, space: string, mark: string) => `${space}${mark.replace(/([-+.)])$/, '\\$1')}`,
  );
}

/**
 * A code span: GitHub renders nothing inside one (no link, mention or reference), so only the
 * span's own delimiter, table pipes, line breaks and invisible characters need care.
 */
export function codeSpan(value: string): string {
  return `\`${flatten(value).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
