import { validateShard } from '@mlgate/engine';
import type { DatasetWork, ReportSubject, ReportWork, Shard, ShardRun } from '@mlgate/engine';

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
): Promise<ShardRun> {
  return validateShard(
    datasets.map((dataset) => ({
      name: dataset.name,
      cwd: request.workspace,
      schema: dataset.schema,
      data: dataset.data,
      dataFrom: dataset.dataFrom,
      format: dataset.format,
      maxErrors: request.report.maxErrors,
      examplesPerColumn: request.report.examplesPerColumn,
    })),
    request.shard,
    request.subject,
  );
}
