// Writes data/penguins.csv from vega-datasets' penguins.json (the Palmer penguins, Gorman, Williams & Fraser
// 2014, CC0), as a team's data export would: one row a bird, snake_case columns, an `id`, and the record's
// quirks kept as they are — empty cells where a measurement or the sex was not recorded, and the one bird
// whose sex was entered as '.' (the schema declares both as missing values rather than hiding them).
//   npx tsx examples/penguins/data/export-penguins.ts node_modules/vega-datasets/data/penguins.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Cell = string | number | null;
const COLUMNS: readonly (readonly [string, string])[] = [
  ['species', 'Species'],
  ['island', 'Island'],
  ['bill_length_mm', 'Beak Length (mm)'],
  ['bill_depth_mm', 'Beak Depth (mm)'],
  ['flipper_length_mm', 'Flipper Length (mm)'],
  ['body_mass_g', 'Body Mass (g)'],
  ['sex', 'Sex'],
];

const source = process.argv[2];
if (source === undefined) throw new Error('usage: export-penguins.ts <penguins.json>');
const birds = JSON.parse(readFileSync(source, 'utf8')) as Record<string, Cell>[];
const lines = [['id', ...COLUMNS.map(([name]) => name)].join(',')];
birds.forEach((bird, index) => {
  const cells = COLUMNS.map(([, key]) => bird[key] ?? '');
  lines.push([`penguin-${String(index + 1).padStart(3, '0')}`, ...cells].join(','));
});
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'penguins.csv');
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`wrote ${birds.length} rows to ${target}`);
