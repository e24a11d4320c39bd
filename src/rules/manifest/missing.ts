/** manifest/missing: the manifest file exists. */
import { text } from '../../model/finding.js';
import { readProblemText } from '../support/read-problem-text.js';
import type { ManifestRule } from '../rule.js';

const rule: ManifestRule = {
  id: 'manifest/missing',
  stage: 'manifest',
  needs: [],
  defaultSeverity: 'error',
  status: 'structural',
  title: text('缺少合规清单', 'No manifest'),
  help: text(
    '仓库根目录下应有 `compliance.yml`（或用 `--manifest` / Action 输入 `manifest` 指定）。运行 `genai-compliance-gate init` 生成一份。',
    'The repository needs `compliance.yml` at its root (or name it with `--manifest` / the `manifest` input). Run `genai-compliance-gate init` to create one.',
  ),
  example: {
    file: 'compliance.yml',
    message: text('文件不存在：compliance.yml', 'File not found: compliance.yml'),
  },
  check(loaded) {
    return loaded.problems.flatMap((p) =>
      p.kind === 'read' && p.problem.code === 'missing'
        ? [{ file: loaded.file, message: readProblemText(p.problem) }]
        : [],
    );
  },
};

export default rule;
