/**
 * Source positions for YAML values. js-yaml's `listener` reports every node as it opens and
 * closes; we rebuild the node tree from those events and record, for every JSON pointer, the
 * line and column of the key and of the value.
 */

export interface Position {
  line: number;
  column: number;
}

export interface NodePosition {
  /** Where the value starts. */
  value: Position;
  /** Where the mapping key starts, for values held in a mapping. */
  key?: Position;
}

export type PositionMap = Map<string, NodePosition>;

interface EventNode {
  start: number;
  kind: string | null;
  result: unknown;
  children: EventNode[];
}

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/models/0/fine_tuning` → `models[0].fine_tuning`. */
export function fieldName(pointer: string): string {
  if (pointer === '') return '(root)';
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, token) => (/^\d+$/.test(token) ? `${acc}[${token}]` : acc ? `${acc}.${token}` : token),
      '',
    );
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** Skips white space and comments: the listener opens a node before its leading blanks. */
  contentStart(offset: number): number {
    const s = this.source;
    let i = offset;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else if (c === 0x23 /* # */) {
        const nl = s.indexOf('\n', i);
        i = nl === -1 ? s.length : nl + 1;
      } else break;
    }
    return i;
  }
}

/** Collects listener events; call `build()` after `load` to get the pointer map. */
export class PositionRecorder {
  private readonly stack: EventNode[] = [];
  private root: EventNode | undefined;
  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      this.stack.push({ start: state.position, kind: null, result: undefined, children: [] });
      return;
    }
    const node = this.stack.pop();
    if (node === undefined) return;
    node.kind = state.kind;
    node.result = state.result;
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(node);
    else this.root = node;
  };

  constructor(private readonly lines: LineIndex) {}

  build(): PositionMap {
    const map: PositionMap = new Map();
    if (this.root) this.walk(this.root, '', map, undefined);
    return map;
  }

  private pos(node: EventNode): Position {
    return this.lines.at(this.lines.contentStart(node.start));
  }

  private walk(
    node: EventNode,
    pointer: string,
    map: PositionMap,
    key: Position | undefined,
  ): void {
    map.set(pointer, key ? { value: this.pos(node), key } : { value: this.pos(node) });
    if (node.kind === 'mapping') {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const k = node.children[i]!;
        const v = node.children[i + 1]!;
        this.walk(v, `${pointer}/${escapePointerToken(String(k.result))}`, map, this.pos(k));
      }
    } else if (node.kind === 'sequence') {
      node.children.forEach((child, index) =>
        this.walk(child, `${pointer}/${index}`, map, undefined),
      );
    }
  }
}
