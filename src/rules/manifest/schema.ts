/** manifest/schema: the manifest matches the schema and names only rules that exist. */
import { text, type Bilingual } from '../../model/finding.js';
import { positionOf, type LoadedManifest } from '../../manifest/load.js';
import { escapePointerToken } from '../../manifest/positions.js';
import type { SchemaProblem } from '../../manifest/validate.js';
import { describeSchemaProblem } from '../support/schema-problem-text.js';
import type { Draft, ManifestRule } from '../rule.js';

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

const rule: ManifestRule = {
  id: 'manifest/schema',
  stage: 'manifest',
  needs: [],
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

export default rule;
