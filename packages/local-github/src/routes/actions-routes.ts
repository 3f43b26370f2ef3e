import type { StoredArtifact } from '../artifact-registry.js';
import { notFound } from '../github-error-responses.js';
import {
  renderArtifact,
  renderWorkflowRun,
  repoApiUrl,
  repoHtmlUrl,
  type ArtifactView,
} from '../github-representations.js';
import type { RepoRecord } from '../github-state.js';
import { paginate } from '../pagination.js';
import { dispatchRefusal, noRefFound } from '../workflow-dispatch-refusals.js';
import {
  bodyOf,
  integerParam,
  json,
  noContent,
  redirect,
  repoOf,
  type RouteContext,
  type RouteResult,
  type RouteTable,
} from './route-context.js';

/**
 * The artifact registry is not per repository: an artifact belongs to the repository whose seeded workflow run
 * uploaded it, and one from a run nobody seeded belongs to every repository (a test needs not seed runs).
 */
function belongsTo(context: RouteContext, repo: RepoRecord, artifact: StoredArtifact): boolean {
  const runRepo = context.state.repositoryOfRun(artifact.workflowRunId);
  return runRepo === undefined || runRepo === repo;
}

function view(repo: RepoRecord, artifact: StoredArtifact): ArtifactView {
  const run = repo.workflowRuns.get(artifact.workflowRunId);
  return {
    id: artifact.id,
    name: artifact.name,
    sizeInBytes: artifact.sizeInBytes,
    digest: artifact.digest,
    workflowRunId: artifact.workflowRunId,
    headSha: run?.headSha,
    headBranch: run?.headBranch,
    createdAt: artifact.createdAt,
    expiresAt: artifact.expiresAt,
  };
}

function listArtifacts(context: RouteContext, filter: { workflowRunId?: number }) {
  const repo = repoOf(context);
  const name = context.url.searchParams.get('name') ?? undefined;
  const artifacts = (context.artifacts?.list({ ...filter, ...(name === undefined ? {} : { name }) }) ?? [])
    .filter((artifact) => belongsTo(context, repo, artifact))
    .map((artifact) => renderArtifact(context.urls, repo, view(repo, artifact)));
  const page = paginate(artifacts, context.url);
  return json(
    200,
    { total_count: artifacts.length, artifacts: page.items },
    page.link === undefined ? undefined : { link: page.link },
  );
}

function artifactOf(context: RouteContext, repo: RepoRecord): StoredArtifact {
  const artifact = context.artifacts?.get(integerParam(context, 'artifact_id'));
  if (artifact === undefined || !belongsTo(context, repo, artifact))
    throw notFound(context.operation.documentationUrl);
  return artifact;
}

/**
 * `POST …/actions/workflows/{workflow_id}/dispatches`: the workflow by id or file name (404 when there is none),
 * the ref a branch or tag (422 otherwise), the inputs those the file declares. A run is recorded for every
 * dispatch; the answer is 204, or 200 with the run when `return_run_details` asks for it (the description's
 * two responses).
 */
function createWorkflowDispatch(context: RouteContext): RouteResult {
  const repo = repoOf(context);
  const documentation = context.operation.documentationUrl;
  const workflow = context.state.findWorkflow(repo, context.params['workflow_id'] ?? '');
  if (workflow === undefined) throw notFound(documentation);
  const body = bodyOf(context);
  // The description requires `ref` as a string: request validation has refused anything else already.
  const ref = String(body['ref']);
  const sha = context.state.resolveCommit(repo, ref.replace(/^refs\/(heads|tags)\//, ''));
  if (sha === undefined || /^[0-9a-f]{40}$/i.test(ref)) throw noRefFound(ref, documentation);
  const inputs = (body['inputs'] ?? {}) as Record<string, unknown>;
  const refused = dispatchRefusal(workflow, inputs, documentation);
  if (refused !== undefined) throw refused;
  const run = context.state.addWorkflowRun(repo.owner.login, repo.name, {
    workflowId: workflow.id,
    name: workflow.name,
    path: workflow.path,
    headSha: sha,
    headBranch: ref.replace(/^refs\/(heads|tags)\//, ''),
    event: 'workflow_dispatch',
    status: 'queued',
    conclusion: null,
  });
  repo.workflowDispatches.push({
    workflowId: workflow.id,
    path: workflow.path,
    ref,
    sha,
    inputs: { ...inputs },
    actor: context.caller,
    runId: run.id,
    createdAt: run.createdAt,
  });
  if (body['return_run_details'] !== true) return noContent();
  return json(200, {
    workflow_run_id: run.id,
    run_url: `${repoApiUrl(context.urls, repo)}/actions/runs/${run.id}`,
    html_url: `${repoHtmlUrl(context.urls, repo)}/actions/runs/${run.id}`,
  });
}

export const actionsRoutes: RouteTable = {
  'actions/create-workflow-dispatch': { resource: 'Workflow', handle: createWorkflowDispatch },
  'actions/get-workflow-run': {
    resource: 'WorkflowRun',
    handle: (context) => {
      const repo = repoOf(context);
      const run = repo.workflowRuns.get(integerParam(context, 'run_id'));
      if (run === undefined) throw notFound(context.operation.documentationUrl);
      return json(200, renderWorkflowRun(context.urls, repo, run));
    },
  },
  'actions/list-workflow-run-artifacts': {
    resource: 'Artifact',
    handle: (context) => listArtifacts(context, { workflowRunId: integerParam(context, 'run_id') }),
  },
  'actions/list-artifacts-for-repo': {
    resource: 'Artifact',
    handle: (context) => listArtifacts(context, {}),
  },
  'actions/get-artifact': {
    resource: 'Artifact',
    handle: (context) => {
      const repo = repoOf(context);
      return json(200, renderArtifact(context.urls, repo, view(repo, artifactOf(context, repo))));
    },
  },
  'actions/download-artifact': {
    resource: 'Artifact',
    handle: (context) => {
      const repo = repoOf(context);
      const artifact = artifactOf(context, repo);
      if (context.params['archive_format'] !== 'zip') throw notFound(context.operation.documentationUrl);
      return redirect(artifact.downloadUrl);
    },
  },
};
