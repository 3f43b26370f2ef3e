import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { DATA_FORMATS, ExitCode, findConfig } from '@mlgate/engine';
import type { FormatChoice } from '@mlgate/engine';
import {
  FAIL_ON,
  GitHubLimits,
  booleanInput,
  choiceInput,
  createGitHubClient,
  listInput,
  optionalBooleanInput,
  requiredStringInput,
  runAction,
  runCommentFlow,
  runCompareMetrics,
  runValidateData,
  stringInput,
} from '@mlgate/github';

// The everyday pull-request flow in one step: each stage is the same flow its sub-action runs, chained
// through the report files they write, then one combined report on every surface.
await runAction(async () => {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const configInput = stringInput('config');
  const configFile = configInput !== undefined && configInput !== 'mlgate.yml' ? configInput : undefined;
  const config = await findConfig(workspace, configFile);
  const token = stringInput('token');
  const failOn = choiceInput('fail-on', FAIL_ON, 'fail');
  const reportDir =
    stringInput('report-dir') ?? path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'mlgate');
  const reports: string[] = [];
  let exitCode: ExitCode = ExitCode.passed;

  const schema = stringInput('schema');
  const data = listInput('data');
  const metrics = listInput('metrics');
  const validating = schema !== undefined || data.length > 0 || (config?.datasets.length ?? 0) > 0;
  const comparing = metrics.length > 0 || (config?.metrics.files.length ?? 0) > 0;
  // One step, so one set of annotations the runner shows (ten per kind): half each when both stages run, so
  // a flood of data errors cannot hide the regressions that fail the gate.
  const annotationCap =
    validating && comparing ? GitHubLimits.runnerAnnotationsPerKindPerStep / 2 : undefined;
  let dataReport: string | undefined;
  if (validating) {
    const validated = await runValidateData({
      workspace,
      context,
      ...(schema !== undefined ? { schema } : {}),
      data,
      format: choiceInput<FormatChoice>('format', ['auto', ...DATA_FORMATS], 'auto'),
      ...(config !== undefined ? { config } : {}),
      maxErrors: 100,
      failOn: failOn === 'never' ? 'never' : 'error',
      reportDir,
      writeSummary: false,
      ...(annotationCap !== undefined ? { annotationCap } : {}),
    });
    reports.push(...validated.datasets.map((dataset) => dataset.reportPath));
    // The baseline keeps the fingerprint of the data the metrics were measured on, for lineage.
    dataReport = validated.datasets[0]?.reportPath;
    core.setOutput('valid', String(validated.valid));
    exitCode = Math.max(exitCode, validated.exitCode) as ExitCode;
  }

  if (comparing) {
    const baseline = stringInput('baseline');
    const baselineName = stringInput('baseline-name');
    const requireBaseline = optionalBooleanInput('require-baseline');
    const compared = await runCompareMetrics({
      workspace,
      context,
      metrics,
      ...(configFile !== undefined ? { configFile } : {}),
      ...(baseline !== undefined ? { baseline } : {}),
      ...(baselineName !== undefined ? { baselineName } : {}),
      ...(requireBaseline !== undefined ? { requireBaseline } : {}),
      failOn,
      checkName: requiredStringInput('check-name'),
      ...(token !== undefined ? { token } : {}),
      ...(dataReport !== undefined ? { dataReport } : {}),
      reportDir,
      writeSummary: false,
      ...(annotationCap !== undefined ? { annotationCap } : {}),
    });
    reports.push(compared.reportPath);
    core.setOutput('regressions', String(compared.regressions));
    exitCode = Math.max(exitCode, compared.exitCode) as ExitCode;
  }

  if (reports.length === 0) {
    core.warning('mlgate: nothing to check: give `data` and `schema` or `metrics`, or configure mlgate.yml');
    core.setOutput('verdict', 'neutral');
    return exitCode;
  }
  core.setOutput('reports', reports.join('\n'));

  if (booleanInput('comment', true) && token !== undefined) {
    const result = await runCommentFlow(
      { context, client: createGitHubClient({ token }), cwd: workspace, env: process.env, now: new Date() },
      {
        reports,
        id: stringInput('comment-id') ?? config?.report.commentId ?? 'mlgate',
        mode: 'upsert',
        commitComment: false,
        fromArtifact: false,
        token,
      },
    );
    if (result.verdict !== undefined) core.setOutput('verdict', result.verdict);
    if (result.commentUrl !== undefined) core.setOutput('comment-url', result.commentUrl);
  }
  return exitCode;
});
