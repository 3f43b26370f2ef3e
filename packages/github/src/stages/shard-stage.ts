import { MLGATE_VERSION, VALIDATION_PARTIAL_KIND, validateDatasetShard } from '@mlgate/engine';
import type { DatasetWork, ReportSubject, ReportWork, Shard, ValidationPartial } from '@mlgate/engine';

export interface ShardStageRequest {
  readonly workspace: string;
  readonly subject: ReportSubject;
  readonly report: Pick<ReportWork, 'maxErrors' | 'examplesPerColumn'>;
  readonly shard: Shard;
}

/**
 * One shard of the validation stage: each planned dataset's files resolved as the whole run resolves them,
 * this shard's validated (as `mlgate validate --shard` does), in one partial for the merge.
 */
export async function runShardStage(
  datasets: readonly DatasetWork[],
  request: ShardStageRequest,
): Promise<ValidationPartial> {
  const partials = [];
  for (const dataset of datasets) {
    partials.push(
      await validateDatasetShard(
        {
          name: dataset.name,
          cwd: request.workspace,
          schema: dataset.schema,
          data: dataset.data,
          dataFrom: dataset.dataFrom,
          format: dataset.format,
          maxErrors: request.report.maxErrors,
          examplesPerColumn: request.report.examplesPerColumn,
        },
        request.shard,
      ),
    );
  }
  return {
    kind: VALIDATION_PARTIAL_KIND,
    mlgateVersion: MLGATE_VERSION,
    shard: request.shard,
    subject: request.subject,
    datasets: partials,
  };
}
