/**
 * Limits GitHub imposes, each with where it is stated. Code that trims, splits or batches refers to these,
 * never to bare numbers.
 */
export const GitHubLimits = {
  /** Issue and pull request comment body, in characters (REST: 422 "body is too long (maximum is 65536 characters)"). */
  commentBodyChars: 65_536,
  /** $GITHUB_STEP_SUMMARY per step (docs: "Adding a job summary": 1 MiB; the runner refuses a larger upload). */
  stepSummaryBytes: 1024 * 1024,
  /** Check run `output.summary` and `output.text`, in characters (REST: Create a check run). */
  checkRunSummaryChars: 65_535,
  checkRunTextChars: 65_535,
  /** Annotations accepted per create/update check run request (REST: "limited to 50"). */
  checkRunAnnotationsPerRequest: 50,
  /** Annotations the runner shows per step and kind (docs: workflow commands, "10 error and 10 warning"). */
  runnerAnnotationsPerKindPerStep: 10,
  /**
   * A release body, in characters. Not in GitHub's documentation; the REST API refuses a longer one with 422
   * `body is too long (maximum is 125000 characters)` (seen in softprops/action-gh-release#374 and
   * ncipollo/release-action#493; it was 25,000 before August 2021, per angular/dev-infra#174).
   */
  releaseBodyChars: 125_000,
  /** A release asset, in bytes (docs: "each file … must be under 2 GiB"). */
  releaseAssetBytes: 2 * 1024 * 1024 * 1024,
  /** Inputs one `workflow_dispatch` may carry (REST: Create a workflow dispatch event, `inputs` "maximum … 25"). */
  workflowDispatchInputs: 25,
  /** All of a dispatch's input values together, in characters (docs: `on.workflow_dispatch.inputs`, 65,535). */
  workflowDispatchInputsChars: 65_535,
  /** Items per page on list endpoints (REST: per_page, "max 100"). */
  perPageMax: 100,
} as const;
