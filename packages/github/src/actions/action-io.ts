/**
 * Every action's inputs and outputs, named once. Code reads an input through these constants, never a
 * string literal; a test holds each against its action.yml, both ways, so neither can drift.
 */
export interface ActionIo {
  /** The action.yml's directory from the repository root. */
  readonly dir: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly outputs: readonly string[];
  /** Outputs the action sets itself, beside the publisher's (`outputs`). */
  readonly ownOutputs?: readonly string[];
}

/** The pull request gate in one step: the root action.yml. */
export const GateAction = {
  dir: '.',
  inputs: {
    config: 'config',
    schema: 'schema',
    data: 'data',
    format: 'format',
    maxErrors: 'max-errors',
    metrics: 'metrics',
    predictions: 'predictions',
    baseline: 'baseline',
    baselineName: 'baseline-name',
    requireBaseline: 'require-baseline',
    failOn: 'fail-on',
    checkName: 'check-name',
    comment: 'comment',
    commentId: 'comment-id',
    commentMode: 'comment-mode',
    reportDir: 'report-dir',
    allowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
    dispatch: 'dispatch',
    dispatchRef: 'dispatch-ref',
    shard: 'shard',
    token: 'token',
  },
  outputs: [
    'verdict',
    'reason',
    'valid',
    'error-count',
    'regressions',
    'baseline-source',
    'baseline-sha',
    'reports',
    'check-run-url',
    'comment-url',
    'retrain',
    'drifted-columns',
  ],
  /** As validate-data's: a shard's step publishes nothing and leaves its partial for merge-reports. */
  ownOutputs: ['partial'],
} as const satisfies ActionIo;

export const ValidateDataAction = {
  dir: 'actions/validate-data',
  inputs: {
    config: 'config',
    schema: 'schema',
    data: 'data',
    format: 'format',
    maxErrors: 'max-errors',
    failOn: 'fail-on',
    checkName: 'check-name',
    reportDir: 'report-dir',
    allowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
    shard: 'shard',
    token: 'token',
  },
  outputs: ['verdict', 'valid', 'error-count', 'rows', 'fingerprint', 'reports', 'check-run-url'],
  /** A shard's step (input `shard`) publishes nothing: it leaves its partial for merge-reports. */
  ownOutputs: ['partial'],
} as const satisfies ActionIo;

/** The merge job of a sharded run: every shard's partial from the run's artifacts, reported as validate-data. */
export const MergeReportsAction = {
  dir: 'actions/merge-reports',
  inputs: {
    config: 'config',
    failOn: 'fail-on',
    checkName: 'check-name',
    reportDir: 'report-dir',
    allowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
    token: 'token',
  },
  outputs: ValidateDataAction.outputs,
} as const satisfies ActionIo;

export const CompareMetricsAction = {
  dir: 'actions/compare-metrics',
  inputs: {
    config: 'config',
    metrics: 'metrics',
    predictions: 'predictions',
    baseline: 'baseline',
    baselineName: 'baseline-name',
    requireBaseline: 'require-baseline',
    failOn: 'fail-on',
    checkName: 'check-name',
    dataReport: 'data-report',
    reportDir: 'report-dir',
    allowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
    token: 'token',
  },
  outputs: [
    'verdict',
    'reason',
    'regressions',
    'baseline-source',
    'baseline-sha',
    'reports',
    'check-run-url',
  ],
} as const satisfies ActionIo;

export const CommentAction = {
  dir: 'actions/comment',
  inputs: {
    config: 'config',
    reports: 'reports',
    id: 'id',
    mode: 'mode',
    prNumber: 'pr-number',
    commitComment: 'commit-comment',
    fromArtifact: 'from-artifact',
    artifactName: 'artifact-name',
    allowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
    token: 'token',
  },
  outputs: ['outcome', 'verdict', 'reason', 'comment-id', 'comment-url'],
} as const satisfies ActionIo;

/** Its outputs are the release's, set by the action itself rather than by the report publisher. */
export const PublishModelAction = {
  dir: 'actions/publish-model',
  inputs: {
    model: 'model',
    name: 'name',
    version: 'version',
    bump: 'bump',
    require: 'require',
    minApprovals: 'min-approvals',
    allowStaleApprovals: 'allow-stale-approvals',
    checkName: 'check-name',
    reports: 'reports',
    profiles: 'profiles',
    prerelease: 'prerelease',
    makeLatest: 'make-latest',
    config: 'config',
    allowPathsOutsideWorkspace: 'allow-paths-outside-workspace',
    token: 'token',
  },
  outputs: ['released', 'version', 'tag', 'release-url', 'manifest', 'checksums'],
} as const satisfies ActionIo;

/** The actions whose outputs the report publisher sets. */
export const REPORTING_ACTIONS: readonly ActionIo[] = [
  GateAction,
  ValidateDataAction,
  MergeReportsAction,
  CompareMetricsAction,
  CommentAction,
];

export const ACTIONS: readonly ActionIo[] = [...REPORTING_ACTIONS, PublishModelAction];
