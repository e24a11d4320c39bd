/** drift/not-scanned: part of the change was too big, not decodable, in Git LFS or not listed. */
import { text, type Bilingual } from '../../model/finding.js';
import type { ScanGap } from '../../change/types.js';
import { gapPlace, gapsOf, offPath, withSeverity } from '../support/scan-gaps.js';
import type { Rule } from '../rule.js';

function sizeText(bytes: number | undefined): string {
  return bytes === undefined ? '' : ` ${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

const NOT_SCANNED: Record<string, (gap: ScanGap & { kind: 'not-scanned' }) => Bilingual> = {
  'too-big': (gap) =>
    text(
      `${gap.file}（${sizeText(gap.size).trim()}）超过 32 MB 的扫描上限，其新增内容未经漂移检查`,
      `${gap.file} (${sizeText(gap.size).trim()}) is over the 32 MB scan limit; its added content was not checked for drift`,
    ),
  'not-decoded': (gap) =>
    text(
      `${gap.file} 不是 UTF-8 编码且超过 8 MB 的解码上限，其新增内容未经漂移检查`,
      `${gap.file} is not UTF-8 and is over the 8 MB decoding limit; its added content was not checked for drift`,
    ),
  'lfs-pointer': (gap) =>
    text(
      `${gap.file} 以 Git LFS 指针提交，其真实内容不在仓库中，未经漂移检查`,
      `${gap.file} is committed as a Git LFS pointer; its real content is not in the repository and was not checked for drift`,
    ),
  'no-patch': (gap) =>
    text(
      `GitHub 未提供 ${gap.file} 的差异（文件过大或被视为二进制），其新增内容未经漂移检查；设置 \`fetch-depth: 0\` 以用 git 检查`,
      `GitHub gave no diff for ${gap.file} (too big or seen as binary); its added content was not checked for drift. Set \`fetch-depth: 0\` to check it with git`,
    ),
  'not-listed': () =>
    text(
      'GitHub REST API 最多列出 3000 个文件，其余文件未经漂移检查；设置 `fetch-depth: 0` 以用 git 比较全部文件',
      'The GitHub REST API lists at most 3,000 files; the rest were not checked for drift. Set `fetch-depth: 0` to compare every file with git',
    ),
};

const rule: Rule = {
  id: 'drift/not-scanned',
  stage: 'main',
  needs: ['change'],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('变更中有内容未经漂移检查', 'Part of the change was not checked for drift'),
  help: text(
    '门禁无法判断的内容不会被当作没有问题：超过 32 MB 的源文件、超过 8 MB 且需转码（UTF-16/UTF-32/GB18030）的源文件、以 Git LFS 指针提交的源文件、GitHub REST API 未给出差异或未列出的文件，都会报告为未检查。请缩小或拆分文件、以 UTF-8 提交源代码、不要用 Git LFS 存放源代码，或在 actions/checkout 中设置 `fetch-depth: 0`。',
    'What the gate cannot judge is not taken as fine: source files over 32 MB, sources over 8 MB that need decoding (UTF-16/UTF-32/GB18030), sources committed as Git LFS pointers, and files the GitHub REST API gave no diff for or did not list are reported as not checked. Shrink or split the file, commit source as UTF-8, keep source out of Git LFS, or set `fetch-depth: 0` on actions/checkout.',
  ),
  example: {
    file: 'dist/bundle.js',
    message: text(
      'dist/bundle.js（40.0 MB）超过 32 MB 的扫描上限，其新增内容未经漂移检查',
      'dist/bundle.js (40.0 MB) is over the 32 MB scan limit; its added content was not checked for drift',
    ),
  },
  check: (context) =>
    gapsOf(context, 'not-scanned').map((gap) =>
      withSeverity(
        {
          ...gapPlace(gap),
          message: NOT_SCANNED[gap.reason]!(gap),
          data: { reason: gap.reason, ...(gap.size !== undefined ? { size: gap.size } : {}) },
        },
        offPath(context, 'note'),
      ),
    ),
};

export default rule;
