import { randomUUID } from 'node:crypto';
import { CachePermission, readRuntimeToken, type CacheScope } from './runtime-token.js';
import type { SignedBlobStore } from './signed-blob-store.js';
import { int64Field, int64Json, requiredStringField, stringListField } from './twirp-fields.js';
import { TwirpError, type TwirpRequest, type TwirpService } from './twirp-server.js';

/** Service name the toolkit calls (@actions/cache lib/generated/results/api/v1/cache.twirp-client.js). */
export const CACHE_TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';

/**
 * Message prefixes @actions/cache 6.3 matches on (lib/cache.js `CACHE_WRITE_DENIED_PREFIX`, and
 * `CacheReadDeniedMessagePrefix`): a write denial comes back as `ok: false` with this message, a read denial
 * as a `permission_denied` Twirp error whose message contains the other.
 */
const CACHE_WRITE_DENIED_PREFIX = 'cache write denied:';
const CACHE_READ_DENIED_PREFIX = 'cache read denied:';

/** Keys longer than this are refused by the client itself (lib/cache.js `checkKey`); the service agrees. */
const MAX_CACHE_KEY_LENGTH = 512;

interface EntryIdentity {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly scope: string;
  readonly blobName: string;
}

/** Reserved by CreateCacheEntry, not readable until FinalizeCacheEntryUpload commits it. */
interface ReservedEntry extends EntryIdentity {
  readonly state: 'reserved';
}

interface CommittedEntry extends EntryIdentity {
  readonly state: 'committed';
  readonly sizeBytes: number;
  readonly committedAt: Date;
  /** Commit order; "newest first" must not depend on two commits landing in different milliseconds. */
  readonly sequence: number;
}

type CacheEntry = ReservedEntry | CommittedEntry;

/** What tests and the demo may inspect. */
export interface CacheEntrySummary {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly scope: string;
  readonly state: CacheEntry['state'];
  readonly sizeBytes: number | undefined;
}

/**
 * The Actions cache service v2 as GitHub runs it: entries keyed by scope + key + version and immutable once
 * reserved; writes land in the token's writable scope; reads search the writable scope first and then the
 * other readable ones (so a pull request restores what its base branch saved, never the other way round).
 */
export class ActionsCacheService {
  private readonly entries: CacheEntry[] = [];
  private nextId = 1;
  private nextSequence = 1;

  constructor(private readonly blobs: SignedBlobStore) {}

  get twirpService(): TwirpService {
    return {
      name: CACHE_TWIRP_SERVICE,
      methods: {
        CreateCacheEntry: async (request) => this.createCacheEntry(request),
        FinalizeCacheEntryUpload: async (request) => this.finalizeCacheEntryUpload(request),
        GetCacheEntryDownloadURL: async (request) => this.getCacheEntryDownloadUrl(request),
      },
    };
  }

  list(): CacheEntrySummary[] {
    return this.entries.map((entry) => ({
      id: entry.id,
      key: entry.key,
      version: entry.version,
      scope: entry.scope,
      state: entry.state,
      sizeBytes: entry.state === 'committed' ? entry.sizeBytes : undefined,
    }));
  }

  private createCacheEntry(request: TwirpRequest): object {
    const token = readRuntimeToken(request.authorization);
    const key = cacheKey(request.body);
    const version = requiredStringField(request.body, 'version');
    const scope = writableScope(token.cacheScopes);
    if (scope === undefined) {
      return { ok: false, message: `${CACHE_WRITE_DENIED_PREFIX} the token has no writable cache scope` };
    }
    if (this.find(scope, key, version) !== undefined) {
      throw new TwirpError(
        'already_exists',
        'cache entry with the same key, version, and scope already exists',
      );
    }
    const entry: ReservedEntry = {
      id: this.nextId++,
      key,
      version,
      scope,
      blobName: `${randomUUID()}.tar`,
      state: 'reserved',
    };
    this.entries.push(entry);
    return { ok: true, signed_upload_url: this.blobs.uploadUrl(entry.blobName) };
  }

  private async finalizeCacheEntryUpload(request: TwirpRequest): Promise<object> {
    const token = readRuntimeToken(request.authorization);
    const key = cacheKey(request.body);
    const version = requiredStringField(request.body, 'version');
    const sizeBytes = int64Field(request.body, 'size_bytes');
    const scope = writableScope(token.cacheScopes);
    if (scope === undefined) {
      return { ok: false, message: `${CACHE_WRITE_DENIED_PREFIX} the token has no writable cache scope` };
    }
    const entry = this.find(scope, key, version);
    if (entry === undefined) throw new TwirpError('not_found', 'cache entry not found');
    if (entry.state === 'committed') {
      throw new TwirpError('already_exists', 'cache entry is already finalized');
    }
    const uploaded = await this.blobs.size(entry.blobName);
    if (uploaded === undefined) {
      throw new TwirpError('failed_precondition', 'nothing was uploaded for this cache entry');
    }
    if (uploaded !== sizeBytes) {
      throw new TwirpError(
        'invalid_argument',
        `size_bytes is ${sizeBytes} but ${uploaded} bytes were uploaded`,
      );
    }
    const committed: CommittedEntry = {
      ...entry,
      state: 'committed',
      sizeBytes,
      committedAt: new Date(),
      sequence: this.nextSequence++,
    };
    this.entries[this.entries.indexOf(entry)] = committed;
    return { ok: true, entry_id: int64Json(committed.id) };
  }

  private getCacheEntryDownloadUrl(request: TwirpRequest): object {
    const token = readRuntimeToken(request.authorization);
    const key = cacheKey(request.body);
    const restoreKeys = stringListField(request.body, 'restore_keys');
    const version = requiredStringField(request.body, 'version');
    const scopes = readableScopes(token.cacheScopes);
    if (scopes.length === 0) {
      throw new TwirpError(
        'permission_denied',
        `${CACHE_READ_DENIED_PREFIX} the token has no readable cache scope`,
      );
    }
    const match = this.lookup(scopes, key, restoreKeys, version);
    if (match === undefined) return { ok: false, signed_download_url: '', matched_key: '' };
    return { ok: true, signed_download_url: this.blobs.downloadUrl(match.blobName), matched_key: match.key };
  }

  /**
   * GitHub's documented order: in each scope (current first), the key exactly, then the key as a prefix,
   * then each restore key as a prefix; a prefix with several hits gives the newest. Only the same version
   * (paths + compression) ever matches.
   */
  private lookup(
    scopes: readonly string[],
    key: string,
    restoreKeys: readonly string[],
    version: string,
  ): CommittedEntry | undefined {
    for (const scope of scopes) {
      const candidates = this.entries
        .filter((entry): entry is CommittedEntry => entry.state === 'committed')
        .filter((entry) => entry.scope === scope && entry.version === version)
        .sort((a, b) => b.sequence - a.sequence);
      const exact = candidates.find((entry) => entry.key === key);
      if (exact !== undefined) return exact;
      for (const prefix of [key, ...restoreKeys]) {
        const newest = candidates.find((entry) => entry.key.startsWith(prefix));
        if (newest !== undefined) return newest;
      }
    }
    return undefined;
  }

  private find(scope: string, key: string, version: string): CacheEntry | undefined {
    return this.entries.find(
      (entry) => entry.scope === scope && entry.key === key && entry.version === version,
    );
  }
}

function cacheKey(body: TwirpRequest['body']): string {
  const key = requiredStringField(body, 'key');
  if (key.length > MAX_CACHE_KEY_LENGTH) {
    throw new TwirpError('invalid_argument', `key is longer than ${MAX_CACHE_KEY_LENGTH} characters`);
  }
  return key;
}

function writableScope(scopes: readonly CacheScope[]): string | undefined {
  return scopes.find((scope) => (scope.permission & CachePermission.write) !== 0)?.scope;
}

/** The writable scope (the job's own ref) first, then the read-only ones in the token's order. */
function readableScopes(scopes: readonly CacheScope[]): string[] {
  const readable = scopes.filter((scope) => (scope.permission & CachePermission.read) !== 0);
  const own = readable.filter((scope) => (scope.permission & CachePermission.write) !== 0);
  const others = readable.filter((scope) => (scope.permission & CachePermission.write) === 0);
  return [...own, ...others].map((scope) => scope.scope);
}
