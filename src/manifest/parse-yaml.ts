/** YAML text parsed with the position of every value; shared by every YAML the gate reads. */
import yaml from 'js-yaml';
import { LineIndex, PositionRecorder, type PositionMap } from './positions.js';

/** Parses YAML text with positions; shared by every YAML the gate reads. */
export function parseYaml(
  source: string,
  filename: string,
):
  | { ok: true; value: unknown; positions: PositionMap }
  | { ok: false; reason: string; line?: number; column?: number } {
  const lines = new LineIndex(source);
  const recorder = new PositionRecorder(lines);
  try {
    const value = yaml.load(source, {
      filename,
      schema: yaml.CORE_SCHEMA,
      listener: recorder.listener,
      maxDepth: 64,
    } as yaml.LoadOptions);
    return { ok: true, value, positions: recorder.build() };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const mark = (error as yaml.YAMLException & { mark?: { line: number; column: number } }).mark;
      return {
        ok: false,
        reason: error.reason,
        ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}),
      };
    }
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
