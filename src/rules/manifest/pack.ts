/**
 * manifest/pack: a policy pack named under `extends:` cannot be used — missing, unreadable,
 * outside the workspace, not valid YAML, not matching its schema, or extending in a circle. The
 * gate fails closed: the organisation's settings cannot be silently dropped.
 */
import { text, type Bilingual } from '../../model/finding.js';
import { positionOf } from '../../manifest/load.js';
import { fieldName } from '../../manifest/positions.js';
import type { PackProblem } from '../../manifest/packs.js';
import { readProblemText } from '../support/read-problem-text.js';
import { describeSchemaProblem } from '../support/schema-problem-text.js';
import type { ManifestRule } from '../rule.js';

function reason(problem: PackProblem): Bilingual {
  switch (problem.kind) {
    case 'read':
      return readProblemText(problem.problem);
    case 'outside-workspace':
      return text(
        '路径指向工作区之外；策略包须位于仓库内，或位于工作流检出在同一工作区中的策略仓库内（--workspace）',
        'the path leads outside the workspace; a pack must be inside the repository, or inside a policy checkout in the same workspace (--workspace)',
      );
    case 'root-outside-workspace':
      return text(
        `仓库根目录不在工作区 ${problem.workspace} 之内`,
        `the repository root is not inside the workspace ${problem.workspace}`,
      );
    case 'syntax': {
      const at = problem.line ? `（第 ${problem.line} 行）` : '';
      const atEn = problem.line ? ` (line ${problem.line})` : '';
      return text(
        `YAML 语法错误${at}：${problem.reason}`,
        `YAML syntax error${atEn}: ${problem.reason}`,
      );
    }
    case 'not-a-mapping':
      return text('策略包应为一个映射', 'a pack must be a mapping');
    case 'too-complex':
      return text(
        '展开后节点过多（锚点/别名嵌套过深）',
        'it expands to too many nodes (nested anchors and aliases)',
      );
    case 'schema': {
      const described = problem.problems.slice(0, 3).map((p) => {
        const { pointer, message } = describeSchemaProblem(p);
        const at = pointer === '' ? '' : `${fieldName(pointer)}: `;
        return text(`${at}${message['zh-CN']}`, `${at}${message.en}`);
      });
      return text(
        `不符合 schemas/policy-pack.schema.json：${described.map((d) => d['zh-CN']).join('；')}`,
        `it does not match schemas/policy-pack.schema.json: ${described.map((d) => d.en).join('; ')}`,
      );
    }
    case 'cycle':
      return text(
        `循环继承：${problem.chain.join(' → ')}`,
        `it extends in a circle: ${problem.chain.join(' → ')}`,
      );
    case 'too-many':
      return text(
        `继承的策略包过多或嵌套过深（上限 ${problem.limit} 个）`,
        `too many packs, or nested too deep (at most ${problem.limit})`,
      );
  }
}

const rule: ManifestRule = {
  id: 'manifest/pack',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('继承的策略包无法使用', 'A policy pack the manifest extends cannot be used'),
  help: text(
    '`extends:` 列出的策略包（policy pack）须存在、可读、是合法的 YAML 并符合 `schemas/policy-pack.schema.json`，路径相对引用它的文件所在目录，且须位于工作区内（默认工作区为仓库根目录；工作流把产品仓库与策略仓库并排检出时，用 `--workspace` 或 Action 所在的 `GITHUB_WORKSPACE` 指向二者的上级目录）。策略包之间不得循环继承。无法使用的策略包不会被静默忽略：门禁报告错误并失败，直到修正路径或策略包。仓库清单的 `rules:` 不能关闭本规则。',
    "Every policy pack under `extends:` must exist, be readable, be valid YAML and match `schemas/policy-pack.schema.json`. Paths are relative to the folder of the file that names them and must stay inside the workspace (by default the repository root; when a workflow checks out the product and the policy repository side by side, `--workspace`, or the Action's `GITHUB_WORKSPACE`, names their parent). Packs may not extend each other in a circle. A pack that cannot be used is never silently skipped: the gate reports an error and fails until the path or the pack is fixed. The manifest's `rules:` cannot switch this rule off.",
  ),
  example: {
    file: 'compliance.yml',
    line: 2,
    column: 10,
    message: text(
      '策略包 ../policy/pack.yml 无法使用：文件不存在：../policy/pack.yml',
      'Policy pack ../policy/pack.yml cannot be used: File not found: ../policy/pack.yml',
    ),
  },
  check(loaded) {
    return (loaded.packProblems ?? []).map((problem) => {
      const name = problem.file ?? problem.entry;
      const chain = problem.chain.length > 0 && problem.kind !== 'cycle' ? problem.chain : [];
      const via = chain.length > 0 ? `（经由 ${chain.join(' → ')}）` : '';
      const viaEn = chain.length > 0 ? ` (by way of ${chain.join(' → ')})` : '';
      const why = reason(problem);
      return {
        file: loaded.file,
        ...positionOf(loaded.positions, problem.via),
        message: text(
          `策略包 ${name}${via} 无法使用：${why['zh-CN']}。其设置未生效，门禁按失败处理。`,
          `Policy pack ${name}${viaEn} cannot be used: ${why.en}. Its settings are not in force, so the gate fails.`,
        ),
        data: { pack: name, problem: problem.kind },
      };
    });
  },
};

export default rule;
