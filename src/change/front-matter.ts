/** The YAML front matter of a Markdown file (a Hugging Face model card's metadata block). */

export interface LineRange {
  /** First and last 1-based line inside the `---` fences. */
  first: number;
  last: number;
}

export function frontMatterRange(text: string): LineRange | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 2000);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return i > 1 ? { first: 2, last: i } : undefined;
  }
  return undefined;
}

/** The front-matter lines of a model card, for matching base-side content. */
export function frontMatterLines(text: string): string[] {
  const range = frontMatterRange(text);
  if (!range) return [];
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, range.last)
    .slice(range.first - 1, range.last);
}
