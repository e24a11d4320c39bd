/**
 * drift/* blind spots: what in a change the drift signals could not see. The gate reads diffs
 * as text whatever `.gitattributes` says, decodes UTF-16/32 and GB18030 sources, and matches
 * long lines in windows; what still escapes (submodules, oversized or Git LFS content, files a
 * listing left out) is a finding, so the check fails closed. On the registration path these are
 * errors; on the filing and exempt paths, where drift signals are notes, they are notes too
 * (`.gitattributes` changes: warnings, as they also hide changes from reviewers).
 */
import { text, type Bilingual, type Severity } from '../model/finding.js';
import type { ScanGap } from '../change/types.js';
import type { Draft, Rule, RuleContext } from './rule.js';

function gapsOf<K extends ScanGap['kind']>(
  context: RuleContext,
  kind: K,
): Extract<ScanGap, { kind: K }>[] {
  return (context.change?.gaps ?? []).filter(
    (gap): gap is Extract<ScanGap, { kind: K }> => gap.kind === kind,
  );
}

function offPath(context: RuleContext, otherwise: Severity): Severity | undefined {
  return context.manifest.path === 'registration' ? undefined : otherwise;
}

function place(gap: { file?: string; line?: number }): Pick<Draft, 'file' | 'line'> {
  return {
    ...(gap.file !== undefined ? { file: gap.file } : {}),
    ...(gap.line !== undefined ? { line: gap.line } : {}),
  };
}

function withSeverity(draft: Draft, severity: Severity | undefined): Draft {
  return severity ? { ...draft, severity } : draft;
}

export const driftAttributesChanged: Rule = {
  id: 'drift/attributes-changed',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'structural',
  title: text(
    '变更修改了影响差异显示的 .gitattributes',
    'The change edits .gitattributes settings that alter how changes are seen',
  ),
  help: text(
    '`.gitattributes` 中的 `binary`、`-diff`、`diff=`、`text`、`eol`、`filter`、`merge`、`working-tree-encoding`、`export-ignore`、`linguist-*` 等设置会让 git 与代码托管平台把文件当作二进制、转换内容或在评审中折叠隐藏。门禁读取差异时不采用这些设置，但评审者看到的变更会受影响。请移除这些设置，或在评审中确认其必要性（Git LFS 跟踪权重等非源代码文件不在此列）。',
    '`binary`, `-diff`, `diff=`, `text`, `eol`, `filter`, `merge`, `working-tree-encoding`, `export-ignore`, `linguist-*` and similar settings in `.gitattributes` make git and code hosts treat files as binary, convert their content or collapse them in review. The gate reads diffs without these settings, but what reviewers see is affected. Remove them, or have them confirmed in review (Git LFS tracking of weights and other non-source files is not reported).',
  ),
  example: {
    file: '.gitattributes',
    line: 1,
    message: text(
      '变更在 .gitattributes 中新增了 -diff：这些设置会改变 git 与评审界面显示变更的方式',
      'The change adds -diff to .gitattributes: these settings alter how git and review tools show changes',
    ),
  },
  check: (context) =>
    gapsOf(context, 'attributes').map((gap) => {
      const list = gap.attributes.join(' ');
      const more = gap.more ? `（另有 ${gap.more} 行）` : '';
      const moreEn = gap.more ? ` (${gap.more} more lines)` : '';
      return withSeverity(
        {
          ...place(gap),
          message: text(
            `变更在 ${gap.file} 中新增了 ${list}${more}：这些设置会改变 git 与评审界面显示变更的方式`,
            `The change adds ${list} to ${gap.file}${moreEn}: these settings alter how git and review tools show changes`,
          ),
          data: { attributes: gap.attributes, ...(gap.more ? { more: gap.more } : {}) },
        },
        offPath(context, 'warning'),
      );
    }),
};

const SUBMODULE_HOW: Record<string, Bilingual> = {
  added: text('新增了子模块', 'adds the submodule'),
  moved: text('移动了子模块', 'moves the submodule'),
  updated: text('把子模块指向了另一个提交', 'points the submodule to another commit'),
  gitmodules: text('修改了子模块配置', 'edits the submodule configuration'),
};

export const driftSubmodule: Rule = {
  id: 'drift/submodule',
  stage: 'main',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('变更引入或改动了 git 子模块', 'The change adds or changes a git submodule'),
  help: text(
    '子模块的文件不在本仓库的差异中，漂移信号无法检查（其中可能有训练脚本、适配器或权重）。在登记路径上请移除子模块、把所需代码直接纳入仓库，或在评审中逐一确认子模块内容后用豁免记录；备案路径上仅作提示。',
    "A submodule's files are not in this repository's diff, so the drift signals cannot check them (they may hold training scripts, adapters or weights). On the registration path remove the submodule, vendor the code it brings into the repository, or review its content and record the decision with a waiver; on the filing path this is a note.",
  ),
  example: {
    file: 'third_party/trainer',
    message: text(
      '变更新增了子模块 third_party/trainer：其中的文件未经漂移检查',
      'The change adds the submodule third_party/trainer: its files are not checked for drift',
    ),
  },
  check: (context) =>
    gapsOf(context, 'submodule').map((gap) => {
      const how = SUBMODULE_HOW[gap.how]!;
      const at = gap.commit ? `（提交 ${gap.commit.slice(0, 12)}）` : '';
      const atEn = gap.commit ? ` (commit ${gap.commit.slice(0, 12)})` : '';
      const message =
        gap.how === 'gitmodules'
          ? text(
              `变更修改了 ${gap.file}：子模块的文件未经漂移检查`,
              `The change edits ${gap.file}: files of submodules are not checked for drift`,
            )
          : text(
              `变更${how['zh-CN']} ${gap.file}${at}：其中的文件未经漂移检查`,
              `The change ${how.en} ${gap.file}${atEn}: its files are not checked for drift`,
            );
      return withSeverity(
        {
          ...place(gap),
          message,
          data: { how: gap.how, ...(gap.commit ? { commit: gap.commit } : {}) },
        },
        offPath(context, 'note'),
      );
    }),
};

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

export const driftNotScanned: Rule = {
  id: 'drift/not-scanned',
  stage: 'main',
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
          ...place(gap),
          message: NOT_SCANNED[gap.reason]!(gap),
          data: { reason: gap.reason, ...(gap.size !== undefined ? { size: gap.size } : {}) },
        },
        offPath(context, 'note'),
      ),
    ),
};

export const DRIFT_SCAN_RULES: readonly Rule[] = [
  driftAttributesChanged,
  driftSubmodule,
  driftNotScanned,
];
