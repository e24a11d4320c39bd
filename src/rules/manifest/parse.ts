/** manifest/parse: the manifest can be read and parsed as YAML. */
import { text } from '../../model/finding.js';
import type { ReadProblem } from '../../files/read.js';
import type { LoadedManifest } from '../../manifest/load.js';
import { readProblemText } from '../support/read-problem-text.js';
import type { Draft, ManifestRule } from '../rule.js';

function readProblemDraft(loaded: LoadedManifest, problem: ReadProblem): Draft {
  return { file: loaded.file, line: 1, column: 1, message: readProblemText(problem) };
}

const rule: ManifestRule = {
  id: 'manifest/parse',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('合规清单无法解析', 'Manifest cannot be parsed'),
  help: text(
    '`compliance.yml` 必须是合法的 YAML（UTF-8 编码，不超过 1 MiB，不含会指数展开的锚点别名）。按提示的行列修正语法。',
    '`compliance.yml` must be valid YAML (UTF-8, at most 1 MiB, no anchors that expand exponentially). Fix the syntax at the reported line and column.',
  ),
  example: {
    file: 'compliance.yml',
    line: 7,
    column: 3,
    message: text(
      'YAML 语法错误：bad indentation of a mapping entry',
      'YAML syntax error: bad indentation of a mapping entry',
    ),
  },
  check(loaded) {
    const drafts: Draft[] = [];
    for (const p of loaded.problems) {
      if (p.kind === 'read' && p.problem.code !== 'missing' && p.problem.code !== 'empty') {
        drafts.push(readProblemDraft(loaded, p.problem));
      } else if (p.kind === 'syntax') {
        drafts.push({
          file: loaded.file,
          line: p.line ?? 1,
          column: p.column ?? 1,
          message: text(`YAML 语法错误：${p.reason}`, `YAML syntax error: ${p.reason}`),
        });
      } else if (p.kind === 'too-complex') {
        drafts.push({
          file: loaded.file,
          line: 1,
          column: 1,
          message: text(
            `清单展开后超过 ${p.limit} 个节点（锚点/别名嵌套过深），已拒绝处理`,
            `The manifest expands to more than ${p.limit} nodes (nested anchors and aliases); refused`,
          ),
        });
      }
    }
    return drafts;
  },
};

export default rule;
