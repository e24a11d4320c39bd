/** How a file that could not be read is described, whichever rule reports it. */
import { text, type Bilingual } from '../../model/finding.js';
import type { ReadProblem } from '../../files/read.js';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function readProblemText(problem: ReadProblem): Bilingual {
  const f = problem.file;
  switch (problem.code) {
    case 'missing':
      return text(`文件不存在：${f}`, `File not found: ${f}`);
    case 'outside-root':
      if (problem.detail === 'hard link') {
        return text(
          `${f} 是硬链接（同一文件的其他名称可能在仓库之外），未读取；请改为普通文件`,
          `${f} is a hard link (the same file may have names outside the repository); not read: make it a plain file`,
        );
      }
      return text(
        `路径 ${f} 指向仓库之外；材料必须是仓库内的文件`,
        `Path ${f} points outside the repository; materials must be files inside it`,
      );
    case 'invalid-path':
      return text(`路径无效：${JSON.stringify(f)}`, `Invalid path: ${JSON.stringify(f)}`);
    case 'not-a-file':
      return text(`${f} 不是普通文件`, `${f} is not a regular file`);
    case 'not-a-directory':
      return text(`${f} 不是文件夹`, `${f} is not a folder`);
    case 'too-large':
      if (problem.size === undefined) {
        const detail = problem.detail ? `（${problem.detail}）` : '';
        const detailEn = problem.detail ? ` (${problem.detail})` : '';
        return text(
          `${f} 解压后过大${detail}，未读取`,
          `${f} is too large once inflated${detailEn}; not read`,
        );
      }
      return text(
        `${f} 过大（${mib(problem.size ?? 0)}，上限 ${mib(problem.limit ?? 0)}），未读取`,
        `${f} is too large (${mib(problem.size ?? 0)}, limit ${mib(problem.limit ?? 0)}); not read`,
      );
    case 'empty':
      return text(`${f} 是空文件`, `${f} is empty`);
    case 'binary':
      return text(
        `${f} 不是文本文件（无法识别为 UTF-8、UTF-16 或 GB18030）`,
        `${f} is not a text file (not UTF-8, UTF-16 or GB18030)`,
      );
    case 'unreadable':
      return text(
        `无法读取 ${f}（${problem.detail ?? ''}）`,
        `Cannot read ${f} (${problem.detail ?? ''})`,
      );
  }
}
