/** A part of a whole as a percentage with one decimal, `0%` of nothing. */
export function percentOf(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** A measured rate as a percentage with one decimal, `-` when nothing was measured. */
export function ratePercent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}
