// Benchmark of `mlgate validate` on JSON Lines: the CSV bench's rows as one object per line, at 2M and 8M rows,
// next to `cat` of the same files. The target is memory: peak RSS under 200 MiB at both sizes, as for CSV.
//
//   npm run bench -- jsonl
//   npx tsx bench/jsonl-bench.ts --rows 2000000 --flat 8000000 --repeat 2
import {
  flag,
  fmt,
  markdownTable,
  measure,
  mlgateErrorCount,
  nodeVersion,
  bundleBench,
  mlgateValidate,
} from './bench-measure.js';
import { writeBenchSchema } from './generate-data.js';
import { generateBenchJsonl } from './generate-jsonl.js';

const ROWS = flag('rows', 2_000_000);
const FLAT_ROWS = flag('flat', 8_000_000);
const REPEAT = flag('repeat', 2);
const RSS_LIMIT_MIB = 200;

const dist = await bundleBench('dist-jsonl');
const schema = writeBenchSchema();
const files = [await generateBenchJsonl(ROWS), await generateBenchJsonl(FLAT_ROWS)];
console.log(
  `JSON Lines: the CSV bench's 20 columns, ${files[0]!.plantedViolations} planted violations; ${REPEAT} runs each, best kept; Node ${nodeVersion()}\n`,
);
const mlgate = (path: string) => mlgateValidate(dist, schema, path);
const results = files.flatMap((file) => [
  {
    file,
    name: 'cat (read the file)',
    ...measure(['sh', '-c', `cat "${file.path}" > /dev/null`], () => null, REPEAT),
  },
  { file, name: 'mlgate validate', ...measure(mlgate(file.path), mlgateErrorCount, REPEAT) },
]);
console.log(
  markdownTable(
    ['rows', 'command', 'seconds', 'rows/s', 'MB/s', 'peak RSS MiB', 'violations'],
    results.map((r) => [
      r.file.rows.toLocaleString('en-US'),
      r.name,
      fmt(r.seconds, 2),
      `${fmt(r.file.rows / r.seconds / 1e6, 2)}M`,
      fmt(r.file.bytes / 1e6 / r.seconds, 0),
      fmt(r.rssMiB, 0),
      r.violations === null ? '—' : String(r.violations),
    ]),
    2,
  ),
);

const problems: string[] = [];
const [small, large] = results.filter((r) => r.name === 'mlgate validate') as [
  (typeof results)[number],
  (typeof results)[number],
];
for (const r of [small, large]) {
  if (r.violations !== r.file.plantedViolations)
    problems.push(
      `${r.file.rows} rows: ${r.violations} violations counted, ${r.file.plantedViolations} planted`,
    );
  if (r.rssMiB >= RSS_LIMIT_MIB)
    problems.push(`${r.file.rows} rows: peak RSS ${fmt(r.rssMiB, 0)} MiB (target < ${RSS_LIMIT_MIB})`);
}
console.log(
  `\npeak RSS ${fmt(small.rssMiB, 0)} MiB at ${small.file.rows.toLocaleString('en-US')} rows, ${fmt(large.rssMiB, 0)} MiB at ${large.file.rows.toLocaleString('en-US')}`,
);
console.log(problems.length === 0 ? '\nall targets met' : `\ntargets missed:\n- ${problems.join('\n- ')}`);
if (problems.length > 0) process.exitCode = 1;
