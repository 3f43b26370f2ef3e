import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {
  ExitCode,
  UserError,
  checkModelName,
  checkRunName,
  formatSha256Sums,
  parseVersionBump,
  readReportFiles,
} from '@mlgate/engine';
import { resolveModelFiles } from '../release/model-files.js';
import { PUBLISH_REQUIREMENTS, parseRequirements, publishModel } from '../release/model-publication.js';
import { readReleaseProfiles } from '../release/release-profiles.js';
import { releasedCommit } from '../release/released-commit.js';
import { actionEnvironment, clientForTokenInput, requiredClient } from './action-environment.js';
import {
  booleanInput,
  listInput,
  optionalIntegerInput,
  checkNameInput,
  stringInput,
} from './action-inputs.js';
import { PublishModelAction } from './action-io.js';
import { loadActionConfig } from './plan-inputs.js';

const { inputs } = PublishModelAction;

/**
 * publish-model: the model of this commit as the release `<name>-v<version>`, only when what `require`
 * names holds (anything refused: exit 1, nothing created), with its manifest, model card and SHA256SUMS,
 * every asset checked by digest before it is published once.
 */
export async function publishModelAction(): Promise<ExitCode> {
  const { workspace, env, context, paths } = actionEnvironment();
  const config = await loadActionConfig(inputs.config, paths);
  const publishing = config?.publish;
  const name = stringInput(inputs.name) ?? publishing?.model;
  if (name === undefined) {
    throw new UserError(`input '${inputs.name}' is required (or publish.model in mlgate.yml)`);
  }
  checkModelName(name);
  const given = listInput(inputs.model);
  const modelFrom = given.length > 0 ? `input '${inputs.model}'` : 'publish.files';
  const modelPatterns = given.length > 0 ? given : (publishing?.files ?? []);
  await paths.checkReadPatterns(modelPatterns, modelFrom, { directories: true });
  // Every file is checked (names, sizes under GitHub's limit) before any request is made.
  const files = await resolveModelFiles(modelPatterns, workspace, modelFrom);
  for (const file of files) paths.checkRead(file.shownAs, modelFrom);
  const reportPatterns = listInput(inputs.reports);
  await paths.checkReadPatterns(reportPatterns, `input '${inputs.reports}'`);
  const profilePatterns = listInput(inputs.profiles);
  await paths.checkReadPatterns(profilePatterns, `input '${inputs.profiles}'`);
  const profiles = await readReleaseProfiles(profilePatterns, workspace, `input '${inputs.profiles}'`);
  const client = await requiredClient(
    clientForTokenInput(inputs.token),
    'publishing a release',
    inputs.token,
  )();
  const serverUrl = env['GITHUB_SERVER_URL'] || undefined;
  const workDir = path.join(env['RUNNER_TEMP'] || os.tmpdir(), 'mlgate');
  const outcome = await publishModel(client, {
    source: context,
    commit: releasedCommit(context),
    name,
    files,
    version: stringInput(inputs.version) ?? 'auto',
    bump: parseVersionBump(stringInput(inputs.bump) ?? publishing?.bump ?? 'patch', `input '${inputs.bump}'`),
    // Empty is the safe default, never "nothing required": that takes `none`, said on purpose.
    requirements: parseRequirements(
      stringInput(inputs.require) ?? PUBLISH_REQUIREMENTS.join(', '),
      `input '${inputs.require}'`,
    ),
    minApprovals: optionalIntegerInput(inputs.minApprovals, { min: 0 }) ?? publishing?.requiredApprovals ?? 1,
    allowStaleApprovals: booleanInput(inputs.allowStaleApprovals, false),
    checkName: checkRunName(checkNameInput(inputs.checkName)),
    reports: reportPatterns.length > 0 ? await readReportFiles(reportPatterns, workspace) : [],
    profiles,
    prerelease: booleanInput(inputs.prerelease, false),
    makeLatest: booleanInput(inputs.makeLatest, true),
    ...(serverUrl !== undefined ? { serverUrl } : {}),
    workDir,
    log: (line) => core.info(line),
  });
  core.setOutput('version', outcome.version);
  core.setOutput('tag', outcome.tag);
  if (outcome.status === 'refused') {
    for (const reason of outcome.reasons) core.error(reason, { title: 'mlgate: not published' });
    core.setOutput('released', 'false');
    return ExitCode.verdictFailed;
  }
  core.setOutput('released', 'true');
  core.setOutput('release-url', outcome.url);
  if (outcome.manifest !== undefined) core.setOutput('manifest', outcome.manifest);
  // The digests each upload was checked against, in the format attest-build-provenance's
  // `subject-checksums` reads: the attestation names exactly the bytes the release holds.
  const checksums = path.join(workDir, `${outcome.tag}.model.sha256`);
  await mkdir(workDir, { recursive: true });
  await writeFile(checksums, formatSha256Sums(outcome.modelFiles));
  core.setOutput('checksums', checksums);
  // The tag is a checked model name and version, the URL GitHub's: nothing here needs escaping.
  await core.summary
    .addRaw(
      outcome.status === 'published'
        ? `Published [${outcome.tag}](${outcome.url}).\n`
        : `[${outcome.tag}](${outcome.url}) was already published with these files; nothing changed.\n`,
    )
    .write();
  return ExitCode.passed;
}
