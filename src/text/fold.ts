/** The folded form under which two keywords or questions count as the same. */

/** NFKC (full-width → half-width and compatibility forms), case folding, collapsed blanks. */
export function foldText(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      continue;
    }
    return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  }
  return value;
}
