/**
 * The pull request workflow: the root action validates the datasets, compares the metrics, comments and
 * leaves the check run on pull requests, and keeps the baseline on pushes to main. Permissions are the
 * least it needs: read the code, write the comment and the check run.
 */
export function starterWorkflowText(hasMetrics: boolean): string {
  const train = hasMetrics
    ? [
        '',
        '      # Train and evaluate here, writing the metrics files mlgate.yml names, for example:',
        '      # - uses: actions/setup-python@v5',
        "      #   with: { python-version: '3.12' }",
        '      # - run: pip install -r requirements.txt && python train.py',
      ]
    : [];
  return [
    '# Written by `mlgate init`. On pull requests mlgate validates the datasets of mlgate.yml, compares the',
    "# metrics with the default branch's baseline, keeps one sticky comment and leaves the check run",
    '# `mlgate / quality` (require it in branch protection); on pushes to main it keeps the metrics as the',
    '# next baseline.',
    'name: mlgate',
    '',
    'on:',
    '  pull_request:',
    '  push:',
    '    branches: [main]',
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write',
    '  checks: write',
    '',
    'concurrency:',
    '  group: mlgate-${{ github.event.pull_request.number || github.ref }}',
    '  cancel-in-progress: true',
    '',
    'jobs:',
    '  gate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    ...train,
    '',
    '      - uses: mlgate/mlgate@v1',
    '        with:',
    '          check-name: quality',
    '',
  ].join('\n');
}
