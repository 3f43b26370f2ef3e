import * as core from '@actions/core';
import type { Finding } from '@mlgate/engine';

/** Prints findings as workflow commands (`::error file=…,line=…::message`), which the runner turns into annotations. */
export function emitAnnotations(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const properties: core.AnnotationProperties = {
      title: finding.title,
      ...(finding.file !== undefined ? { file: finding.file } : {}),
      ...(finding.line !== undefined ? { startLine: finding.line } : {}),
      ...(finding.column !== undefined ? { startColumn: finding.column } : {}),
    };
    if (finding.level === 'error') core.error(finding.message, properties);
    else if (finding.level === 'warning') core.warning(finding.message, properties);
    else core.notice(finding.message, properties);
  }
}
