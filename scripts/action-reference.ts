// The parts of an action's documentation that its action.yml already says: what it does, a minimal step,
// its inputs and its outputs, as Markdown (doc-blocks.ts puts them between markers and formats them).
import type { ActionInput, ActionManifest } from '@mlgate/runner-harness';
import { codeSpan, escapeText, markdownTable, tableCell } from './markdown-escape.js';
import { PUBLISHED_REPOSITORY } from './workflow-lint.js';

export const BLOCK_KINDS = ['description', 'usage', 'inputs', 'outputs'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** The tag the examples pin, as the README's and workflows-examples/ do. */
export const PUBLISHED_REF = 'v1';

export class ActionReferenceError extends Error {
  override readonly name = 'ActionReferenceError';
}

/** `actionPath` is the action's directory relative to the repository root, `''` for the root action. */
export function usesReference(actionPath: string): string {
  const suffix = actionPath === '' ? '' : `/${actionPath.split('\\').join('/')}`;
  return `${PUBLISHED_REPOSITORY}${suffix}@${PUBLISHED_REF}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The runner reads `required` as a boolean; anything but `true` leaves the input optional. */
function isRequired(input: ActionInput): boolean {
  return input.required === true;
}

/**
 * A description as Markdown paragraphs. YAML has already folded the lines a paragraph was wrapped over, so a
 * line break left in the value is one its author meant (a blank line in a folded scalar, a line of a literal
 * one): each starts a paragraph.
 */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\s*\n\s*/)
    .map(escapeText)
    .join('\n\n');
}

function whatItDoes(manifest: ActionManifest): string {
  if (typeof manifest.description !== 'string' || manifest.description.trim() === '') {
    throw new ActionReferenceError(`${manifest.file}: 'description' must be a non-empty string`);
  }
  return paragraphs(manifest.description);
}

function usage(manifest: ActionManifest, actionPath: string): string {
  const inputs = Object.entries(manifest.inputs);
  const required = inputs.filter(([, input]) => isRequired(input)).map(([name]) => name);
  const step = `- uses: ${usesReference(actionPath)}`;
  const lines =
    required.length > 0
      ? [step, '  with:', ...required.map((name) => `    ${name}: <${name}>`)]
      : [inputs.length > 0 ? `${step} # every input is optional` : step];
  return ['```yaml', ...lines, '```'].join('\n');
}

/** What the runner passes when the step leaves the input out: `''` shown as such, no default left empty. */
function defaultCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return tableCell(codeSpan(text === '' ? "''" : text));
}

function descriptionCell(description: unknown): string {
  return typeof description === 'string' ? tableCell(escapeText(description)) : '';
}

function inputsTable(manifest: ActionManifest): string {
  const inputs = Object.entries(manifest.inputs);
  if (inputs.length === 0) return 'This action has no inputs.';
  const rows = inputs.map(([name, input]) => {
    const deprecated =
      typeof input.deprecationMessage === 'string'
        ? `**Deprecated:** ${tableCell(escapeText(input.deprecationMessage))}<br>`
        : '';
    return [
      tableCell(codeSpan(name)),
      `${deprecated}${descriptionCell(input.description)}`,
      defaultCell(input.default),
      isRequired(input) ? 'yes' : 'no',
    ];
  });
  return markdownTable(['Input', 'Description', 'Default', 'Required'], rows);
}

function outputsTable(manifest: ActionManifest): string {
  const outputs = Object.entries(manifest.outputs);
  if (outputs.length === 0) return 'This action has no outputs.';
  const rows = outputs.map(([name, output]) => [
    tableCell(codeSpan(name)),
    descriptionCell(isRecord(output) ? output['description'] : undefined),
  ]);
  return markdownTable(['Output', 'Description'], rows);
}

/** One block's Markdown, before formatting. */
export function renderBlock(kind: BlockKind, manifest: ActionManifest, actionPath: string): string {
  switch (kind) {
    case 'description':
      return whatItDoes(manifest);
    case 'usage':
      return usage(manifest, actionPath);
    case 'inputs':
      return inputsTable(manifest);
    case 'outputs':
      return outputsTable(manifest);
  }
}
