/**
 * Frictionless-style error codes. The order is part of the worker protocol (counts travel as a flat array
 * indexed by code), so append new codes at the end.
 */
export const ERROR_CODES = [
  'type-error',
  'constraint-error',
  'missing-cell',
  'extra-cell',
  'blank-row',
  'unique-error',
  'primary-key-error',
  'schema-mismatch',
  'encoding-error',
  'format-error',
  'row-count-error',
  'null-fraction-error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const CODE_INDEX: Readonly<Record<ErrorCode, number>> = Object.fromEntries(
  ERROR_CODES.map((code, index) => [code, index]),
) as Record<ErrorCode, number>;

export const CODE_COUNT = ERROR_CODES.length;
