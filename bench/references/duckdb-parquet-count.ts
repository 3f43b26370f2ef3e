// Reference: DuckDB reads the typed Parquet file and counts violations of the benchmark's Table Schema (the same
// file mlgate validates against, so both check the same constraints) in one aggregate query.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

interface Field {
  readonly name: string;
  readonly type: string;
  readonly constraints?: {
    required?: boolean;
    unique?: boolean;
    pattern?: string;
    minimum?: number | string;
    maximum?: number | string;
    enum?: readonly string[];
  };
}

const [file, schemaPath, threads = '2'] = process.argv.slice(2) as [string, string, string?];
const { fields } = JSON.parse(readFileSync(schemaPath, 'utf8')) as { fields: readonly Field[] };
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const TEMPORAL: Readonly<Record<string, string>> = { date: 'date', datetime: 'timestamptz' };
const literal = (field: Field, value: number | string) =>
  field.type in TEMPORAL ? `${TEMPORAL[field.type]} ${quote(String(value))}` : String(value);
const checks: string[] = [];
for (const field of fields) {
  const c = `"${field.name}"`;
  const k = field.constraints ?? {};
  const broken: string[] = [];
  if (k.minimum !== undefined) broken.push(`${c} < ${literal(field, k.minimum)}`);
  if (k.maximum !== undefined) broken.push(`${c} > ${literal(field, k.maximum)}`);
  if (k.enum) broken.push(`${c} not in (${k.enum.map(quote).join(', ')})`);
  if (k.pattern) broken.push(`not regexp_full_match(${c}, ${quote(k.pattern.replace(/^\^|\$$/g, ''))})`);
  if (field.type === 'number') broken.push(`isnan(${c})`);
  const condition = [
    k.required ? `${c} is null` : undefined,
    broken.length > 0 ? `(${broken.join(' or ')})` : undefined,
  ]
    .filter(Boolean)
    .join(' or ');
  if (condition) checks.push(`count(*) filter (where ${condition})`);
  if (k.unique) checks.push(`(count(${c}) - count(distinct ${c}))`);
}
const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const result = await connection.runAndReadAll(
  `select count(*), ${checks.join(' + ')} from read_parquet(${quote(file)})`,
);
const [rows, violations] = result.getRows()[0]!.map(Number);
process.stdout.write(JSON.stringify({ rows, violations }));
