import { reportFileName, validateAndProfileDataset, writeReportFile } from '@mlgate/engine';
import type {
  DatasetProfile,
  DatasetWork,
  ReportFile,
  ReportSubject,
  ReportWork,
  ValidationReport,
} from '@mlgate/engine';

/** A validation report and where the stage wrote it, with the dataset's profile when the run profiles. */
export type ValidationFile = ReportFile & {
  readonly report: ValidationReport;
  readonly dataset: string;
  readonly profile?: DatasetProfile;
};

export interface ValidationStageRequest {
  readonly workspace: string;
  readonly subject: ReportSubject;
  readonly reportDir: string;
  readonly report: Pick<ReportWork, 'maxErrors' | 'examplesPerColumn'>;
  /** Profile each dataset in the same pass (the plan has drift work). */
  readonly profile?: boolean;
}

/** Every planned dataset against its schema, one `validation-<dataset>.json` report each. */
export async function runValidationStage(
  datasets: readonly DatasetWork[],
  request: ValidationStageRequest,
): Promise<ValidationFile[]> {
  const files: ValidationFile[] = [];
  for (const dataset of datasets) {
    const { report, profile } = await validateAndProfileDataset(
      {
        cwd: request.workspace,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: request.report.maxErrors,
        examplesPerColumn: request.report.examplesPerColumn,
        subject: request.subject,
      },
      request.profile === true ? { mode: 'sketch', dataset: dataset.name } : undefined,
    );
    const file = await writeReportFile(request.reportDir, reportFileName('validation', dataset.name), report);
    files.push({ file, report, dataset: dataset.name, ...(profile !== undefined ? { profile } : {}) });
  }
  return files;
}
