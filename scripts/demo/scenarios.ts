// The week's changes to the penguins project, each as what a team would really push: a transformation of
// the data export and the training flags. Pure: CSV text in, CSV text out.
export interface Scenario {
  /** What the commit says it does, as its author would title the pull request. */
  readonly title: string;
  readonly flags: readonly string[];
  /** The data export as this commit has it (the committed file when absent). */
  readonly data?: (csv: string) => string;
}

/** The model main trained before the week: species, bill and flipper, without body mass. */
const MAIN_FLAGS = ['--features', 'species,bill_length_mm,bill_depth_mm,flipper_length_mm', '--trees', '15'];

type Row = string[];

function mapRows(
  csv: string,
  change: (row: Row, column: (name: string) => number) => Row | undefined,
): string {
  const [header = '', ...lines] = csv.trimEnd().split('\n');
  const names = header.split(',');
  const column = (name: string): number => names.indexOf(name);
  const rows = lines.flatMap((line) => {
    const changed = change(line.split(','), column);
    return changed === undefined ? [] : [changed.join(',')];
  });
  return `${[header, ...rows].join('\n')}\n`;
}

/**
 * The new export's bug: Dream's birds weighed in kilograms (3.75 where 3750 was meant: not an integer,
 * under the schema's 2000 g), and four Biscoe flipper lengths written as 'NA'.
 */
export function exportBug(csv: string): string {
  let unreadable = 0;
  return mapRows(csv, (row, column) => {
    const [island, mass, flipper] = [column('island'), column('body_mass_g'), column('flipper_length_mm')];
    if (row[island] === 'Dream' && row[mass] !== '') row[mass] = String(Number(row[mass]) / 1000);
    if (row[island] === 'Biscoe' && row[flipper] !== '' && unreadable < 4) {
      row[flipper] = 'NA';
      unreadable += 1;
    }
    return row;
  });
}

/**
 * The next season's export, where only Biscoe was visited: a valid file whose birds are mostly Gentoo,
 * heavier and longer-finned than the birds the model was trained on.
 */
export function nextSeason(csv: string): string {
  return mapRows(csv, (row, column) => (row[column('island')] === 'Biscoe' ? row : undefined));
}

export const WEEK = {
  main: { title: 'main before the week', flags: MAIN_FLAGS },
  exportBug: {
    title: 'Retrain on the new data export, with a faster forest',
    flags: ['--features', 'species,body_mass_g,flipper_length_mm', '--trees', '5', '--max-depth', '3'],
    data: exportBug,
  },
  noise: { title: 'Try another seed', flags: [...MAIN_FLAGS, '--seed', '9'] },
  bodyMass: { title: 'Add body mass to the features', flags: ['--trees', '15'] },
  nextSeason: {
    title: "Saturday's scheduled retraining on the new season's export",
    flags: ['--trees', '15'],
    data: nextSeason,
  },
} as const satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof WEEK;
