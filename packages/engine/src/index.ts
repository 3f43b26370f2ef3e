export { UserError, ExitCode, isUserError } from './user-error.js';
export type { SourceLocation } from './user-error.js';
export { checkFilePattern, expandFilePatterns } from './file-patterns.js';
export { sha256File } from './validate/report/file-sha256.js';
export { fileKind, readUserBytes, readUserText } from './user-file.js';
export type { FileKind } from './user-file.js';
// Reports: the contract between steps, doors and surfaces.
export { MLGATE_VERSION, SUBJECT_SCHEMA } from './report/report-subject.js';
export type { ReportSubject } from './report/report-subject.js';
export { parseReport, REPORT_SCHEMAS, MAX_REPORT_BYTES } from './report/report-file.js';
export type { MlgateReport, ReportKind } from './report/report-file.js';
export { redactSecrets, tokensIn } from './secret-redaction.js';
export { writeFileAtomically } from './atomic-file.js';
export { readReportFile, readReportFiles, reportFileName, writeReportFile } from './report/report-files.js';
export type { ReportFile } from './report/report-files.js';
export { PUBLISHED_SCHEMAS } from './report/published-schemas.js';
// The one vocabulary and the one gate.
export {
  FAIL_ON,
  NEUTRAL_REASONS,
  RENAMED_FAIL_ON,
  VERDICTS,
  failsUnder,
  worseVerdict,
} from './gate/verdict.js';
export type { FailOn, NeutralReason, ReportVerdict, Verdict } from './gate/verdict.js';
export { gate } from './gate/gate.js';
export { reportVerdictOf } from './gate/report-verdict.js';
export {
  MAX_DISPATCH_INPUT_CHARS,
  RETRAIN_DISPATCH_INPUTS,
  boundedList,
  driftedColumnsOf,
  retrainDecision,
  retrainDispatchInputs,
} from './gate/retrain-decision.js';
export type { RetrainDecision, RetrainDispatchInput, RetrainEvidence } from './gate/retrain-decision.js';
export type { CheckConclusion, GateResult } from './gate/gate.js';
// Planning: mlgate.yml and a door's inputs into the work of a run.
export { DEFAULT_BASELINE_NAME, DEFAULT_COMMENT_ID, checkBaselineName, planRun } from './plan/run-plan.js';
export type {
  DatasetWork,
  DriftWork,
  InputNamer,
  MetricsWork,
  PlanInputs,
  ReportWork,
  RunPlan,
} from './plan/run-plan.js';
// Data validation.
export { validateData, DEFAULT_MAX_ERRORS, DEFAULT_EXAMPLES_PER_COLUMN } from './validate/validate-data.js';
export type { DataFile, ValidateOptions } from './validate/validate-data.js';
export { validateDataset, displayPath } from './validate/dataset-validation.js';
export type { DatasetRequest } from './validate/dataset-validation.js';
export {
  loadSchema,
  compileSchema,
  canonicalJson,
  parseSchemaText,
  MAX_SCHEMA_BYTES,
} from './validate/schema/schema-file.js';
export type { LoadedSchema } from './validate/schema/schema-file.js';
export { detectFormat, DATA_FORMATS } from './validate/readers/data-format.js';
export { openDataInputs, DEFAULT_STREAM_LIMITS } from './validate/readers/data-input.js';
export type { DataInput, StreamLimits } from './validate/readers/data-input.js';
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
// Metrics, policy, comparison.
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
export type { BaselineSnapshot, HistoryRequest } from './compare/baseline-snapshot.js';
export {
  DEFAULT_HISTORY_LENGTH,
  MAX_HISTORY_CELLS,
  MAX_HISTORY_LENGTH,
  extendHistory,
  metricHistory,
} from './compare/baseline-history.js';
export type {
  BaselineHistory,
  HistoryCell,
  HistoryCommit,
  HistoryPoint,
} from './compare/baseline-history.js';
export { compareMetrics } from './compare/metrics-comparison.js';
export { loadCurrentMetrics } from './compare/current-metrics.js';
export type { CurrentMetrics } from './compare/current-metrics.js';
export type { BaselineMetrics, CompareOptions } from './compare/metrics-comparison.js';
export { COMPARISON_REPORT_KIND, FOLDABLE_VERDICTS, METRIC_VERDICTS } from './compare/comparison-report.js';
export type {
  ComparisonReport,
  ComparisonVerdict,
  FoldableVerdict,
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
export { baselineSpecText, parseBaselineSpec } from './config/mlgate-config.js';
export type {
  MlgateConfig,
  DatasetConfig,
  DatasetFormat,
  MetricsConfig,
  BaselineConfig,
  BaselineSourceSpec,
  ReportConfig,
  PublishConfig,
} from './config/mlgate-config.js';
export { MLGATE_CONFIG_SCHEMA } from './config/mlgate-config-schema.js';
// The one renderer, and what each surface shows within its budget.
export { isPlainServerUrl, renderReport, reportLabels, runUrlOf } from './render/report-document.js';
export type { RenderReportOptions } from './render/report-document.js';
export { renderReportText } from './render/report-text.js';
export { viewOf } from './render/report-views.js';
export type { Finding, ReportFindings } from './render/finding.js';
export {
  escapeUntrusted,
  escapeUntrustedCell,
  terminalText,
  capText,
  UNTRUSTED_CELL_MAX_CHARS,
} from './render/untrusted-text.js';
export { formatNumber, formatMetricValue } from './render/metric-number-format.js';
export { GitHubLimits } from './surfaces/github-limits.js';
export { checkRunMarkdown, commentMarkdown, summaryMarkdown } from './surfaces/surface-markdown.js';
export type { SurfaceOptions } from './surfaces/surface-markdown.js';
export { selectAnnotations } from './surfaces/annotation-selection.js';
export {
  CHECK_NAME_PREFIX,
  MAX_CHECK_ANNOTATIONS,
  checkCheckName,
  checkRunContent,
  checkRunName,
} from './surfaces/check-run-content.js';
export type { CheckAnnotation, CheckRunContent } from './surfaces/check-run-content.js';
export { repositoryPath } from './surfaces/repository-path.js';
export { REPORT_OUTPUTS } from './surfaces/step-outputs.js';
export type { OutputSource, ReportOutputName } from './surfaces/step-outputs.js';
export {
  COMMENT_MODES,
  MAX_STAMP_LINE_CHARS,
  formatStamp,
  isNewerThan,
  isValidCommentId,
  parseStamp,
} from './surfaces/comment-stamp.js';
export type { CommentMode, CommentStamp } from './surfaces/comment-stamp.js';
// Model releases (publish-model, `mlgate model`): versions and tags, checksums, approval, gate evidence,
// the manifest and the card.
export {
  FIRST_VERSION,
  MODEL_NAME_MAX_CHARS,
  MODEL_NAME_PATTERN,
  SEMVER_PATTERN,
  VERSION_BUMPS,
  bumpVersion,
  checkModelName,
  compareVersions,
  formatVersion,
  latestRelease,
  parseVersion,
  parseVersionBump,
  releaseTag,
  resolveVersion,
  tryParseVersion,
  versionOfTag,
} from './model/model-version.js';
export type {
  ExistingRelease,
  ResolvedVersion,
  SemVer,
  TaggedVersion,
  VersionBump,
  VersionRequest,
} from './model/model-version.js';
export {
  ASSET_NAME_MAX_CHARS,
  SHA256SUMS_FILE,
  SHA256SUMS_MAX_CHARS,
  checkAssetName,
  describeDigestCheck,
  formatSha256Sums,
  isPlainAssetName,
  parseSha256Sums,
  sha256OfAssetDigest,
  verifySha256Sums,
} from './model/sha256-sums.js';
export type { DigestCheck, DigestStatus, DigestVerification, FileDigest } from './model/sha256-sums.js';
export {
  MODEL_CARD_FILE,
  MODEL_MANIFEST_FILE,
  RELEASE_OWN_FILES,
  checkModelFiles,
} from './model/release-assets.js';
export type { ModelFile } from './model/release-assets.js';
export { REVIEW_STATES, evaluateApproval } from './model/approval.js';
export type {
  Approval,
  ApprovalDecision,
  ApprovalRequest,
  PullRequestReview,
  ReviewState,
} from './model/approval.js';
export {
  CHECK_RUN_CONCLUSIONS,
  CHECK_RUN_STATUSES,
  gateFromCheckRuns,
  gateFromReports,
} from './model/gate-evidence.js';
export type {
  CheckRunConclusion,
  CheckRunRecord,
  CheckRunStatus,
  GateEvidence,
  GatePassed,
  ReportTarget,
} from './model/gate-evidence.js';
export { MODEL_MANIFEST_KIND, buildModelManifest } from './model/model-manifest.js';
export type {
  ManifestAsset,
  ManifestDataset,
  ManifestGate,
  ManifestInput,
  ManifestMetric,
  ManifestMetrics,
  ManifestPullRequest,
  ManifestSubject,
  ModelManifest,
} from './model/model-manifest.js';
export { MODEL_MANIFEST_SCHEMA } from './model/model-manifest-schema.js';
export { checkReleaseProfiles, profileAssetName } from './model/manifest-profiles.js';
export type { ManifestProfile } from './model/manifest-profiles.js';
export { MAX_MANIFEST_BYTES, formatModelManifest, parseModelManifest } from './model/model-manifest-file.js';
export { renderHubModelCard, renderReleaseBody } from './model/model-card.js';
export type { HubEvaluation, ModelCardInput, PreviousRelease } from './model/model-card.js';
export { compareReleases, releaseMetrics } from './model/release-comparison.js';
export { SCHEMA_DIFF_REPORT_KIND, diffSchemas } from './schema-diff/schema-diff.js';
export type { SchemaDiffReport, SchemaDiffSide } from './schema-diff/schema-diff.js';
export { CHANGE_IMPACTS, CHANGE_KINDS, SCHEMA_DIFF_VERDICTS } from './schema-diff/schema-change.js';
export type {
  ChangeImpact,
  ChangeKind,
  SchemaChange,
  SchemaDiffVerdict,
} from './schema-diff/schema-change.js';

// Profiles (issue 12): built in the validation pass, saved with the baseline, compared by drift.
export { PROFILE_KIND } from './profile/column-profile.js';
export type {
  CategorySummary,
  ColumnProfile,
  Histogram,
  NumericSummary,
  ProfileColumnKind,
  ProfileDocument,
} from './profile/column-profile.js';
export type { ProfileMode } from './profile/batch-profile.js';
export type { DatasetProfile } from './profile/profile-document.js';
export { MAX_PROFILE_BYTES, parseProfile } from './profile/profile-file.js';
// A profiler's running state, for a run split across shards (issue 14): written per shard, merged in order.
export { DatasetProfiler } from './profile/column-profiler.js';
export { datasetProfile } from './profile/profile-document.js';
export type { ProfileFacts } from './profile/profile-document.js';
export {
  PROFILE_STATE_KIND,
  mergeProfileStates,
  profileState,
  profilerFromState,
} from './profile/profile-state.js';
export type {
  CategoryProfileState,
  ColumnProfileState,
  DatasetProfileState,
  NumericProfileState,
} from './profile/profile-state.js';
export { parseProfileState } from './profile/profile-state-file.js';
export { validateAndProfileData } from './validate/validate-data.js';
export type { ProfileOptions, ProfiledValidation } from './validate/validate-data.js';
export { validateAndProfileDataset } from './validate/dataset-validation.js';
export { datasetDrift } from './drift/dataset-drift.js';
export type { DatasetDriftOptions, ProfileSide } from './drift/dataset-drift.js';
export { rawColumnDrift } from './drift/raw-column-drift.js';
export type { ColumnIdentity, RawColumn } from './drift/raw-column-drift.js';
export { OTHER_CATEGORY, profileColumnDrift } from './drift/profile-column-drift.js';
export {
  AUTO_SMALL_REFERENCE_ROWS,
  DEFAULT_DISTANCE_THRESHOLD,
  DEFAULT_TEST_THRESHOLD,
  autoMethod,
  defaultThreshold,
} from './drift/drift-method-choice.js';
export type { ColumnDriftSettings, DriftMethodSetting, MethodChoice } from './drift/drift-method-choice.js';
export { DEFAULT_DATASET_SHARE, DEFAULT_DRIFT_SEVERITY } from './drift/drift-policy.js';
export type { ColumnDriftPolicy, DriftPolicy } from './drift/drift-policy.js';
export { DRIFT_METHODS, DRIFT_REPORT_KIND, TEST_METHODS } from './drift/drift-report.js';
export type {
  ColumnDrift,
  DriftBasis,
  DriftHistogram,
  DriftMethod,
  DriftReport,
  DriftSeverity,
  SkippedColumn,
} from './drift/drift-report.js';
export { histogramCounts, sturgesEdges } from './drift/binning/sturges-histogram.js';
export { proportionsZTest } from './drift/statistics/z-test.js';
export { RETRAIN_TRIGGERS } from './config/mlgate-config.js';
export type { DriftConfig, RetrainConfig, RetrainTrigger } from './config/mlgate-config.js';
// Predictions in, a judged evaluation out (issue 13).
export { CLASSIFICATION_METRICS, REGRESSION_METRICS } from './evaluate/prediction-metrics.js';
export type {
  Average,
  EvaluationTask,
  MetricSpec,
  PredictionColumns,
  PredictionMetric,
} from './evaluate/prediction-metrics.js';
export { DEFAULT_PREDICTION_COLUMNS, readPredictions } from './evaluate/reading/prediction-reader.js';
export type {
  PredictionColumnNames,
  PredictionFile,
  PredictionReadOptions,
} from './evaluate/reading/prediction-reader.js';
export { evaluateWithBaseline, sideOf, sideShape } from './evaluate/evaluate-with-baseline.js';
export type { EvaluationInput, MeasuredSide, PredictionSide } from './evaluate/evaluate-with-baseline.js';
export { measurePredictions } from './evaluate/streamed-metrics.js';
export type { MeasuredPredictions, StreamedPredictions } from './evaluate/streamed-metrics.js';
export { EVALUATION_REPORT_KIND } from './evaluate/report/evaluation-report.js';
export type {
  EvaluatedMetric,
  EvaluationJoin,
  EvaluationReport,
} from './evaluate/report/evaluation-report.js';
export { DEFAULT_RESAMPLES, DEFAULT_SEED, MAX_RESAMPLES } from './significance/paired-bootstrap.js';
export type { EvaluateConfig } from './config/mlgate-config.js';
export type { SignificanceRule } from './policy/metric-policy.js';
export { parseShard, shardFiles, MAX_SHARDS } from './validate/shards/shard-plan.js';
export type { Shard } from './validate/shards/shard-plan.js';
export { validateDatasetShard } from './validate/shards/dataset-shard.js';
export { VALIDATION_PARTIAL_KIND } from './validate/shards/validation-partial.js';
export type { DatasetPartial, ValidationPartial } from './validate/shards/validation-partial.js';
export { mergePartials, parsePartial, readPartialFile } from './validate/shards/partial-merge.js';
export type { MergedDataset, PartialInput } from './validate/shards/partial-merge.js';
export { PartialKeysBuffer, keysDigest } from './validate/shards/partial-keys.js';
export { shardSummary, validateShard, writePartial } from './validate/shards/shard-run.js';
export type { ShardRun, WrittenPartial } from './validate/shards/shard-run.js';
export { countWords, groupDigits } from './count-words.js';
