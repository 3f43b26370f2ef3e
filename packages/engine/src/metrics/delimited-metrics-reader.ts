import { UserError } from '../user-error.js';
import { MetricCollector } from './metric-collector.js';
import type { MetricMap } from './metric-collector.js';
import { readMetricText } from './metric-text.js';

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

const LONG_HEADER_NAMES = new Set(['name', 'metric', 'key']);

/**
 * Reads a CSV or TSV metrics file in one of two shapes:
 * - long: `name,value` rows, with or without a header row whose cells are `name|metric|key` and `value`;
 * - wide: one header row of metric names and exactly one row of values.
 * Two rows whose header has no numeric cell are wide; otherwise every row must have two cells (long).
 * Cells are typed by their text: numbers, NaN/inf spellings, empty or `null` (no value), true/false, text.
 */
export function readDelimitedMetrics(text: string, file: string, delimiter: ',' | '\t'): MetricMap {
  const rows = splitRows(text, file, delimiter).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, second] = rows;
  if (header === undefined) throw new UserError('the file is empty', { file, line: 1 });
  const collector = new MetricCollector(file);
  const cellsAreLongHeader =
    header.cells.length === 2 &&
    LONG_HEADER_NAMES.has(header.cells[0]!.trim().toLowerCase()) &&
    header.cells[1]!.trim().toLowerCase() === 'value';
  const looksWide =
    !cellsAreLongHeader &&
    rows.length === 2 &&
    header.cells.every((cell) => readMetricText(cell, 'cell').ok && !isNumberCell(cell));
  if (looksWide && second !== undefined) {
    if (second.cells.length !== header.cells.length) {
      throw new UserError(
        `the value row has ${second.cells.length} cells but the header names ${header.cells.length} metrics`,
        { file, line: second.line },
      );
    }
    header.cells.forEach((rawName, index) =>
      addCell(collector, rawName.trim(), second.cells[index]!, second.line),
    );
    return collector.metrics;
  }
  for (const row of cellsAreLongHeader ? rows.slice(1) : rows) {
    if (row.cells.length !== 2) {
      throw new UserError(
        `expected 'name${delimiter === ',' ? ',' : '<tab>'}value' (${row.cells.length} cells found), or one header row and one value row`,
        { file, line: row.line },
      );
    }
    const name = row.cells[0]!.trim();
    if (name === '') throw new UserError('a row has an empty metric name', { file, line: row.line });
    addCell(collector, name, row.cells[1]!, row.line);
  }
  return collector.metrics;
}

function isNumberCell(cell: string): boolean {
  const reading = readMetricText(cell, 'cell');
  return reading.ok && (reading.value.type === 'number' || reading.value.type === 'infinity');
}

function addCell(collector: MetricCollector, name: string, cell: string, line: number): void {
  if (name === '') throw new UserError('the header has an empty metric name', { file: collector.file, line });
  const reading = readMetricText(cell, 'cell');
  if (!reading.ok) collector.refuse(name, reading.problem, line);
  collector.add(name, reading.value, line);
}

/** RFC 4180 rows: quoted cells may hold the delimiter, doubled quotes and newlines. */
function splitRows(text: string, file: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) throw new UserError('unterminated quoted cell', { file, line: quoteLine });
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows;
}
