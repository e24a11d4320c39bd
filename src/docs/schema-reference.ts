/**
 * The manifest reference, generated from `schemas/compliance.schema.json` (descriptions there
 * read "中文。English.").
 */
import type { Lang } from '../model/finding.js';

export interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

export interface FieldRow {
  field: string;
  /** 0 for a top-level field. */
  depth: number;
  /** How many fields its parent has. */
  siblings: number;
  type: Record<Lang, string>;
  required: boolean;
  default?: unknown;
  description: Record<Lang, string>;
}

/**
 * Splits "中文说明。English text." at the last full-width stop followed by Latin text (the
 * Chinese part may itself hold Latin words after a 。, the English part holds no 。).
 */
export function splitDescription(description: string | undefined): Record<Lang, string> {
  if (description === undefined) return { 'zh-CN': '', en: '' };
  let cut = -1;
  for (const match of description.matchAll(/。\s*(?=[A-Za-z`(])/g)) cut = match.index;
  if (cut === -1) return { 'zh-CN': description, en: description };
  return {
    'zh-CN': description.slice(0, cut + 1),
    en: description.slice(cut + 1).trimStart(),
  };
}

/** A reference into another schema file: shown by name, not expanded. */
function externalRef(ref: string | undefined): string | undefined {
  if (ref === undefined || ref.startsWith('#')) return undefined;
  const [url = '', fragment = ''] = ref.split('#');
  return `${url.slice(url.lastIndexOf('/') + 1)}${fragment ? `#${fragment}` : ''}`;
}

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  if (node.$ref === undefined || externalRef(node.$ref) !== undefined) return node;
  const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (!target) throw new Error(`unsupported $ref ${node.$ref}`);
  return { ...target, ...node, $ref: undefined };
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function typeOf(node: SchemaNode, root: SchemaNode, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const external = externalRef(node.$ref);
  if (external !== undefined) return code(external);
  if (node.anyOf) return node.anyOf.map((branch) => typeOf(branch, root, lang)).join(' \\| ');
  if (node.const !== undefined) return code(node.const);
  if (node.enum) return node.enum.map(code).join(' \\| ');
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  return types
    .map((type) => {
      switch (type) {
        case 'string':
          if (node.format === 'date') return zh ? '日期 YYYY-MM-DD' : 'date YYYY-MM-DD';
          return zh ? '字符串' : 'string';
        case 'integer':
        case 'number': {
          const name = type === 'integer' ? (zh ? '整数' : 'integer') : zh ? '数' : 'number';
          if (node.minimum !== undefined && node.maximum !== undefined) {
            return `${name} ${node.minimum}–${node.maximum}`;
          }
          return node.minimum === undefined ? name : `${name} ≥ ${node.minimum}`;
        }
        case 'boolean':
          return 'true \\| false';
        case 'null':
          return 'null';
        case 'array': {
          const items = node.items ? resolve(node.items, root) : undefined;
          const inner = items ? typeOf(items, root, lang) : '';
          return zh ? `列表（${inner}）` : `list of ${inner}`;
        }
        case 'object':
          return zh ? '映射' : 'mapping';
        default:
          return type;
      }
    })
    .join(' \\| ');
}

/** What the keys of a free-form mapping stand for, in the field column. */
const KEY_NAMES: Record<string, string> = { rules: 'RULE_ID' };

function walk(
  node: SchemaNode,
  root: SchemaNode,
  prefix: string,
  rows: FieldRow[],
  depth = 0,
): void {
  const required = new Set(node.required ?? []);
  const siblings = Object.keys(node.properties ?? {}).length;
  for (const [name, raw] of Object.entries(node.properties ?? {})) {
    const child = resolve(raw, root);
    const field = `${prefix}${name}`;
    const items = child.items ? resolve(child.items, root) : undefined;
    const description = splitDescription(child.description ?? items?.description);
    rows.push({
      field,
      depth,
      siblings,
      type: { 'zh-CN': typeOf(child, root, 'zh-CN'), en: typeOf(child, root, 'en') },
      required: required.has(name),
      ...(child.default !== undefined ? { default: child.default } : {}),
      description,
    });
    if (child.properties) walk(child, root, `${field}.`, rows, depth + 1);
    if (items?.properties) walk(items, root, `${field}[].`, rows, depth + 1);
    if (typeof child.additionalProperties === 'object') {
      const value = resolve(child.additionalProperties, root);
      rows.push({
        field: `${field}.<${KEY_NAMES[field] ?? 'KEY'}>`,
        depth: depth + 1,
        siblings: 1,
        type: { 'zh-CN': typeOf(value, root, 'zh-CN'), en: typeOf(value, root, 'en') },
        required: false,
        description: splitDescription(value.description ?? child.description),
      });
    }
  }
}

export function schemaRows(schema: SchemaNode): FieldRow[] {
  const rows: FieldRow[] = [];
  walk(schema, schema, '', rows);
  return rows;
}

const escapeCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Which rows a table shows; the full reference shows them all. */
export type RowFilter = (row: FieldRow) => boolean;

export function schemaTable(schema: SchemaNode, lang: Lang, keep: RowFilter = () => true): string {
  const zh = lang === 'zh-CN';
  const header = zh
    ? '| 字段 | 类型 | 必填 | 默认值 | 说明 |'
    : '| field | type | required | default | description |';
  const lines = [header, '| --- | --- | --- | --- | --- |'];
  for (const row of schemaRows(schema).filter(keep)) {
    const field = row.field
      .replace('<RULE_ID>', zh ? '<规则 ID>' : '<rule-id>')
      .replace('<KEY>', zh ? '<键>' : '<key>');
    lines.push(
      `| \`${field}\` | ${row.type[lang]} | ${row.required ? (zh ? '是' : 'yes') : ''} | ${
        row.default === undefined ? '' : code(row.default)
      } | ${escapeCell(row.description[lang])} |`,
    );
  }
  return lines.join('\n');
}
