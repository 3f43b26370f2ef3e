import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { DATA_FORMATS, findConfig } from '@mlgate/engine';
import type { FormatChoice } from '@mlgate/engine';
import {
  DATA_FAIL_ON,
  choiceInput,
  integerInput,
  listInput,
  runAction,
  runValidateData,
  stringInput,
} from '@mlgate/github';

await runAction(async () => {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const configInput = stringInput('config');
  const schema = stringInput('schema');
  // The default config is optional; one the workflow names must exist.
  const config = await findConfig(workspace, configInput !== 'mlgate.yml' ? configInput : undefined);
  const outcome = await runValidateData({
    workspace,
    context,
    ...(schema !== undefined ? { schema } : {}),
    data: listInput('data'),
    format: choiceInput<FormatChoice>('format', ['auto', ...DATA_FORMATS], 'auto'),
    ...(config !== undefined ? { config } : {}),
    maxErrors: integerInput('max-errors', 100, { min: 0 }),
    failOn: choiceInput('fail-on', DATA_FAIL_ON, 'error'),
    reportDir: stringInput('report-dir') ?? path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'mlgate'),
    ...(process.env['GITHUB_SERVER_URL'] !== undefined
      ? { serverUrl: process.env['GITHUB_SERVER_URL'] }
      : {}),
  });
  core.setOutput('valid', String(outcome.valid));
  core.setOutput('error-count', String(outcome.errorCount));
  core.setOutput('rows', String(outcome.rows));
  core.setOutput('report', outcome.datasets.map((d) => d.reportPath).join('\n'));
  core.setOutput('fingerprint', outcome.datasets.map((d) => d.report.fingerprint).join('\n'));
  core.info(
    `validate-data: ${outcome.valid ? 'valid' : 'invalid'}, ${outcome.rows} rows, ${outcome.errorCount} errors`,
  );
  return outcome.exitCode;
});
