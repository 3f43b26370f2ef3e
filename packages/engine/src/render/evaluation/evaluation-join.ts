import type { EvaluationJoin } from '../../evaluate/report/evaluation-report.js';
import type { UnmatchedIds } from '../../significance/id-join.js';
import { groupDigits } from '../../count-words.js';

function unmatched(ids: UnmatchedIds, what: string): string {
  if (ids.count === 0) return '';
  const shown = ids.first.map((id) => JSON.stringify(id)).join(', ');
  const rest = ids.count > ids.first.length ? `, …` : '';
  return `; ${groupDigits(ids.count)} ${what} (${shown}${rest})`;
}

/** How the two files were paired, unescaped (each surface escapes it): `1,000 ids matched; 3 …`. */
export function joinLine(join: EvaluationJoin): string {
  return (
    `${groupDigits(join.matched)} ids matched` +
    unmatched(join.missing, 'baseline ids missing from the current predictions') +
    unmatched(join.extra, 'current ids not in the baseline')
  );
}
