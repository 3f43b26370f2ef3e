// The CSV bench dataset as JSON Lines: one object per row, numbers as JSON numbers, empty cells as null, and
// the planted violations kept (text where a number belongs stays text, so it is still a type error).
import { createReadStream, createWriteStream, existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import type { GeneratedData } from './generate-data.js';
import { BENCH_DATA_DIR, COLUMNS, generateBenchCsv } from './generate-data.js';

const NUMERIC = /^-?\d+(\.\d+)?$/;
/** f1–f8 and i1–i6: the columns whose cells are numbers. */
const NUMBER_COLUMNS = new Set(COLUMNS.filter((c) => /^[fi]\d$/.test(c)));

function cell(column: string, text: string): unknown {
  if (text === '') return null;
  return NUMBER_COLUMNS.has(column) && NUMERIC.test(text) ? Number(text) : text;
}

export async function generateBenchJsonl(rows: number): Promise<GeneratedData> {
  const csv = await generateBenchCsv(rows);
  const path = join(BENCH_DATA_DIR, `bench-${rows}.jsonl`);
  if (!existsSync(path)) {
    const out = createWriteStream(`${path}.partial`);
    let header = true;
    let lines: string[] = [];
    for await (const line of createInterface({ input: createReadStream(csv.path), crlfDelay: Infinity })) {
      if (header) {
        header = false;
        continue;
      }
      const cells = line.split(',');
      lines.push(JSON.stringify(Object.fromEntries(COLUMNS.map((c, i) => [c, cell(c, cells[i]!)]))));
      if (lines.length === 10_000) {
        if (!out.write(`${lines.join('\n')}\n`))
          await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        lines = [];
      }
    }
    if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
    out.end();
    await finished(out);
    renameSync(`${path}.partial`, path);
  }
  return { path, rows, bytes: statSync(path).size, plantedViolations: csv.plantedViolations };
}
