import { GitHubHttpError, errorBody } from './github-error-responses.js';
import type { WorkflowRecord } from './github-state.js';

/**
 * What GitHub answers when a `workflow_dispatch` cannot start the workflow it names. Each is a 422 with a bare
 * message and no `errors` (as clients quote them: peter-evans/slash-command-dispatch#115, benc-uk/
 * workflow-dispatch#80 and #37, backstage/backstage#20023; the ref's wording as GitHub's Rails code words it).
 * The description declares no 422 for the operation: these are GitHub's generic refusal of parameters, for what
 * they name rather than their shape. None is a broken request: a client learns what a workflow file declares
 * only by trying, so `violation` stays unset.
 */
const refusal = (message: string, documentationUrl: string): GitHubHttpError =>
  new GitHubHttpError(422, errorBody(422, message, documentationUrl), { refusesParameters: true });

/** The reasons a dispatch with these inputs is refused, first one first; undefined when it may start. */
export function dispatchRefusal(
  workflow: WorkflowRecord,
  inputs: Readonly<Record<string, unknown>>,
  documentationUrl: string,
): GitHubHttpError | undefined {
  if (!workflow.dispatchable) {
    return refusal("Workflow does not have 'workflow_dispatch' trigger", documentationUrl);
  }
  if (workflow.state !== 'active') {
    return refusal("Cannot trigger a 'workflow_dispatch' on a disabled workflow", documentationUrl);
  }
  const declared = workflow.inputs;
  if (declared === undefined) return undefined;
  const unexpected = Object.keys(inputs).filter((name) => !Object.hasOwn(declared, name));
  if (unexpected.length > 0) {
    return refusal(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`, documentationUrl);
  }
  for (const [name, declaration] of Object.entries(declared)) {
    const given = inputs[name];
    if (given === undefined && declaration.required === true && declaration.default === undefined) {
      return refusal(`Required input '${name}' not provided`, documentationUrl);
    }
    if (
      given !== undefined &&
      declaration.options !== undefined &&
      !declaration.options.includes(String(given))
    ) {
      return refusal(
        `Provided value '${String(given)}' for input '${name}' not in the list of allowed values`,
        documentationUrl,
      );
    }
  }
  return undefined;
}

/** A ref that names no branch or tag: `No ref found for: <ref>` (422). */
export const noRefFound = (ref: string, documentationUrl: string): GitHubHttpError =>
  refusal(`No ref found for: ${ref}`, documentationUrl);
