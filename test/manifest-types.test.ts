/**
 * The manifest's TypeScript types follow its JSON Schema, the one source: every object the schema
 * defines has the same property names in `Manifest`, at every depth, and no field the schema may
 * leave out (neither required nor given a default that ajv fills in) is typed as always present.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/repo.js';

type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  required?: string[];
  default?: unknown;
};

const schema = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'schemas/compliance.schema.json'), 'utf8'),
) as SchemaNode & { $defs: Record<string, SchemaNode> };

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref?.startsWith('#/$defs/')) return resolve(schema.$defs[node.$ref.slice(8)]!);
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].map(resolve);
  return branches.find((b) => b.properties || b.items) ?? node;
}

describe('manifest types', () => {
  it('name every property of every object in the schema, and nothing else', () => {
    const file = path.join(PROJECT_ROOT, 'src/model/manifest.ts');
    const program = ts.createProgram([file], { strict: true, noEmit: true });
    const checker = program.getTypeChecker();
    const source = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
    const manifest = checker.getDeclaredTypeOfSymbol(
      checker.getExportsOfModule(source).find((s) => s.name === 'Manifest')!,
    );
    const problems: string[] = [];
    let compared = 0;

    const objectPart = (type: ts.Type): ts.Type | undefined => {
      const parts = type.isUnion() ? type.types : [type];
      return parts.find(
        (t) => t.flags & ts.TypeFlags.Object && checker.getPropertiesOfType(t).length > 0,
      );
    };
    const walk = (type: ts.Type, node: SchemaNode, at: string) => {
      const resolved = resolve(node);
      if (resolved.items) {
        const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
        if (element) walk(element, resolved.items, `${at}[]`);
        return;
      }
      if (!resolved.properties) return;
      const object = objectPart(type);
      if (!object) {
        problems.push(`${at}: the schema has an object, the type does not`);
        return;
      }
      compared++;
      const props = new Map(checker.getPropertiesOfType(object).map((p) => [p.name, p]));
      const names = Object.keys(resolved.properties);
      for (const name of names)
        if (!props.has(name)) problems.push(`${at}.${name}: not in the type`);
      for (const name of props.keys())
        if (!names.includes(name)) problems.push(`${at}.${name}: not in the schema`);
      for (const name of names) {
        const prop = props.get(name);
        if (!prop) continue;
        const child = resolved.properties[name]!;
        const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
        const filled = (resolved.required ?? []).includes(name) || 'default' in child;
        if (!optional && !filled) problems.push(`${at}.${name}: may be absent, typed required`);
        walk(
          checker.getTypeOfSymbolAtLocation(prop, prop.valueDeclaration!),
          child,
          `${at}.${name}`,
        );
      }
    };
    walk(manifest, schema, 'manifest');
    expect(compared).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
