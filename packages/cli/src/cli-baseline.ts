import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError, baselineSpecText, loadMetricsFiles, readBaselineFile } from '@mlgate/engine';
import type { BaselineMetrics, BaselineSourceSpec, MetricsWork } from '@mlgate/engine';
import { createGitHubClient, openBaselineStore } from '@mlgate/github';

/** `--baseline` names a store when it is one of these; anything else is a metrics or snapshot file. */
export function isBaselineSpec(text: string): boolean {
  return text === 'cache' || text === 'release' || /^(git|file):/.test(text);
}

export interface CliBaselineRequest {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly work: MetricsWork;
  /** The current metrics files, which `git:<ref>` reads at the ref. */
  readonly currentFiles: readonly string[];
  /** Files given to `--baseline` (not a store): compared with as they are. */
  readonly files: readonly string[];
  /** The store came from `--baseline`, not from mlgate.yml or the default. */
  readonly fromFlag: boolean;
  /** Rate-limit notices and the like, for stderr. */
  readonly warn: (message: string) => void;
}

const GITHUB_REMOTE = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/;

/** `owner/repo` for `release`: GITHUB_REPOSITORY as in Actions, else the `origin` remote of the checkout. */
async function repositoryOf(cwd: string, env: NodeJS.ProcessEnv): Promise<{ owner: string; repo: string }> {
  const fromEnv = env['GITHUB_REPOSITORY'];
  if (fromEnv !== undefined && /^[^/\s]+\/[^/\s]+$/.test(fromEnv)) {
    const [owner, repo] = fromEnv.split('/') as [string, string];
    return { owner, repo };
  }
  try {
    const { stdout } = await promisify(execFile)('git', ['remote', 'get-url', 'origin'], { cwd });
    const match = GITHUB_REMOTE.exec(stdout.trim());
    if (match !== null) return { owner: match[1]!, repo: match[2]! };
  } catch {
    // Not a git checkout, or no origin: the message below says what to set.
  }
  throw new UserError("baseline 'release' needs the repository: set GITHUB_REPOSITORY=owner/name");
}

/**
 * The baseline for `mlgate compare`, from the same stores the action reads: `git:<ref>`, `release` (with
 * GITHUB_TOKEN, and GITHUB_API_URL for GitHub Enterprise Server), `file:<path>`, or files given as they
 * are. The cache lives in GitHub Actions only: named on the command line it is an error; reached as the
 * default, the comparison is neutral and says what to give instead.
 */
export async function restoreCliBaseline(request: CliBaselineRequest): Promise<BaselineMetrics> {
  const { cwd, env, work } = request;
  if (request.files.length === 1) return readBaselineFile(request.files[0]!, cwd);
  if (request.files.length > 1) {
    return {
      provenance: { source: 'file', path: request.files.join(', ') },
      metrics: await loadMetricsFiles(request.files, { cwd, namespace: work.namespace }),
    };
  }
  const spec: BaselineSourceSpec = work.baseline;
  if (spec.kind === 'cache' && !request.fromFlag) {
    return {
      provenance: {
        source: 'none',
        reason:
          'the cache baseline lives in GitHub Actions; give --baseline git:<ref>, release, file:<path> or a metrics file',
      },
      metrics: new Map(),
    };
  }
  const store = openBaselineStore(spec, {
    workspace: cwd,
    name: work.baselineName,
    currentFiles: request.currentFiles,
    namespace: work.namespace,
    client: () => {
      const token = env['GITHUB_TOKEN'] || env['GH_TOKEN'];
      if (token === undefined || token === '') {
        throw new UserError(
          `baseline '${baselineSpecText(spec)}' needs GITHUB_TOKEN (and GITHUB_API_URL off github.com)`,
        );
      }
      return createGitHubClient({
        token,
        ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}),
        warn: request.warn,
      });
    },
    repository: () => repositoryOf(cwd, env),
  });
  return store.restore();
}
