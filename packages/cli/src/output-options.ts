import { stat } from 'node:fs/promises';
import path from 'node:path';
import { FAIL_ON, RENAMED_FAIL_ON, UserError } from '@mlgate/engine';
import type { FailOn } from '@mlgate/engine';
import { choiceOption } from './argument-parser.js';

/** The options every gating command shares, worded once. */
export const FAIL_ON_OPTION = {
  type: 'string',
  value: '<verdict>',
  description: `${FAIL_ON.join(' | ')}: which verdict exits 1 (default fail; warn also fails on warnings; never only reports)`,
} as const;

/** `--fail-on`, with the value validate-data once took refused under its new name. */
export function failOnOption(value: string | undefined): FailOn | undefined {
  return choiceOption('fail-on', value, FAIL_ON, RENAMED_FAIL_ON);
}

export const REPORT_OPTION = {
  type: 'string',
  value: '<file>',
  description: 'also write the JSON report to this file',
} as const;

export const OUTPUT_OPTIONS = {
  json: { type: 'boolean', description: 'print the JSON report' },
  markdown: { type: 'boolean', description: 'print the pull request comment mlgate posts for it' },
} as const;

export type OutputFormat = 'text' | 'json' | 'markdown';

export function outputFormat(values: { readonly json?: boolean; readonly markdown?: boolean }): OutputFormat {
  if (values.json === true && values.markdown === true)
    throw new UserError('choose one of --json and --markdown');
  return values.json === true ? 'json' : values.markdown === true ? 'markdown' : 'text';
}

/**
 * Where an output flag (`--report`, `--output`) writes, checked before any work: its folder must exist, it
 * must not be a folder, and it must not be one of the command's own input files (writing it would destroy
 * what was just read).
 */
export async function outputTarget(
  cwd: string,
  flag: string,
  file: string | undefined,
  inputs: readonly string[],
): Promise<string | undefined> {
  if (file === undefined) return undefined;
  const target = path.resolve(cwd, file);
  const folder = await stat(path.dirname(target)).catch(() => undefined);
  if (folder === undefined || !folder.isDirectory()) {
    throw new UserError(`${flag} ${file}: the folder ${path.dirname(file) || '.'} does not exist`);
  }
  if ((await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new UserError(`${flag} ${file} is a folder; give a file name`);
  }
  if (inputs.some((input) => path.resolve(cwd, input) === target)) {
    throw new UserError(`${flag} ${file} is one of the input files; it would be overwritten`);
  }
  return target;
}

/** `--report`: see outputTarget. */
export function reportTarget(
  cwd: string,
  report: string | undefined,
  inputs: readonly string[],
): Promise<string | undefined> {
  return outputTarget(cwd, '--report', report, inputs);
}

/**
 * Where an output folder flag (`--report-dir`) writes, checked before any work: a file of that name is
 * refused; a folder that does not exist yet is made, with its parents, when the reports are written.
 */
export async function outputFolder(
  cwd: string,
  flag: string,
  dir: string | undefined,
): Promise<string | undefined> {
  if (dir === undefined) return undefined;
  const target = path.resolve(cwd, dir);
  const found = await stat(target).catch(() => undefined);
  if (found !== undefined && !found.isDirectory()) {
    throw new UserError(`${flag} ${dir} is a file, not a folder`);
  }
  let parent = path.dirname(target);
  while (found === undefined) {
    const above = await stat(parent).catch(() => undefined);
    if (above !== undefined) {
      if (!above.isDirectory())
        throw new UserError(
          `${flag} ${dir}: ${path.relative(cwd, parent) || parent} is a file, not a folder`,
        );
      break;
    }
    if (path.dirname(parent) === parent) break;
    parent = path.dirname(parent);
  }
  return target;
}
