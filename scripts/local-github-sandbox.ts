// npm run local-github: the local GitHub and the Actions cache and artifact services on 127.0.0.1, to try
// mlgate by hand. It seeds acme/models (a main branch with one commit, a workflow run for artifacts) and a
// token that can write to it, prints the environment a client needs as NAME=value lines on stdout, and runs
// until SIGINT or SIGTERM, then stops every server. Requests GitHub would refuse are answered as GitHub
// answers them and logged on stderr.
//
//   npm run -s local-github > sandbox.env &     then     set -a; . ./sandbox.env; set +a
import { randomBytes } from 'node:crypto';
import { fakeSha, startActionsServices, startLocalGitHub } from '@mlgate/local-github';

const OWNER = 'acme';
const REPO = 'models';
const BRANCH = 'main';
const HEAD_SHA = fakeSha(`${OWNER}/${REPO}@${BRANCH}`);
/** The workflow run and job the runtime token speaks for: artifacts uploaded with it belong to this run. */
const RUN_ID = 1;
const JOB_ID = 1;

/** Single-quoted unless plainly safe, so the lines can be sourced or eval'd whatever a value holds. */
function shellValue(value: string): string {
  return /^[\w./:@%+=,-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

const services = await startActionsServices();
const github = await startLocalGitHub({ artifacts: services.artifacts });
// A GITHUB_TOKEN-like token: installation tokens start with ghs_.
const token = `ghs_${randomBytes(18).toString('hex')}`;
github.tokens.add(token, { access: 'write' });
github.state.addRepo(OWNER, REPO, { defaultBranch: BRANCH, headSha: HEAD_SHA });
github.state.addWorkflowRun(OWNER, REPO, { id: RUN_ID, headSha: HEAD_SHA, headBranch: BRANCH });

const environment: Record<string, string> = {
  GITHUB_API_URL: github.apiUrl,
  GITHUB_GRAPHQL_URL: `${github.apiUrl}/graphql`,
  GITHUB_TOKEN: token,
  GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  GITHUB_REF: `refs/heads/${BRANCH}`,
  GITHUB_SHA: HEAD_SHA,
  GITHUB_RUN_ID: String(RUN_ID),
  // ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2 and the GITHUB_SERVER_URL the
  // toolkit needs to speak cache service v2 (see actions-services.ts).
  ...services.envFor({ runId: RUN_ID, jobId: JOB_ID, ref: `refs/heads/${BRANCH}` }),
};
for (const [name, value] of Object.entries(environment))
  process.stdout.write(`${name}=${shellValue(value)}\n`);
process.stdout.write(`# local GitHub for ${OWNER}/${REPO} is ready\n`);
say(`[local-github] serving ${OWNER}/${REPO} at ${github.apiUrl}; Ctrl-C stops it`);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`[local-github] ${signal}: stopping`);
  const results = await Promise.allSettled([github.close(), services.close()]);
  const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  for (const { reason } of failed) say(`[local-github] could not stop cleanly: ${String(reason)}`);
  process.exit(failed.length === 0 ? 0 : 1);
}
process.on('SIGINT', (signal) => void stop(signal));
process.on('SIGTERM', (signal) => void stop(signal));
