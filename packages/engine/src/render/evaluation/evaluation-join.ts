import type { EvaluationJoin } from '../../evaluate/report/evaluation-report.js';
import type { UnmatchedIds } from '../../significance/id-join.js';

function unmatched(ids: UnmatchedIds, what: string): string {
  if (ids.count === 0) return '';
  const shown = ids.first.map((id) => JSON.stringify(id)).join(', ');
  const rest = ids.count > ids.first.length ? `, …` : '';
  return `; ${ids.count.toLocaleString('en-US')} ${what} (${shown}${rest})`;
}

/** How the two files were paired, unescaped (each surface escapes it): `1,000 ids matched; 3 …`. */
export function joinLine(join: EvaluationJoin): string {
  return (
    `${join.matched.toLocaleString('en-US')} ids matched` +
    unmatched(join.missing, 'baseline ids missing from the current predictions') +
    unmatched(join.extra, 'current ids not in the baseline')
  );
}
