import { TwirpError } from './twirp-server.js';

/**
 * Readers for proto3 JSON request fields as the toolkit's generated clients write them
 * (`useProtoFieldName: true, emitDefaultValues: false`): a field holding its default value is absent, int64
 * travels as a decimal string, and a wrapper type (`google.protobuf.StringValue`) is its bare value.
 */
type Body = Readonly<Record<string, unknown>>;

export function stringField(body: Body, name: string): string {
  const value = body[name];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw invalid(name, 'a string');
  return value;
}

export function requiredStringField(body: Body, name: string): string {
  const value = stringField(body, name);
  if (value === '') throw new TwirpError('invalid_argument', `${name} is required`);
  return value;
}

export function stringListField(body: Body, name: string): string[] {
  const value = body[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw invalid(name, 'a list of strings');
  }
  return value;
}

/** int64 as a safe JavaScript integer; proto3 JSON allows a string or a number. */
export function int64Field(body: Body, name: string): number {
  const value = body[name];
  if (value === undefined || value === null) return 0;
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed)) throw invalid(name, 'an int64');
  return parsed;
}

/** A `google.protobuf.StringValue`: absent or null means unset. */
export function optionalStringValueField(body: Body, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(name, 'a string');
  return value;
}

/** A `google.protobuf.Int64Value`: absent or null means unset. */
export function optionalInt64ValueField(body: Body, name: string): number | undefined {
  if (body[name] === undefined || body[name] === null) return undefined;
  return int64Field(body, name);
}

/** A `google.protobuf.Timestamp`: an RFC 3339 string. */
export function optionalTimestampField(body: Body, name: string): Date | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) throw invalid(name, 'an RFC 3339 timestamp');
  return date;
}

/** int64 as proto3 JSON writes it. */
export function int64Json(value: number): string {
  return String(value);
}

function invalid(name: string, expected: string): TwirpError {
  return new TwirpError('invalid_argument', `${name} must be ${expected}`);
}
