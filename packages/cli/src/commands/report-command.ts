import {
  UserError,
  isPlainServerUrl,
  commentMarkdown,
  gate,
  readReportFile,
  renderReportText,
  summaryMarkdown,
} from '@mlgate/engine';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { githubWebUrl } from '../github-web-url.js';
import { FAIL_ON_OPTION, failOnOption } from '../output-options.js';

const SPEC = {
  name: 'report',
  synopsis: '<report.json…> [--markdown | --summary] [options]',
  summary:
    "Renders mlgate reports (mlgate/validation@1, comparison@1, evaluation@1, drift@1, schema-diff@1) as the actions show them, and gates on them.\nEach file is checked against its kind's JSON Schema first.",
  positionals: '<report.json…>',
  options: {
    markdown: {
      type: 'boolean',
      description: 'the pull request comment, exactly as mlgate posts it (without its hidden marker line)',
    },
    summary: { type: 'boolean', description: 'the job summary: the full report, up to 1 MiB' },
    'server-url': {
      type: 'string',
      value: '<url>',
      description:
        'where run links point (default: $GITHUB_SERVER_URL, else the host of a GHES $GITHUB_API_URL, else https://github.com)',
    },
    'fail-on': FAIL_ON_OPTION,
  },
  epilog: `Without --markdown or --summary, prints each report for a terminal and the verdict over all of them.

exit status: 0 the verdict passed (or --fail-on lets it through); 1 it failed; 2 a file is not a valid report`,
} as const satisfies CommandSpec;

async function run({ values, positionals }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  if (values.markdown === true && values.summary === true) {
    throw new UserError('choose one of --markdown and --summary');
  }
  if (positionals.length === 0) throw new UserError('give at least one report file');
  const failOn = failOnOption(values['fail-on']) ?? 'fail';
  if (values['server-url'] !== undefined && !isPlainServerUrl(values['server-url'])) {
    throw new UserError(`--server-url must be an http(s) URL, got ${JSON.stringify(values['server-url'])}`);
  }
  const reports = [];
  for (const file of positionals) reports.push((await readReportFile(file, io.cwd)).report);
  // The same clock and server the actions use, so the output matches the comment they post.
  const serverUrl = values['server-url'] ?? githubWebUrl(io.env ?? process.env);
  const options = { now: new Date(), ...(serverUrl !== undefined ? { serverUrl } : {}) };
  const verdict = gate(reports, failOn);
  if (values.markdown === true) io.stdout(commentMarkdown(reports, options));
  else if (values.summary === true) io.stdout(summaryMarkdown(reports, options));
  else io.stdout(renderReportText(reports, verdict));
  return verdict.exitCode;
}

export const reportCommand = defineCommand(
  SPEC,
  'render reports as the PR comment and job summary show them, and gate on them',
  run,
);
