import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  commentMarkdown,
  gate,
  mergePartials,
  readPartialFile,
  renderReportText,
  reportFileName,
  UserError,
  writeFileAtomically,
  writeReportFile,
} from '@mlgate/engine';
import type { ProfileDocument } from '@mlgate/engine';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import {
  FAIL_ON_OPTION,
  failOnOption,
  outputFolder,
  outputFormat,
  OUTPUT_OPTIONS,
  REPORT_OPTION,
  reportTarget,
} from '../output-options.js';

const SPEC = {
  name: 'merge',
  synopsis: '<partials…> [options]',
  summary: `Merges the partials of a run split across jobs (mlgate validate --shard k/n --partial FILE) into the
reports the whole run would have given, and judges them as mlgate validate does.`,
  positionals: '<partials…>',
  options: {
    'fail-on': FAIL_ON_OPTION,
    report: { ...REPORT_OPTION, description: 'also write the JSON report to this file (one dataset)' },
    'report-dir': {
      type: 'string',
      value: '<dir>',
      description: 'write one JSON report per dataset here, as validation-<dataset>.json',
    },
    profile: {
      type: 'string',
      value: '<file>',
      description:
        "write the data's profile (mlgate/profile@1) here (one dataset; shards run with --profile)",
    },
    'profile-dir': {
      type: 'string',
      value: '<dir>',
      description: 'write one profile per dataset here, as profile-<dataset>.json',
    },
    ...OUTPUT_OPTIONS,
  },
  epilog: `Every shard's partial must be given, each once, all from one run (same shard count, datasets, schemas,
files and mlgate version).

exit status: 0 valid; 1 the data broke the schema; 2 bad usage or partials that do not make one run; 3 internal error`,
} as const satisfies CommandSpec;

async function run({ values, positionals }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  const format = outputFormat(values);
  if (positionals.length === 0) throw new UserError('give the partials to merge (one per shard)');
  const inputs = await Promise.all(positionals.map((file) => readPartialFile(file, { cwd: io.cwd })));
  const merged = mergePartials(inputs, { createdAt: new Date().toISOString() });
  if (values.report !== undefined && merged.length > 1)
    throw new UserError(`--report takes one dataset; the partials hold ${merged.length}: use --report-dir`);
  if (values.profile !== undefined && merged.length > 1)
    throw new UserError(`--profile takes one dataset; the partials hold ${merged.length}: use --profile-dir`);
  if ((values.profile !== undefined || values['profile-dir'] !== undefined) && merged.some((d) => !d.profile))
    throw new UserError(
      'the partials hold no profile: run every shard with mlgate validate --shard … --profile',
    );
  const target = await reportTarget(io.cwd, values.report, positionals);
  const reportDir = await outputFolder(io.cwd, '--report-dir', values['report-dir']);
  const profileTarget = await reportTarget(io.cwd, values.profile, positionals);
  const profileDir = await outputFolder(io.cwd, '--profile-dir', values['profile-dir']);
  const reports = merged.map((dataset) => dataset.report);
  if (target !== undefined) await writeReportFile(path.dirname(target), path.basename(target), reports[0]!);
  if (reportDir !== undefined)
    for (const dataset of merged)
      await writeReportFile(reportDir, reportFileName('validation', dataset.name), dataset.report);
  // As the reports are written: a folder that is not there yet is made (mlgate profile's --out is the model).
  const writeProfile = async (target: string, document: ProfileDocument) => {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomically(target, `${JSON.stringify(document)}\n`);
  };
  if (profileTarget !== undefined) await writeProfile(profileTarget, merged[0]!.profile!.document);
  if (profileDir !== undefined)
    for (const dataset of merged)
      await writeProfile(
        path.join(profileDir, reportFileName('profile', dataset.name)),
        dataset.profile!.document,
      );
  const verdict = gate(reports, failOnOption(values['fail-on']) ?? 'fail');
  if (format === 'json')
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(commentMarkdown(reports, { now: new Date() }));
  else io.stdout(renderReportText(reports, verdict));
  return verdict.exitCode;
}

export const mergeCommand = defineCommand(
  SPEC,
  'merge the partials of a validation split across jobs into the whole run’s reports',
  run,
);
