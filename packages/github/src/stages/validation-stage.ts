import { reportFileName, validateDataset, writeReportFile } from '@mlgate/engine';
import type { DatasetWork, ReportFile, ReportSubject, ReportWork, ValidationReport } from '@mlgate/engine';

/** A validation report and where the stage wrote it. */
export type ValidationFile = ReportFile & { readonly report: ValidationReport };

export interface ValidationStageRequest {
  readonly workspace: string;
  readonly subject: ReportSubject;
  readonly reportDir: string;
  readonly report: Pick<ReportWork, 'maxErrors' | 'examplesPerColumn'>;
}

/** Every planned dataset against its schema, one `validation-<dataset>.json` report each. */
export async function runValidationStage(
  datasets: readonly DatasetWork[],
  request: ValidationStageRequest,
): Promise<ValidationFile[]> {
  const files: ValidationFile[] = [];
  for (const dataset of datasets) {
    const report = await validateDataset({
      cwd: request.workspace,
      schema: dataset.schema,
      data: dataset.data,
      dataFrom: dataset.dataFrom,
      format: dataset.format,
      maxErrors: request.report.maxErrors,
      examplesPerColumn: request.report.examplesPerColumn,
      subject: request.subject,
    });
    const file = await writeReportFile(request.reportDir, reportFileName('validation', dataset.name), report);
    files.push({ file, report });
  }
  return files;
}
