// Real webhook payloads from @octokit/webhooks-examples, adjusted per test with a deep merge.
import { createRequire } from 'node:module';
import type { WebhookEvent } from './runner-env.js';

interface ExampleGroup {
  readonly name: string;
  readonly actions: readonly string[];
  readonly examples: readonly Record<string, unknown>[];
}

let examples: readonly ExampleGroup[] | undefined;

function allExamples(): readonly ExampleGroup[] {
  examples ??= createRequire(import.meta.url)(
    '@octokit/webhooks-examples/api.github.com/index.json',
  ) as ExampleGroup[];
  return examples;
}

export class WebhookExampleError extends Error {
  override readonly name = 'WebhookExampleError';
}

export type PayloadOverrides = { readonly [key: string]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars replace; `undefined` leaves the target alone. */
export function deepMerge<T extends Record<string, unknown>>(target: T, overrides: PayloadOverrides): T {
  const merged: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return merged as T;
}

/** A fresh copy of the first recorded example of `name` (with `action`, when given). */
export function webhookExample(name: string, action?: string): Record<string, unknown> {
  const group = allExamples().find((g) => g.name === name);
  if (group === undefined) throw new WebhookExampleError(`no webhook examples for event '${name}'`);
  const example = group.examples.find((e) => action === undefined || e['action'] === action);
  if (example === undefined) {
    const known = [...new Set(group.examples.map((e) => String(e['action'])))].join(', ');
    throw new WebhookExampleError(`no '${name}' example with action '${action}' (recorded: ${known})`);
  }
  return structuredClone(example);
}

export interface WebhookPayloadOptions {
  readonly action?: string;
  /** `owner/name`: rewrites the repository everywhere it appears (names, owner login, API and HTML URLs). */
  readonly repository?: string;
  /** Pull request events: the head lives in a fork owned by `forkOwner` (default `fork-contributor`). */
  readonly fork?: boolean;
  readonly forkOwner?: string;
  /** Deep-merged last: numbers, SHAs, anything else. */
  readonly overrides?: PayloadOverrides;
}

function record(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) throw new WebhookExampleError('example payload lacks an expected object');
  return value;
}

function renameRepository(payload: Record<string, unknown>, fullName: string): Record<string, unknown> {
  const [owner, name] = fullName.split('/');
  if (owner === undefined || name === undefined || owner === '' || name === '') {
    throw new WebhookExampleError(`repository must be 'owner/name', got '${fullName}'`);
  }
  const repository = record(payload['repository']);
  const oldFullName = String(repository['full_name']);
  const oldOwner = String(record(repository['owner'])['login']);
  const rewritten = JSON.parse(
    JSON.stringify(payload)
      .replaceAll(`/${oldFullName}`, `/${fullName}`)
      .replaceAll(`:${oldFullName}`, `:${fullName}`)
      .replaceAll(`"${oldFullName}"`, `"${fullName}"`),
  ) as Record<string, unknown>;
  const rename = (repo: Record<string, unknown>): void => {
    if (repo['full_name'] !== fullName) return;
    repo['name'] = name;
    record(repo['owner'])['login'] = owner;
  };
  rename(record(rewritten['repository']));
  if (isPlainObject(rewritten['pull_request'])) {
    const pull = rewritten['pull_request'];
    for (const side of ['base', 'head'] as const) {
      const branch = record(pull[side]);
      if (isPlainObject(branch['repo'])) rename(branch['repo']);
      if (String(branch['label']).startsWith(`${oldOwner}:`))
        branch['label'] = `${owner}:${String(branch['ref'])}`;
    }
  }
  return rewritten;
}

function moveHeadToFork(payload: Record<string, unknown>, forkOwner: string): void {
  const pull = record(payload['pull_request']);
  const base = record(pull['base']);
  const head = record(pull['head']);
  const baseRepo = record(base['repo']);
  const name = String(baseRepo['name']);
  const baseFullName = String(baseRepo['full_name']);
  const forkFullName = `${forkOwner}/${name}`;
  const forkRepo = JSON.parse(
    JSON.stringify(baseRepo).replaceAll(`/${baseFullName}`, `/${forkFullName}`),
  ) as Record<string, unknown>;
  Object.assign(forkRepo, {
    id: Number(baseRepo['id']) + 1_000_000,
    node_id: `${String(baseRepo['node_id'])}FORK`,
    full_name: forkFullName,
    fork: true,
    owner: { ...record(baseRepo['owner']), login: forkOwner, id: 99_000_001, type: 'User' },
  });
  head['repo'] = forkRepo;
  head['label'] = `${forkOwner}:${String(head['ref'])}`;
  head['user'] = { ...record(head['user']), login: forkOwner, id: 99_000_001, type: 'User' };
}

/** A recorded payload for `name`, adjusted by `options`. */
export function webhookPayload(name: string, options: WebhookPayloadOptions = {}): Record<string, unknown> {
  let payload = webhookExample(name, options.action);
  if (options.repository !== undefined) payload = renameRepository(payload, options.repository);
  if (options.fork === true) {
    if (!isPlainObject(payload['pull_request'])) {
      throw new WebhookExampleError(`'fork' applies to pull request events, not '${name}'`);
    }
    moveHeadToFork(payload, options.forkOwner ?? 'fork-contributor');
  }
  return options.overrides === undefined ? payload : deepMerge(payload, options.overrides);
}

/** `{ name, payload }`, ready for runAction's `event`. */
export function webhookEvent(name: string, options: WebhookPayloadOptions = {}): WebhookEvent {
  return { name, payload: webhookPayload(name, options) };
}
