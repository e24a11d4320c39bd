/** A part of a whole as a percentage with one decimal, `0%` of nothing. */
export function percentOf(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((part / whole) * 100).toFixed(1)}%`;
}
