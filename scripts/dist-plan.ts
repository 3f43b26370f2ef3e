import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ACTION_NODE_RUNTIME,
  ActionManifestError,
  readActionManifest,
  stageScripts,
} from '@mlgate/runner-harness';
import { discoverActionManifests } from './action-discovery.js';

/**
 * Convention: a stage script `dist/<dir>/<file>.js` is bundled from `actions/<dir>/<file>.ts`, whichever
 * action.yml names it. `actions/validate-data/action.yml` says `main: ../../dist/validate-data/main.js`
 * (source `actions/validate-data/main.ts`); the root action.yml says `main: dist/mlgate/main.js` (source
 * `actions/mlgate/main.ts`). Several actions may share one entry; it is bundled once.
 */
export const DIST_DIR = 'dist';

/**
 * Bundles that are not action stages, each built on its own (own chunks, under dist/<dir>/): directory →
 * output name (no `.js`) → source. The CLI shares no chunk with the actions, so `mlgate validate` does not
 * load what only an action needs (the HTTP client behind octokit was ~35 ms and ~18 MiB at every start).
 */
export const SEPARATE_BUNDLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  cli: { mlgate: 'packages/cli/src/main.ts' },
};

/**
 * Worker threads' entries: output name → source. Each bundle gets its own copy at the root of its output
 * directory (dist/, dist/cli/, …), where the code that starts the threads looks for it
 * (packages/engine/src/validate/worker-code.ts). Add them to any bundle made apart from
 * planDist with `workerEntries`.
 */
export const WORKER_ENTRIES: Readonly<Record<string, string>> = {
  'cell-worker': 'packages/engine/src/validate/checks/range-workers/cell-worker.ts',
};

/** WORKER_ENTRIES with absolute sources, for esbuild's `entryPoints`. */
export function workerEntries(repoRoot: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(WORKER_ENTRIES).map(([output, source]) => [output, path.join(repoRoot, source)]),
  );
}

export interface DistPlan {
  /**
   * The action stages and the worker entries, bundled together: output name under dist/ without `.js` →
   * absolute source path.
   */
  readonly entries: Readonly<Record<string, string>>;
  /**
   * Bundled apart from the actions and from each other, each with its own worker entries: a directory under
   * dist/ and its entries.
   */
  readonly separate: readonly { readonly dir: string; readonly entries: Readonly<Record<string, string>> }[];
  readonly manifests: readonly string[];
  /** Extra entries whose source does not exist yet: skipped, reported. */
  readonly skipped: readonly string[];
}

/** Maps a stage script path (absolute) to its output name and source, or explains why it cannot. */
export function stageEntry(repoRoot: string, script: string): { output: string; source: string } {
  const distRoot = path.join(repoRoot, DIST_DIR);
  const relative = path.relative(distRoot, script);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ActionManifestError(`a stage script must live under ${DIST_DIR}/, got ${script}`);
  }
  const parts = relative.split(path.sep);
  if (parts.length !== 2 || !relative.endsWith('.js')) {
    throw new ActionManifestError(
      `a stage script must be ${DIST_DIR}/<dir>/<file>.js, got ${path.relative(repoRoot, script)}`,
    );
  }
  const [dir, file] = parts as [string, string];
  const base = file.slice(0, -'.js'.length);
  return { output: `${dir}/${base}`, source: path.join(repoRoot, 'actions', dir, `${base}.ts`) };
}

/** Reads every action.yml, checks it, and lists what to bundle. All problems are reported at once. */
export function planDist(repoRoot: string): DistPlan {
  const manifests = discoverActionManifests(repoRoot);
  const problems: string[] = [];
  const entries: Record<string, string> = {};
  for (const file of manifests) {
    const where = path.relative(repoRoot, file);
    try {
      const manifest = readActionManifest(file);
      if (manifest.runs.using !== ACTION_NODE_RUNTIME) {
        problems.push(
          `${where}: runs.using is ${JSON.stringify(manifest.runs.using)}; every mlgate action must use '${ACTION_NODE_RUNTIME}'`,
        );
        continue;
      }
      if (manifest.runs.main === undefined) problems.push(`${where}: runs.main is missing`);
      for (const { stage, script } of stageScripts(manifest)) {
        try {
          const { output, source } = stageEntry(repoRoot, script);
          if (!existsSync(source)) {
            problems.push(
              `${where}: runs.${stage} needs ${path.relative(repoRoot, source)}, which does not exist`,
            );
          } else {
            entries[output] = source;
          }
        } catch (error) {
          problems.push(`${where}: runs.${stage}: ${(error as Error).message}`);
        }
      }
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const skipped: string[] = [];
  const workers: Record<string, string> = {};
  for (const [output, absolute] of Object.entries(workerEntries(repoRoot))) {
    if (existsSync(absolute)) workers[output] = absolute;
    else skipped.push(WORKER_ENTRIES[output]!);
  }
  if (Object.keys(entries).length > 0) Object.assign(entries, workers);
  const separate: { dir: string; entries: Record<string, string> }[] = [];
  for (const [dir, outputs] of Object.entries(SEPARATE_BUNDLES)) {
    const found: Record<string, string> = {};
    for (const [output, source] of Object.entries(outputs)) {
      const absolute = path.join(repoRoot, source);
      if (existsSync(absolute)) found[output] = absolute;
      else skipped.push(source);
    }
    if (Object.keys(found).length > 0) separate.push({ dir, entries: { ...found, ...workers } });
  }
  if (problems.length > 0) throw new ActionManifestError(problems.join('\n'));
  return { entries, separate, manifests, skipped };
}
