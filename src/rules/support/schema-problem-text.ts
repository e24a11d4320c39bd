/** Turns ajv's schema errors into sentences a compliance engineer reads, at the right place. */
import { text, type Bilingual } from '../../model/finding.js';
import { escapePointerToken, fieldName } from '../../manifest/positions.js';
import type { SchemaProblem } from '../../manifest/validate.js';
import { FIELD_NAMES } from '../../generated/schema-facts.js';
import { editDistance } from '../../text/edit-distance.js';

function suggestion(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.ceil(name.length * 0.4) + 1);
  for (const known of FIELD_NAMES) {
    const d = editDistance(name.toLowerCase(), known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['字符串', 'a string'],
  integer: ['整数', 'an integer'],
  number: ['数字', 'a number'],
  boolean: ['布尔值（true / false）', 'a boolean (true / false)'],
  array: ['列表', 'a list'],
  object: ['映射（键: 值）', 'a mapping (key: value)'],
  null: ['null', 'null'],
};

function typeText(type: unknown): [string, string] {
  const types = String(type).split(',');
  const zh = types.map((t) => TYPE_NAMES[t]?.[0] ?? t).join(' 或 ');
  const en = types.map((t) => TYPE_NAMES[t]?.[1] ?? t).join(' or ');
  return [zh, en];
}

export interface DescribedProblem {
  pointer: string;
  /** Report at the key (the line that names the field) rather than at the value. */
  preferKey: boolean;
  message: Bilingual;
}

export function describeSchemaProblem(problem: SchemaProblem): DescribedProblem {
  const { pointer, params } = problem;
  const field = fieldName(pointer);
  switch (problem.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const full = fieldName(`${pointer}/${escapePointerToken(missing)}`);
      return {
        pointer,
        preferKey: true,
        message: text(`缺少必填字段 \`${full}\``, `Required field \`${full}\` is missing`),
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const hint = suggestion(extra);
      const full = fieldName(`${pointer}/${escapePointerToken(extra)}`);
      return {
        pointer: `${pointer}/${escapePointerToken(extra)}`,
        preferKey: true,
        message: text(
          `未知字段 \`${full}\`${hint ? `，是否应为 \`${hint}\`？` : ''}`,
          `Unknown field \`${full}\`${hint ? `; did you mean \`${hint}\`?` : ''}`,
        ),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String).join(' | ');
      return {
        pointer,
        preferKey: false,
        message: text(
          `\`${field}\` 的取值无效，可选：${allowed}`,
          `\`${field}\` has an invalid value; allowed: ${allowed}`,
        ),
      };
    }
    case 'const':
      return {
        pointer,
        preferKey: false,
        message: text(
          `\`${field}\` 应为 ${String(params.allowedValue)}`,
          `\`${field}\` must be ${String(params.allowedValue)}`,
        ),
      };
    case 'type': {
      const [zh, en] = typeText(params.type);
      const quoteHint = /credit_code|online_number|filing_number/.test(field);
      return {
        pointer,
        preferKey: false,
        message: text(
          `\`${field}\` 应为${zh}${quoteHint ? '（编号请加引号）' : ''}`,
          `\`${field}\` must be ${en}${quoteHint ? ' (quote numbers like this one)' : ''}`,
        ),
      };
    }
    case 'minLength':
      return {
        pointer,
        preferKey: false,
        message: text(`\`${field}\` 不能为空`, `\`${field}\` must not be empty`),
      };
    case 'minimum':
      return {
        pointer,
        preferKey: false,
        message: text(
          `\`${field}\` 不能小于 ${String(params.limit)}`,
          `\`${field}\` must be at least ${String(params.limit)}`,
        ),
      };
    case 'minItems':
      return {
        pointer,
        preferKey: false,
        message: text(
          `\`${field}\` 至少需要 ${String(params.limit)} 项`,
          `\`${field}\` needs at least ${String(params.limit)} item(s)`,
        ),
      };
    case 'format':
      return {
        pointer,
        preferKey: false,
        message:
          params.format === 'date'
            ? text(
                `\`${field}\` 应为日期，格式 YYYY-MM-DD`,
                `\`${field}\` must be a date, YYYY-MM-DD`,
              )
            : text(
                `\`${field}\` 格式无效（${String(params.format)}）`,
                `\`${field}\` is not a valid ${String(params.format)}`,
              ),
      };
    case 'propertyNames':
      return {
        pointer: `${pointer}/${escapePointerToken(String(params.propertyName))}`,
        preferKey: true,
        message: text(
          `\`${field}\` 中的键 \`${String(params.propertyName)}\` 不是规则 ID（形如 group/name）`,
          `Key \`${String(params.propertyName)}\` in \`${field}\` is not a rule id (group/name)`,
        ),
      };
    default:
      return {
        pointer,
        preferKey: false,
        message: text(
          `\`${field}\` 不符合要求（${problem.keyword}）`,
          `\`${field}\` is invalid (${problem.keyword})`,
        ),
      };
  }
}
