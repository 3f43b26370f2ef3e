import type { ArtifactRegistry, StoredArtifact } from './artifact-registry.js';
import { readRuntimeToken, type ResultsIdentity } from './runtime-token.js';
import type { SignedBlobStore } from './signed-blob-store.js';
import {
  int64Field,
  int64Json,
  optionalInt64ValueField,
  optionalStringValueField,
  optionalTimestampField,
  requiredStringField,
} from './twirp-fields.js';
import { TwirpError, type TwirpRequest, type TwirpService } from './twirp-server.js';

/** Service name the toolkit calls (@actions/artifact lib/generated/results/api/v1/artifact.twirp-client.js). */
export const ARTIFACT_TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService';

/**
 * Retention when the upload names none. Source: GitHub docs, "Configuring the retention period for GitHub
 * Actions artifacts and logs": artifacts and logs are kept for 90 days by default.
 */
export const DEFAULT_ARTIFACT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
const ZIP_MIME_TYPE = 'application/zip';

interface ArtifactIdentity {
  readonly id: number;
  readonly name: string;
  readonly runId: number;
  readonly jobId: number;
  readonly blobName: string;
  readonly mimeType: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Created, bytes possibly on their way; invisible to listings until finalized. */
interface PendingArtifact extends ArtifactIdentity {
  readonly state: 'pending';
}

interface FinalizedArtifact extends ArtifactIdentity {
  readonly state: 'finalized';
  readonly size: number;
  readonly digest: string | undefined;
}

type ArtifactRecord = PendingArtifact | FinalizedArtifact;

/**
 * `github.actions.results.api.v1.ArtifactService` as @actions/artifact 6 speaks it, with the zips in blob
 * storage, and the registry the local REST API lists artifacts from.
 */
export class ActionsArtifactService implements ArtifactRegistry {
  private readonly records: ArtifactRecord[] = [];
  private readonly blobDeletions = new Set<Promise<void>>();
  private nextId = 1;

  constructor(private readonly blobs: SignedBlobStore) {}

  get twirpService(): TwirpService {
    return {
      name: ARTIFACT_TWIRP_SERVICE,
      methods: {
        CreateArtifact: async (request) => this.createArtifact(request),
        FinalizeArtifact: async (request) => this.finalizeArtifact(request),
        ListArtifacts: async (request) => this.listArtifacts(request),
        GetSignedArtifactURL: async (request) => this.getSignedArtifactUrl(request),
        DeleteArtifact: async (request) => this.deleteArtifact(request),
      },
    };
  }

  list(filter: { workflowRunId?: number; name?: string } = {}): readonly StoredArtifact[] {
    return this.finalized()
      .filter((record) => filter.workflowRunId === undefined || record.runId === filter.workflowRunId)
      .filter((record) => filter.name === undefined || record.name === filter.name)
      .map((record) => this.stored(record));
  }

  get(id: number): StoredArtifact | undefined {
    const record = this.finalized().find((candidate) => candidate.id === id);
    return record === undefined ? undefined : this.stored(record);
  }

  delete(id: number): boolean {
    const record = this.finalized().find((candidate) => candidate.id === id);
    if (record === undefined) return false;
    this.remove(record);
    return true;
  }

  /** Waits for blob deletions started by {@link delete}, so shutdown leaves no request in flight. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.blobDeletions]);
  }

  private createArtifact(request: TwirpRequest): object {
    const { runId, jobId } = this.caller(request);
    const name = requiredStringField(request.body, 'name');
    if (this.records.some((record) => record.runId === runId && record.name === name)) {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const now = new Date();
    const mimeType = optionalStringValueField(request.body, 'mime_type') ?? ZIP_MIME_TYPE;
    const id = this.nextId++;
    const record: PendingArtifact = {
      id,
      name,
      runId,
      jobId,
      // A `.zip` path lets the client recognise a zip even if a proxy drops the Content-Type.
      blobName: `${runId}/${id}/${mimeType === ZIP_MIME_TYPE ? `${name}.zip` : name}`,
      mimeType,
      createdAt: now,
      expiresAt:
        optionalTimestampField(request.body, 'expires_at') ??
        new Date(now.getTime() + DEFAULT_ARTIFACT_RETENTION_DAYS * DAY_MS),
      state: 'pending',
    };
    this.records.push(record);
    return { ok: true, signed_upload_url: this.blobs.uploadUrl(record.blobName) };
  }

  private async finalizeArtifact(request: TwirpRequest): Promise<object> {
    const { runId } = this.caller(request);
    const name = requiredStringField(request.body, 'name');
    const size = int64Field(request.body, 'size');
    const record = this.records.find((candidate) => candidate.runId === runId && candidate.name === name);
    if (record === undefined)
      throw new TwirpError('not_found', `artifact ${name} was not created in this run`);
    if (record.state === 'finalized')
      throw new TwirpError('already_exists', `artifact ${name} is already finalized`);
    const uploaded = await this.blobs.size(record.blobName);
    if (uploaded === undefined)
      throw new TwirpError('failed_precondition', `nothing was uploaded for ${name}`);
    if (uploaded !== size) {
      throw new TwirpError('invalid_argument', `size is ${size} but ${uploaded} bytes were uploaded`);
    }
    const finalized: FinalizedArtifact = {
      ...record,
      state: 'finalized',
      size,
      digest: optionalStringValueField(request.body, 'hash'),
    };
    this.records[this.records.indexOf(record)] = finalized;
    return { ok: true, artifact_id: int64Json(finalized.id) };
  }

  private listArtifacts(request: TwirpRequest): object {
    const { runId } = this.caller(request);
    const nameFilter = optionalStringValueField(request.body, 'name_filter');
    const idFilter = optionalInt64ValueField(request.body, 'id_filter');
    const artifacts = this.finalized()
      .filter((record) => record.runId === runId)
      .filter((record) => nameFilter === undefined || record.name === nameFilter)
      .filter((record) => idFilter === undefined || record.id === idFilter)
      .map((record) => ({
        workflow_run_backend_id: String(record.runId),
        workflow_job_run_backend_id: String(record.jobId),
        database_id: int64Json(record.id),
        name: record.name,
        size: int64Json(record.size),
        created_at: record.createdAt.toISOString(),
        ...(record.digest === undefined ? {} : { digest: record.digest }),
      }));
    return { artifacts };
  }

  private getSignedArtifactUrl(request: TwirpRequest): object {
    const record = this.findByName(request);
    return { signed_url: this.downloadUrl(record) };
  }

  private deleteArtifact(request: TwirpRequest): object {
    const record = this.findByName(request);
    this.remove(record);
    return { ok: true, artifact_id: int64Json(record.id) };
  }

  private findByName(request: TwirpRequest): FinalizedArtifact {
    const { runId } = this.caller(request);
    const name = requiredStringField(request.body, 'name');
    const record = this.finalized()
      .filter((candidate) => candidate.runId === runId && candidate.name === name)
      .at(-1);
    if (record === undefined) throw new TwirpError('not_found', `artifact ${name} not found in this run`);
    return record;
  }

  /**
   * The run and job the token speaks for. A request naming another run is refused: the runtime token only
   * ever grants access to its own run's artifacts.
   */
  private caller(request: TwirpRequest): { runId: number; jobId: number } {
    const token = readRuntimeToken(request.authorization);
    if (token.results === undefined) {
      throw new TwirpError('unauthenticated', 'the token has no Actions.Results scope');
    }
    const requestedRun = requiredStringField(request.body, 'workflow_run_backend_id');
    requiredStringField(request.body, 'workflow_job_run_backend_id');
    if (requestedRun !== token.results.workflowRunBackendId) {
      throw new TwirpError('permission_denied', 'the token does not grant access to that workflow run');
    }
    return numericIds(token.results);
  }

  private finalized(): FinalizedArtifact[] {
    const now = Date.now();
    return this.records.filter(
      (record): record is FinalizedArtifact =>
        record.state === 'finalized' && record.expiresAt.getTime() > now,
    );
  }

  private remove(record: ArtifactRecord): void {
    this.records.splice(this.records.indexOf(record), 1);
    const deletion = this.blobs.delete(record.blobName).finally(() => this.blobDeletions.delete(deletion));
    this.blobDeletions.add(deletion);
  }

  private stored(record: FinalizedArtifact): StoredArtifact {
    return {
      id: record.id,
      name: record.name,
      workflowRunId: record.runId,
      workflowJobRunId: record.jobId,
      sizeInBytes: record.size,
      digest: record.digest,
      downloadUrl: this.downloadUrl(record),
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
    };
  }

  private downloadUrl(record: FinalizedArtifact): string {
    // A raw (skipArchive) upload is saved under the file name the client reads from Content-Disposition.
    return record.mimeType === ZIP_MIME_TYPE
      ? this.blobs.downloadUrl(record.blobName)
      : this.blobs.downloadUrl(record.blobName, {
          contentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(record.name)}`,
        });
  }
}

/** Tokens minted by this package carry decimal run and job ids (see runtime-token.ts). */
function numericIds(identity: ResultsIdentity): { runId: number; jobId: number } {
  const runId = Number(identity.workflowRunBackendId);
  const jobId = Number(identity.workflowJobRunBackendId);
  if (!Number.isSafeInteger(runId) || !Number.isSafeInteger(jobId)) {
    throw new TwirpError(
      'invalid_argument',
      'this local service expects numeric run and job ids in the token',
    );
  }
  return { runId, jobId };
}
