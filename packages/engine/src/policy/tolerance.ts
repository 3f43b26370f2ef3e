/** How far a value may move against its direction before it counts as a regression. */
export type Tolerance =
  | { readonly kind: 'absolute'; readonly amount: number }
  /** `fraction` of the baseline's magnitude; `text` keeps the user's spelling ("2%") for reports. */
  | { readonly kind: 'relative'; readonly fraction: number; readonly text: string };

export const ZERO_TOLERANCE: Tolerance = { kind: 'absolute', amount: 0 };

/** Matches what the config schema accepts for a relative tolerance. */
export const RELATIVE_TOLERANCE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/;

/** A number ≥ 0 or a percentage string; the config schema has already checked the shape. */
export function parseTolerance(value: number | string): Tolerance {
  if (typeof value === 'number') return { kind: 'absolute', amount: value };
  const match = RELATIVE_TOLERANCE_PATTERN.exec(value.trim());
  if (match === null) throw new Error(`not a tolerance: ${value}`);
  return { kind: 'relative', fraction: Number(match[1]) / 100, text: value.trim() };
}

/** The absolute allowance around `baseline`. */
export function allowanceAround(tolerance: Tolerance, baseline: number): number {
  return tolerance.kind === 'absolute' ? tolerance.amount : tolerance.fraction * Math.abs(baseline);
}

export function toleranceText(tolerance: Tolerance): string {
  return tolerance.kind === 'absolute' ? String(tolerance.amount) : tolerance.text;
}
