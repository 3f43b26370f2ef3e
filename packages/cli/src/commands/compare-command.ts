import path from 'node:path';
import {
  NAMESPACE_MODES,
  UserError,
  commentMarkdown,
  findConfig,
  compareMetrics,
  gate,
  loadCurrentMetrics,
  planRun,
  renderReportText,
  writeReportFile,
} from '@mlgate/engine';
import { choiceOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { isBaselineSpec, restoreCliBaseline } from '../cli-baseline.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { CONFIG_OPTION, cliInputNamer } from '../cli-plan.js';
import {
  FAIL_ON_OPTION,
  failOnOption,
  outputFormat,
  OUTPUT_OPTIONS,
  REPORT_OPTION,
  reportTarget,
} from '../output-options.js';

const SPEC = {
  name: 'compare',
  synopsis: '[--current <files…>] [--baseline <store | files…>] [options]',
  summary:
    'Compares metrics files with a baseline under the policy in mlgate.yml (metrics:), as the compare-metrics action does.',
  options: {
    current: {
      type: 'string',
      list: true,
      value: '<files>',
      description: 'metrics files of this run (JSON, YAML, CSV, TSV); default: metrics.files in the config',
    },
    baseline: {
      type: 'string',
      list: true,
      value: '<store|files>',
      description:
        "git:<ref>, release, file:<path>, or metrics files / an mlgate/baseline@1 snapshot; default: baseline.source in the config ('cache' works only in GitHub Actions)",
    },
    config: CONFIG_OPTION,
    namespace: {
      type: 'string',
      value: '<mode>',
      description: `${NAMESPACE_MODES.join(' | ')}: how metrics from several files are named (default: the config's, auto)`,
    },
    'require-baseline': {
      type: 'boolean',
      description: "no baseline fails instead of giving 'neutral' (no-baseline)",
    },
    'fail-on': FAIL_ON_OPTION,
    report: REPORT_OPTION,
    ...OUTPUT_OPTIONS,
  },
  renamed: { '--policy': '--config' },
  epilog: `--json prints the report: verdict, neutralReason, metrics[] with name, baseline, current, delta, verdict.
environment for --baseline release: GITHUB_TOKEN, GITHUB_REPOSITORY (else the origin remote), GITHUB_API_URL.

exit status: 0 passed (or neutral, or a verdict --fail-on lets through); 1 the verdict failed;
2 bad input, config or environment; 3 internal error`,
} as const satisfies CommandSpec;

async function run({ values }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  const format = outputFormat(values);
  const env = io.env ?? process.env;
  const store =
    values.baseline.length === 1 && isBaselineSpec(values.baseline[0]!) ? values.baseline[0] : undefined;
  const baselineFiles = store === undefined ? values.baseline : [];
  const config = await findConfig(io.cwd, values.config);
  const plan = planRun(
    config,
    {
      metrics: values.current,
      namespace: choiceOption('namespace', values.namespace, NAMESPACE_MODES),
      baseline: store,
      requireBaseline: values['require-baseline'],
      failOn: failOnOption(values['fail-on']),
    },
    cliInputNamer,
  );
  if (plan.metrics === undefined) {
    throw new UserError('--current needs at least one metrics file (or metrics.files in mlgate.yml)');
  }
  const target = await reportTarget(io.cwd, values.report, [...values.current, ...baselineFiles]);
  const current = await loadCurrentMetrics(plan.metrics, io.cwd);
  const baseline = await restoreCliBaseline({
    cwd: io.cwd,
    env,
    work: plan.metrics,
    currentFiles: current.files,
    files: baselineFiles,
    fromFlag: store !== undefined,
    warn: (message) => io.stderr(`mlgate compare: ${message}\n`),
  });
  const report = compareMetrics({
    current: current.metrics,
    currentFiles: current.files,
    baseline,
    policy: plan.metrics.policy,
    requireBaseline: plan.metrics.requireBaseline,
  });
  const verdict = gate([report], plan.failOn);
  if (target !== undefined) await writeReportFile(path.dirname(target), path.basename(target), report);
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(commentMarkdown([report], { now: new Date() }));
  else io.stdout(renderReportText([report], verdict));
  return verdict.exitCode;
}

export const compareCommand = defineCommand(SPEC, 'compare metrics with a baseline under a policy', run);
