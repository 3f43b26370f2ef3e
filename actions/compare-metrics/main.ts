import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import {
  FAIL_ON,
  choiceInput,
  listInput,
  optionalBooleanInput,
  requiredStringInput,
  runAction,
  runCompareMetrics,
  stringInput,
} from '@mlgate/github';

await runAction(async () => {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const config = stringInput('config');
  const baseline = stringInput('baseline');
  const baselineName = stringInput('baseline-name');
  const requireBaseline = optionalBooleanInput('require-baseline');
  const dataReport = stringInput('data-report');
  const token = stringInput('token');
  const outcome = await runCompareMetrics({
    workspace,
    context,
    metrics: listInput('metrics'),
    // The default config is optional; one the workflow names must exist.
    ...(config !== undefined && config !== 'mlgate.yml' ? { configFile: config } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    ...(baselineName !== undefined ? { baselineName } : {}),
    ...(requireBaseline !== undefined ? { requireBaseline } : {}),
    failOn: choiceInput('fail-on', FAIL_ON, 'fail'),
    checkName: requiredStringInput('check-name'),
    ...(dataReport !== undefined ? { dataReport } : {}),
    ...(token !== undefined ? { token } : {}),
    reportDir: stringInput('report-dir') ?? path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'mlgate'),
  });
  const { report } = outcome;
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(outcome.regressions));
  core.setOutput('report', outcome.reportPath);
  core.setOutput('baseline-source', report.baseline.source);
  core.setOutput('baseline-sha', report.baseline.source === 'none' ? '' : (report.baseline.commit ?? ''));
  core.info(`compare-metrics: ${report.verdict} (${report.verdictReason})`);
  return outcome.exitCode;
});
