export { UserError, ExitCode, isUserError } from './user-error.js';
export type { SourceLocation } from './user-error.js';
export { MLGATE_VERSION } from './report-subject.js';
export type { ReportSubject } from './report-subject.js';
// Data validation (validate-data).
export { validateData, DEFAULT_MAX_ERRORS, DEFAULT_EXAMPLES_PER_COLUMN } from './validate/validate-data.js';
export type { DataFile, ValidateOptions } from './validate/validate-data.js';
export { loadSchema, compileSchema, canonicalJson } from './validate/schema/schema-file.js';
export type { LoadedSchema } from './validate/schema/schema-file.js';
export { detectFormat, DATA_FORMATS } from './validate/readers/data-format.js';
export type { DataFormat, FormatChoice } from './validate/readers/data-format.js';
export { inferTableSchema, DEFAULT_INFER_SAMPLE_ROWS } from './validate/schema/schema-inference.js';
export { VALIDATION_REPORT_KIND } from './validate/report/validation-report.js';
export type { ValidationReport, FileReport, ColumnReport } from './validate/report/validation-report.js';
export type { ValidationError } from './validate/report/validation-error.js';
export { VALIDATION_REPORT_SCHEMA } from './validate/report/validation-report-schema.js';
export { ERROR_CODES } from './validate/report/error-codes.js';
export type { ErrorCode } from './validate/report/error-codes.js';
export { COLUMNAR_OPENERS } from './validate/readers/columnar-readers.js';
export type {
  ColumnarOpener,
  ColumnarSource,
  ColumnBatch,
  ColumnData,
  BatchColumn,
  DeclaredColumn,
} from './validate/readers/data-reader.js';
// Metrics, policy, comparison (compare-metrics).
export type { MetricValue, MetricValueType, NumericMetricValue } from './metrics/metric-value.js';
export { metricValueText, numberValue, isNumeric } from './metrics/metric-value.js';
export type { LoadedMetric, MetricMap } from './metrics/metric-collector.js';
export {
  loadMetricsFiles,
  readMetricsFile,
  parseMetricsText,
  combineMetricsFiles,
  NAMESPACE_MODES,
  METRICS_EXTENSIONS,
} from './metrics/metrics-loader.js';
export type { MetricsFile, NamespaceMode } from './metrics/metrics-loader.js';
export { MetricPolicy, BUILTIN_RULE, DIRECTIONS, SEVERITIES } from './policy/metric-policy.js';
export type {
  Direction,
  Severity,
  RuleInput,
  RuleSettings,
  RuleOrigin,
  PolicyRule,
  PolicySource,
  PolicyInput,
} from './policy/metric-policy.js';
export type { Tolerance } from './policy/tolerance.js';
export type { BaselineProvenance, BaselineSource } from './compare/baseline-provenance.js';
export { describeBaseline, hasBaseline } from './compare/baseline-provenance.js';
export {
  BASELINE_SNAPSHOT_KIND,
  createBaselineSnapshot,
  readBaselineFile,
  parseBaselineText,
} from './compare/baseline-snapshot.js';
export type { BaselineSnapshot } from './compare/baseline-snapshot.js';
export { compareMetrics } from './compare/metrics-comparison.js';
export { loadComparisonSetup } from './compare/comparison-setup.js';
export type { ComparisonSetup, ComparisonSetupOptions } from './compare/comparison-setup.js';
export { expandMetricsPatterns } from './metrics/metrics-file-patterns.js';
export type { BaselineMetrics, CompareOptions } from './compare/metrics-comparison.js';
export { COMPARISON_REPORT_KIND, METRIC_VERDICTS } from './compare/comparison-report.js';
export type {
  ComparisonReport,
  ComparisonVerdict,
  MetricComparison,
  MetricDelta,
  MetricVerdict,
  ReportWarning,
  VerdictCounts,
} from './compare/comparison-report.js';
export { COMPARISON_REPORT_SCHEMA } from './compare/comparison-report-schema.js';
// Configuration (mlgate.yml).
export { loadConfig, parseConfig, ConfigError, DEFAULT_CONFIG_FILE } from './config/config-loader.js';
export { findConfig } from './config/config-discovery.js';
export type { LocatedConfigProblem } from './config/config-loader.js';
export type {
  MlgateConfig,
  DatasetConfig,
  DatasetFormat,
  MetricsConfig,
  BaselineConfig,
  BaselineSourceSpec,
  ReportConfig,
  PublishConfig,
  Versioning,
} from './config/mlgate-config.js';
export { MLGATE_CONFIG_SCHEMA } from './config/mlgate-config-schema.js';
export { PUBLISHED_SCHEMAS } from './schema-files.js';
// Rendering shared by every surface.
export { escapeMarkdown, escapeTableCell } from './render/markdown-escape.js';
export { renderComparisonTable } from './render/comparison-table.js';
export { renderComparisonText } from './render/comparison-text.js';
export {
  formatNumber,
  formatSignedNumber,
  formatSignedPercent,
  formatMetricValue,
} from './render/metric-number-format.js';
// Reports as files, and the one renderer every surface uses (comment, job summary, check run, mlgate report).
export { parseReport, REPORT_SCHEMAS, MAX_REPORT_BYTES } from './report-file.js';
export type { MlgateReport, ReportKind } from './report-file.js';
export { renderReport, runUrlOf } from './render/report-document.js';
export type { RenderReportOptions } from './render/report-document.js';
export { outcomeOf, overallOutcome } from './render/report-verdict.js';
export type { Outcome } from './render/report-verdict.js';
export {
  escapeUntrusted,
  escapeUntrustedCell,
  capText,
  UNTRUSTED_CELL_MAX_CHARS,
} from './render/markdown-escape.js';
export { validateDataset, expandDataPatterns, displayPath } from './validate/dataset-validation.js';
export type { DatasetRequest } from './validate/dataset-validation.js';
