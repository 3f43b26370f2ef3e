import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// packages/engine/src/validate/readers/parquet/parquet-type-mapping.ts
var MAX_FLOAT_DECIMAL_PRECISION = 15;
var UNIT_MS = { MILLIS: 1, MICROS: 1e3, NANOS: 1e6 };
function declaredName(element) {
  const physical = element.type ?? "GROUP";
  const logical = element.logical_type;
  let annotation;
  if (logical?.type === "TIMESTAMP" || logical?.type === "TIME")
    annotation = `${logical.type}_${logical.unit}${logical.isAdjustedToUTC ? "" : ", local"}`;
  else if (logical?.type === "DECIMAL") annotation = `DECIMAL(${logical.precision},${logical.scale})`;
  else if (logical?.type === "INTEGER")
    annotation = `${logical.isSigned ? "INT" : "UINT"}_${logical.bitWidth}`;
  else if (logical) annotation = logical.type;
  else if (element.converted_type === "DECIMAL")
    annotation = `DECIMAL(${element.precision ?? "?"},${element.scale ?? 0})`;
  else if (element.converted_type) annotation = element.converted_type;
  const redundant = annotation === void 0 || annotation === physical || annotation.replace("_", "") === physical;
  return redundant ? physical : `${physical} (${annotation})`;
}
function decimal(element) {
  const precision = element.logical_type?.type === "DECIMAL" ? element.logical_type.precision : element.precision ?? 38;
  const scale = element.logical_type?.type === "DECIMAL" ? element.logical_type.scale : element.scale ?? 0;
  return precision <= MAX_FLOAT_DECIMAL_PRECISION ? { kind: "decimal-float", scale } : { kind: "decimal-text", scale };
}
function integer(bitWidth, signed) {
  const type = `${signed ? "int" : "uint"}${bitWidth}`;
  return { kind: "direct", type };
}
function conversionOf(element) {
  const logical = element.logical_type;
  const converted = element.converted_type;
  if (logical?.type === "DECIMAL" || converted === "DECIMAL") return decimal(element);
  switch (element.type) {
    case "BOOLEAN":
      return { kind: "bool" };
    case "FLOAT":
      return { kind: "direct", type: "float32" };
    case "DOUBLE":
      return { kind: "direct", type: "float64" };
    case "INT96":
      return { kind: "int96" };
    case "INT32":
      if (logical?.type === "DATE" || converted === "DATE") return { kind: "direct", type: "date-days" };
      if (logical?.type === "TIME" || converted === "TIME_MILLIS")
        return { kind: "scaled", type: "time-seconds", divisor: 1e3 };
      if (logical?.type === "INTEGER") return integer(logical.bitWidth, logical.isSigned);
      if (converted === "INT_8" || converted === "INT_16")
        return integer(converted === "INT_8" ? 8 : 16, true);
      if (converted === "UINT_8" || converted === "UINT_16" || converted === "UINT_32")
        return integer(Number(converted.slice(5)), false);
      return { kind: "direct", type: "int32" };
    case "INT64": {
      if (logical?.type === "TIMESTAMP")
        return { kind: "scaled", type: "timestamp-ms", divisor: UNIT_MS[logical.unit] };
      if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS")
        return { kind: "scaled", type: "timestamp-ms", divisor: converted === "TIMESTAMP_MILLIS" ? 1 : 1e3 };
      if (logical?.type === "TIME")
        return { kind: "scaled", type: "time-seconds", divisor: UNIT_MS[logical.unit] * 1e3 };
      if (converted === "TIME_MICROS") return { kind: "scaled", type: "time-seconds", divisor: 1e6 };
      const unsigned = logical?.type === "INTEGER" && !logical.isSigned || converted === "UINT_64";
      return { kind: "direct", type: unsigned ? "uint64" : "int64" };
    }
    case "BYTE_ARRAY":
      return logical === void 0 || ["STRING", "ENUM", "JSON"].includes(logical.type) ? { kind: "utf8" } : { kind: "other" };
    default:
      return { kind: "other" };
  }
}
function typeOf(conversion) {
  switch (conversion.kind) {
    case "direct":
    case "scaled":
      return conversion.type;
    case "bool":
      return "bool";
    case "utf8":
      return "utf8";
    case "int96":
      return "timestamp-ms";
    case "decimal-float":
      return "float64";
    case "decimal-text":
    case "other":
      return "values";
  }
}
function mapParquetColumn(element) {
  const conversion = conversionOf(element);
  return { type: typeOf(conversion), declared: declaredName(element), conversion };
}
function mapNestedParquetColumn(element) {
  const kind = element.logical_type?.type ?? element.converted_type ?? "GROUP";
  return {
    type: "values",
    declared: kind === "GROUP" ? "GROUP" : `GROUP (${kind})`,
    conversion: { kind: "other" }
  };
}
function bigintFromBytes(bytes) {
  let value = 0n;
  for (const byte of bytes) value = value << 8n | BigInt(byte);
  return bytes.length > 0 && bytes[0] & 128 ? value - (1n << BigInt(bytes.length * 8)) : value;
}
function decimalText(unscaled, scale) {
  if (scale <= 0) return (unscaled * 10n ** BigInt(-scale)).toString();
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
var JULIAN_DAY_OF_UNIX_EPOCH = 2440588;
function int96ToEpochMs(value) {
  const day = Number(value >> 64n);
  const nanos = Number(BigInt.asUintN(64, value));
  return (day - JULIAN_DAY_OF_UNIX_EPOCH) * 864e5 + nanos / 1e6;
}

export {
  mapParquetColumn,
  mapNestedParquetColumn,
  bigintFromBytes,
  decimalText,
  int96ToEpochMs
};
