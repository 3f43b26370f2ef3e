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
import { CsvWorkerPool } from './checks/cell-kernel/csv-worker-pool.js';
import type { DataFormat, FormatChoice } from './readers/data-format.js';
import { detectFormat } from './readers/data-format.js';
import { openDataInputs } from './readers/data-input.js';
import type { StreamLimits } from './readers/data-input.js';
import type { ColumnarOpener, UnitRange } from './readers/data-reader.js';
import { MAX_RECORD_BYTES } from './readers/data-reader.js';
import type { ErrorCode } from './report/error-codes.js';
import type { AccumulatedPiece, FileOutcome } from './checks/file-accumulator.js';
import type { KeyHashes } from './checks/cell-kernel/batch-result.js';
import { FileAccumulator, keySpecs } from './checks/file-accumulator.js';
import { sha256File } from './report/file-sha256.js';
import { readJsonArray, readJsonLineGroups } from './readers/json-records.js';
import type { RecordItem } from './readers/json-records.js';
import { RecordChecker } from './checks/record-checker.js';
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
  /** Worker threads for large CSV files; 1 disables them. Default: the available parallelism, at most 8. */
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
  const profiler =
    profile === undefined
      ? undefined
      : new DatasetProfiler(
          schema.plan.columns.map((c) => ({ name: c.name, type: c.kind, kind: profileKindOf(c.kind) })),
          profile.mode,
        );
  const results = await validateFiles(files, schema, options, profiler);
  const report = assembleValidationReport(results, schema, {
    maxErrors: options.maxErrors,
    examplesPerColumn: options.examplesPerColumn,
    subject: options.subject ?? {},
    createdAt: (options.now?.() ?? new Date()).toISOString(),
  });
  const reports = report.files;
  if (profiler === undefined || profile === undefined) return { report };
  const nulls = schema.plan.columns.map((_, c) =>
    reports.reduce((sum, file) => sum + (file.columns[c]?.nulls ?? 0), 0),
  );
  return {
    report,
    profile: datasetProfile(profiler, {
      dataset: profile.dataset,
      subject: report.subject,
      createdAt: report.createdAt,
      files: reports.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows })),
      nulls,
    }),
  };
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
  const pool = workers > 1 && files.length > 0 ? new CsvWorkerPool(workers) : undefined;
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

/** One item per group: the JSON array reader's records, in the grouped shape JSON Lines come in. */
async function* singly(items: AsyncIterable<RecordItem>): AsyncGenerator<Iterable<RecordItem>> {
  for await (const item of items) yield [item];
}

async function validateFile(
  file: DataFile,
  format: DataFormat,
  schema: LoadedSchema,
  options: ValidateOptions,
  pool: CsvWorkerPool | undefined,
  profiler: DatasetProfiler | undefined,
): Promise<FileOutcome> {
  const { plan } = schema;
  if (format === 'csv' || format === 'tsv') {
    return validateCsvFile({
      path: file.path,
      displayPath: file.displayPath,
      plan,
      ...(schema.rowValidator ? { rowValidator: schema.rowValidator } : {}),
      options: {
        ...DEFAULT_CSV_OPTIONS,
        ...options.csv,
        delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : ','),
        maxExamplesPerColumn: options.examplesPerColumn,
      },
      ...(pool ? { pool } : {}),
      ...(profiler ? { profiler } : {}),
    });
  }
  const keys = keySpecs(plan);
  const accumulator = new FileAccumulator(file.displayPath, plan, keys, options.examplesPerColumn, profiler);
  if (format === 'jsonl' || format === 'json') {
    const checker = new RecordChecker(
      plan,
      keys,
      options.examplesPerColumn,
      schema.language === 'json-schema' ? schema.rowValidator : undefined,
      profiler?.mode,
    );
    const groups =
      format === 'jsonl'
        ? readJsonLineGroups(file.path, MAX_RECORD_BYTES)
        : singly(readJsonArray(file.path, MAX_RECORD_BYTES));
    let pending = 0;
    // Which schema columns some record has: looked for only until all have turned up, not key by key per record.
    const present = plan.columns.map(() => false);
    let missing = present.length;
    groups: for await (const group of groups) {
      for (const item of group) {
        if (item.kind === 'problem') {
          if (item.fatal) {
            accumulator.addBatch(checker.flush(), 0);
            accumulator.stop(item.message, item.line, item.code);
            break groups;
          }
          checker.rowProblem(item.line, item.code, item.message, item.value);
        } else {
          for (let c = 0; missing > 0 && c < present.length; c++) {
            if (!present[c] && plan.columns[c]!.name in item.value) {
              present[c] = true;
              missing--;
            }
          }
          checker.check(item.value, item.line);
        }
        if (++pending === 10_000) {
          accumulator.addBatch(checker.flush(), 0);
          pending = 0;
        }
      }
    }
    if (!accumulator.stopped) accumulator.addBatch(checker.flush(), 0);
    if (accumulator.rowCount === 0 && !accumulator.stopped && statSync(file.path).size === 0)
      accumulator.stop('the file is empty', null);
    return accumulator.finish(present);
  }
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
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
    await source.close?.();
  }
}

/** One of `count` ranges of a columnar file's units (row groups, record batches), from 0. */
export interface FilePiece {
  readonly index: number;
  readonly count: number;
}

/** A key's hashes in a piece: per non-null value, its 64-bit hash (two halves) and its row in the file. */
export interface PieceKeyHashes {
  readonly hashes: Uint32Array;
  readonly rows: Uint32Array;
  readonly count: number;
}

/** What a shard found in its piece of a file (partial-merge.ts adds the pieces up). */
export interface PieceResult {
  readonly format: 'parquet' | 'arrow';
  /** Which schema columns the file has (from its header: the same in every piece). */
  readonly present: readonly boolean[];
  readonly piece: AccumulatedPiece;
  readonly keys: readonly PieceKeyHashes[];
  /** The whole file's size and digest: the first piece's to give. */
  readonly whole?: { readonly bytes: number; readonly sha256: string };
}

/** The units of piece `index` of `count`: as even a split of `units` as whole units allow. */
export function unitRange(units: number, piece: FilePiece): UnitRange {
  return {
    from: Math.floor((units * piece.index) / piece.count),
    to: Math.floor((units * (piece.index + 1)) / piece.count),
  };
}

/**
 * Validates one piece of a Parquet or Arrow file: its units' rows, numbered as in the whole file (the footer
 * gives the rows before). The file-level checks (its columns against the schema) are the first piece's only;
 * uniqueness and the dataset checks are left to the merge, which has every piece: the key hashes are kept.
 */
export async function validateFilePiece(
  file: DataFile,
  schema: LoadedSchema,
  options: ValidateOptions,
  piece: FilePiece,
): Promise<PieceResult> {
  const format = await detectFormat(file.path, file.displayPath, options.format);
  if (format !== 'parquet' && format !== 'arrow')
    throw new UserError(`only Parquet and Arrow files are split between shards, not ${format}`, {
      file: file.displayPath,
    });
  const { plan } = schema;
  const keys = keySpecs(plan);
  const collected = keys.map(() => new KeyHashCollector());
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keys,
    options.examplesPerColumn,
    undefined,
    (k, hashes, baseLine) => collected[k]!.add(hashes, baseLine),
  );
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    if (source.units === undefined)
      throw new UserError('an Arrow stream has no footer to split it by: give it to one shard whole', {
        file: file.displayPath,
      });
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan,
    );
    if (piece.index === 0) addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      undefined,
    );
    for await (const batch of source.batches(unitRange(source.units, piece))) {
      accumulator.addBatch(checker.check(batch), (batch.firstRow ?? 0) + 1);
      if (accumulator.stopped) break;
    }
    const bytes = piece.index === 0 ? statSync(file.path).size : 0;
    const whole = piece.index === 0 ? { bytes, sha256: await sha256File(file.path, bytes) } : undefined;
    return {
      format,
      present: mapping.present,
      piece: accumulator.piece(),
      keys: collected.map((c) => c.finish()),
      ...(whole !== undefined ? { whole } : {}),
    };
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}

/** A key's hashes as the batches give them, rows made absolute. */
class KeyHashCollector {
  private hashes = new Uint32Array(2048);
  private rows = new Uint32Array(1024);
  private count = 0;

  add(batch: KeyHashes, baseLine: number): void {
    if (this.count + batch.count > this.rows.length) {
      const size = Math.max(2 * this.rows.length, this.count + batch.count);
      const hashes = new Uint32Array(2 * size);
      hashes.set(this.hashes.subarray(0, 2 * this.count));
      this.hashes = hashes;
      const rows = new Uint32Array(size);
      rows.set(this.rows.subarray(0, this.count));
      this.rows = rows;
    }
    this.hashes.set(batch.hashes.subarray(0, 2 * batch.count), 2 * this.count);
    for (let i = 0; i < batch.count; i++) this.rows[this.count + i] = baseLine + batch.lines[i]!;
    this.count += batch.count;
  }

  finish(): PieceKeyHashes {
    return {
      hashes: this.hashes.subarray(0, 2 * this.count),
      rows: this.rows.subarray(0, this.count),
      count: this.count,
    };
  }
}

/** The file's own columns against the schema's: declared types that cannot hold the fields, missing or extra columns. */
function addHeaderProblems(
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
