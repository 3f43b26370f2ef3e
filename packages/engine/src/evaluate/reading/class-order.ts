/**
 * Class labels in scikit-learn's order. `np.unique` sorts numbers numerically and strings by code point, and
 * a model's `classes_` (the column order of `predict_proba`) is that order, so the scores matrix, the
 * positive class of a binary problem (the second class) and every per-class average line up with sklearn's.
 */

/** How a number label is named once it is a class: `1`, `1.0` and `1e0` are one class, as in numpy. */
export function numberClassName(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** Orders strings by Unicode code point, as numpy compares `<U` arrays (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only a surrogate against a unit at or above U+E000 sorts differently by code point than by unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const NUMBER_TEXT = /^\s*[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)\s*$/;

/** The number a label's text spells, or undefined when it is not a finite number. */
export function labelNumber(text: string): number | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export interface ClassOrder {
  /** Class names, sorted as sklearn sorts them. */
  readonly classes: readonly string[];
  /** For each raw label text (in the order given), its class index. */
  readonly indexOf: Int32Array;
}

/**
 * Sorts the distinct raw label texts seen into classes. When every text is a number the labels are numbers
 * (a CSV cell is always text, a JSON or Parquet label may be either), sorted numerically and merged by value;
 * otherwise they are strings, sorted by code point.
 */
export function orderClasses(texts: readonly string[]): ClassOrder {
  const numbers = texts.map(labelNumber);
  const indexOf = new Int32Array(texts.length);
  if (texts.length > 0 && numbers.every((n) => n !== undefined)) {
    const values = [...new Set(numbers as number[])].sort((a, b) => a - b);
    const rank = new Map(values.map((v, i) => [v, i]));
    numbers.forEach((n, i) => (indexOf[i] = rank.get(n!)!));
    return { classes: values.map(numberClassName), indexOf };
  }
  const classes = [...new Set(texts)].sort(compareCodePoints);
  const rank = new Map(classes.map((c, i) => [c, i]));
  texts.forEach((t, i) => (indexOf[i] = rank.get(t)!));
  return { classes, indexOf };
}
