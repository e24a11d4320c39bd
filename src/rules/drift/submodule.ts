/** drift/submodule: the change adds or changes a submodule, whose files the signals cannot see. */
import { text, type Bilingual } from '../../model/finding.js';
import { gapPlace, gapsOf, offPath, withSeverity } from '../support/scan-gaps.js';
import type { Rule } from '../rule.js';

const SUBMODULE_HOW: Record<string, Bilingual> = {
  added: text('新增了子模块', 'adds the submodule'),
  moved: text('移动了子模块', 'moves the submodule'),
  updated: text('把子模块指向了另一个提交', 'points the submodule to another commit'),
  gitmodules: text('修改了子模块配置', 'edits the submodule configuration'),
};

const rule: Rule = {
  id: 'drift/submodule',
  stage: 'main',
  needs: ['change'],
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
          ...gapPlace(gap),
          message,
          data: { how: gap.how, ...(gap.commit ? { commit: gap.commit } : {}) },
        },
        offPath(context, 'note'),
      );
    }),
};

export default rule;
