import * as core from '@actions/core';
import { GitHubLimits } from './github-limits.js';

export interface WorkflowAnnotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface AnnotationBudget {
  /** Default: what the runner shows per kind and step. */
  readonly cap?: number;
  /**
   * How many problems the annotations stand for, when only some of them were kept (a report lists the first
   * `max-errors`); the closing annotation counts against it. Default: the annotations given.
   */
  readonly total?: number;
}

/**
 * Prints annotations as workflow commands, at most `cap` of them. Past the cap, the last slot goes to one
 * annotation saying how many were left out: the runner shows only the first ten of each kind, so an eleventh
 * would reach the log but never the pull request.
 */
export function emitAnnotations(
  annotations: readonly WorkflowAnnotation[],
  { cap = GitHubLimits.runnerAnnotationsPerKindPerStep, total = annotations.length }: AnnotationBudget = {},
): number {
  const count = Math.max(total, annotations.length);
  const shown = annotations.slice(0, count > cap ? cap - 1 : cap);
  for (const a of shown) {
    const properties: core.AnnotationProperties = {
      ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.line !== undefined ? { startLine: a.line } : {}),
      ...(a.column !== undefined ? { startColumn: a.column } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  const hidden = count - shown.length;
  if (hidden > 0) {
    // Problems the caller counted but did not pass are of unknown level: an error is the safer reading.
    const anError =
      total > annotations.length || annotations.slice(shown.length).some((a) => a.level === 'error');
    const message = `${hidden} more problem${hidden === 1 ? '' : 's'} not shown as annotations; see the job summary and the JSON report`;
    if (anError) core.error(message);
    else core.warning(message);
  }
  return shown.length;
}
