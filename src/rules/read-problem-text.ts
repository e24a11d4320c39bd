/** How a file that could not be read is described, whichever rule reports it. */
import { text, type Bilingual } from '../finding.js';
import type { ReadProblem } from '../evidence/read.js';

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function readProblemText(problem: ReadProblem): Bilingual {
  const f = problem.file;
  switch (problem.code) {
    case 'missing':
      return text(`文件不存在：${f}`, `File not found: ${f}`);
    case 'outside-root':
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
