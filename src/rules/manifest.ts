/** manifest/*: the manifest can be read, parsed and validated. */
import { text, type Bilingual } from '../finding.js';
import type { ReadProblem } from '../evidence/read.js';
import { positionOf, type LoadedManifest } from '../manifest/load.js';
import { escapePointerToken } from '../manifest/positions.js';
import type { SchemaProblem } from '../manifest/validate.js';
import { readProblemText } from './read-problem-text.js';
import { describeSchemaProblem } from './schema-problem-text.js';
import type { Draft, ManifestRule } from './rule.js';

function readProblemDraft(loaded: LoadedManifest, problem: ReadProblem): Draft {
  return { file: loaded.file, line: 1, column: 1, message: readProblemText(problem) };
}

export const manifestMissing: ManifestRule = {
  id: 'manifest/missing',
  stage: 'manifest',
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

export const manifestParse: ManifestRule = {
  id: 'manifest/parse',
  stage: 'manifest',
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

function schemaDrafts(loaded: LoadedManifest, problems: SchemaProblem[]): Draft[] {
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  const namesChecked = new Set(
    problems.filter((p) => p.keyword === 'propertyNames').map((p) => p.pointer),
  );
  for (const problem of problems) {
    if (problem.keyword === 'pattern' && namesChecked.has(problem.pointer)) continue;
    const { pointer, message, preferKey } = describeSchemaProblem(problem);
    const key = `${pointer}|${message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const position = positionOf(loaded.positions, pointer, preferKey ? 'key' : 'value');
    drafts.push({ file: loaded.file, line: position.line, column: position.column, message });
  }
  return drafts;
}

const notAMapping: Bilingual = text(
  '合规清单应为一个映射（包含 version、path、service 等字段），而不是空文件、列表或单个值',
  'The manifest must be a mapping (with version, path, service, ...), not an empty file, a list or a single value',
);

export const manifestSchema: ManifestRule = {
  id: 'manifest/schema',
  stage: 'manifest',
  defaultSeverity: 'error',
  status: 'structural',
  title: text('合规清单不符合格式', 'Manifest does not match the schema'),
  help: text(
    '字段名、取值和类型须符合 `schemas/compliance.schema.json`。在编辑器中加入 `# yaml-language-server: $schema=…` 可获得补全与即时检查。',
    'Field names, values and types must match `schemas/compliance.schema.json`. Add `# yaml-language-server: $schema=…` for completion and live checks in editors.',
  ),
  example: {
    file: 'compliance.yml',
    line: 16,
    column: 13,
    message: text(
      '`models[0].source` 的取值无效，可选：third-party | self-developed | open-weights',
      '`models[0].source` has an invalid value; allowed: third-party | self-developed | open-weights',
    ),
  },
  check(loaded, { ruleIds }) {
    const unknownRules = Object.keys(loaded.manifest?.rules ?? {})
      .filter((id) => !ruleIds.has(id))
      .map((id): Draft => {
        const position = positionOf(loaded.positions, `/rules/${escapePointerToken(id)}`, 'key');
        return {
          file: loaded.file,
          ...position,
          message: text(
            `\`rules\` 中的规则 ${id} 不存在`,
            `Rule ${id} in \`rules\` does not exist`,
          ),
        };
      });
    return unknownRules.concat(
      loaded.problems.flatMap((p): Draft[] => {
        if (p.kind === 'schema') return schemaDrafts(loaded, p.problems);
        if (p.kind === 'not-a-mapping')
          return [{ file: loaded.file, line: p.line, column: 1, message: notAMapping }];
        if (p.kind === 'read' && p.problem.code === 'empty') {
          return [{ file: loaded.file, line: 1, column: 1, message: notAMapping }];
        }
        return [];
      }),
    );
  },
};
