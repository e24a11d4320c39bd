// Bundled JavaScript as ASCII only and with stable chunk names, its source map shifted to match.
//
// esbuild escapes non-ASCII characters in strings but keeps them in regular expressions. One such
// character makes the whole module two-byte text for V8, which costs start-up time in decoding and
// parsing; escaped, every module stays one-byte. A `\u` escape means the same character in a
// string, a regular expression, an identifier or a comment; a backslash that escaped the
// character itself is absorbed into the new escape. Each escape lengthens its line, so the
// generated columns of the source map move right by what was inserted before them.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

const ESCAPE = (backslashes, unit) => {
  const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
  return `${kept}\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * The code as ASCII, with the hashed names of shared chunks replaced by `renames`, and per line
 * the (column, growth) of every replacement, in column order.
 */
export function rewriteOutput(code, renames = new Map()) {
  const shifts = [];
  let line = 0;
  let lineStart = 0;
  let out = '';
  let last = 0;
  const pattern = /\n|chunk-[A-Z0-9]+\.js|(\\*)([\u0080-\uffff])/g;
  for (let match; (match = pattern.exec(code));) {
    const [whole, backslashes, unit] = match;
    if (whole === '\n') {
      line++;
      lineStart = match.index + 1;
      continue;
    }
    const replaced = unit === undefined ? (renames.get(whole) ?? whole) : ESCAPE(backslashes, unit);
    if (replaced === whole) continue;
    out += code.slice(last, match.index) + replaced;
    last = match.index + whole.length;
    (shifts[line] ??= []).push([
      match.index - lineStart + whole.length,
      replaced.length - whole.length,
    ]);
  }
  return { code: out + code.slice(last), shifts };
}

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

function encodeValue(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += BASE64[digit];
  } while (rest > 0);
  return text;
}

/** The source map with every generated column moved past what `rewriteOutput` inserted. */
export function shiftSourceMap(map, shifts) {
  const lines = map.mappings.split(';').map((line, index) => {
    const lineShifts = shifts[index];
    if (!lineShifts || line === '') return line;
    let column = 0;
    let moved = 0;
    let next = 0;
    let growth = 0;
    return line
      .split(',')
      .map((segment) => {
        const [delta, ...rest] = decodeSegment(segment);
        column += delta;
        while (next < lineShifts.length && lineShifts[next][0] <= column) {
          growth += lineShifts[next][1];
          next++;
        }
        const target = column + growth;
        const encoded = encodeValue(target - moved) + rest.map(encodeValue).join('');
        moved = target;
        return encoded;
      })
      .join(',');
  });
  return { ...map, mappings: lines.join(';') };
}
