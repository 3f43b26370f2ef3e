// npm run demo: a team's week on the penguins project (examples/penguins), on this machine. A local GitHub
// (every request checked against GitHub's OpenAPI description), the Actions cache and artifact services on
// Azurite, and the bundled actions on Node 24 as the runner runs them. Every model is trained live, from
// the project copied into a scratch checkout per step; each change is a data transformation and training
// flags (scripts/demo/scenarios.ts). The demo checks that every step ends as the story says, and exits 1
// when one does not.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeSha } from '@mlgate/local-github';
import type { ActionRun } from '@mlgate/runner-harness';
import { bundledCli } from './demo/bundled-cli.js';
import { DemoRepository, OWNER, REPO, type Trigger } from './demo/demo-repository.js';
import { trainedWorkspace } from './demo/project-workspace.js';
import { reportsOf, type RunReports } from './demo/run-reports.js';
import { WEEK, type Scenario } from './demo/scenarios.js';
import { WeekLog } from './demo/week-log.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (text = ''): void => void process.stdout.write(`${text}\n`);
const started = Date.now();
const scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-demo-'));
const log = new WeekLog(path.join(root, '.tmp', 'demo'), say);
const sha = {
  main: fakeSha('penguins main: monday'),
  exportBug: fakeSha('penguins #1: new export'),
  noise: fakeSha('penguins #2: another seed'),
  bodyMass: fakeSha('penguins #3: body mass'),
  merge: fakeSha('penguins main: merge #3'),
};
const PULLS = { exportBug: 1, noise: 2, bodyMass: 3 } as const;

say(`mlgate demo: a week of ${OWNER}/${REPO} (examples/penguins) on a local GitHub, the Actions cache on`);
say('Azurite, and the bundled actions on Node 24; every model trained live.\n');
const repository = await DemoRepository.start(sha.main);

/** Trains `scenario` in a fresh checkout, then runs the gate in it. */
async function gateStep(
  name: string,
  scenario: Scenario,
  trigger: Trigger,
): Promise<{ run: ActionRun; reports: RunReports; cv: Record<string, number>; trainMs: number }> {
  const workspace = await trainedWorkspace(scenario, path.join(scratch, name));
  const run = await repository.gate(trigger, workspace.dir);
  return { run, reports: await reportsOf(run), cv: workspace.cv, trainMs: workspace.trainMs };
}

const commentOn = (number: number): string | undefined =>
  repository.state.issueComments.find((comment) => comment.issueNumber === number)?.body;
const checkOn = (commit: string) => repository.state.checkRuns.find((check) => check.headSha === commit);
const pct = (value: number | null | undefined): string =>
  value === undefined || value === null ? '—' : `${(value * 100).toFixed(1)} %`;

try {
  // Monday: main trains its model; the baseline, the data's profile and the predictions are kept.
  let t = Date.now();
  const monday = await gateStep('main', WEEK.main, { kind: 'push', sha: sha.main });
  const cacheKeys = repository.services.cache.list().map((entry) => entry.key);
  log.step(
    'push to main',
    `${monday.run.outputs['verdict']} (${monday.run.outputs['reason'] || 'first run'}): accuracy ${pct(monday.cv['accuracy'])}; kept ${cacheKeys.length} cache entries`,
    'neutral, no baseline yet; baseline, profile and predictions saved',
    [
      ['exit code 0', monday.run.exitCode === 0],
      ['verdict neutral', monday.run.outputs['verdict'] === 'neutral'],
      ...(['baseline', 'profile', 'predictions'] as const).map(
        (kind) =>
          [
            `a ${kind} cache entry for ${sha.main.slice(0, 7)}`,
            cacheKeys.some((key) => key.includes(kind) && key.endsWith(sha.main)),
          ] as const,
      ),
    ],
    t,
    { sha: sha.main, cv: monday.cv, trainMs: monday.trainMs, cacheKeys, outputs: monday.run.outputs },
  );

  // Tuesday: pull request #1 retrains on a new export with a kilogram bug, and a faster, worse forest.
  t = Date.now();
  repository.openPullRequest(PULLS.exportBug, WEEK.exportBug.title, sha.exportBug);
  const tuesday = await gateStep('pr-1', WEEK.exportBug, {
    kind: 'pull_request',
    number: PULLS.exportBug,
    sha: sha.exportBug,
    title: WEEK.exportBug.title,
  });
  const accuracyA = tuesday.reports.metric('accuracy');
  const driftedA = (tuesday.run.outputs['drifted-columns'] ?? '').split(',').filter(Boolean);
  log.step(
    `PR #${PULLS.exportBug} new export`,
    `${tuesday.run.outputs['verdict']}: ${tuesday.run.outputs['error-count']} data errors, accuracy ${pct(accuracyA?.baseline)} → ${pct(accuracyA?.current)} (${accuracyA?.significant ? 'significant' : 'not significant'}), drift in ${driftedA.join(', ') || 'nothing'}; check ${checkOn(sha.exportBug)?.conclusion}; retraining not started from a pull request`,
    'fail: data errors, a significant regression and drift',
    [
      ['exit code 1', tuesday.run.exitCode === 1],
      ['verdict fail', tuesday.run.outputs['verdict'] === 'fail'],
      ['data errors', Number(tuesday.run.outputs['error-count']) > 0],
      ['a significant accuracy regression', accuracyA?.verdict === 'fail' && accuracyA.significant === true],
      ['body_mass_g drifted', driftedA.includes('body_mass_g')],
      ['a comment on the pull request', commentOn(PULLS.exportBug) !== undefined],
      ['a failed check run', checkOn(sha.exportBug)?.conclusion === 'failure'],
      ['no retraining started from a pull request', repository.state.workflowDispatches.length === 0],
    ],
    t,
    { sha: sha.exportBug, cv: tuesday.cv, outputs: tuesday.run.outputs, accuracy: accuracyA },
  );

  // Wednesday: pull request #2 only changes the seed. Its accuracy moves; the change is noise.
  t = Date.now();
  repository.openPullRequest(PULLS.noise, WEEK.noise.title, sha.noise);
  const wednesday = await gateStep('pr-2', WEEK.noise, {
    kind: 'pull_request',
    number: PULLS.noise,
    sha: sha.noise,
    title: WEEK.noise.title,
  });
  const accuracyB = wednesday.reports.metric('accuracy');
  log.step(
    `PR #${PULLS.noise} another seed`,
    `${wednesday.run.outputs['verdict']}: accuracy ${pct(accuracyB?.baseline)} → ${pct(accuracyB?.current)} (${accuracyB?.significant ? 'significant' : 'not significant'}, p = ${accuracyB?.pValue?.toFixed(2)}); check ${checkOn(sha.noise)?.conclusion}`,
    'pass: the change is not significant',
    [
      ['exit code 0', wednesday.run.exitCode === 0],
      ['verdict pass', wednesday.run.outputs['verdict'] === 'pass'],
      ['accuracy moved', accuracyB !== undefined && accuracyB.delta !== 0],
      ['the accuracy change not significant', accuracyB?.significant === false],
      ['a passed check run', checkOn(sha.noise)?.conclusion === 'success'],
    ],
    t,
    { sha: sha.noise, cv: wednesday.cv, outputs: wednesday.run.outputs, accuracy: accuracyB },
  );

  // Thursday: pull request #3 adds body mass (from the clean export); a reviewer approves it.
  t = Date.now();
  repository.openPullRequest(PULLS.bodyMass, WEEK.bodyMass.title, sha.bodyMass);
  const thursday = await gateStep('pr-3', WEEK.bodyMass, {
    kind: 'pull_request',
    number: PULLS.bodyMass,
    sha: sha.bodyMass,
    title: WEEK.bodyMass.title,
  });
  repository.approve(
    PULLS.bodyMass,
    'lee',
    'Body mass was the missing signal: +5 points, significant. Ship it.',
  );
  const accuracyC = thursday.reports.metric('accuracy');
  log.step(
    `PR #${PULLS.bodyMass} body mass`,
    `${thursday.run.outputs['verdict']}: accuracy ${pct(accuracyC?.baseline)} → ${pct(accuracyC?.current)} (${accuracyC?.verdict}, ${accuracyC?.significant ? 'significant' : 'not significant'}); check ${checkOn(sha.bodyMass)?.conclusion}; approved by lee`,
    'pass: a significant improvement, approved',
    [
      ['exit code 0', thursday.run.exitCode === 0],
      ['verdict pass', thursday.run.outputs['verdict'] === 'pass'],
      [
        'accuracy improved significantly',
        accuracyC?.verdict === 'improved' && accuracyC.significant === true,
      ],
      ['a passed check run', checkOn(sha.bodyMass)?.conclusion === 'success'],
    ],
    t,
    { sha: sha.bodyMass, cv: thursday.cv, outputs: thursday.run.outputs, accuracy: accuracyC },
  );

  // Friday: #3 is merged. main's workflow trains, keeps the new baseline, and publishes the model.
  t = Date.now();
  repository.merge(PULLS.bodyMass, sha.merge);
  const friday = await gateStep('main-merged', WEEK.bodyMass, { kind: 'push', sha: sha.merge });
  log.step(
    `merge #${PULLS.bodyMass} to main`,
    `${friday.run.outputs['verdict']}: accuracy ${pct(friday.cv['accuracy'])} kept as main's baseline; check ${checkOn(sha.merge)?.conclusion}`,
    'pass, the new baseline saved',
    [
      ['exit code 0', friday.run.exitCode === 0],
      ['verdict pass', friday.run.outputs['verdict'] === 'pass'],
      [
        'a baseline cache entry for the merge commit',
        repository.services.cache
          .list()
          .some((entry) => entry.key.includes('baseline') && entry.key.endsWith(sha.merge)),
      ],
    ],
    t,
    { sha: sha.merge, cv: friday.cv, outputs: friday.run.outputs },
  );

  t = Date.now();
  const publish = await repository.publish(
    { kind: 'push', sha: sha.merge },
    path.join(scratch, 'main-merged'),
    friday.run,
  );
  const release = repository.state.releases.find((r) => r.tagName === publish.outputs['tag']);
  const assets = (release?.assets ?? []).map((asset) => asset.name).sort();
  log.step(
    'publish-model',
    `released ${publish.outputs['tag']}: ${assets.join(', ')}`,
    'released, with SHA256SUMS and the model card',
    [
      ['exit code 0', publish.exitCode === 0],
      ['released', publish.outputs['released'] === 'true'],
      [
        'SHA256SUMS and MODEL_CARD.md among the assets',
        assets.includes('SHA256SUMS') && assets.includes('MODEL_CARD.md'),
      ],
      ['the model among the assets', assets.includes('penguin-sex.json')],
    ],
    t,
    { outputs: publish.outputs, assets, errors: publish.annotations.map((a) => a.message) },
  );

  // Anyone can now restore the released model and check every file against SHA256SUMS: the bundled CLI.
  t = Date.now();
  const restored = path.join(scratch, 'restored');
  const download = await bundledCli(repository, [
    'model',
    'download',
    'penguins@latest',
    '--repo',
    `${OWNER}/${REPO}`,
    '--dir',
    restored,
  ]);
  const sameModel =
    download.code === 0 &&
    (await readFile(path.join(restored, 'penguin-sex.json'), 'utf8')) ===
      (await readFile(path.join(scratch, 'main-merged', 'model', 'penguin-sex.json'), 'utf8'));
  log.step(
    'mlgate model download',
    `exit ${download.code}: ${download.stdout.split('\n').filter((line) => /: OK$/.test(line)).length} files verified against SHA256SUMS`,
    'every file restored and verified',
    [
      ['exit code 0', download.code === 0],
      ['penguin-sex.json verified', download.stdout.includes('penguin-sex.json: OK')],
      ['the restored model is the one trained on main', sameModel],
    ],
    t,
    { stdout: download.stdout, stderr: download.stderr },
  );

  // Saturday: the scheduled run trains on the new season's export, where only Biscoe was visited.
  t = Date.now();
  const saturday = await gateStep('scheduled', WEEK.nextSeason, {
    kind: 'schedule',
    sha: sha.merge,
    cron: '0 6 * * 6',
  });
  const dispatches = repository.state.workflowDispatches;
  const dispatch = dispatches.at(-1);
  const driftedS = (saturday.run.outputs['drifted-columns'] ?? '').split(',').filter(Boolean);
  log.step(
    'scheduled run',
    `${saturday.run.outputs['verdict']}: drift in ${driftedS.join(', ') || 'nothing'}; retrain ${saturday.run.outputs['retrain']}; ${dispatch !== undefined ? `started ${path.basename(dispatch.path)} on ${dispatch.ref}` : 'nothing started'}`,
    'drift found, retrain.yml dispatched',
    [
      ['drift', driftedS.length > 0],
      ['retrain true', saturday.run.outputs['retrain'] === 'true'],
      [
        'one workflow_dispatch all week: retrain.yml on main, for the merge commit',
        dispatches.length === 1 &&
          dispatch?.path === '.github/workflows/retrain.yml' &&
          dispatch.ref === 'main' &&
          dispatch.inputs?.['sha'] === sha.merge,
      ],
    ],
    t,
    {
      outputs: saturday.run.outputs,
      dispatch,
      annotations: saturday.run.annotations,
      log: saturday.run.log.filter((line) => /retrain|dispatch/i.test(line)),
    },
  );

  // What a reader sees.
  for (const [number, file] of [
    [PULLS.exportBug, 'comment-pr-1.md'],
    [PULLS.bodyMass, 'comment-pr-3.md'],
  ] as const) {
    const body = commentOn(number) ?? '(no comment was posted)';
    log.keep(file, body);
    say(`\n--- the comment on pull request #${number} (.tmp/demo/${file}) ---\n`);
    say(body);
    say('--- end of comment ---');
  }
  log.keep('comment-pr-2.md', commentOn(PULLS.noise) ?? '(no comment was posted)');
  if (release !== undefined) {
    log.keep('release.md', `# ${release.tagName}\n\n${release.body ?? ''}\n\nassets: ${assets.join(', ')}\n`);
    say(`\n--- release ${release.tagName} (.tmp/demo/release.md) ---`);
    say(`assets: ${assets.join(', ')}`);
  }
  log.keep('download.txt', download.stdout + download.stderr);
  say(`\n--- mlgate model download penguins@latest --repo ${OWNER}/${REPO} ---`);
  say(download.stdout.trimEnd());
  say(`\n--- the dispatch recorded by the local GitHub ---`);
  say(JSON.stringify(dispatch, null, 2));

  repository.github.assertNoViolations();
  const seconds = (Date.now() - started) / 1000;
  await log.write({ repository: `${OWNER}/${REPO}`, seconds, requests: repository.github.requests.length });
  say(
    `\nThe local GitHub saw ${repository.github.requests.length} requests, all valid against GitHub's OpenAPI description.`,
  );
  const failed = log.failed;
  say(
    failed.length === 0
      ? `demo finished in ${seconds.toFixed(1)} s: every step as the story says (.tmp/demo/week.json)`
      : `demo FAILED in ${seconds.toFixed(1)} s: ${failed.map((step) => step.step).join(', ')} did not go as the story says`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
} finally {
  await repository.close();
  await rm(scratch, { recursive: true, force: true });
}
