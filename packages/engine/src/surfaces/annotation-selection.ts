import type { Finding, ReportFindings } from '../render/finding.js';
import { GitHubLimits } from './github-limits.js';

const LEVELS = ['error', 'warning', 'notice'] as const;

/**
 * The workflow annotations one step prints. The runner shows only the first ten of each level, so past
 * that the tenth slot says how many were left out. The slots are shared out report by report in turn, so a
 * flood of data errors cannot hide the metric regressions that fail the same gate.
 */
export function selectAnnotations(
  reports: readonly ReportFindings[],
  cap: number = GitHubLimits.runnerAnnotationsPerKindPerStep,
): Finding[] {
  const selected: Finding[] = [];
  for (const level of LEVELS) {
    const lists = reports.map((report) => report.findings.filter((finding) => finding.level === level));
    // Problems a report counted but did not list (a validation report keeps its first errors) are errors.
    const unlisted =
      level === 'error'
        ? reports.reduce((sum, report) => sum + Math.max(0, report.total - report.findings.length), 0)
        : 0;
    const total = lists.reduce((sum, list) => sum + list.length, unlisted);
    const room = total > cap ? cap - 1 : cap;
    const taken = lists.map(() => 0);
    for (let shown = 0, turn = 0; shown < room && lists.some((list, i) => taken[i]! < list.length); turn++) {
      const i = turn % lists.length;
      if (taken[i]! < lists[i]!.length) {
        taken[i]!++;
        shown++;
      }
    }
    lists.forEach((list, i) => selected.push(...list.slice(0, taken[i])));
    const hidden = total - taken.reduce((sum, n) => sum + n, 0);
    if (hidden > 0) {
      selected.push({
        level,
        title: 'mlgate',
        message: `${hidden} more problem${hidden === 1 ? '' : 's'} not shown as annotations; see the job summary and the JSON report`,
      });
    }
  }
  return selected;
}
