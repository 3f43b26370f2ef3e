import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_INFER_SAMPLE_ROWS, inferTableSchema, isUserError } from '@mlgate/engine';
import type { DataFile, DatasetFormat } from './project-files.js';

type InferredSchema = Awaited<ReturnType<typeof inferTableSchema>>;
type InferredField = InferredSchema['fields'][number];

export interface StarterDataset {
  readonly name: string;
  readonly format: DatasetFormat;
  readonly files: readonly string[];
  /** Where its schema goes, relative to the project: `schemas/<name>.schema.json`. */
  readonly schemaPath: string;
  readonly schema: InferredSchema;
}

export interface StarterDatasets {
  readonly datasets: readonly StarterDataset[];
  /** Files whose schema could not be inferred (empty, unreadable), with why. */
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

/**
 * One schema both files pass: the same columns in the same order, a column required only where both require
 * it, integer widened to number. Undefined when the files do not share their columns or a column's type:
 * those are separate datasets.
 */
export function mergeInferredSchemas(a: InferredSchema, b: InferredSchema): InferredSchema | undefined {
  if (a.fields.length !== b.fields.length) return undefined;
  if (JSON.stringify(a.missingValues) !== JSON.stringify(b.missingValues)) return undefined;
  const fields: InferredField[] = [];
  for (const [index, field] of a.fields.entries()) {
    const other = b.fields[index]!;
    if (other.name !== field.name) return undefined;
    const numeric = new Set([field.type, other.type]);
    const type =
      field.type === other.type
        ? field.type
        : numeric.size === 2 && numeric.has('integer') && numeric.has('number')
          ? 'number'
          : undefined;
    if (type === undefined) return undefined;
    const required = field.constraints?.required === true && other.constraints?.required === true;
    fields.push({ name: field.name, type, ...(required ? { constraints: { required: true } } : {}) });
  }
  return { fields, missingValues: a.missingValues };
}

/** Letters, digits, `.`, `_`, `-`: a name that is also a safe file name. */
function slug(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return cleaned === '' ? 'data' : cleaned;
}

function stem(file: string): string {
  const base = path.posix.basename(file);
  return base.slice(0, base.length - path.posix.extname(base).length);
}

/**
 * The datasets of a project: the files of one folder and one format are one dataset when they share one
 * schema (its name is the folder's), else each file is its own (named by its stem). The schema of each
 * file is inferred from its first rows, as `mlgate schema infer` does.
 */
export async function starterDatasets(cwd: string, files: readonly DataFile[]): Promise<StarterDatasets> {
  const skipped: { file: string; reason: string }[] = [];
  const groups = new Map<
    string,
    { format: DatasetFormat; files: { file: string; schema: InferredSchema }[] }
  >();
  for (const { path: file, format } of files) {
    // A FIFO or device named with --data would block the read (or never end): only regular files are sampled.
    const kind = await stat(path.resolve(cwd, file)).catch(() => undefined);
    if (kind === undefined || !kind.isFile()) {
      skipped.push({ file, reason: kind === undefined ? 'not found' : 'not a regular file' });
      continue;
    }
    let schema: InferredSchema;
    try {
      schema = await inferTableSchema(path.resolve(cwd, file), format, DEFAULT_INFER_SAMPLE_ROWS, file);
    } catch (error) {
      if (!isUserError(error)) throw error;
      skipped.push({ file, reason: error.message });
      continue;
    }
    const key = `${path.posix.dirname(file)}\u0000${format}`;
    const group = groups.get(key) ?? { format, files: [] };
    group.files.push({ file, schema });
    groups.set(key, group);
  }

  const drafts: { base: string; format: DatasetFormat; files: string[]; schema: InferredSchema }[] = [];
  for (const group of groups.values()) {
    let merged: InferredSchema | undefined = group.files[0]!.schema;
    for (const { schema } of group.files.slice(1)) merged = merged && mergeInferredSchemas(merged, schema);
    if (merged !== undefined && group.files.length > 1) {
      const folder = path.posix.dirname(group.files[0]!.file);
      drafts.push({
        base: folder === '.' ? 'data' : path.posix.basename(folder),
        format: group.format,
        files: group.files.map((f) => f.file),
        schema: merged,
      });
    } else {
      for (const { file, schema } of group.files)
        drafts.push({ base: stem(file), format: group.format, files: [file], schema });
    }
  }

  // Names are unique: a second `train` becomes `train-csv`, then `train-csv-2`.
  const taken = new Set<string>();
  const datasets = drafts.map((draft) => {
    let name = slug(draft.base);
    if (taken.has(name)) name = `${name}-${draft.format}`;
    for (let n = 2; taken.has(name); n++) name = `${slug(draft.base)}-${draft.format}-${n}`;
    taken.add(name);
    return {
      name,
      format: draft.format,
      files: draft.files,
      schemaPath: `schemas/${name}.schema.json`,
      schema: draft.schema,
    };
  });
  return { datasets, skipped };
}
