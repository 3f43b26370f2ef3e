// Trains a random forest that tells a penguin's sex from its measurements (and species), and writes what
// mlgate reads: out/metrics.json, out/predictions.csv (one row a bird, out-of-fold) and model/.
//   npx tsx train.ts [--seed 42] [--trees 15] [--features a,b,…] [--folds 5] [--max-depth 6] [--data …]
//
// Every labelled bird gets a prediction from a model that never saw it (k-fold cross-validation): 333
// paired predictions give mlgate's significance tests far more power than a 20 % holdout's 67 would, and
// no bird is wasted. The model in model/ is then trained on every labelled bird.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RandomForestClassifier } from 'ml-random-forest';

export const ALL_FEATURES = [
  'species',
  'bill_length_mm',
  'bill_depth_mm',
  'flipper_length_mm',
  'body_mass_g',
] as const;
export type Feature = (typeof ALL_FEATURES)[number];
const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'];
/** Sorted as scikit-learn sorts labels: the positive class (MALE) second. */
export const CLASSES = ['FEMALE', 'MALE'] as const;

export interface TrainOptions {
  /** The repository root: data is read from, and out/ and model/ written below, this folder. */
  readonly dir: string;
  readonly data: string;
  readonly seed: number;
  readonly trees: number;
  readonly features: readonly Feature[];
  readonly folds: number;
  readonly maxDepth: number;
}

export const DEFAULTS: Omit<TrainOptions, 'dir'> = {
  data: 'data/penguins.csv',
  seed: 42,
  trees: 15,
  features: ALL_FEATURES,
  folds: 5,
  maxDepth: 6,
};

interface Bird {
  readonly id: string;
  readonly island: string;
  readonly sex: (typeof CLASSES)[number] | undefined;
  /** NaN where the export has no number. */
  readonly values: readonly number[];
}

export interface TrainResult {
  readonly metrics: Record<string, unknown>;
  readonly examples: number;
}

/** A deterministic 32-bit generator (mulberry32): the folds depend on the seed and on nothing else. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The export is plain CSV: no quoted cells (the schema's values never hold a comma). */
function readBirds(file: string, features: readonly Feature[]): Bird[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const names = (header ?? '').split(',');
  const column = (name: string): number => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column '${name}'`);
    return index;
  };
  const [id, island, sex] = [column('id'), column('island'), column('sex')];
  const featureColumns = features.map(column);
  return lines.map((line) => {
    const cells = line.split(',');
    const label = cells[sex] ?? '';
    return {
      id: cells[id] ?? '',
      island: cells[island] ?? '',
      // '' and '.' are how the record says "not recorded" (the schema's missingValues): no label.
      sex: (CLASSES as readonly string[]).includes(label) ? (label as Bird['sex']) : undefined,
      values: features.map((feature, k) => {
        const cell = cells[featureColumns[k]!] ?? '';
        if (feature === 'species') return cell === '' ? NaN : SPECIES.indexOf(cell);
        return cell.trim() === '' ? NaN : Number(cell);
      }),
    };
  });
}

/** Trees take no NaN: a missing or unreadable value becomes its column's median over the labelled birds. */
function imputed(birds: readonly Bird[]): { rows: number[][]; cells: number } {
  const width = birds[0]?.values.length ?? 0;
  let cells = 0;
  const medians = Array.from({ length: width }, (_, k) => {
    const known = birds
      .map((bird) => bird.values[k]!)
      .filter((value) => Number.isFinite(value) && value >= 0)
      .sort((a, b) => a - b);
    return known.length === 0 ? 0 : known[Math.floor(known.length / 2)]!;
  });
  const rows = birds.map((bird) =>
    bird.values.map((value, k) => {
      if (Number.isFinite(value) && value >= 0) return value;
      cells += 1;
      return medians[k]!;
    }),
  );
  return { rows, cells };
}

function forest(options: TrainOptions, seed: number): RandomForestClassifier {
  return new RandomForestClassifier({
    seed,
    nEstimators: options.trees,
    maxFeatures: 1.0,
    replacement: false,
    useSampleBagging: true,
    noOOB: true,
    treeOptions: { maxDepth: options.maxDepth, minNumSamples: 3 },
  });
}

/** P(MALE) from the trees' votes, with one pseudo-vote each way so no probability is 0 or 1 (log loss). */
function maleProbabilities(model: RandomForestClassifier, rows: number[][], trees: number): number[] {
  return model.predictProbability(rows, 1).map((share) => (share * trees + 1) / (trees + 2));
}

/** Folds stratified by sex: each fold holds about the same share of males. */
function foldsOf(labels: readonly number[], folds: number, seed: number): number[] {
  const next = random(seed);
  const fold = new Array<number>(labels.length);
  for (const cls of [0, 1]) {
    const members = labels.flatMap((label, index) => (label === cls ? [index] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((index, position) => (fold[index] = position % folds));
  }
  return fold;
}

function binaryMetrics(labels: readonly number[], male: readonly number[]): Record<string, number> {
  let [tp, fp, fn, tn, loss] = [0, 0, 0, 0, 0];
  labels.forEach((label, i) => {
    const predicted = male[i]! > 0.5 ? 1 : 0;
    if (predicted === 1 && label === 1) tp += 1;
    else if (predicted === 1) fp += 1;
    else if (label === 1) fn += 1;
    else tn += 1;
    loss -= Math.log(label === 1 ? male[i]! : 1 - male[i]!);
  });
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  // ROC AUC as the Mann-Whitney statistic: ties count a half.
  const positives = male.filter((_, i) => labels[i] === 1);
  const negatives = male.filter((_, i) => labels[i] === 0);
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return {
    accuracy: (tp + tn) / labels.length,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    roc_auc: wins / (positives.length * negatives.length),
    log_loss: loss / labels.length,
  };
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

export function train(options: TrainOptions): TrainResult {
  const birds = readBirds(path.resolve(options.dir, options.data), options.features);
  const labelled = birds.filter((bird) => bird.sex !== undefined);
  const { rows, cells } = imputed(labelled);
  const labels = labelled.map((bird) => CLASSES.indexOf(bird.sex!));

  const fold = foldsOf(labels, options.folds, options.seed);
  const male = new Array<number>(labelled.length);
  for (let k = 0; k < options.folds; k++) {
    const inFold = (index: number): boolean => fold[index] === k;
    const model = forest(options, options.seed + k);
    model.train(
      rows.filter((_, i) => !inFold(i)),
      labels.filter((_, i) => !inFold(i)),
    );
    const held = labelled.flatMap((_, i) => (inFold(i) ? [i] : []));
    const p = maleProbabilities(
      model,
      held.map((i) => rows[i]!),
      options.trees,
    );
    held.forEach((i, position) => (male[i] = p[position]!));
  }

  const out = path.join(options.dir, 'out');
  mkdirSync(out, { recursive: true });
  const predictions = ['id,label,prediction,score,proba_FEMALE,proba_MALE,island'];
  labelled.forEach((bird, i) => {
    const p = round(male[i]!);
    const predicted = p > 0.5 ? 'MALE' : 'FEMALE';
    predictions.push([bird.id, bird.sex, predicted, p, round(1 - p), p, bird.island].join(','));
  });
  writeFileSync(path.join(out, 'predictions.csv'), `${predictions.join('\n')}\n`);

  // The metrics mlgate recomputes from predictions.csv, from the same rounded probabilities.
  const written = male.map(round);
  const metrics = {
    cv: Object.fromEntries(Object.entries(binaryMetrics(labels, written)).map(([k, v]) => [k, round(v)])),
    data: { rows: birds.length, labelled: labelled.length, imputed_cells: cells },
    model: { trees: options.trees, features: options.features.length, max_depth: options.maxDepth },
  };
  writeFileSync(path.join(out, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);

  const model = forest(options, options.seed);
  model.train(rows, labels);
  const modelDir = path.join(options.dir, 'model');
  mkdirSync(modelDir, { recursive: true });
  const modelJson = JSON.stringify(model.toJSON());
  writeFileSync(path.join(modelDir, 'penguin-sex.json'), modelJson);
  const info = {
    task: 'binary classification: sex (FEMALE/MALE) of a Palmer penguin',
    library: 'ml-random-forest',
    features: options.features,
    species_codes: SPECIES,
    classes: CLASSES,
    seed: options.seed,
    trees: options.trees,
    max_depth: options.maxDepth,
    trained_on: { file: options.data, rows: labelled.length, sha256: sha256(rows) },
    cross_validated: { folds: options.folds, ...metrics.cv },
  };
  writeFileSync(path.join(modelDir, 'info.json'), `${JSON.stringify(info, null, 2)}\n`);
  return { metrics, examples: labelled.length };
}

function sha256(rows: number[][]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** `--seed 7 --trees 40 --features a,b`: unknown flags and bad values stop the run with one line. */
export function parseFlags(argv: readonly string[], dir: string): TrainOptions {
  const options: { -readonly [K in keyof TrainOptions]: TrainOptions[K] } = { dir, ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const count = (min: number): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min)
        throw new Error(`${flag} takes an integer ≥ ${min}, not '${value}'`);
      return n;
    };
    if (flag === '--seed') options.seed = count(0);
    else if (flag === '--trees') options.trees = count(1);
    else if (flag === '--folds') options.folds = count(2);
    else if (flag === '--max-depth') options.maxDepth = count(1);
    else if (flag === '--data') options.data = value;
    else if (flag === '--features') {
      const features = value.split(',').map((name) => name.trim());
      const unknown = features.filter((name) => !(ALL_FEATURES as readonly string[]).includes(name));
      if (unknown.length > 0) throw new Error(`unknown feature(s) ${unknown.join(', ')}: ${ALL_FEATURES}`);
      options.features = features as Feature[];
    } else throw new Error(`unknown flag '${flag}'`);
  }
  return options;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const started = Date.now();
    const result = train(parseFlags(process.argv.slice(2), process.cwd()));
    const cv = result.metrics['cv'] as Record<string, number>;
    console.log(
      `trained on ${result.examples} penguins in ${Date.now() - started} ms: ` +
        `accuracy ${cv['accuracy']}, roc_auc ${cv['roc_auc']} (out-of-fold)`,
    );
  } catch (error) {
    console.error(`train.ts: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
