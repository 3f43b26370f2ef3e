// A workflow file read into the little the mini-runner needs: jobs in file order, their needs, conditions,
// matrix, outputs and steps. GitHub's parser (npm run lint-workflows) has already held it to the schema.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export interface WorkflowStep {
  readonly id?: string;
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
}

export interface WorkflowJob {
  readonly id: string;
  readonly needs: readonly string[];
  readonly if?: string;
  /** `strategy.matrix`: each key's values (only lists; no include/exclude in the examples). */
  readonly matrix?: Readonly<Record<string, readonly unknown[]>>;
  readonly environment?: string;
  readonly permissions?: unknown;
  readonly outputs: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  readonly steps: readonly WorkflowStep[];
}

export interface Workflow {
  readonly file: string;
  readonly name: string;
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: unknown;
  readonly env: Readonly<Record<string, string>>;
  readonly jobs: readonly WorkflowJob[];
}

type Raw = Record<string, unknown>;
const record = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
const strings = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(record(value)).map(([key, v]) => [key, String(v)]));
const list = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** What a step is called in a log or a stand-in table: its name, else what it uses or runs. */
export function stepLabel(step: WorkflowStep): string {
  return step.name ?? step.uses ?? step.run?.split('\n')[0] ?? '(step)';
}

export async function readWorkflow(file: string): Promise<Workflow> {
  const raw = record(parse(await readFile(file, 'utf8')));
  const on = raw['on'];
  return {
    file,
    name: String(raw['name'] ?? file),
    on:
      typeof on === 'string'
        ? { [on]: null }
        : Array.isArray(on)
          ? Object.fromEntries(on.map((e) => [e, null]))
          : record(on),
    permissions: raw['permissions'],
    env: strings(raw['env']),
    jobs: Object.entries(record(raw['jobs'])).map(([id, value]) => {
      const job = record(value);
      const matrix = record(record(job['strategy'])['matrix']);
      return {
        id,
        needs: list(job['needs']),
        ...(job['if'] !== undefined ? { if: String(job['if']) } : {}),
        ...(Object.keys(matrix).length > 0 ? { matrix: matrix as Record<string, unknown[]> } : {}),
        ...(job['environment'] !== undefined ? { environment: String(job['environment']) } : {}),
        permissions: job['permissions'],
        outputs: strings(job['outputs']),
        env: strings(job['env']),
        steps: (Array.isArray(job['steps']) ? job['steps'] : []).map((item: unknown) => {
          const step = record(item);
          const text = (key: string) => (step[key] === undefined ? {} : { [key]: String(step[key]) });
          return {
            ...text('id'),
            ...text('name'),
            ...text('uses'),
            ...text('run'),
            ...text('if'),
            with: strings(step['with']),
            env: strings(step['env']),
          };
        }),
      };
    }),
  };
}
