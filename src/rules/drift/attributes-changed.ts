/**
 * drift/attributes-changed: the change adds `.gitattributes` settings that alter how changes are
 * seen (warnings off the registration path, as they also hide changes from reviewers).
 */
import { text } from '../../model/finding.js';
import { gapPlace, gapsOf, offPath, withSeverity } from '../support/scan-gaps.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'drift/attributes-changed',
  stage: 'main',
  needs: ['change'],
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
          ...gapPlace(gap),
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

export default rule;
