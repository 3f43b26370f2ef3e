import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { isMap, isScalar, isSeq, parseDocument, visit, LineCounter } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';

/** The name our own steps are published under: `uses: mlgate/mlgate[/actions/<name>]@<ref>`. */
export const PUBLISHED_REPOSITORY = 'mlgate/mlgate';

export interface LintProblem {
  readonly file: string;
  /** One-based; undefined when the finding is about the whole file. */
  readonly line: number | undefined;
  /** One-based, within `line`. */
  readonly column?: number;
  readonly message: string;
  /** The rule that found it, when the checker names one (actionlint's `expression`, `runner-label`, …). */
  readonly rule?: string;
}

// The runner reads a workflow command up to the end of its line and its properties up to `,`: escaped as
// @actions/core escapes them (toolkit's command.ts), so a message with a newline or a path with a comma
// still makes one annotation.
const escapeData = (text: string): string =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string): string =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One line a problem: `file:line:col: message [rule]` for a terminal (editors and terminals link it), an
 * `::error file=…,line=…,col=…::` command inside GitHub Actions (an annotation on the file's diff).
 */
export function formatProblem(problem: LintProblem, inActions: boolean): string {
  const { file, line, column, message, rule } = problem;
  const text = rule === undefined ? message : `${message} [${rule}]`;
  if (inActions) {
    const properties = [`file=${escapeProperty(file)}`, `line=${line ?? 1}`];
    if (line !== undefined && column !== undefined) properties.push(`col=${column}`);
    return `::error ${properties.join(',')}::${escapeData(text)}`;
  }
  const where =
    line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  return `${where}: ${text}`;
}

interface ActionManifest {
  readonly inputs: ReadonlySet<string>;
  /** Absent: not checked (a manifest the caller built without them). */
  readonly outputs?: ReadonlySet<string>;
}

function keysOf(node: unknown): string[] {
  return isMap(node) ? node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [];
}

/**
 * Loads the inputs every mlgate action declares, keyed by the path after the repository in `uses:`
 * ('' for the root action, 'actions/<name>' for the others).
 */
export async function loadManifests(
  root: string,
  actionFiles: readonly string[],
): Promise<Map<string, ActionManifest>> {
  const manifests = new Map<string, ActionManifest>();
  for (const file of actionFiles) {
    const doc = parseDocument(await readFile(path.join(root, file), 'utf8'));
    const dir = path.dirname(file);
    manifests.set(dir === '.' ? '' : dir, {
      inputs: new Set(keysOf(doc.get('inputs'))),
      outputs: new Set(keysOf(doc.get('outputs'))),
    });
  }
  return manifests;
}

/** Schema errors from the official parser the Actions service and the VS Code extension use. */
export async function lintWithOfficialParser(file: string, content: string): Promise<LintProblem[]> {
  const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const problems: LintProblem[] = result.context.errors.getErrors().map((error) => ({
    file,
    line: error.range?.start.line,
    column: error.range?.start.column,
    message: error.rawMessage,
  }));
  if (result.value !== undefined && problems.length === 0) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    for (const error of template.errors ?? [])
      problems.push({ file, line: undefined, message: error.Message });
  }
  return problems;
}

export function lintActionManifest(file: string, content: string): LintProblem[] {
  const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => ({
    file,
    line: error.range?.start.line,
    column: error.range?.start.column,
    message: error.rawMessage,
  }));
}

/**
 * What the official parser cannot know: that every `with:` key given to an mlgate step is an input the
 * action declares, that every `steps.<id>.outputs.<name>` read from an mlgate step is an output it declares
 * (an unknown output is silently empty: examples drift from manifests otherwise), and that no workflow
 * checks out untrusted pull-request code in a privileged `pull_request_target` context.
 */
export function lintMlgateUsage(
  file: string,
  content: string,
  manifests: ReadonlyMap<string, ActionManifest>,
): LintProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter });
  const problems: LintProblem[] = [];
  const at = (node: YamlNode | null | undefined): Pick<LintProblem, 'line' | 'column'> => {
    if (!node?.range) return { line: undefined };
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };

  const on = doc.get('on', true) as YamlNode | undefined;
  const triggers = isScalar(on)
    ? [String(on.value)]
    : isSeq(on)
      ? on.items.map((item) => String(isScalar(item) ? item.value : item))
      : isMap(on)
        ? on.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key))
        : [];
  const privileged = triggers.includes('pull_request_target');

  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return problems;
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    if (!isSeq(steps)) continue;
    const ourSteps = new Map<string, { uses: string; manifest: ActionManifest }>();
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const usesNode = step.get('uses', true) as YamlNode | undefined;
      const uses = isScalar(usesNode) ? String(usesNode.value) : undefined;
      if (uses === undefined) continue;
      if (privileged && uses.startsWith('actions/checkout@')) {
        problems.push({
          file,
          ...at(usesNode),
          message: 'pull_request_target must not check out code: it would run a fork with write access',
        });
      }
      const ours = uses.match(/^mlgate\/mlgate(?:\/(.+?))?@(.+)$/);
      if (ours === null) continue;
      const actionPath = ours[1] ?? '';
      const manifest = manifests.get(actionPath);
      if (manifest === undefined) {
        problems.push({
          file,
          ...at(usesNode),
          message: `no mlgate action at '${actionPath || '.'}'`,
        });
        continue;
      }
      const id = step.get('id');
      if (typeof id === 'string') ourSteps.set(id, { uses: uses.split('@')[0]!, manifest });
      const withNode = step.get('with', true);
      if (!isMap(withNode)) continue;
      for (const pair of (withNode as YAMLMap).items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (!manifest.inputs.has(key)) {
          problems.push({
            file,
            ...at(pair.key as YamlNode),
            message: `'${key}' is not an input of ${uses.split('@')[0]} (inputs: ${[...manifest.inputs].join(', ') || 'none'})`,
          });
        }
      }
    }
    visit(job.value as YamlNode, {
      Scalar(_key, node) {
        if (typeof node.value !== 'string') return;
        for (const [, id, output] of node.value.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const step = ourSteps.get(id!);
          const declared = step?.manifest.outputs;
          if (step === undefined || declared === undefined || declared.has(output!)) continue;
          problems.push({
            file,
            ...at(node),
            message: `'${output}' is not an output of ${step.uses} (outputs: ${[...declared].join(', ') || 'none'})`,
          });
        }
      },
    });
  }
  return problems;
}
