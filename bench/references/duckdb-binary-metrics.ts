// Reference: DuckDB (both cores) reads a binary-classification predictions Parquet file and computes accuracy
// and log loss in one aggregate: the cost of reading the same columns and doing additive arithmetic on them,
// without roc_auc (no sort), id checks or sklearn's exact conventions.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2]!;
const threads = process.argv[3] ?? '2';
const instance = await DuckDBInstance.create(':memory:', { threads });
const connection = await instance.connect();
const eps = 2 ** -52;
const p = `least(greatest(score, ${eps}), ${1 - eps})`;
const result = await connection.runAndReadAll(
  `select count(*)::double, avg(((score > 0.5)::int = label)::int),
          avg(-ln(case when label = 1 then ${p} else 1 - ${p} end))
     from read_parquet('${file.replace(/'/g, "''")}')`,
);
process.stdout.write(JSON.stringify(result.getRows()[0]));
