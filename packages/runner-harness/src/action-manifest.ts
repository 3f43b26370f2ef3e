// How the runner reads an action: the action.yml fields it acts on (inputs and their defaults, outputs, the
// JavaScript stages of `runs:`), checked the way a runner would reject the action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The one Node runtime the harness runs (see node-runtime.ts) and so the one every mlgate action declares; the
 * runner ships it (Node 20 left hosted runners).
 */
export const ACTION_NODE_RUNTIME = 'node24';

/** The JavaScript stages a `runs:` block may name, in the order the runner runs them. */
export const ACTION_STAGES = ['pre', 'main', 'post'] as const;
export type ActionStage = (typeof ACTION_STAGES)[number];

export interface ActionInput {
  readonly description?: string;
  readonly required?: boolean;
  /** The runner evaluates it as a string template; a non-string YAML value is a manifest mistake. */
  readonly default?: unknown;
  readonly deprecationMessage?: string;
}

export interface ActionManifest {
  /** Absolute path of the action.yml. */
  readonly file: string;
  /** Absolute directory holding the action.yml: stage paths are relative to it. */
  readonly dir: string;
  readonly name?: unknown;
  readonly description?: unknown;
  readonly inputs: Readonly<Record<string, ActionInput>>;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly runs: {
    readonly using?: unknown;
    readonly pre?: string;
    readonly main?: string;
    readonly post?: string;
    readonly 'pre-if'?: string;
    readonly 'post-if'?: string;
  };
}

export class ActionManifestError extends Error {
  override readonly name = 'ActionManifestError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one action.yml; structural mistakes are one-line errors naming the file. */
export function readActionManifest(file: string): ActionManifest {
  const where = path.relative(process.cwd(), file) || file;
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ActionManifestError(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isRecord(doc)) throw new ActionManifestError(`${where}: expected a mapping at the top level`);
  const runs = doc['runs'];
  if (!isRecord(runs)) throw new ActionManifestError(`${where}: 'runs' must be a mapping`);
  for (const key of [...ACTION_STAGES, 'pre-if', 'post-if'] as const) {
    const value = runs[key];
    if (value !== undefined && typeof value !== 'string') {
      throw new ActionManifestError(`${where}: 'runs.${key}' must be a string`);
    }
  }
  const inputs = doc['inputs'] ?? {};
  if (!isRecord(inputs)) throw new ActionManifestError(`${where}: 'inputs' must be a mapping`);
  for (const [name, input] of Object.entries(inputs)) {
    if (input !== null && !isRecord(input)) {
      throw new ActionManifestError(`${where}: input '${name}' must be a mapping`);
    }
  }
  const outputs = doc['outputs'] ?? {};
  if (!isRecord(outputs)) throw new ActionManifestError(`${where}: 'outputs' must be a mapping`);
  return {
    file,
    dir: path.dirname(file),
    name: doc['name'],
    description: doc['description'],
    inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, (v ?? {}) as ActionInput])),
    outputs,
    runs: runs as ActionManifest['runs'],
  };
}

/** The stages an action declares, with the script path resolved against the action's directory. */
export function stageScripts(manifest: ActionManifest): { stage: ActionStage; script: string }[] {
  return ACTION_STAGES.flatMap((stage) => {
    const relative = manifest.runs[stage];
    return relative === undefined ? [] : [{ stage, script: path.resolve(manifest.dir, relative) }];
  });
}
