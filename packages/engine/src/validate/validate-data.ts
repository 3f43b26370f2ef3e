import { profileKindOf } from '../profile/batch-profile.js';
import type { ProfileMode } from '../profile/batch-profile.js';
import { DatasetProfiler } from '../profile/column-profiler.js';
import { datasetProfile } from '../profile/profile-document.js';
import type { DatasetProfile } from '../profile/profile-document.js';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import { UserError } from '../user-error.js';
import { mapColumns } from './checks/column-mapping.js';
import { ColumnarChecker, checkDeclaredTypes } from './checks/columnar-checker.js';
import { COLUMNAR_OPENERS } from './readers/columnar-readers.js';
import { DEFAULT_CSV_OPTIONS, validateCsvFile } from './checks/csv-validator.js';
import type { CsvRun } from './checks/csv-validator.js';
import { RangeWorkerPool } from './checks/range-workers/range-worker-pool.js';
import type { DataFormat, FormatChoice } from './readers/data-format.js';
import { detectFormat } from './readers/data-format.js';
import { openDataInputs } from './readers/data-input.js';
import type { StreamLimits } from './readers/data-input.js';
import type { ColumnarOpener, ColumnarSource } from './readers/data-reader.js';
import { MAX_RECORD_BYTES } from './readers/data-reader.js';
import type { ErrorCode } from './report/error-codes.js';
import type { FileOutcome } from './checks/file-accumulator.js';
import { FileAccumulator, keySpecs } from './checks/file-accumulator.js';
import { sha256File } from './report/file-sha256.js';
import { readJsonArray, readJsonLineBytes, readJsonLineGroups } from './readers/json-records.js';
import type { JsonLine, JsonLinesRange, RecordItem } from './readers/json-records.js';
import { scannedRecordChecks } from './checks/json-kernel/scanned-record-checks.js';
import type { ScannedRecordChecks } from './checks/json-kernel/scanned-record-checks.js';
import { RecordChecker } from './checks/record-checker.js';
import { JsonRecordChecks } from './checks/json-kernel/json-record-checks.js';
import type { CheckPlan } from './schema/check-plan.js';
import type { LoadedSchema } from './schema/schema-file.js';
import type { FileReport, ValidationReport } from './report/validation-report.js';
import type { ValidationError } from './report/validation-error.js';
import { VALIDATION_REPORT_KIND, validationVerdict } from './report/validation-report.js';

export interface DataFile {
  /** Where to read it. */
  readonly path: string;
  /** How to name it in errors and the report (relative to the workspace, forward slashes). */
  readonly displayPath: string;
}

export interface ValidateOptions {
  readonly format: FormatChoice;
  /** Errors listed in the report (counts stay exact). */
  readonly maxErrors: number;
  readonly examplesPerColumn: number;
  /**
   * Worker threads for large CSV and JSON Lines files; 1 disables them. Default: the available parallelism,
   * at most 8.
   */
  readonly workers?: number;
  readonly delimiter?: string;
  readonly subject?: ReportSubject;
  readonly now?: () => Date;
  /** Readers for columnar formats (defaults to COLUMNAR_OPENERS); injected by tests. */
  readonly columnar?: Partial<Record<'parquet' | 'arrow', ColumnarOpener>>;
  /** Overrides for the CSV splitter (tests use small chunks to exercise the parallel path on small files). */
  readonly csv?: Partial<typeof DEFAULT_CSV_OPTIONS>;
  /** Limits on a pipe or device read with an explicit format (default DEFAULT_STREAM_LIMITS). */
  readonly streams?: StreamLimits;
  /**
   * How JSON Lines are checked: `scan` (the default) checks each line from its bytes where that is exact
   * (json-kernel/), `parse` parses every line with JSON.parse first, the reference the fused path is tested
   * against.
   */
  readonly jsonLines?: 'scan' | 'parse';
}

export interface ProfileOptions {
  /** `sketch` for saved profiles; `exact` also keeps every value (the raw drift path). */
  readonly mode: ProfileMode;
  /** The dataset's name in the profile. */
  readonly dataset: string;
}

export interface ProfiledValidation {
  readonly report: ValidationReport;
  readonly profile: DatasetProfile;
}

export const DEFAULT_MAX_ERRORS = 100;
export const DEFAULT_EXAMPLES_PER_COLUMN = 20;

/** Validates every data file against one schema and returns the report. Throws UserError for unusable input. */
export async function validateData(
  files: readonly DataFile[],
  schema: LoadedSchema,
  options: ValidateOptions,
): Promise<ValidationReport> {
  return (await validateAndProfileData(files, schema, options)).report;
}

/**
 * Validates, and profiles in the same pass when `profile` is given: each batch the checks read is also
 * summarised (batch-profile.ts), so the data is read once.
 */
export async function validateAndProfileData(
  files: readonly DataFile[],
  schema: LoadedSchema,
  options: ValidateOptions,
  profile: ProfileOptions,
): Promise<ProfiledValidation>;
export async function validateAndProfileData(
  files: readonly DataFile[],
  schema: LoadedSchema,
  options: ValidateOptions,
  profile?: ProfileOptions,
): Promise<{ report: ValidationReport; profile?: DatasetProfile }>;
export async function validateAndProfileData(
  files: readonly DataFile[],
  schema: LoadedSchema,
  options: ValidateOptions,
  profile?: ProfileOptions,
): Promise<{ report: ValidationReport; profile?: DatasetProfile }> {
  if (files.length === 0) throw new UserError('no data files given');
  const opened = await openDataInputs(files, options.format, options.streams);
  try {
    return await validateInputs(opened.inputs, schema, options, profile);
  } finally {
    await opened.dispose();
  }
}

async function validateInputs(
  files: readonly DataFile[],
  schema: LoadedSchema,
  options: ValidateOptions,
  profile: ProfileOptions | undefined,
): Promise<{ report: ValidationReport; profile?: DatasetProfile }> {
  const profiler = profile === undefined ? undefined : schemaProfiler(schema, profile.mode);
  const results = await validateFiles(files, schema, options, profiler);
  const report = assembleValidationReport(results, schema, {
    maxErrors: options.maxErrors,
    examplesPerColumn: options.examplesPerColumn,
    subject: options.subject ?? {},
    createdAt: (options.now?.() ?? new Date()).toISOString(),
  });
  if (profiler === undefined || profile === undefined) return { report };
  return { report, profile: finishProfile(profiler, report, profile.dataset) };
}

/** A profiler of a schema's columns. */
export function schemaProfiler(schema: Pick<LoadedSchema, 'plan'>, mode: ProfileMode): DatasetProfiler {
  return new DatasetProfiler(
    schema.plan.columns.map((c) => ({ name: c.name, type: c.kind, kind: profileKindOf(c.kind) })),
    mode,
  );
}

/**
 * The profile of the data a validation report covers: its files, its null counts (the checks count them), the
 * report's subject and time. One function for a whole run and a merge of shards (partial-merge.ts).
 */
export function finishProfile(
  profiler: DatasetProfiler,
  report: ValidationReport,
  dataset: string,
): DatasetProfile {
  const reports = report.files;
  return datasetProfile(profiler, {
    dataset,
    subject: report.subject,
    createdAt: report.createdAt,
    files: reports.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows })),
    nulls: profiler.columns.map((_, c) =>
      reports.reduce((sum, file) => sum + (file.columns[c]?.nulls ?? 0), 0),
    ),
  });
}

/** One file's part of a validation: its report and its first errors, in row order. */
export interface FileResult {
  readonly file: FileReport;
  readonly examples: readonly ValidationError[];
}

/**
 * Validates each file in turn (one CSV worker pool for all), `profiler` fed in file order. A sharded run
 * (validation-shards.ts) gives it its shard's files; the merge assembles every shard's results in order.
 */
export async function validateFiles(
  files: readonly DataFile[],
  schema: LoadedSchema,
  options: ValidateOptions,
  profiler?: DatasetProfiler,
): Promise<FileResult[]> {
  // Resolve every format first: a missing or mislabelled file fails the run before any work is done.
  const formats = await Promise.all(files.map((f) => detectFormat(f.path, f.displayPath, options.format)));
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const pool = workers > 1 && files.length > 0 ? new RangeWorkerPool(workers) : undefined;
  const results: FileResult[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const format = formats[i]!;
      const [outcome, sha256] = await Promise.all([
        validateFile(file, format, schema, options, pool, profiler),
        sha256File(file.path, statSync(file.path).size),
      ]);
      results.push({ file: fileReport(file, format, sha256, outcome), examples: outcome.examples });
    }
  } finally {
    await pool?.close();
  }
  return results;
}

/** What a report says beyond its files: the limits it listed errors under, whose it is, and when. */
export interface ReportSettings {
  readonly maxErrors: number;
  readonly examplesPerColumn: number;
  readonly subject: ReportSubject;
  readonly createdAt: string;
}

/**
 * The validation report of files validated in order: counts summed, the first `maxErrors` examples in file
 * and row order, the verdict, the fingerprint. One function for a whole run and for a merge of shards
 * (partial-merge.ts), so both give the same report.
 */
export function assembleValidationReport(
  results: readonly FileResult[],
  schema: Pick<LoadedSchema, 'path' | 'language' | 'sha256'>,
  settings: ReportSettings,
): ValidationReport {
  const reports = results.map((result) => result.file);
  const examples: ValidationError[] = [];
  // A loop, not push(...examples): a file with thousands of columns keeps examples for each.
  for (const result of results) {
    for (const example of result.examples) {
      if (examples.length === settings.maxErrors) break;
      examples.push(example);
    }
  }
  const errorsByCode: Partial<Record<ErrorCode, number>> = {};
  for (const report of reports) {
    for (const [code, count] of Object.entries(report.errorsByCode) as [ErrorCode, number][])
      errorsByCode[code] = (errorsByCode[code] ?? 0) + count;
  }
  const errorCount = reports.reduce((sum, r) => sum + r.errorCount, 0);
  const fingerprint = createHash('sha256')
    .update(
      `mlgate-fingerprint@1\n${schema.sha256}\n${reports
        .map((r) => r.sha256)
        .sort()
        .join('\n')}\n`,
    )
    .digest('hex');
  return {
    kind: VALIDATION_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: settings.subject,
    ...validationVerdict(reports, errorCount),
    createdAt: settings.createdAt,
    valid: errorCount === 0,
    rows: reports.reduce((sum, r) => sum + r.rows, 0),
    errorCount,
    errorsByCode,
    errors: examples,
    errorsTruncated: examples.length < errorCount,
    limits: { maxErrors: settings.maxErrors, examplesPerColumn: settings.examplesPerColumn },
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    files: reports,
    fingerprint,
  };
}

function fileReport(file: DataFile, format: DataFormat, sha256: string, outcome: FileOutcome): FileReport {
  return fileReportOf(file.displayPath, statSync(file.path).size, format, sha256, outcome);
}

/** A file's report from its outcome: one shape for a whole run and for a merge of its pieces. */
export function fileReportOf(
  displayPath: string,
  bytes: number,
  format: DataFormat,
  sha256: string,
  outcome: FileOutcome,
): FileReport {
  return {
    path: displayPath,
    format,
    bytes,
    sha256,
    rows: outcome.rows,
    valid: outcome.errorCount === 0,
    errorCount: outcome.errorCount,
    errorsByCode: outcome.errorsByCode,
    columns: outcome.columns.map((c) => ({
      name: c.name,
      type: c.type,
      present: c.present,
      nulls: c.nulls,
      errors: c.errors,
    })),
    rowErrors: outcome.rowErrors,
    ...(outcome.stoppedAt ? { stoppedAt: outcome.stoppedAt } : {}),
  };
}

/** How a CSV or TSV file of a run is checked (csv-validator.ts). */
export function csvRun(
  file: DataFile,
  format: 'csv' | 'tsv',
  schema: LoadedSchema,
  options: ValidateOptions,
  pool?: RangeWorkerPool,
  profiler?: DatasetProfiler,
): CsvRun {
  return {
    path: file.path,
    displayPath: file.displayPath,
    plan: schema.plan,
    ...(schema.rowValidator ? { rowValidator: schema.rowValidator } : {}),
    options: {
      ...DEFAULT_CSV_OPTIONS,
      ...options.csv,
      delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ','),
      maxExamplesPerColumn: options.examplesPerColumn,
    },
    ...(pool ? { pool } : {}),
    ...(profiler ? { profiler } : {}),
  };
}

/** The checker of JSON records (JSON Lines, a JSON array) for a run's schema. */
export function recordChecker(
  schema: LoadedSchema,
  options: ValidateOptions,
  profiler?: DatasetProfiler,
): RecordChecker {
  return new RecordChecker(
    schema.plan,
    keySpecs(schema.plan),
    options.examplesPerColumn,
    schema.language === 'json-schema' ? schema.rowValidator : undefined,
    profiler?.mode,
  );
}

/**
 * Checks JSON records group by group into `accumulator` (their lines as the reader numbers them), stopping at a
 * fatal problem. Unparsed JSON Lines lines are checked from their bytes by `scanned` when it reads them, else
 * parsed first. Returns which schema columns some record has.
 */
export async function checkJsonRecords(
  groups: AsyncIterable<Iterable<RecordItem | JsonLine>>,
  accumulator: FileAccumulator,
  checker: RecordChecker,
  scanned?: ScannedRecordChecks,
): Promise<boolean[]> {
  const checks = new JsonRecordChecks(checker, scanned);
  let pending = 0;
  groups: for await (const group of groups) {
    for (const read of group) {
      if (read.kind === 'line') checks.line(read.bytes, read.line, read.first);
      else if (read.kind === 'problem' && read.fatal) {
        accumulator.addBatch(checker.flush(), 0);
        accumulator.stop(read.message, read.line, read.code);
        break groups;
      } else checks.item(read);
      if (++pending === 10_000) {
        accumulator.addBatch(checker.flush(), 0);
        pending = 0;
      }
    }
  }
  if (!accumulator.stopped) accumulator.addBatch(checker.flush(), 0);
  return checks.present;
}

/**
 * A JSON Lines file (or a shard's range of it) to check: its lines unparsed with the fused checks that read
 * them, or parsed records where the run needs the parse path (see scannedRecordChecks, and the `jsonLines`
 * option).
 */
export function jsonLinesToCheck(
  path: string,
  schema: LoadedSchema,
  options: ValidateOptions,
  profiler: DatasetProfiler | undefined,
  range?: JsonLinesRange,
): { groups: AsyncIterable<Iterable<RecordItem | JsonLine>>; scanned?: ScannedRecordChecks } {
  const scanned =
    options.jsonLines === 'parse'
      ? undefined
      : scannedRecordChecks(schema.plan, keySpecs(schema.plan), profiler !== undefined);
  if (scanned === undefined) return { groups: readJsonLineGroups(path, MAX_RECORD_BYTES, range) };
  return { groups: readJsonLineBytes(path, MAX_RECORD_BYTES, range), scanned };
}

/** One item per group: the JSON array reader's records, in the grouped shape JSON Lines come in. */
async function* singly(items: AsyncIterable<RecordItem>): AsyncGenerator<Iterable<RecordItem>> {
  for await (const item of items) yield [item];
}

async function validateFile(
  file: DataFile,
  format: DataFormat,
  schema: LoadedSchema,
  options: ValidateOptions,
  pool: RangeWorkerPool | undefined,
  profiler: DatasetProfiler | undefined,
): Promise<FileOutcome> {
  const { plan } = schema;
  if (format === 'csv' || format === 'tsv')
    return validateCsvFile(csvRun(file, format, schema, options, pool, profiler));
  if (format === 'parquet' || format === 'arrow')
    return validateColumnarFile(file, format, plan, options, profiler);
  if (format === 'jsonl' && pool !== undefined && pool.size > 1 && profiler === undefined) {
    const size = statSync(file.path).size;
    const threshold = options.csv?.parallelThresholdBytes ?? DEFAULT_CSV_OPTIONS.parallelThresholdBytes;
    if (plan.language === 'table-schema' && size >= threshold)
      return validateJsonLinesOnWorkers(file, size, plan, options, pool);
  }
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keySpecs(plan),
    options.examplesPerColumn,
    profiler,
  );
  try {
    const { groups, scanned } =
      format === 'jsonl'
        ? jsonLinesToCheck(file.path, schema, options, profiler)
        : { groups: singly(readJsonArray(file.path, MAX_RECORD_BYTES)) };
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (accumulator.rowCount === 0 && !accumulator.stopped && statSync(file.path).size === 0)
      accumulator.stop('the file is empty', null);
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}

/**
 * A large JSON Lines file checked by a Table Schema: in chunks on the pool's workers as CSV is (merged in file
 * order, so rows, the first examples and uniqueness are what one thread gives, with memory as flat), each
 * line checked as checkJsonRecords checks it. Profiles and JSON Schemas stay on this thread.
 */
async function validateJsonLinesOnWorkers(
  file: DataFile,
  size: number,
  plan: CheckPlan,
  options: ValidateOptions,
  pool: RangeWorkerPool,
): Promise<FileOutcome> {
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn);
  const present = plan.columns.map(() => false);
  const chunkBytes = options.csv?.chunkBytes ?? DEFAULT_CSV_OPTIONS.chunkBytes;
  let line = 1;
  try {
    await pool.runFile(
      {
        kind: 'json-lines',
        plan,
        examplesPerColumn: options.examplesPerColumn,
        parse: options.jsonLines === 'parse',
        maxRecordBytes: MAX_RECORD_BYTES,
      },
      file.path,
      size,
      { start: 0, end: size },
      chunkBytes,
      (batch) => {
        // Rows estimated from the first chunk, as CSV's: the uniqueness sets are sized once.
        if (line === 1 && keys.length > 0 && batch.rows > 0 && batch.end > batch.start)
          accumulator.expectRows(Math.ceil((size * batch.rows) / (batch.end - batch.start)));
        accumulator.addBatch(batch, line);
        line += batch.lines;
        batch.present?.forEach((has, c) => {
          if (has === 1) present[c] = true;
        });
      },
    );
    return accumulator.finish(present);
  } finally {
    accumulator.dispose();
  }
}

/**
 * A Parquet or Arrow file, its batches in order on this thread. Its pieces on two worker threads (as a sharded
 * run splits it) were measured slower and heavier on the 2-core bench machine: 2M rows of Parquet in 2.19 s
 * and 311 MiB against 1.82 s and 165 MiB (each thread loads a reader and a row group; keys are replayed).
 */
async function validateColumnarFile(
  file: DataFile,
  format: 'parquet' | 'arrow',
  plan: CheckPlan,
  options: ValidateOptions,
  profiler: DatasetProfiler | undefined,
): Promise<FileOutcome> {
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    return await checkBatches(file, source, plan, options, profiler);
  } finally {
    await source.close?.();
  }
}

/** Every batch of a columnar source in order, through one accumulator. */
async function checkBatches(
  file: DataFile,
  source: ColumnarSource,
  plan: CheckPlan,
  options: ValidateOptions,
  profiler: DatasetProfiler | undefined,
): Promise<FileOutcome> {
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn, profiler);
  try {
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan,
    );
    addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      profiler?.mode,
    );
    // Columnar readers hold one batch, not CSV's chunk pipeline: there is room for a table that never spills.
    if (source.rows !== undefined) accumulator.expectRows(source.rows, true);
    let firstRow = 1;
    for await (const batch of source.batches()) {
      if (firstRow === 1 && source.rows === undefined) {
        const estimate = source.estimateRows?.(batch);
        if (estimate !== undefined) accumulator.expectRows(estimate, true);
      }
      accumulator.addBatch(checker.check(batch), firstRow);
      firstRow += batch.rowCount;
    }
    return accumulator.finish(mapping.present);
  } finally {
    accumulator.dispose();
  }
}

/** The file's own columns against the schema's: declared types that cannot hold the fields, missing or extra columns. */
export function addHeaderProblems(
  accumulator: FileAccumulator,
  plan: LoadedSchema['plan'],
  typeProblems: ReturnType<typeof checkDeclaredTypes>,
  mappingProblems: ReturnType<typeof mapColumns>['problems'],
): void {
  for (const problem of typeProblems)
    accumulator.addError(
      plan.columns.findIndex((c) => c.name === problem.field),
      'schema-mismatch',
      null,
      null,
      problem.message,
    );
  for (const problem of mappingProblems)
    accumulator.addError(
      problem.field === null ? -1 : plan.columns.findIndex((c) => c.name === problem.field),
      'schema-mismatch',
      null,
      null,
      problem.message,
    );
}
