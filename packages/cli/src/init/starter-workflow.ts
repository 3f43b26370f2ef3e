/** A workflow `mlgate init` writes: where, what it is for (as the command lists it), and its text. */
export interface StarterWorkflow {
  readonly path: string;
  readonly what: string;
  readonly text: string;
}

export const PULL_REQUEST_WORKFLOW = '.github/workflows/pull-request.yml';
export const MAIN_WORKFLOW = '.github/workflows/main.yml';

/** The official actions' majors, as in workflows-examples/ (one place to bump them for both). */
const CHECKOUT = 'actions/checkout@v7';

function trainingSteps(hasMetrics: boolean): string[] {
  return hasMetrics
    ? [
        '',
        '      # Train and evaluate here, writing the metrics files mlgate.yml names, for example:',
        '      # - uses: actions/setup-python@v7',
        "      #   with: { python-version: '3.12', cache: pip }",
        '      # - run: pip install -r requirements.txt && python train.py',
      ]
    : [];
}

/** The job both workflows run: check out, train (where the user adds it), then the one mlgate step. */
function gateJob(job: string, hasMetrics: boolean): string[] {
  return [
    'jobs:',
    `  ${job}:`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - uses: ${CHECKOUT}`,
    ...trainingSteps(hasMetrics),
    '',
    '      - uses: mlgate/mlgate@v1',
    '        with:',
    '          check-name: quality',
    '',
  ];
}

/**
 * The two workflows of workflows-examples/ a project starts with, with the least permissions each needs:
 * pull requests are gated (comment, check run, exit status); pushes to main keep the baseline those pull
 * requests are compared with. Apart, so the push job never holds `pull-requests: write` and a baseline is never
 * cancelled half-saved by the next push.
 */
export function starterWorkflows(hasMetrics: boolean): StarterWorkflow[] {
  const pullRequest = [
    '# Written by `mlgate init`. On every pull request mlgate validates the datasets of mlgate.yml, compares',
    "# the metrics with the default branch's baseline (kept by main.yml), keeps one sticky comment and leaves",
    '# the check run `mlgate / quality`: require it in branch protection.',
    'name: ML checks',
    '',
    'on:',
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write # the sticky comment',
    '  checks: write # the check run',
    '',
    '# A newer push to the pull request cancels the older run.',
    'concurrency:',
    '  group: ml-checks-${{ github.event.pull_request.number }}',
    '  cancel-in-progress: true',
    '',
    ...gateJob('gate', hasMetrics),
  ];
  const main = [
    '# Written by `mlgate init`. On every push to the default branch mlgate checks the commit as a pull request',
    '# is checked and keeps its metrics (and, with drift: or evaluate: in mlgate.yml, the profiles and',
    '# predictions) as the baseline the next pull requests are compared with.',
    'name: Baseline',
    '',
    'on:',
    '  push:',
    '    branches: [main]',
    '',
    'permissions:',
    '  contents: read',
    '  checks: write # the check run on the commit',
    '',
    '# One baseline at a time, never cancelled half-saved.',
    'concurrency:',
    '  group: baseline-${{ github.ref }}',
    '  cancel-in-progress: false',
    '',
    ...gateJob('baseline', hasMetrics),
  ];
  return [
    { path: PULL_REQUEST_WORKFLOW, what: 'the pull request gate', text: pullRequest.join('\n') },
    { path: MAIN_WORKFLOW, what: 'the baseline, on pushes to main', text: main.join('\n') },
  ];
}
