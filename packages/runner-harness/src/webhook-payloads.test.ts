import { describe, expect, it } from '@jest/globals';
import { eventRefs, syntheticSha } from './runner-env.js';
import { deepMerge, webhookEvent, webhookPayload } from './webhook-payloads.js';

describe('webhookPayload', () => {
  it('returns a fresh copy of a recorded example with the requested action', () => {
    const a = webhookPayload('pull_request', { action: 'opened' });
    const b = webhookPayload('pull_request', { action: 'opened' });
    expect(a['action']).toBe('opened');
    expect(a).not.toBe(b);
    (a['pull_request'] as Record<string, unknown>)['number'] = 99;
    expect((b['pull_request'] as Record<string, unknown>)['number']).toBe(2);
  });

  it('names the recorded actions when asked for one that does not exist', () => {
    expect(() => webhookPayload('pull_request_review', { action: 'nope' })).toThrow(/submitted/);
  });

  it('renames the repository everywhere, URLs included', () => {
    const payload = webhookPayload('pull_request', { action: 'opened', repository: 'acme/models' });
    const json = JSON.stringify(payload);
    expect(json).not.toContain('Codertocat/Hello-World');
    expect(payload).toMatchObject({
      repository: { full_name: 'acme/models', name: 'models', owner: { login: 'acme' } },
      pull_request: { base: { repo: { full_name: 'acme/models' }, label: 'acme:master' } },
    });
  });

  it('moves the head to a fork', () => {
    const payload = webhookPayload('pull_request', { action: 'opened', fork: true, forkOwner: 'outsider' });
    expect(payload).toMatchObject({
      pull_request: {
        head: {
          label: 'outsider:changes',
          repo: { fork: true, full_name: 'outsider/Hello-World', owner: { login: 'outsider' } },
        },
        base: { repo: { fork: false, full_name: 'Codertocat/Hello-World' } },
      },
    });
  });

  it('deep-merges overrides: objects by key, arrays replaced', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, e: 2 })).toEqual({
      a: { b: 1, c: [3] },
      d: 1,
      e: 2,
    });
  });
});

describe('eventRefs', () => {
  it('push: the pushed ref and `after`', () => {
    const event = webhookEvent('push', { overrides: { ref: 'refs/heads/main', after: 'a'.repeat(40) } });
    expect(eventRefs(event)).toEqual({
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      headRef: '',
      baseRef: '',
    });
  });

  it('pull_request without a merge commit yet: a stable synthetic merge SHA', () => {
    const event = webhookEvent('pull_request', { action: 'opened' });
    const refs = eventRefs(event);
    expect(refs.ref).toBe('refs/pull/2/merge');
    expect(refs.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(eventRefs(webhookEvent('pull_request', { action: 'opened' })).sha).toBe(refs.sha);
    expect(refs).toMatchObject({ headRef: 'changes', baseRef: 'master' });
  });

  it('pull_request_review: the merge ref and commit, no head/base ref (documented for pull_request only)', () => {
    const refs = eventRefs(webhookEvent('pull_request_review', { action: 'submitted' }));
    expect(refs).toEqual({
      ref: 'refs/pull/2/merge',
      sha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      headRef: '',
      baseRef: '',
    });
  });

  it('workflow_run: the default branch, whose last commit is not in the payload', () => {
    const event = webhookEvent('workflow_run', { action: 'completed', repository: 'acme/models' });
    const branch = (event.payload['repository'] as { default_branch: string }).default_branch;
    const refs = eventRefs(event);
    expect(refs.ref).toBe(`refs/heads/${branch}`);
    expect(refs.sha).toBe(syntheticSha('default-branch', 'acme/models', branch));
    expect(eventRefs(webhookEvent('workflow_run', { action: 'completed', overrides: {} })).sha).not.toBe(
      refs.sha,
    );
  });
});
