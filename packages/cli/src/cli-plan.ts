import { findConfig } from '@mlgate/engine';
import type { InputNamer, MlgateConfig, PlanInputs } from '@mlgate/engine';

/** How the plan names the CLI's flags in its messages. */
const FLAGS: Readonly<Record<keyof PlanInputs, string>> = {
  schema: '--schema',
  data: 'the data files',
  format: '--format',
  maxErrors: '--max-errors',
  metrics: '--current',
  namespace: '--namespace',
  baseline: '--baseline',
  baselineName: '--baseline-name',
  requireBaseline: '--require-baseline',
  failOn: '--fail-on',
  commentId: '--comment-id',
  commentMode: '--comment-mode',
};

export const cliInputNamer: InputNamer = (input) => FLAGS[input];

/** The config a command runs under: `--config` must exist; without it, ./mlgate.yml when it is there. */
export function loadCliConfig(cwd: string, file: string | undefined): Promise<MlgateConfig | undefined> {
  return findConfig(cwd, file);
}

/** Only the inputs that were given: unset ones fall back to mlgate.yml in the plan. */
export function givenInputs(inputs: {
  readonly [K in keyof PlanInputs]?: PlanInputs[K] | undefined;
}): PlanInputs {
  return Object.fromEntries(
    Object.entries(inputs).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as PlanInputs;
}

/** Options every command that gates shares, so they read the same everywhere. */
export const CONFIG_OPTION = {
  type: 'string',
  value: '<file>',
  description: 'the mlgate config (default: ./mlgate.yml when it exists)',
} as const;
