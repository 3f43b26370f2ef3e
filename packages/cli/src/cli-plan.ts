import type { InputNamer, PlanInputs } from '@mlgate/engine';

/** How the plan names the CLI's flags in its messages; what no flag sets is named by its key in mlgate.yml. */
const FLAGS: Readonly<Record<keyof PlanInputs, string>> = {
  schema: '--schema',
  data: 'data files',
  format: '--format',
  maxErrors: '--max-errors',
  metrics: '--current',
  namespace: '--namespace',
  baseline: '--baseline',
  baselineName: 'baseline.name',
  requireBaseline: '--require-baseline',
  failOn: '--fail-on',
  commentId: 'report.comment-id',
  commentMode: 'report.comment-mode',
};

export const cliInputNamer: InputNamer = (input) => FLAGS[input];

/** Options every command that gates shares, so they read the same everywhere. */
export const CONFIG_OPTION = {
  type: 'string',
  value: '<file>',
  description: 'the mlgate config (default: ./mlgate.yml when it exists)',
} as const;
