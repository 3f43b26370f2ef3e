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

/**
 * Prints annotations as workflow commands, at most `cap` of them; past the cap one more annotation says how
 * many were left out, since the runner would silently drop all but the first ten of each kind anyway.
 */
export function emitAnnotations(
  annotations: readonly WorkflowAnnotation[],
  cap = GitHubLimits.runnerAnnotationsPerKindPerStep,
): number {
  const shown = annotations.slice(0, cap);
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
  const hidden = annotations.length - shown.length;
  if (hidden > 0) {
    const level = annotations.slice(cap).some((a) => a.level === 'error') ? 'error' : 'warning';
    const message = `${hidden} more problem${hidden === 1 ? '' : 's'} not shown as annotations; see the job summary and the JSON report`;
    if (level === 'error') core.error(message);
    else core.warning(message);
  }
  return shown.length;
}
