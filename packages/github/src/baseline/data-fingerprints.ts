import type { ValidationReport } from '@mlgate/engine';

/** What a baseline keeps of a validation report: enough to tell later which data the metrics came from. */
export interface DataFingerprints {
  readonly kind: ValidationReport['kind'];
  readonly fingerprint: string;
  readonly schemaSha256: string;
  readonly files: readonly { readonly path: string; readonly sha256: string; readonly rows: number }[];
}

export function dataFingerprints(report: ValidationReport): DataFingerprints {
  return {
    kind: report.kind,
    fingerprint: report.fingerprint,
    schemaSha256: report.schema.sha256,
    files: report.files.map((file) => ({ path: file.path, sha256: file.sha256, rows: file.rows })),
  };
}
