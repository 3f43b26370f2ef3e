import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ExitCode,
  NAMESPACE_MODES,
  UserError,
  compareMetrics,
  loadComparisonSetup,
  loadMetricsFiles,
  readBaselineFile,
  renderComparisonTable,
  renderComparisonText,
} from '@mlgate/engine';
import type { BaselineMetrics, NamespaceMode } from '@mlgate/engine';
import type { CliCommand } from '../cli-io.js';

const USAGE = `usage: mlgate compare --current <files…> [--baseline <files…>] [--policy mlgate.yml] [--json | --markdown]

Compares metrics files with a baseline under the policy in mlgate.yml (metrics: section).

options:
  --current <files…>     metrics files of this run (JSON, YAML, CSV, TSV); default: metrics.files in the config
  --baseline <files…>    the baseline: a metrics file or an mlgate/baseline@1 snapshot; none gives 'no-baseline'
  --policy <file>        the config with the policy; default: ./mlgate.yml when it exists, else the built-in rule
  --namespace <mode>     auto | stem | none: how metrics from several files are named (default: the config's, auto)
  --require-baseline     no baseline fails instead of giving the neutral 'no-baseline'
  --report <file>        also write the JSON report to this file
  --json                 print the JSON report (verdict, metrics[] with name, baseline, current, delta, verdict)
  --markdown             print a Markdown table

exit status: 0 pass, warn or no-baseline; 1 a metric failed; 2 bad input or config
`;

interface CompareArgs {
  readonly current: readonly string[];
  readonly baseline: readonly string[];
  readonly policy?: string;
  readonly namespace?: NamespaceMode;
  readonly requireBaseline: boolean;
  readonly report?: string;
  readonly format: 'text' | 'json' | 'markdown';
  readonly help: boolean;
}

/** `--current a.json b.json --baseline base.json`: a list option takes every argument up to the next option. */
export function parseCompareArgs(args: readonly string[]): CompareArgs {
  const lists: Record<'current' | 'baseline', string[]> = { current: [], baseline: [] };
  const values: Partial<Record<'policy' | 'namespace' | 'report', string>> = {};
  let format: CompareArgs['format'] = 'text';
  let requireBaseline = false;
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    switch (flag) {
      case '--current':
      case '--baseline': {
        const list = lists[flag.slice(2) as 'current' | 'baseline'];
        if (inline !== undefined) list.push(inline);
        while (index + 1 < args.length && !args[index + 1]!.startsWith('--')) list.push(args[++index]!);
        if (list.length === 0) throw new UserError(`${flag} needs at least one file`);
        break;
      }
      case '--policy':
      case '--namespace':
      case '--report': {
        const value = inline ?? args[++index];
        if (value === undefined || value.startsWith('--')) throw new UserError(`${flag} needs a value`);
        values[flag.slice(2) as 'policy' | 'namespace' | 'report'] = value;
        break;
      }
      case '--json':
      case '--markdown':
        if (format !== 'text') throw new UserError('choose one of --json and --markdown');
        format = flag === '--json' ? 'json' : 'markdown';
        break;
      case '--require-baseline':
        requireBaseline = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new UserError(`unknown argument '${arg}' (see mlgate compare --help)`);
    }
  }
  const namespace = values.namespace;
  if (namespace !== undefined && !NAMESPACE_MODES.includes(namespace as NamespaceMode)) {
    throw new UserError(`--namespace must be one of ${NAMESPACE_MODES.join(', ')}`);
  }
  return {
    current: lists.current,
    baseline: lists.baseline,
    ...(values.policy !== undefined ? { policy: values.policy } : {}),
    ...(namespace !== undefined ? { namespace: namespace as NamespaceMode } : {}),
    requireBaseline,
    ...(values.report !== undefined ? { report: values.report } : {}),
    format,
    help,
  };
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'compare metrics with a baseline under a policy',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCompareArgs(argv);
    if (args.help) {
      io.stdout(USAGE);
      return ExitCode.passed;
    }
    const { config, policy, namespace, currentFiles, current } = await loadComparisonSetup({
      cwd: io.cwd,
      ...(args.policy !== undefined ? { configFile: args.policy } : {}),
      metrics: args.current,
      metricsLabel: '--current',
      ...(args.namespace !== undefined ? { namespace: args.namespace } : {}),
    });
    const configBaseline = config?.baseline.source.kind === 'file' ? [config.baseline.source.path] : [];
    const baselineFiles = args.baseline.length > 0 ? args.baseline : configBaseline;
    const baseline = await readBaseline(baselineFiles, io.cwd, namespace);
    const report = compareMetrics({
      current,
      currentFiles,
      baseline,
      policy,
      requireBaseline: args.requireBaseline || (config?.baseline.require ?? false),
    });
    const json =
      args.format === 'json' || args.report !== undefined ? `${JSON.stringify(report, null, 2)}\n` : '';
    if (args.report !== undefined) await writeFile(path.resolve(io.cwd, args.report), json);
    if (args.format === 'json') io.stdout(json);
    else if (args.format === 'markdown') io.stdout(renderComparisonTable(report));
    else io.stdout(renderComparisonText(report));
    return report.verdict === 'fail' ? ExitCode.verdictFailed : ExitCode.passed;
  },
};

async function readBaseline(
  files: readonly string[],
  cwd: string,
  namespace: NamespaceMode,
): Promise<BaselineMetrics> {
  if (files.length === 0)
    return { provenance: { source: 'none', reason: 'no baseline file given' }, metrics: new Map() };
  if (files.length === 1) return readBaselineFile(files[0]!, cwd);
  return {
    provenance: { source: 'file', path: files.join(', ') },
    metrics: await loadMetricsFiles(files, { cwd, namespace }),
  };
}
