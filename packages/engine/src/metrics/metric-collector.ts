import { UserError } from '../user-error.js';
import type { MetricValue } from './metric-value.js';

/** A metric as read from a file, with the place it came from (for messages and annotations). */
export interface LoadedMetric {
  readonly name: string;
  readonly value: MetricValue;
  readonly file: string;
  readonly line: number;
}

/** Metrics by flattened name, in the order the file lists them. */
export type MetricMap = ReadonlyMap<string, LoadedMetric>;

/** Gathers one file's flattened metrics; a name reached twice (`{"a.b": 1, "a": {"b": 2}}`) is an error. */
export class MetricCollector {
  readonly metrics = new Map<string, LoadedMetric>();

  constructor(readonly file: string) {}

  add(name: string, value: MetricValue, line: number, column?: number): void {
    const earlier = this.metrics.get(name);
    if (earlier !== undefined) {
      throw new UserError(`metric '${name}' appears twice in this file (first on line ${earlier.line})`, {
        file: this.file,
        line,
        ...(column !== undefined ? { column } : {}),
      });
    }
    this.metrics.set(name, { name, value, file: this.file, line });
  }

  /** A value that cannot be a metric ("0.9x"): names the file, the key and the line. */
  refuse(name: string, problem: string, line: number, column?: number): never {
    throw new UserError(`metric '${name}': ${problem}`, {
      file: this.file,
      line,
      ...(column !== undefined ? { column } : {}),
    });
  }
}

/**
 * Joins a parent path and a child key or array index into a dotted metric name. A key is kept exactly as
 * written, dots and any other character included, so `{"a.b": 1}` and `{"a": {"b": 1}}` both name `a.b`
 * (in one file, that is a name reached twice). metric-flattening.test.ts pins this against a reference.
 */
export function childName(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}
