import { COLUMNAR_OPENERS } from '../../validate/readers/columnar-readers.js';
import { detectFormat } from '../../validate/readers/data-format.js';
import type { DataFormat, FormatChoice } from '../../validate/readers/data-format.js';
import type { ColumnarOpener } from '../../validate/readers/data-reader.js';
import { MAX_RECORD_BYTES } from '../../validate/readers/data-reader.js';
import { readJsonArray, readJsonLineGroups } from '../../validate/readers/json-records.js';
import type { RecordItem } from '../../validate/readers/json-records.js';
import { UserError } from '../../user-error.js';
import type { EvaluationTask, PredictionColumns } from '../prediction-metrics.js';
import type { SliceColumn } from '../prediction-slices.js';
import { compareCodePoints } from './class-order.js';
import type { Cell } from './cell-columns.js';
import { CategoryColumn, IdColumn, NumberColumn } from './cell-columns.js';
import { readCsvHeader, readCsvRows } from './csv-rows.js';
import type { WantedColumn } from './csv-rows.js';
import { MAX_CLASSES, classificationColumns } from './prediction-classes.js';
import { RowPlaces } from './row-places.js';

/** Which columns of a predictions file hold what (mlgate.yml `evaluate:`). */
export interface PredictionColumnNames {
  readonly id: string;
  readonly label: string;
  readonly prediction: string;
  /** Binary only: the positive (second) class's probability. */
  readonly score: string;
  /** One probability column per class, named this prefix plus the class (`proba_setosa`). */
  readonly probabilityPrefix: string;
}

export const DEFAULT_PREDICTION_COLUMNS: PredictionColumnNames = {
  id: 'id',
  label: 'label',
  prediction: 'prediction',
  score: 'score',
  probabilityPrefix: 'proba_',
};

export interface PredictionReadOptions {
  readonly task: EvaluationTask;
  readonly columns?: Partial<PredictionColumnNames>;
  /** Columns to slice the metrics by, read from the same file. */
  readonly slices?: readonly string[];
  readonly format?: FormatChoice;
  /** Readers for columnar formats (defaults to COLUMNAR_OPENERS). */
  readonly columnar?: Partial<Record<'parquet' | 'arrow', ColumnarOpener>>;
}

export interface PredictionFile {
  readonly format: DataFormat;
  readonly columns: PredictionColumns;
  readonly slices: readonly SliceColumn[];
}

/** The roles the file's columns play, resolved from its column names. */
export interface Layout {
  readonly id: IdColumn;
  readonly label: CategoryColumn | NumberColumn;
  readonly prediction: CategoryColumn | NumberColumn | undefined;
  readonly score: NumberColumn | undefined;
  /** Probability columns with the class each names. */
  readonly probabilities: readonly { readonly className: string; readonly column: NumberColumn }[];
  readonly slices: readonly CategoryColumn[];
}

type Sink = IdColumn | CategoryColumn | NumberColumn;

/**
 * Reads a predictions file (CSV, TSV, JSON Lines, JSON array, Parquet, Arrow, through the readers validation
 * uses) into columns: typed arrays, classes in scikit-learn's order, every value checked. A missing column,
 * a value that is not a number, NaN or an infinity, a probability outside [0, 1], probabilities that do not
 * sum to 1, a duplicate or missing id: a UserError naming the file and the row.
 */
export async function readPredictions(
  path: string,
  displayPath: string,
  options: PredictionReadOptions,
): Promise<PredictionFile> {
  return predictionFileOf(await scanPredictions(path, displayPath, options, () => undefined), options.task);
}

/** The columns of a scan that kept every row (no consumer). */
export function predictionFileOf(scan: PredictionScan, task: EvaluationTask): PredictionFile {
  const { format, layout, rows, places } = scan;
  return { format, columns: assemble(layout, rows, task, places), slices: slicesOf(layout, rows) };
}

/**
 * Takes rows `[from, to)` as a streamed read hands them over, through the layout's columns (`at(row)`); the
 * columns' storage is reused for the next window after it returns.
 */
export type WindowConsumer = (from: number, to: number) => void;

/** Rows per window of a streamed CSV or JSON read (a columnar file's window is its batch). */
export const WINDOW_ROWS = 65_536;

export interface PredictionScan {
  readonly format: DataFormat;
  readonly layout: Layout;
  readonly rows: number;
  readonly places: RowPlaces;
}

/**
 * Reads every row of a predictions file through the columns the header plans, checking each value.
 * `consumerFor` sees the planned layout (and the row count a columnar file states): a consumer it returns takes the rows window by window and the
 * columns (the id column excepted, which keeps every id for uniqueness) hold one window at a time; without
 * one, they hold every row (readPredictions).
 */
export async function scanPredictions(
  path: string,
  displayPath: string,
  options: PredictionReadOptions,
  consumerFor: (layout: Layout, expectedRows: number | undefined) => WindowConsumer | undefined,
): Promise<PredictionScan> {
  const names = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  const format = await detectFormat(path, displayPath, options.format ?? 'auto');
  const places = new RowPlaces(displayPath, format !== 'parquet' && format !== 'arrow');
  let layout: Layout | undefined;
  let windows: Windows | undefined;
  const plan = (header: readonly string[], expectedRows?: number): Windows => {
    layout = planLayout(header, names, options, places);
    windows = new Windows(sinksOf(layout), consumerFor(layout, expectedRows));
    return windows;
  };
  let rows: number;
  if (format === 'csv' || format === 'tsv') rows = readDelimited(path, displayPath, format, places, plan);
  else if (format === 'jsonl' || format === 'json') rows = await readRecords(path, format, places, plan);
  else rows = await readColumnar(path, displayPath, format, options, places, plan);
  if (layout === undefined || rows === 0)
    throw new UserError('the file has no predictions (no data rows)', { file: displayPath });
  windows!.end(rows);
  return { format, layout, rows, places };
}

/** The sinks of a read and, for a streamed read, where each window of rows goes. */
class Windows {
  private from = 0;

  constructor(
    readonly sinks: readonly Sink[],
    private readonly consumer: WindowConsumer | undefined,
  ) {}

  get streamed(): boolean {
    return this.consumer !== undefined;
  }

  /** After row `rows - 1` went in: hands a full text window over. */
  afterRow(rows: number): void {
    if (this.consumer !== undefined && rows - this.from >= WINDOW_ROWS) this.end(rows);
  }

  /** Hands rows [from, rows) over and starts the next window at `rows`. */
  end(rows: number): void {
    if (this.consumer === undefined || rows === this.from) return;
    this.consumer(this.from, rows);
    this.from = rows;
    for (const sink of this.sinks) if (!(sink instanceof IdColumn)) sink.rewind(rows);
  }
}

function planLayout(
  header: readonly string[],
  names: PredictionColumnNames,
  options: PredictionReadOptions,
  places: RowPlaces,
): Layout {
  const present = new Set<string>();
  for (const name of header) {
    if (present.has(name)) throw new UserError(`the column "${name}" appears twice`, { file: places.file });
    present.add(name);
  }
  const need = (name: string, role: string): string => {
    if (!present.has(name))
      throw new UserError(
        `no ${role} column "${name}" (columns: ${header.slice(0, 20).join(', ')}${header.length > 20 ? ', …' : ''})`,
        { file: places.file },
      );
    return name;
  };
  const slices = (options.slices ?? []).map(
    (s) => new CategoryColumn(need(s, 'slice'), places, true, SLICE_LIMIT),
  );
  const id = new IdColumn(need(names.id, 'id'), places);
  if (options.task === 'regression') {
    return {
      id,
      label: new NumberColumn(need(names.label, 'label'), places, false),
      prediction: new NumberColumn(need(names.prediction, 'prediction'), places, false),
      score: undefined,
      probabilities: [],
      slices,
    };
  }
  const probabilities = header
    .filter((name) => names.probabilityPrefix !== '' && name.startsWith(names.probabilityPrefix))
    .map((name) => ({
      className: name.slice(names.probabilityPrefix.length),
      column: new NumberColumn(name, places, true),
    }));
  const score =
    probabilities.length === 0 && present.has(names.score)
      ? new NumberColumn(names.score, places, true)
      : undefined;
  const prediction = present.has(names.prediction)
    ? new CategoryColumn(names.prediction, places, false, CLASS_LIMIT)
    : undefined;
  if (prediction === undefined && score === undefined && probabilities.length === 0)
    throw new UserError(
      `no prediction column "${names.prediction}", score column "${names.score}" or probability columns "${names.probabilityPrefix}<class>"`,
      { file: places.file },
    );
  if (probabilities.length === 1)
    throw new UserError(
      `one probability column (${probabilities[0]!.column.name}): give one per class, or the positive class's as "${names.score}"`,
      { file: places.file },
    );
  return {
    id,
    label: new CategoryColumn(need(names.label, 'label'), places, false, CLASS_LIMIT),
    prediction,
    score,
    probabilities,
    slices,
  };
}

/** Every sink of a layout, in a fixed order, with the kind its cells are read as. */
function sinksOf(layout: Layout): Sink[] {
  return [
    layout.id,
    layout.label,
    ...(layout.prediction ? [layout.prediction] : []),
    ...(layout.score ? [layout.score] : []),
    ...layout.probabilities.map((p) => p.column),
    ...layout.slices,
  ];
}

function readDelimited(
  path: string,
  displayPath: string,
  format: 'csv' | 'tsv',
  places: RowPlaces,
  plan: (header: readonly string[], expectedRows?: number) => Windows,
): number {
  const delimiter = format === 'tsv' ? '\t' : ',';
  const header = readCsvHeader(path, displayPath, delimiter);
  const windows = plan(header.names);
  const sinks = windows.sinks;
  const wanted: WantedColumn[] = sinks.map((s) => ({
    name: s.name,
    kind: s instanceof NumberColumn ? 'number' : 'string',
  }));
  let row = 0;
  readCsvRows(path, displayPath, delimiter, header, wanted, (cells, line) => {
    places.setLine(row, line);
    for (let i = 0; i < sinks.length; i++) sinks[i]!.push(row, cells[i]);
    row++;
    windows.afterRow(row);
  });
  return row;
}

async function readRecords(
  path: string,
  format: 'jsonl' | 'json',
  places: RowPlaces,
  plan: (header: readonly string[], expectedRows?: number) => Windows,
): Promise<number> {
  const groups =
    format === 'jsonl'
      ? readJsonLineGroups(path, MAX_RECORD_BYTES)
      : singly(readJsonArray(path, MAX_RECORD_BYTES));
  let windows: Windows | undefined;
  let row = 0;
  for await (const group of groups) {
    for (const item of group) {
      if (item.kind === 'problem') {
        if (item.code === 'blank-row') continue;
        throw new UserError(item.message, { file: places.file, line: item.line });
      }
      // The first record's keys name the columns (JSON Lines has no header): the probability columns are found there.
      windows ??= plan(Object.keys(item.value));
      places.setLine(row, item.line);
      for (const sink of windows.sinks) {
        const value = Object.hasOwn(item.value, sink.name) ? item.value[sink.name] : undefined;
        sink.push(row, value as Cell);
      }
      row++;
      windows.afterRow(row);
    }
  }
  return row;
}

async function* singly(items: AsyncIterable<RecordItem>): AsyncGenerator<Iterable<RecordItem>> {
  for await (const item of items) yield [item];
}

async function readColumnar(
  path: string,
  displayPath: string,
  format: 'parquet' | 'arrow',
  options: PredictionReadOptions,
  places: RowPlaces,
  plan: (header: readonly string[], expectedRows?: number) => Windows,
): Promise<number> {
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: displayPath });
  const source = await opener(path, displayPath);
  try {
    const expected = source.rows !== undefined && source.rows <= MAX_PRESIZED_ROWS ? source.rows : undefined;
    const windows = plan(
      source.columns.map((c) => c.name),
      expected,
    );
    const sinks = windows.sinks;
    // Presized from the footer (a streamed read needs a batch's room only); a footer that lies costs address
    // space only, never touched memory.
    if (expected !== undefined && !windows.streamed) for (const sink of sinks) sink.reserve(expected);
    let first = 0;
    for await (const batch of source.batches()) {
      const byName = new Map(batch.columns.map((c) => [c.name, c]));
      for (const sink of sinks) {
        const column = byName.get(sink.name);
        if (column === undefined)
          throw new UserError(`record ${first + 1}: the column "${sink.name}" is missing from this batch`, {
            file: displayPath,
          });
        sink.pushBatch(first, column, batch.rowCount);
      }
      first += batch.rowCount;
      windows.end(first);
    }
    return first;
  } finally {
    await source.close?.();
  }
}

/** The most rows presized from a file's own count; past it, columns grow as rows arrive. */
const MAX_PRESIZED_ROWS = 1 << 26;

function assemble(layout: Layout, rows: number, task: EvaluationTask, places: RowPlaces): PredictionColumns {
  const ids = layout.id.finish();
  if (task === 'regression') {
    return {
      task,
      ids,
      label: (layout.label as NumberColumn).finish(rows),
      prediction: (layout.prediction as NumberColumn).finish(rows),
    };
  }
  return classificationColumns(
    {
      ids,
      label: layout.label as CategoryColumn,
      prediction: layout.prediction as CategoryColumn | undefined,
      score: layout.score,
      probabilities: layout.probabilities,
    },
    rows,
    places,
  );
}

/** More values than this in one slice column would make a report no one reads (an id column sliced by mistake). */
export const MAX_SLICE_VALUES = 1000;

const SLICE_LIMIT = { values: MAX_SLICE_VALUES, advice: 'slice by a column of categories' };
const CLASS_LIMIT = { values: MAX_CLASSES, advice: 'is the task regression?' };

function slicesOf(layout: Layout, rows: number): SliceColumn[] {
  return layout.slices.map((column) => {
    const order = column.texts
      .map((_, code) => code)
      .sort((a, b) => compareCodePoints(column.texts[a]!, column.texts[b]!));
    const rank = new Int32Array(order.length);
    order.forEach((code, position) => (rank[code] = position));
    const codes = column.codes.slice(0, rows).map((code) => (code < 0 ? -1 : rank[code]!));
    return { name: column.name, values: order.map((code) => column.texts[code]!), codes };
  });
}
