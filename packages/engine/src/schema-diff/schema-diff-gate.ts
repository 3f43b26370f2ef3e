import type { ReportVerdict } from '../gate/verdict.js';
import { schemaDiffVerdict } from './schema-change.js';
import type { SchemaDiffReport } from './schema-diff.js';
import { countWords as count } from '../count-words.js';

/**
 * The gate's verdict on a schema change, derived from the report so that `mlgate schema diff --json` keeps
 * its own `verdict` (identical | compatible | breaking) and is still a report the gate and the comment read.
 *
 * A breaking change gives `warn`, never `fail`, whatever its impact:
 * - the pull request changed the schema on purpose, and the change is the thing under review;
 * - a `data` break shows where it matters already: the validation report of this run fails on the rows the
 *   new schema refuses, so failing here too would count the same rows twice (and fail a pull request whose
 *   data is fine);
 * - a `consumers` break concerns code mlgate never sees; only a person can say whether it is intended.
 * So the change is shown, flagged and annotated; `fail-on: warn` makes it blocking for those who want that.
 */
export function schemaDiffGateVerdict(report: SchemaDiffReport): ReportVerdict {
  // Judged from the changes, not the report's own `verdict`: a hand-made report (a fork's artifact) cannot
  // list breaking changes under an `identical` headline.
  const { changes } = report;
  switch (schemaDiffVerdict(changes)) {
    case 'identical':
      return { verdict: 'pass', verdictReason: 'schema unchanged in what it checks' };
    case 'compatible':
      return {
        verdict: 'pass',
        verdictReason: `${count(changes.length, 'compatible change')}, none breaks data or consumers`,
      };
    case 'breaking': {
      const data = changes.filter((change) => change.impact === 'data').length;
      const consumers = changes.filter((change) => change.impact === 'consumers').length;
      const parts = [
        data > 0 ? `${count(data, 'change')} breaking data` : undefined,
        consumers > 0 ? `${count(consumers, 'change')} breaking consumers` : undefined,
      ].filter((part) => part !== undefined);
      return { verdict: 'warn', verdictReason: `breaking schema change, ${parts.join(' and ')}` };
    }
  }
}
