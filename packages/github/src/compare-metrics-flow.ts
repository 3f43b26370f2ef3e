import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { compareMetrics, loadComparisonSetup, UserError } from '@mlgate/engine';
import type { ComparisonReport, ExitCode, MetricComparison } from '@mlgate/engine';
import type { BaselineSaveResult } from './baseline/baseline-store.js';
import { openBaselineStore, parseBaselineSpec } from './baseline/open-baseline-store.js';
import type { CheckAnnotation, CheckRunResult } from './check-run.js';
import { publishCheckRun } from './check-run.js';
import { renderComparisonSummary } from './compare-metrics-summary.js';
import { checkConclusion, gateExitCode } from './comparison-gate.js';
import type { FailOn } from './comparison-gate.js';
import { readDataFingerprints } from './data-fingerprints.js';
import type { EventContext } from './event-subject.js';
import { isPushToDefaultBranch, subjectOf } from './event-subject.js';
import { createGitHubClient } from './github-client.js';
import type { GitHubClient } from './github-client.js';
import { writeStepSummary } from './step-summary.js';
import { emitAnnotations } from './workflow-annotations.js';
import type { WorkflowAnnotation } from './workflow-annotations.js';

/** What compare-metrics (and the root action) asks for; unset fields fall back to mlgate.yml, then defaults. */
export interface CompareMetricsRequest {
  readonly workspace: string;
  readonly context: EventContext;
  /** Metrics files or globs; empty: `metrics.files` from the config. */
  readonly metrics: readonly string[];
  /** A config the user named (must exist); unset: `mlgate.yml` when present. */
  readonly configFile?: string;
  /** `cache` | `release` | `git:<ref>` | `file:<path>`; unset: the config's `baseline.source`, else `cache`. */
  readonly baseline?: string;
  readonly baselineName?: string;
  readonly requireBaseline?: boolean;
  readonly failOn: FailOn;
  /** The check run is `mlgate / <checkName>`. */
  readonly checkName: string;
  /** A validate-data report whose fingerprints are saved with the baseline. */
  readonly dataReport?: string;
  /** Without one there is no check run and no `release` baseline. */
  readonly token?: string;
  /** Where the JSON report is written. */
  readonly reportDir: string;
  /** Default true. The root action leaves the job summary to the combined report instead. */
  readonly writeSummary?: boolean;
  /** Annotations this step may print; default all the runner shows. The root action shares them out. */
  readonly annotationCap?: number;
}

export interface CompareMetricsOutcome {
  readonly report: ComparisonReport;
  readonly reportPath: string;
  /** Metrics that broke a rule: `fail` plus `warn`. */
  readonly regressions: number;
  readonly exitCode: ExitCode;
  readonly check: CheckRunResult;
  /** Present when this run tried to keep its metrics as the next baseline. */
  readonly saved?: BaselineSaveResult;
}

const CHECK_PREFIX = 'mlgate / ';

function fileName(checkName: string): string {
  return `comparison-${checkName.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`;
}

/** A path the check run and the log can point at: relative to the repository root, or nothing. */
function repositoryPath(workspace: string, file: string): string | undefined {
  const relative = path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join('/');
  return relative === '' || relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative;
}

function brokenRules(report: ComparisonReport): MetricComparison[] {
  return report.metrics.filter((row) => row.verdict === 'fail' || row.verdict === 'warn');
}

function workflowAnnotations(report: ComparisonReport, workspace: string): WorkflowAnnotation[] {
  const annotations: WorkflowAnnotation[] = brokenRules(report).map((row) => {
    const file = row.source ? repositoryPath(workspace, row.source.file) : undefined;
    return {
      level: row.verdict === 'fail' ? 'error' : 'warning',
      title: `${row.name}: ${row.verdict}`,
      message: row.reason,
      ...(file !== undefined ? { file } : {}),
      ...(file !== undefined && row.source?.line !== undefined ? { line: row.source.line } : {}),
    };
  });
  for (const warning of report.warnings) {
    const file = warning.location ? repositoryPath(workspace, warning.location.file) : undefined;
    annotations.push({
      level: 'warning',
      message: warning.message,
      ...(file !== undefined ? { file } : {}),
      ...(file !== undefined && warning.location?.line !== undefined ? { line: warning.location.line } : {}),
    });
  }
  return annotations;
}

function checkAnnotations(report: ComparisonReport, workspace: string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const row of brokenRules(report)) {
    const file = row.source ? repositoryPath(workspace, row.source.file) : undefined;
    if (file === undefined) continue;
    annotations.push({
      path: file,
      startLine: row.source?.line ?? 1,
      level: row.verdict === 'fail' ? 'failure' : 'warning',
      title: `${row.name}: ${row.verdict}`,
      message: row.reason,
    });
  }
  return annotations;
}

/**
 * compare-metrics from inputs to verdict: the current metrics under the policy, the baseline from its store,
 * the report file, the job summary, annotations, the check run, and (on a push to the default branch) the
 * current metrics kept as the next baseline. Returns the exit code `fail-on` calls for.
 */
export async function runCompareMetrics(request: CompareMetricsRequest): Promise<CompareMetricsOutcome> {
  const { workspace, context } = request;
  const setup = await loadComparisonSetup({
    cwd: workspace,
    ...(request.configFile !== undefined ? { configFile: request.configFile } : {}),
    metrics: request.metrics,
    metricsLabel: "input 'metrics'",
  });
  const spec =
    request.baseline !== undefined
      ? parseBaselineSpec(request.baseline, "input 'baseline'")
      : (setup.config?.baseline.source ?? { kind: 'cache' });
  const data =
    request.dataReport !== undefined ? await readDataFingerprints(request.dataReport, workspace) : undefined;

  let client: GitHubClient | undefined;
  const githubClient = (): GitHubClient => {
    if (request.token === undefined) throw new UserError("baseline 'release' needs a token (input 'token')");
    client ??= createGitHubClient({ token: request.token });
    return client;
  };
  const store = openBaselineStore(spec, {
    workspace,
    name: request.baselineName ?? setup.config?.baseline.name ?? 'default',
    context,
    currentFiles: setup.currentFiles,
    namespace: setup.namespace,
    client: githubClient,
  });
  const baseline = await store.restore();
  const report = compareMetrics({
    current: setup.current,
    currentFiles: setup.currentFiles,
    baseline,
    policy: setup.policy,
    subject: subjectOf(context),
    requireBaseline: request.requireBaseline ?? setup.config?.baseline.require ?? false,
  });

  await mkdir(request.reportDir, { recursive: true });
  const reportPath = path.join(request.reportDir, fileName(request.checkName));
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  // Saved after the comparison, so a push is measured against the baseline before it, not against itself.
  const saved =
    store.save !== undefined && isPushToDefaultBranch(context)
      ? await store.save({ metrics: setup.current, ...(data !== undefined ? { data } : {}) })
      : undefined;

  const name = `${CHECK_PREFIX}${request.checkName}`;
  const summary = renderComparisonSummary(report, name);
  if (request.writeSummary !== false) await writeStepSummary(summary);
  emitAnnotations(
    workflowAnnotations(report, workspace),
    request.annotationCap !== undefined ? { cap: request.annotationCap } : {},
  );

  let check: CheckRunResult;
  const headSha = report.subject.sha;
  if (request.token === undefined || headSha === undefined) {
    check = { created: false, reason: 'no token: no check run' };
    core.info(`No check run '${name}': no token was given`);
  } else {
    check = await publishCheckRun(githubClient(), {
      owner: context.repo.owner,
      repo: context.repo.repo,
      name,
      headSha,
      conclusion: checkConclusion(report.verdict, request.failOn),
      title: report.verdictReason,
      summary,
      annotations: checkAnnotations(report, workspace),
    });
  }

  return {
    report,
    reportPath,
    regressions: report.summary.fail + report.summary.warn,
    exitCode: gateExitCode(report.verdict, request.failOn),
    check,
    ...(saved !== undefined ? { saved } : {}),
  };
}
