/** Document fixtures in every format, built from the example outlines (scripts/example-documents.mjs). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Outline } from '../../scripts/document-builders.mjs';
import { toDocx, toPdf } from '../../scripts/document-builders.mjs';
import { writeFile } from './repo.js';

export type Format = 'html' | 'md' | 'docx' | 'pdf' | 'txt';

export function toHtml(outline: Outline): string {
  const body = outline.blocks
    .map((b) => {
      if ('h' in b) return `<h2>${b.h}</h2>`;
      if ('p' in b) return `<p>${b.p}</p>`;
      if ('ol' in b) return `<ol>\n${b.ol.map((i) => `<li>${i}</li>`).join('\n')}\n</ol>`;
      if ('ul' in b) return `<ul>\n${b.ul.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
      return '';
    })
    .join('\n');
  return `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${outline.title}</title></head>\n<body>\n<h1>${outline.title}</h1>\n${body}\n</body>\n</html>\n`;
}

export function toMarkdown(outline: Outline): string {
  const body = outline.blocks.map((b) => {
    if ('h' in b) return `## ${b.h}`;
    if ('p' in b) return b.p;
    if ('ol' in b) return b.ol.map((i, n) => `${n + 1}. ${i}`).join('\n');
    if ('ul' in b) return b.ul.map((i) => `- ${i}`).join('\n');
    return '';
  });
  return `# ${outline.title}\n\n${body.join('\n\n')}\n`;
}

/** Writes the outline as `<base>.<format>` under root; returns the relative path. */
export async function writeDocument(
  root: string,
  base: string,
  format: Format,
  outline: Outline,
): Promise<string> {
  const rel = `${base}.${format}`;
  const content =
    format === 'html'
      ? toHtml(outline)
      : format === 'md' || format === 'txt'
        ? toMarkdown(outline)
        : format === 'docx'
          ? await toDocx(outline)
          : await toPdf(outline);
  writeFile(root, rel, content);
  return rel;
}

export function writeBytes(root: string, rel: string, bytes: Uint8Array): string {
  writeFileSync(path.join(root, rel), bytes);
  return rel;
}
