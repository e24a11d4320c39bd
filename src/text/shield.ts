/**
 * Text on its way to a terminal or a GitHub Actions log. The runner splits its output into lines
 * at CR, LF (and we also treat NEL, U+2028 and U+2029 as line ends), executes `::name …::` at the
 * start of a line and the legacy `##[name]` anywhere in one, with any capitalisation. A file name
 * or manifest value must not start such a line, and no control character from the repository
 * (ESC above all) may reach the terminal.
 */

/** Zero-width space: splits `::` and `##[` so that neither the runner nor a reader sees a command. */
const NEUTRALISER = '\u200b';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROLS_KEEPING_SGR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const COMMAND_START = /^(?:[\s\uFEFF]|\u001b\[[0-9;]*m)*:(?=:)/;

/** A visible stand-in for a control character: ␛ for ESC, ␍ for CR, ␤ for other line ends. */
function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return '\u2424';
  return '\ufffd';
}

/** One value on one line: every control character and line break becomes a visible symbol. */
export function plainLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, picture);
}

function neutraliseLine(line: string): string {
  const out = line.replace(/##\[/g, `#${NEUTRALISER}#[`);
  const start = COMMAND_START.exec(out);
  return start ? `${start[0]}${NEUTRALISER}${out.slice(start[0].length)}` : out;
}

/**
 * Text for a terminal or a log: LF stays the only line break, tab stays, every other control
 * becomes visible (colour codes too, unless `color` allows the formatter's own), and no line
 * starts or holds a workflow command.
 */
export function shieldText(text: string, options: { color?: boolean } = {}): string {
  const visible = text
    .replace(/\r\n/g, '\n')
    .replace(options.color ? CONTROLS_KEEPING_SGR : CONTROLS, (match) =>
      match.length > 1 ? match : picture(match),
    );
  return visible.split('\n').map(neutraliseLine).join('\n');
}

/**
 * JSON text (JSON.stringify output) for a log: the same data, with the characters a log could
 * read as line ends or controls escaped and every `##[` written as `#\u0023[`. Pretty-printed
 * JSON keeps each string on one line, so no line can start with `::`.
 */
export function shieldJson(text: string): string {
  return text
    .replace(
      /[\u007f-\u009f\u2028\u2029]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/##\[/g, '#\\u0023[');
}

/** A formatted report for stdout or a file, shielded as its format allows. */
export function shieldReport(
  body: string,
  format: 'text' | 'json' | 'sarif' | 'markdown',
  options: { color?: boolean } = {},
): string {
  return format === 'json' || format === 'sarif' ? shieldJson(body) : shieldText(body, options);
}
