import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { DatasetWork, ReportWork, Shard } from '@mlgate/engine';
import { ExitCode, UserError, shardSummary, writePartial } from '@mlgate/engine';
import { subjectOf } from '../event-subject.js';
import { uploadPartialArtifact } from '../publish/partial-artifacts.js';
import { runShardStage } from '../stages/shard-stage.js';
import type { ActionEnvironment } from './action-environment.js';

export interface ShardStep {
  /** The step's name in the log lines: `validate-data`, `mlgate`. */
  readonly step: string;
  readonly datasets: readonly DatasetWork[];
  readonly report: Pick<ReportWork, 'maxErrors' | 'examplesPerColumn'>;
  readonly shard: Shard;
  readonly reportDir: string;
  /** The output naming the partial the step uploaded. */
  readonly partialOutput: string;
}

/**
 * One job of a matrix, for every action with a `shard` input (validate-data and the root action): this
 * shard's files only, its partial written beside where the reports would go and left as the run's artifact
 * `mlgate-partial-<k>-of-<n>`. Whether the data is valid is the merge's to say, over every shard: the step
 * succeeds once the partial is uploaded, with no check run, no comment and no gate.
 */
export async function runShardStep(
  { step, datasets, report, shard, reportDir, partialOutput }: ShardStep,
  { workspace, context }: Pick<ActionEnvironment, 'workspace' | 'context'>,
): Promise<ExitCode> {
  if (datasets.length === 0)
    throw new UserError(
      `shard ${shard.index}/${shard.count}: nothing to validate: a shard validates the datasets of \`datasets:\` in mlgate.yml or of inputs 'schema' and 'data'`,
    );
  const run = await runShardStage(datasets, { workspace, subject: subjectOf(context), report, shard });
  const file = path.join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
  await mkdir(reportDir, { recursive: true });
  // The partial and, when pieces of files have key hashes, its keys file: one artifact holds both.
  const written = await writePartial(file, run);
  const uploaded = await uploadPartialArtifact(written.files, shard);
  core.setOutput(partialOutput, file);
  for (const dataset of written.partial.datasets)
    core.info(
      `${step}: shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${shardSummary(dataset)}`,
    );
  core.info(`${step}: partial uploaded as artifact '${uploaded.name}'; merge-reports judges the whole run`);
  return ExitCode.passed;
}
