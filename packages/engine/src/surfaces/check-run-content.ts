import { UserError } from '../user-error.js';
import type { CheckConclusion, GateResult } from '../gate/gate.js';
import type { Finding } from '../render/finding.js';
import { viewOf } from '../render/report-views.js';
import { capText, terminalText } from '../render/untrusted-text.js';
import { verdictWord } from '../render/verdict-display.js';
import type { MlgateReport } from '../report/report-file.js';
import { repositoryPath } from './repository-path.js';
import { checkRunMarkdown } from './surface-markdown.js';
import type { SurfaceOptions } from './surface-markdown.js';

/** Every mlgate check run is `mlgate / <check-name>`: the name branch protection requires, and publish-model looks for. */
export const CHECK_NAME_PREFIX = 'mlgate / ';

/**
 * A `check-name` as given: one line of at most 100 characters, since it becomes the check run's name that
 * branch protection must match exactly (a control character or a name cut by GitHub never would).
 */
export function checkCheckName(checkName: string, where: string): string {
  if (checkName === '' || checkName.length > 100 || /[\p{Cc}\p{Cf}]/u.test(checkName)) {
    throw new UserError(`${where} must be one line of 1 to 100 characters without control characters`);
  }
  return checkName;
}

/** The check run's full name for a `check-name`. */
export function checkRunName(checkName: string): string {
  return `${CHECK_NAME_PREFIX}${checkName}`;
}

export interface CheckAnnotation {
  readonly path: string;
  readonly startLine: number;
  readonly level: 'notice' | 'warning' | 'failure';
  readonly title: string;
  readonly message: string;
}

export interface CheckRunContent {
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
}

/**
 * Annotations a check run carries at most. GitHub takes 50 per request and sets no total, but each 50 is
 * one more request; a report lists its first errors anyway, and the summary has the rest.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;

/** Longest check run title we write: it is one line in the checks list. */
const TITLE_MAX_CHARS = 200;

const LEVEL: Readonly<Record<Finding['level'], CheckAnnotation['level']>> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/**
 * The check run over every report of the run: its conclusion is the gate's, its summary the one renderer's,
 * its annotations every finding that names a file in the repository (data files and metrics files alike; a
 * finding without a line goes on line 1, where the message says which record).
 */
export function checkRunContent(
  reports: readonly MlgateReport[],
  verdict: GateResult,
  workspace: string,
  options: SurfaceOptions = {},
): CheckRunContent {
  const annotations: CheckAnnotation[] = [];
  for (const report of reports) {
    for (const finding of viewOf(report).findings(report).findings) {
      const file = finding.file === undefined ? undefined : repositoryPath(workspace, finding.file);
      if (file === undefined || annotations.length >= MAX_CHECK_ANNOTATIONS) continue;
      annotations.push({
        path: file,
        startLine: finding.line ?? 1,
        level: LEVEL[finding.level],
        title: finding.title,
        message: finding.message,
      });
    }
  }
  const word = verdictWord(
    verdict.verdict,
    verdict.verdict === 'neutral' ? verdict.neutralReason : undefined,
  );
  return {
    conclusion: verdict.conclusion,
    title: terminalText(capText(`${word}: ${verdict.verdictReason}`, TITLE_MAX_CHARS)),
    summary: checkRunMarkdown(reports, options),
    annotations,
  };
}
