/**
 * Finalized workflow artifacts, shared by the artifact Twirp service (which creates them, as the runner's
 * results service does) and the REST API of the local GitHub (which lists them and serves their zip, as
 * `GET /repos/{owner}/{repo}/actions/artifacts…` does).
 */
export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  /** The workflow run that uploaded it (from the runtime token's `scp` claim). */
  readonly workflowRunId: number;
  readonly workflowJobRunId: number;
  readonly sizeInBytes: number;
  /** `sha256:<hex>` as the service reports it. */
  readonly digest: string | undefined;
  /** Where the zip's bytes can be fetched with a plain GET (a signed blob URL). */
  readonly downloadUrl: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface ArtifactRegistry {
  list(filter?: { workflowRunId?: number; name?: string }): readonly StoredArtifact[];
  get(id: number): StoredArtifact | undefined;
  delete(id: number): boolean;
}
