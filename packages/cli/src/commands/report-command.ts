import { ExitCode, UserError, overallOutcome } from '@mlgate/engine';
import type { MlgateReport } from '@mlgate/engine';
import { commentMarkdown, readReportFile, summaryMarkdown } from '@mlgate/github';
import type { CliCommand } from '../cli-io.js';

const USAGE = `usage: mlgate report <report.json…> [--markdown | --summary] [--server-url <url>]

Renders mlgate reports (mlgate/validation@1, mlgate/comparison@1) as the comment action shows them.
Each file is checked against its kind's JSON Schema first.

options:
  --markdown           the pull request comment, exactly as the comment action posts it (without its
                       hidden marker line)
  --summary            the job summary: the full report, up to 1 MiB
  --server-url <url>   where run links point (default: $GITHUB_SERVER_URL, else https://github.com)

Without an option, prints one verdict line per report.

exit status: 0 every report passed (or warned); 1 a report failed; 2 a file is not a valid report
`;

interface ReportArgs {
  readonly files: readonly string[];
  readonly format: 'text' | 'markdown' | 'summary';
  readonly serverUrl?: string;
  readonly help: boolean;
}

function parseReportArgs(args: readonly string[]): ReportArgs {
  const files: string[] = [];
  let format: ReportArgs['format'] = 'text';
  let serverUrl: string | undefined;
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--markdown' || arg === '--summary') {
      if (format !== 'text') throw new UserError('choose one of --markdown and --summary');
      format = arg === '--markdown' ? 'markdown' : 'summary';
    } else if (arg === '--server-url' || arg.startsWith('--server-url=')) {
      serverUrl = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++index];
      if (serverUrl === undefined || serverUrl === '') throw new UserError('--server-url needs a value');
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg.startsWith('--')) {
      throw new UserError(`unknown argument '${arg}' (see mlgate report --help)`);
    } else {
      files.push(arg);
    }
  }
  return { files, format, ...(serverUrl !== undefined ? { serverUrl } : {}), help };
}

function verdictLine(file: string, report: MlgateReport): string {
  if (report.kind === 'mlgate/comparison@1') return `${file}: ${report.verdict} (${report.verdictReason})`;
  return `${file}: ${report.valid ? 'valid' : 'invalid'} (${report.errorCount} errors in ${report.rows} rows)`;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'render reports as the PR comment and job summary show them',
  usage: USAGE,
  async run(argv, io) {
    const args = parseReportArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return ExitCode.passed;
    }
    if (args.files.length === 0) throw new UserError('give at least one report file');
    const files = await Promise.all(args.files.map((file) => readReportFile(file, io.cwd)));
    const reports = files.map((file) => file.report);
    // The same clock and server the action uses, so the output matches the comment it posts.
    const envServer = process.env['GITHUB_SERVER_URL'];
    const serverUrl = args.serverUrl ?? (envServer !== undefined && envServer !== '' ? envServer : undefined);
    const context = { now: new Date(), ...(serverUrl !== undefined ? { serverUrl } : {}) };
    if (args.format === 'markdown') io.stdout(commentMarkdown(reports, context));
    else if (args.format === 'summary') io.stdout(summaryMarkdown(reports, context));
    else io.stdout(`${files.map(({ file, report }) => verdictLine(file, report)).join('\n')}\n`);
    return overallOutcome(reports) === 'fail' ? ExitCode.verdictFailed : ExitCode.passed;
  },
};
