import { open } from 'node:fs/promises';
import path from 'node:path';
import {
  DATA_FORMATS,
  DRIFT_METHODS,
  MAX_PROFILE_BYTES,
  UserError,
  commentMarkdown,
  datasetDrift,
  displayPath,
  findConfig,
  gate,
  parseProfile,
  readUserText,
  renderReportText,
  writeReportFile,
} from '@mlgate/engine';
import type { DriftMethodSetting, DriftPolicy, FormatChoice, ProfileSide } from '@mlgate/engine';
import { choiceOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { CONFIG_OPTION } from '../cli-plan.js';
import { OUTPUT_OPTIONS, REPORT_OPTION, outputFormat, reportTarget } from '../output-options.js';
import { dataFiles, profileDataFiles, schemaFor, warnAboutInvalidRows } from '../profile-input.js';

const METHODS = ['auto', ...DRIFT_METHODS] as const;

const SPEC = {
  name: 'drift',
  synopsis: '--baseline <profile.json | data files…> --current <data files…> [options]',
  summary: `Compares the current data's distributions with the baseline's, column by column (kind mlgate/drift@1).
The baseline is a saved profile (mlgate profile --out) or data files; from data on both sides the statistics
equal scipy's, from a profile they stay within the sketch's documented error (docs/drift.md). Methods and
thresholds come from --method, then drift: in mlgate.yml, then Evidently's defaults (auto).`,
  options: {
    baseline: {
      type: 'string',
      value: '<files>',
      list: true,
      description: 'a profile (.json) or data files',
    },
    current: { type: 'string', value: '<files>', list: true, description: 'the data files to judge' },
    schema: {
      type: 'string',
      value: '<file>',
      description:
        'Table Schema or JSON Schema for both sides (default: inferred from the first current file)',
    },
    config: CONFIG_OPTION,
    method: {
      type: 'string',
      value: '<method>',
      description: `${METHODS.join(' | ')} for every column (default: drift.method in mlgate.yml, else auto)`,
    },
    threshold: {
      type: 'string',
      value: '<x>',
      description: 'the threshold for every column: a p-value for tests, a distance otherwise',
    },
    format: {
      type: 'string',
      value: '<format>',
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(', ')}`,
    },
    report: REPORT_OPTION,
    ...OUTPUT_OPTIONS,
  },
  epilog:
    'exit status: 0 no drift; 1 a column drifted beyond its threshold; 2 bad usage, config or input; 3 internal error',
} as const satisfies CommandSpec;

const PROFILE_MARKER = /^\s*\{\s*"kind"\s*:\s*"mlgate\/profile@1"/;

/** A saved profile starts with its kind (mlgate writes it first); anything else is data. */
async function isProfileFile(file: string): Promise<boolean> {
  if (!file.toLowerCase().endsWith('.json')) return false;
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return false;
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return PROFILE_MARKER.test(head.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

function thresholdOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (value.trim() === '' || !Number.isFinite(threshold) || threshold < 0) {
    throw new UserError(`--threshold must be a number of at least 0, got ${JSON.stringify(value)}`);
  }
  return threshold;
}

async function run({ values }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  const output = outputFormat(values);
  const format = choiceOption<FormatChoice>('format', values.format, ['auto', ...DATA_FORMATS]) ?? 'auto';
  const method = choiceOption<DriftMethodSetting>('method', values.method, METHODS);
  const threshold = thresholdOption(values.threshold);
  const baselineArgs = values.baseline;
  if (baselineArgs.length === 0) throw new UserError('give --baseline <profile.json | data files…>');
  if (values.current.length === 0) throw new UserError('give --current <data files…>');
  const target = await reportTarget(io.cwd, values.report, [...baselineArgs, ...values.current]);
  const config = await findConfig(io.cwd, values.config);
  const policy: DriftPolicy = {
    ...config?.drift,
    ...(method !== undefined ? { method, source: '--method' } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
  };

  const current = await dataFiles(io, values.current, '--current');
  const schema = await schemaFor(io, values.schema, current[0]!, format);
  const first = path.resolve(io.cwd, baselineArgs[0]!);
  const fromProfile = baselineArgs.length === 1 && (await isProfileFile(first));
  let baseline: ProfileSide;
  if (fromProfile) {
    const shownAs = displayPath(io.cwd, baselineArgs[0]!);
    const text = await readUserText(first, { what: 'profile', shownAs, maxBytes: MAX_PROFILE_BYTES });
    baseline = { profile: parseProfile(text, shownAs) };
  } else {
    const profiled = await profileDataFiles(io, {
      files: baselineArgs,
      from: '--baseline',
      schema,
      format,
      mode: 'exact',
    });
    warnAboutInvalidRows(io, profiled, 'baseline');
    baseline = {
      profile: profiled.profile.document,
      ...(profiled.profile.raw ? { raw: profiled.profile.raw } : {}),
    };
  }
  // Raw values help only when the baseline has them too; against a profile the current side is sketched.
  const profiled = await profileDataFiles(io, {
    files: values.current,
    from: '--current',
    schema,
    format,
    mode: fromProfile ? 'sketch' : 'exact',
  });
  warnAboutInvalidRows(io, profiled, 'current');
  const report = datasetDrift(
    baseline,
    { profile: profiled.profile.document, ...(profiled.profile.raw ? { raw: profiled.profile.raw } : {}) },
    {
      policy,
      subject: {},
      createdAt: new Date().toISOString(),
      baselineSource: fromProfile ? displayPath(io.cwd, baselineArgs[0]!) : baselineArgs.join(' '),
      currentFiles: current.map((file) => file.displayPath),
      dataset: profiled.profile.document.dataset,
    },
  );
  if (target !== undefined) await writeReportFile(path.dirname(target), path.basename(target), report);
  if (output === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === 'markdown') io.stdout(commentMarkdown([report], { now: new Date() }));
  else io.stdout(renderReportText([report], gate([report], 'fail')));
  // The contract: 1 when any column drifted, whatever severity the gate would give it.
  return report.driftedColumns.length > 0 ? 1 : 0;
}

export const driftCommand = defineCommand(
  SPEC,
  "compares the current data's distributions with a baseline profile or data (kind mlgate/drift@1)",
  run,
);
