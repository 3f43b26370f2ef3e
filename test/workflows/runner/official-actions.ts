// Stand-ins for the official actions the examples use, each doing what the real one leaves behind for the
// steps after it. Keyed by `uses:` with its major version, so an example that pins another major has no
// stand-in and its test fails: the examples stay on one current major each.
import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Artifacts of every run, as upload-artifact leaves them and download-artifact finds them. */
export class ArtifactShelf {
  readonly #runs = new Map<number, Map<string, string>>();
  constructor(private readonly root: string) {}

  names(runId: number): string[] {
    return [...(this.#runs.get(runId)?.keys() ?? [])].sort();
  }

  /** The artifact's folder: its files under the paths the upload kept. */
  where(runId: number, name: string): string | undefined {
    return this.#runs.get(runId)?.get(name);
  }

  async put(runId: number, name: string, files: readonly string[], base: string): Promise<void> {
    const runs = this.#runs.get(runId) ?? new Map<string, string>();
    if (runs.has(name)) throw new Error(`upload-artifact: run ${runId} already has an artifact '${name}'`);
    const dir = path.join(this.root, String(runId), name);
    for (const file of files) await cp(file, path.join(dir, path.relative(base, file)), { recursive: true });
    runs.set(name, dir);
    this.#runs.set(runId, runs);
  }
}

/** One attestation the attest-build-provenance stand-in was asked for. */
export interface AttestationRequest {
  readonly subjects: readonly { readonly name: string; readonly sha256: string }[];
}

export interface OfficialStep {
  readonly workspace: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly runId: number;
  readonly shelf: ArtifactShelf;
  readonly attestations: AttestationRequest[];
}

export type OfficialAction = (step: OfficialStep) => Promise<Record<string, string>>;

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The deepest folder holding every path (a lone folder is its own root), as upload-artifact roots an artifact. */
function commonRoot(paths: readonly string[], dirs: ReadonlySet<string>): string {
  const parts = paths.map((p) => (dirs.has(p) ? p : path.dirname(p)).split(path.sep));
  const first = parts[0]!;
  let length = first.length;
  for (const other of parts) {
    let i = 0;
    while (i < length && i < other.length && other[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}

async function upload({ workspace, inputs, runId, shelf }: OfficialStep): Promise<Record<string, string>> {
  const name = inputs['name'] || 'artifact';
  const paths = lines(inputs['path']).map((p) => path.resolve(workspace, p));
  const present: string[] = [];
  const dirs = new Set<string>();
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info === undefined) continue;
    present.push(p);
    if (info.isDirectory()) dirs.add(p);
  }
  // if-no-files-found defaults to `warn`: nothing uploaded, the step still succeeds.
  if (present.length === 0) return {};
  await shelf.put(runId, name, present, commonRoot(present, dirs));
  return { 'artifact-id': `${runId}-${name}` };
}

async function download({ workspace, inputs, runId, shelf }: OfficialStep): Promise<Record<string, string>> {
  const name = inputs['name'] ?? '';
  const from = inputs['run-id'] ? Number(inputs['run-id']) : runId;
  if (inputs['run-id'] && !inputs['github-token']) {
    throw new Error('download-artifact: run-id needs github-token');
  }
  const dir = shelf.where(from, name);
  if (dir === undefined)
    throw new Error(`download-artifact: Artifact not found for name: ${name} (run ${from})`);
  const into = path.resolve(workspace, inputs['path'] || '.');
  await mkdir(into, { recursive: true });
  await cp(dir, into, { recursive: true });
  return { 'download-path': into };
}

/**
 * attest-build-provenance reads exactly one of subject-path, subject-digest and subject-checksums; a checksums
 * file holds `<hex digest> <flag><name>` lines, the flag ' ' (text) or '*' (binary), as actions/attest's
 * subject.ts parses it. Signing is GitHub's and Sigstore's; what the workflow controls is the subject.
 */
async function attest({ workspace, inputs, attestations }: OfficialStep): Promise<Record<string, string>> {
  const given = ['subject-path', 'subject-digest', 'subject-checksums'].filter((key) => inputs[key]);
  if (given.length !== 1) {
    throw new Error(`attest-build-provenance: exactly one subject input, got ${given.join(', ') || 'none'}`);
  }
  const file = inputs['subject-checksums'];
  if (file === undefined) throw new Error('the examples attest by subject-checksums');
  const text = await readFile(path.resolve(workspace, file), 'utf8');
  const subjects = lines(text).map((line) => {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match === null) throw new Error(`attest-build-provenance: not a sha256sum line: '${line}'`);
    return { name: match[2]!, sha256: match[1]! };
  });
  if (subjects.length === 0) throw new Error(`attest-build-provenance: ${file} names no subject`);
  attestations.push({ subjects });
  return { 'attestation-id': String(attestations.length) };
}

const nothingToDo: OfficialAction = async () => ({});

/** Official actions by `uses:` (checkout is the scenario's: it knows the project's files). */
export const OFFICIAL_ACTIONS: Readonly<Record<string, OfficialAction>> = {
  'actions/setup-python@v7': nothingToDo,
  'actions/upload-artifact@v7': upload,
  'actions/download-artifact@v8': download,
  'actions/attest-build-provenance@v4': attest,
};

export const CHECKOUT = 'actions/checkout@v7';
