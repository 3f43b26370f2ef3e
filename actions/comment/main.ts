import * as core from '@actions/core';
import { context } from '@actions/github';
import { ExitCode, UserError } from '@mlgate/engine';
import {
  StickyModes,
  booleanInput,
  choiceInput,
  createGitHubClient,
  integerInput,
  isValidCommentId,
  listInput,
  requiredStringInput,
  runAction,
  runCommentFlow,
  stringInput,
} from '@mlgate/github';

await runAction(async () => {
  const id = stringInput('id') ?? 'mlgate';
  if (!isValidCommentId(id))
    throw new UserError(`input 'id' is '${id}'; use letters, digits, '.', '_' and '-'`);
  const prNumber = integerInput('pr-number', 0, { min: 0 });
  const artifactName = stringInput('artifact-name');
  const token = requiredStringInput('token');
  const inputs = {
    reports: listInput('reports'),
    id,
    mode: choiceInput('mode', StickyModes, 'upsert'),
    ...(prNumber > 0 ? { prNumber } : {}),
    commitComment: booleanInput('commit-comment', false),
    fromArtifact: booleanInput('from-artifact', false),
    ...(artifactName !== undefined ? { artifactName } : {}),
    token,
  };
  const result = await runCommentFlow(
    { context, client: createGitHubClient({ token }), cwd: process.cwd(), env: process.env, now: new Date() },
    inputs,
  );
  core.setOutput('outcome', result.outcome);
  if (result.verdict !== undefined) core.setOutput('verdict', result.verdict);
  if (result.commentId !== undefined) core.setOutput('comment-id', String(result.commentId));
  if (result.commentUrl !== undefined) core.setOutput('comment-url', result.commentUrl);
  return ExitCode.passed;
});
