// Reference: parse the CSV with csv-parse and nothing else (the floor for a JS validator built on it).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = 0;
for await (const record of createReadStream(process.argv[2]!).pipe(parse({ columns: true }))) {
  if (record) rows++;
}
process.stdout.write(JSON.stringify({ rows, violations: null }));
