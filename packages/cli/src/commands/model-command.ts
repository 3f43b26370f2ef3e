import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  UserError,
  checkModelName,
  checkCheckName,
  checkRunName,
  describeDigestCheck,
  findConfig,
  formatVersion,
  parseVersion,
  parseVersionBump,
  readReportFiles,
  terminalText,
} from '@mlgate/engine';
import type { SemVer } from '@mlgate/engine';
import {
  PUBLISH_REQUIREMENTS,
  createGitHubClient,
  findModelVersion,
  manifestOf,
  modelVersions,
  parseRequirements,
  publishModel,
  readReleaseProfiles,
  resolveModelFiles,
  restoreModel,
} from '@mlgate/github';
import type { GitHubClient } from '@mlgate/github';
import { commandUsage, integerOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliCommand, CliIo } from '../cli-io.js';
import { CONFIG_OPTION } from '../cli-plan.js';
import { githubWebUrl } from '../github-web-url.js';
import { outputFolder } from '../output-options.js';

const REPO_OPTION = {
  type: 'string',
  value: '<owner/name>',
  description: 'the repository of the releases',
} as const;
const ENVIRONMENT = `environment: GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL for GitHub Enterprise Server or a local GitHub.`;

const DOWNLOAD = {
  name: 'model download',
  synopsis: '<name>@<version|latest> --repo <owner/name> [--dir <dir>]',
  summary:
    "Downloads a model release's files and checks each against the release's SHA256SUMS, whose own digest GitHub vouches for.",
  positionals: '<name>@<version|latest>',
  options: {
    repo: REPO_OPTION,
    dir: { type: 'string', value: '<dir>', description: 'where the files go (default: ./<name>-v<version>)' },
  },
  epilog: `${ENVIRONMENT}

exit status: 0 every file verified; 1 a file does not match (it is removed, and named); 2 no such release, bad usage or environment`,
} as const satisfies CommandSpec;

const LIST = {
  name: 'model list',
  synopsis: '<name> --repo <owner/name> [--json]',
  summary: "Lists a model's published releases, newest first, with their date, commit and gate verdict.",
  positionals: '<name>',
  options: {
    repo: REPO_OPTION,
    json: {
      type: 'boolean',
      description: 'print a JSON array: name, version, tag, publishedAt, commit, gate, prerelease, url',
    },
  },
  epilog: ENVIRONMENT,
} as const satisfies CommandSpec;

const PUBLISH = {
  name: 'model publish',
  synopsis: '<model files…> --name <name> --repo <owner/name> [options]',
  summary:
    'Publishes a model as the release <name>-v<version>, as the publish-model action does: only when the gate passed on the commit and its pull request was approved (or --require none), every file checked by digest before the release is published once.',
  positionals: '<model files…>',
  options: {
    name: {
      type: 'string',
      value: '<name>',
      description: 'the model name (default: publish.model in the config)',
    },
    repo: REPO_OPTION,
    commit: {
      type: 'string',
      value: '<sha>',
      description: 'the commit released (default: git rev-parse HEAD)',
    },
    version: {
      type: 'string',
      value: '<semver|auto>',
      description: 'the version (default auto: the latest bumped)',
    },
    bump: {
      type: 'string',
      value: '<part>',
      description: 'patch | minor | major, for auto (default: publish.bump, else patch)',
    },
    require: {
      type: 'string',
      value: '<conditions>',
      description: `${PUBLISH_REQUIREMENTS.join(', ')} (default both), or none`,
    },
    'min-approvals': {
      type: 'string',
      value: '<n>',
      description: 'approvals needed (default: publish.required-approvals, else 1)',
    },
    'allow-stale-approvals': { type: 'boolean', description: 'an approval of an older head counts too' },
    'check-name': {
      type: 'string',
      value: '<name>',
      description: "the gate's check run is 'mlgate / <name>' (default quality)",
    },
    reports: {
      type: 'string',
      list: true,
      value: '<files>',
      description: "the run's mlgate reports: gate evidence, metrics and lineage",
    },
    profiles: {
      type: 'string',
      list: true,
      value: '<files>',
      description: "the datasets' profiles, published beside the model (drift against production)",
    },
    prerelease: { type: 'boolean', description: 'publish as a prerelease' },
    'not-latest': { type: 'boolean', description: 'do not mark the release as the latest' },
    config: CONFIG_OPTION,
  },
  epilog: `${ENVIRONMENT}

exit status: 0 published (or already published with these files); 1 refused, nothing created; 2 bad input or environment`,
} as const satisfies CommandSpec;

function repositoryOf(text: string | undefined): { owner: string; repo: string } {
  const match = text === undefined ? null : /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text);
  if (match === null) throw new UserError('--repo <owner/name> is required');
  return { owner: match[1]!, repo: match[2]! };
}

async function clientFor(io: CliIo, command: string): Promise<GitHubClient> {
  const env = io.env ?? process.env;
  const token = env['GITHUB_TOKEN'] || env['GH_TOKEN'];
  if (token === undefined || token === '') throw new UserError(`${command} needs GITHUB_TOKEN (or GH_TOKEN)`);
  return createGitHubClient({
    token,
    ...(env['GITHUB_API_URL'] ? { baseUrl: env['GITHUB_API_URL'] } : {}),
    warn: (message) => io.stderr(`mlgate ${command}: ${message}\n`),
  });
}

function modelSpec(text: string | undefined): { name: string; version: SemVer | 'latest' } {
  const at = text?.lastIndexOf('@') ?? -1;
  if (text === undefined || at <= 0) throw new UserError('give the model as <name>@<version|latest>');
  const name = checkModelName(text.slice(0, at));
  const version = text.slice(at + 1);
  return { name, version: version === 'latest' ? 'latest' : parseVersion(version) };
}

async function download({ values, positionals }: CommandArgs<typeof DOWNLOAD>, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UserError('give one model: <name>@<version|latest>');
  const { name, version } = modelSpec(positionals[0]);
  const repository = repositoryOf(values.repo);
  // A --dir that cannot be a folder is refused before any request.
  const chosenDir = await outputFolder(io.cwd, '--dir', values.dir);
  const client = await clientFor(io, 'model download');
  const found = await findModelVersion(client, repository, name, version);
  const dir = chosenDir ?? path.resolve(io.cwd, found.release.tag_name);
  const { verification, removed } = await restoreModel(client, repository, found, dir);
  for (const check of verification.checks) io.stdout(`${terminalText(describeDigestCheck(check))}\n`);
  if (!verification.ok) {
    const failed = verification.checks.filter((check) => check.status !== 'ok').map((check) => check.name);
    io.stderr(
      `mlgate model download: ${found.release.tag_name}: ${failed.map(terminalText).join(', ')} failed the check${removed.length > 0 ? ` (removed: ${removed.map(terminalText).join(', ')})` : ''}\n`,
    );
    return 1;
  }
  io.stdout(`restored ${found.release.tag_name} to ${dir}: ${verification.checks.length} files verified\n`);
  return 0;
}

async function list({ values, positionals }: CommandArgs<typeof LIST>, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UserError('give one model name');
  const name = checkModelName(positionals[0]!);
  const repository = repositoryOf(values.repo);
  const client = await clientFor(io, 'model list');
  const rows = [];
  for (const found of await modelVersions(client, repository, name)) {
    const manifest = await manifestOf(client, repository, found);
    rows.push({
      name,
      version: formatVersion(found.version),
      tag: found.release.tag_name,
      publishedAt: found.release.published_at,
      commit: manifest?.commit ?? found.release.target_commitish,
      gate:
        manifest === undefined
          ? null
          : manifest.gate.source === 'not-required'
            ? 'not-required'
            : manifest.gate.verdict,
      prerelease: found.release.prerelease,
      url: found.release.html_url,
    });
  }
  if (values.json === true) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) io.stdout(`no published release of ${name}\n`);
  for (const row of rows) {
    const date = row.publishedAt?.slice(0, 10) ?? 'unpublished';
    io.stdout(
      `${row.version.padEnd(12)}  ${date}  ${terminalText(row.commit).slice(0, 7)}  gate ${row.gate ?? 'unknown'}${row.prerelease ? '  prerelease' : ''}\n`,
    );
  }
  return 0;
}

async function headCommit(cwd: string): Promise<string> {
  try {
    return (await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim();
  } catch {
    throw new UserError('give --commit <sha>: this is not a git checkout');
  }
}

async function publish({ values, positionals }: CommandArgs<typeof PUBLISH>, io: CliIo): Promise<number> {
  const config = await findConfig(io.cwd, values.config);
  const publishing = config?.publish;
  const name = values.name ?? publishing?.model;
  if (name === undefined) throw new UserError('--name <name> is required (or publish.model in mlgate.yml)');
  checkModelName(name);
  // Every flag's syntax before the environment (git, the token, the API) is asked anything.
  if (values.version !== undefined && values.version !== 'auto') parseVersion(values.version, '--version');
  const given = positionals.length > 0;
  const files = await resolveModelFiles(
    given ? positionals : (publishing?.files ?? []),
    io.cwd,
    given ? 'model files' : 'publish.files',
  );
  const profiles = await readReleaseProfiles(values.profiles, io.cwd, '--profiles');
  const repository = repositoryOf(values.repo);
  const commit = values.commit ?? (await headCommit(io.cwd));
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
    throw new UserError(`--commit ${commit} is not a full commit SHA`);
  const client = await clientFor(io, 'model publish');
  const env = io.env ?? process.env;
  const webUrl = githubWebUrl(env);
  const outcome = await publishModel(client, {
    source: { repo: repository },
    commit,
    name,
    files,
    version: values.version ?? 'auto',
    bump: parseVersionBump(values.bump ?? publishing?.bump ?? 'patch', '--bump'),
    requirements: parseRequirements(values.require ?? PUBLISH_REQUIREMENTS.join(', '), '--require'),
    minApprovals:
      values['min-approvals'] === undefined
        ? (publishing?.requiredApprovals ?? 1)
        : integerOption('min-approvals', values['min-approvals'], 0, 1),
    allowStaleApprovals: values['allow-stale-approvals'] === true,
    checkName: checkRunName(checkCheckName(values['check-name'] ?? 'quality', '--check-name')),
    reports: values.reports.length > 0 ? await readReportFiles(values.reports, io.cwd) : [],
    profiles,
    prerelease: values.prerelease === true,
    makeLatest: values['not-latest'] !== true,
    ...(webUrl !== undefined ? { serverUrl: webUrl } : {}),
    workDir: path.join(os.tmpdir(), 'mlgate'),
    // Progress on stderr, so stdout carries only the result line a script reads.
    log: (line) => io.stderr(`${terminalText(line)}\n`),
  });
  if (outcome.status === 'refused') {
    for (const reason of outcome.reasons)
      io.stderr(`mlgate model publish: not published: ${terminalText(reason)}\n`);
    return 1;
  }
  io.stdout(
    `${outcome.status === 'published' ? 'published' : 'already published'} ${outcome.tag}: ${outcome.url}\n`,
  );
  return 0;
}

const SUBCOMMANDS: Readonly<Record<string, CliCommand>> = {
  publish: defineCommand(PUBLISH, 'publish a model as a checked, approved release', publish),
  download: defineCommand(DOWNLOAD, 'download a model release and verify it', download),
  list: defineCommand(LIST, "list a model's releases", list),
};

export const modelCommand: CliCommand = {
  name: 'model',
  subcommands: Object.keys(SUBCOMMANDS),
  summary:
    'model releases: `model publish` releases an approved model, `model download <name>@<version>` restores and verifies it, `model list <name>`',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined) {
      throw new UserError(`give a subcommand: ${Object.keys(SUBCOMMANDS).join(', ')} (mlgate model --help)`);
    }
    if (sub === '--help' || sub === '-h') {
      io.stdout([PUBLISH, DOWNLOAD, LIST].map((spec) => commandUsage(spec)).join('\n'));
      return 0;
    }
    const handler = SUBCOMMANDS[sub];
    if (handler === undefined) {
      throw new UserError(
        `unknown subcommand 'model ${sub}' (known: ${Object.keys(SUBCOMMANDS).join(', ')})`,
      );
    }
    return handler.run(rest, io);
  },
};
