// The reports a gate run wrote (its `reports` output): the demo reads its verdicts from them as a later
// workflow step or a reviewer would.
import { readFile } from 'node:fs/promises';
import { parseReport, type EvaluatedMetric, type MlgateReport } from '@mlgate/engine';
import type { ActionRun } from '@mlgate/runner-harness';

export interface RunReports {
  readonly reports: readonly MlgateReport[];
  /** A metric of the evaluation of the predictions (`accuracy`, `slice.island=Dream.accuracy`, …). */
  metric(name: string): EvaluatedMetric | undefined;
}

export async function reportsOf(run: ActionRun): Promise<RunReports> {
  const files = (run.outputs['reports'] ?? '').split('\n').filter(Boolean);
  const reports = await Promise.all(
    files.map(async (file) => parseReport(await readFile(file, 'utf8'), file)),
  );
  return {
    reports,
    metric: (name) => {
      for (const report of reports) {
        if (report.kind !== 'mlgate/evaluation@1') continue;
        const found = report.metrics.find((metric) => metric.name === name);
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}
