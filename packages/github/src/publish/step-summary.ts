import { appendFile } from 'node:fs/promises';
import { GitHubLimits } from '@mlgate/engine';

/**
 * Appends markdown to the job summary, cut to what the runner accepts: a step whose summary file passes
 * 1 MiB gets none at all, so losing the tail is the better failure. Does nothing outside Actions.
 */
export async function writeStepSummary(
  markdown: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (file === undefined || file === '') return false;
  await appendFile(file, fitToBytes(markdown, GitHubLimits.stepSummaryBytes), 'utf8');
  return true;
}

export function fitToBytes(markdown: string, limit: number): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown;
  const note =
    '\n\n… the report was cut here to fit the 1 MiB job summary limit; the JSON report has it all.\n';
  const budget = limit - Buffer.byteLength(note, 'utf8');
  // Cut on a line boundary so no table row or HTML tag is left half-open.
  const bytes = Buffer.from(markdown, 'utf8').subarray(0, budget);
  const text = bytes.toString('utf8').replace(/\uFFFD$/, '');
  const lastNewline = text.lastIndexOf('\n');
  return (lastNewline > 0 ? text.slice(0, lastNewline) : text) + note;
}
