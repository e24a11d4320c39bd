/**
 * `null` and an empty value mean "not given", everywhere in the manifest: such a field is dropped
 * before validation, so the schema's default (or its absence) applies. Under `thresholds`, `null`
 * has its own meaning (remove the requirement) and is kept.
 */

const KEEP_NULL = new Set(['thresholds']);

function isEmpty(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** A copy of `value` without null or blank-string object fields (arrays keep their items). */
export function withoutAbsent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAbsent);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (isEmpty(field) && !KEEP_NULL.has(key)) continue;
    // defineProperty: a key named __proto__ stays an ordinary field.
    Object.defineProperty(copy, key, {
      value: KEEP_NULL.has(key) ? field : withoutAbsent(field),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
