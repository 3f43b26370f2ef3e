import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  reportFileName,
  validateAndProfileDataset,
  writeReportFile
} from "./chunk-RBU66TPT.js";

// packages/github/src/stages/validation-stage.ts
async function runValidationStage(datasets, request) {
  const files = [];
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
        subject: request.subject
      },
      request.profile === true ? { mode: "sketch", dataset: dataset.name } : void 0
    );
    const file = await writeReportFile(request.reportDir, reportFileName("validation", dataset.name), report);
    files.push({ file, report, dataset: dataset.name, ...profile !== void 0 ? { profile } : {} });
  }
  return files;
}

export {
  runValidationStage
};
