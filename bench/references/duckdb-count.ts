// Reference: DuckDB reads the CSV or, for a .jsonl file, the JSON Lines (`read_json`) with all columns as text
// (both cores) and counts violations of the same constraints in one aggregate query.
import { DuckDBInstance } from '@duckdb/node-api';
import { CATEGORIES, COLUMNS, DATE_RANGE, FLOAT_RANGE, ID_PATTERN, INT_RANGE } from '../generate-data.js';

const file = process.argv[2]!;
const threads = process.argv[3] ?? '2';
const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const checks: string[] = [];
for (let i = 1; i <= 8; i++) {
  const c = `f${i}`;
  checks.push(
    `count(*) filter (where ${c} is not null and (try_cast(${c} as double) is null or try_cast(${c} as double) < ${FLOAT_RANGE.minimum} or try_cast(${c} as double) > ${FLOAT_RANGE.maximum}))`,
  );
}
for (let i = 1; i <= 6; i++) {
  const c = `i${i}`;
  checks.push(
    `count(*) filter (where ${c} is null or try_cast(${c} as bigint) is null or try_cast(${c} as bigint) < ${INT_RANGE.minimum} or try_cast(${c} as bigint) > ${INT_RANGE.maximum})`,
  );
}
CATEGORIES.forEach((values, i) =>
  checks.push(
    `count(*) filter (where c${i + 1} is not null and c${i + 1} not in (${values.map((v) => `'${v}'`).join(', ')}))`,
  ),
);
checks.push(
  `count(*) filter (where day is not null and (try_cast(day as date) is null or try_cast(day as date) < date '${DATE_RANGE.minimum}' or try_cast(day as date) > date '${DATE_RANGE.maximum}'))`,
);
checks.push(`count(*) filter (where id is null or not regexp_full_match(id, '${ID_PATTERN.slice(1, -1)}'))`);
checks.push('count(id) - count(distinct id)');
const path = `'${file.replace(/'/g, "''")}'`;
// JSON numbers read as text too, so a number-or-text column is cast by the same checks as a CSV cell.
const source = file.endsWith('.jsonl')
  ? `read_json(${path}, format = 'newline_delimited', columns = {${COLUMNS.map((c) => `${c}: 'VARCHAR'`).join(', ')}})`
  : `read_csv(${path}, all_varchar = true, header = true)`;
const result = await connection.runAndReadAll(`select count(*), ${checks.join(' + ')} from ${source}`);
const [rows, violations] = result.getRows()[0]!.map(Number);
process.stdout.write(JSON.stringify({ rows, violations }));
