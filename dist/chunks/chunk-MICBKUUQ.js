import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/evidence/doc-text.ts
function collapse(text) {
  return text.replace(/[\s\u3000\u00a0]+/g, " ").trim();
}
function textBlocks(text) {
  let blocks = [], lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let value = collapse(lines[i]);
    value.length > 0 && blocks.push({ text: value, kind: "text", line: i + 1 });
  }
  return blocks;
}
function blank(span) {
  return span.replace(/[^\n]/g, " ");
}
var COMMENTS = [
  ["/*", "*/"],
  ["<!--", "-->"]
];
function stripComments(source) {
  let out = [], nextAt = COMMENTS.map(([open]) => source.indexOf(open)), i = 0;
  for (; i < source.length; ) {
    let which = -1;
    for (let k = 0; k < COMMENTS.length; k++)
      nextAt[k] !== -1 && nextAt[k] < i && (nextAt[k] = source.indexOf(COMMENTS[k][0], i)), nextAt[k] !== -1 && (which === -1 || nextAt[k] < nextAt[which]) && (which = k);
    if (which === -1) {
      out.push(source.slice(i));
      break;
    }
    let [open, close] = COMMENTS[which], start = nextAt[which];
    out.push(source.slice(i, start));
    let closeAt = source.indexOf(close, start + open.length), end = closeAt === -1 ? source.length : closeAt + close.length;
    out.push(blank(source.slice(start, end))), i = end;
  }
  return out.join("").replace(/^[ \t]*\/\/.*$/gm, blank);
}
function sourceBlocks(source) {
  return textBlocks(stripComments(source.replace(/\r\n?/g, `
`)));
}

export {
  collapse,
  textBlocks,
  stripComments,
  sourceBlocks
};
