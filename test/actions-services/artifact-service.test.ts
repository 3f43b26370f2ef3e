import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DefaultArtifactClient } from '@actions/artifact';
import { startActionsServices, type ActionsServices, type RuntimeTokenRequest } from '@mlgate/local-github';
import { inJobContext } from './in-job-context.js';

const RUN = 4242;
const job: RuntimeTokenRequest = {
  runId: RUN,
  jobId: 7,
  ref: 'refs/pull/7/merge',
  readFrom: ['refs/heads/main'],
};
const otherRun: RuntimeTokenRequest = { runId: RUN + 1, jobId: 1, ref: 'refs/heads/main' };
const REPORT = '{"kind":"mlgate/comparison@1","verdict":"pass"}\n';

let services: ActionsServices;
let root: string;

beforeAll(async () => {
  services = await startActionsServices();
  root = await mkdtemp(join(tmpdir(), 'mlgate-artifact-'));
  await mkdir(join(root, 'out'), { recursive: true });
  await writeFile(join(root, 'out', 'comparison.json'), REPORT);
});

afterAll(async () => {
  await services?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

function asJob<T>(request: RuntimeTokenRequest, call: (client: DefaultArtifactClient) => Promise<T>) {
  const env = { ...services.envFor(request), GITHUB_WORKSPACE: root, RUNNER_TEMP: join(root, 'runner-temp') };
  return inJobContext(env, () => call(new DefaultArtifactClient()));
}

function upload(name: string) {
  return asJob(job, (client) =>
    client.uploadArtifact(name, [join(root, 'out', 'comparison.json')], join(root, 'out')),
  );
}

describe('artifact service with the real @actions/artifact client', () => {
  it('round-trips a file: upload, list, download in the same run', async () => {
    const { value: uploaded } = await upload('mlgate-report');
    expect(uploaded.id).toBeGreaterThan(0);

    const { value: listed } = await asJob(job, (client) => client.listArtifacts());
    expect(listed.artifacts).toEqual([
      expect.objectContaining({ id: uploaded.id, name: 'mlgate-report', size: uploaded.size }),
    ]);
    expect(services.artifacts.get(uploaded.id!)?.digest).toBe(`sha256:${uploaded.digest}`);

    const destination = join(root, 'downloaded');
    const { value: downloaded } = await asJob(job, (client) =>
      client.downloadArtifact(uploaded.id!, { path: destination }),
    );
    expect(downloaded.downloadPath).toBe(destination);
    expect(await readFile(join(destination, 'comparison.json'), 'utf8')).toBe(REPORT);
  });

  it('lists the artifact in the registry with size, sha256 digest and a plain-GET download URL', async () => {
    const [stored] = services.artifacts.list({ workflowRunId: RUN, name: 'mlgate-report' });
    expect(stored).toMatchObject({ name: 'mlgate-report', workflowRunId: RUN, workflowJobRunId: 7 });
    expect(stored!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const response = await fetch(stored!.downloadUrl);
    const zip = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(zip.length).toBe(stored!.sizeInBytes);
    expect(`sha256:${createHash('sha256').update(zip).digest('hex')}`).toBe(stored!.digest);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(services.artifacts.get(stored!.id)).toMatchObject({ id: stored!.id, name: 'mlgate-report' });
  });

  it('refuses a second artifact with the same name in the run', async () => {
    await expect(upload('mlgate-report')).rejects.toThrow(
      /\(409\) Conflict: an artifact with this name already exists on the workflow run/,
    );
  });

  it('shows a run only its own artifacts', async () => {
    const { value } = await asJob(otherRun, (client) => client.listArtifacts());
    expect(value.artifacts).toEqual([]);
  });

  it('deletes by name through the client and by id through the registry', async () => {
    const { value: first } = await upload('delete-me');
    const { value: deleted } = await asJob(job, (client) => client.deleteArtifact('delete-me'));
    expect(deleted.id).toBe(first.id);
    expect(services.artifacts.get(first.id!)).toBeUndefined();

    const { value: second } = await upload('delete-me-too');
    expect(services.artifacts.delete(second.id!)).toBe(true);
    expect(services.artifacts.delete(second.id!)).toBe(false);
    const { value: listed } = await asJob(job, (client) => client.listArtifacts());
    expect(listed.artifacts.map((artifact) => artifact.name)).toEqual(['mlgate-report']);
  });
});
