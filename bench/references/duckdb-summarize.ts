// Reference: DuckDB's SUMMARIZE of the CSV (both cores): per column min, max, approximate distinct count,
// mean, standard deviation, approximate quartiles, count and null share. The closest thing to a profile a
// user would reach for; it reads with type inference and checks nothing.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2]!;
const threads = process.argv[3] ?? '2';
const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const result = await connection.runAndReadAll(
  `summarize select * from read_csv('${file.replace(/'/g, "''")}', header = true)`,
);
process.stdout.write(JSON.stringify({ columns: result.getRows().length, violations: null }));
