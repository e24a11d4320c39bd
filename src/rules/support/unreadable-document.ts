/** The words for a document that could not be read, or whose text is incomplete. */
import { text, type Bilingual } from '../../model/finding.js';
import type { DocumentProblem, DocumentText } from '../../evidence/document.js';
import { readProblemText } from './read-problem-text.js';
import type { Draft } from '../rule.js';

/**
 * Why the text of a document that was read cannot be trusted to be complete (a scan, fonts that
 * could not be decoded, pages beyond the cap); undefined when it can.
 */
export function incompleteText(doc: DocumentText): Bilingual | undefined {
  const parts: Bilingual[] = [];
  // Undecodable fonts leave pages empty too; then the pages are not scans, and are not called so.
  if (doc.textlessPages && doc.textlessPages.length > 0 && !doc.undecodedFonts) {
    const all = doc.pageCount !== undefined && doc.textlessPages.length === doc.pageCount;
    const pages = pageList(doc.textlessPages);
    parts.push(
      all
        ? text('没有文字层（扫描件或图片）', 'has no text layer (a scan or images)')
        : text(
            `第 ${pages} 页没有文字层（扫描件或图片）`,
            `pages ${pages} have no text layer (scans or images)`,
          ),
    );
  }
  if (doc.undecodedFonts) {
    parts.push(
      text(
        '部分中文字体的字符映射（CMap）不可用，文字无法解码',
        'the character maps (CMaps) of some Chinese fonts are unavailable, so their text could not be decoded',
      ),
    );
  }
  if (doc.truncatedAfter !== undefined) {
    parts.push(
      text(
        `只读取了前 ${doc.truncatedAfter} 页（行）`,
        `only the first ${doc.truncatedAfter} pages (rows) were read`,
      ),
    );
  }
  if (parts.length === 0) return undefined;
  return text(parts.map((p) => p['zh-CN']).join('；'), parts.map((p) => p.en).join('; '));
}

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 8).join(', ');
  return pages.length > 8 ? `${shown}…` : shown;
}

/** Says what could not be verified in a document whose text is incomplete. */
export function unverifiedNote(doc: DocumentText, what: Bilingual): Draft | undefined {
  const why = incompleteText(doc);
  if (!why) return undefined;
  return {
    file: doc.file,
    severity: 'note',
    ...(doc.textlessPages ? { data: { textlessPages: doc.textlessPages } } : {}),
    message: doc.undecodedFonts
      ? text(
          `${doc.file} ${why['zh-CN']}，无法核验：${what['zh-CN']}。请在安装了 pdfjs-dist（含 cmaps）的环境中运行，或提供 DOCX / HTML 版本`,
          `${doc.file}: ${why.en}; cannot verify: ${what.en}. Run the gate where pdfjs-dist (with its cmaps) is installed, or provide a DOCX / HTML version`,
        )
      : text(
          `${doc.file} ${why['zh-CN']}，无法核验：${what['zh-CN']}。请提供带文字层的版本（可复制文字的 PDF、DOCX 或 HTML）`,
          `${doc.file} ${why.en}; cannot verify: ${what.en}. Provide a version with text (a PDF with a text layer, DOCX or HTML)`,
        ),
  };
}

/** The message for a document that could not be read at all. */
export function documentProblemText(problem: DocumentProblem): Bilingual {
  const f = problem.file;
  switch (problem.code) {
    case 'password-protected':
      return problem.detail === 'ole'
        ? text(
            `${f} 已加密（设有打开密码）或是改了扩展名的旧版 Office 文件，无法读取；审核人员同样无法打开。请提交未加密的 DOCX 或 PDF`,
            `${f} is encrypted (password to open) or an old Office file renamed; it cannot be read, and reviewers cannot open it either. Submit an unencrypted DOCX or PDF`,
          )
        : text(
            `${f} 设有打开密码，无法读取；审核人员同样无法打开。请提交未加密的版本`,
            `${f} is password-protected and cannot be read; reviewers cannot open it either. Submit an unencrypted copy`,
          );
    case 'corrupt':
      return text(
        `${f} 已损坏或不是有效的 ${formatName(problem)} 文件，无法读取${problem.detail ? `（${problem.detail}）` : ''}`,
        `${f} is damaged or not a valid ${formatName(problem)} file and cannot be read${problem.detail ? ` (${problem.detail})` : ''}`,
      );
    case 'legacy-format':
      return text(
        `${f} 是旧格式（.${problem.detail ?? ''}），无法读取文字；请另存为 DOCX、PDF 或 HTML`,
        `${f} is an old format (.${problem.detail ?? ''}) whose text cannot be read; save it as DOCX, PDF or HTML`,
      );
    case 'unsupported-format':
      return text(
        `${f} 不是可读取文字的文档格式（支持 Markdown、TXT、HTML、DOCX、PDF、XLSX 及页面源文件）`,
        `${f} is not a document format whose text can be read (Markdown, TXT, HTML, DOCX, PDF, XLSX and page sources are)`,
      );
    default:
      return readProblemText({ ...problem, code: problem.code });
  }
}

function formatName(problem: DocumentProblem): string {
  return (problem.format ?? 'document').toUpperCase();
}

/** Document problems that mean "the path is wrong": reported at the manifest value. */
export function isPathProblem(problem: DocumentProblem): boolean {
  return ['missing', 'outside-root', 'invalid-path', 'not-a-file'].includes(problem.code);
}
