// Publishes a 1 GiB model to the local GitHub (in its own process, as `npm run local-github` runs it) with the
// mlgate CLI, then downloads and verifies it, and hashes the file as sha256sum does. Prints wall time and
// peak RSS of each against references on the same file in the same run: sha256sum for the hashing, curl
// moving the same bytes to and from the same server for the transfers. Targets: publish and download each
// under 150 MiB peak RSS; mlgate's hashing at least 80% of sha256sum's speed.
// Run: npx tsx bench/publish-model-bench.ts [--gib 1] [--repeat 2]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { join } from 'node:path';
import { once } from 'node:events';
import { BENCH_DATA_DIR } from './generate-data.js';
import {
  bundleBench,
  flag,
  fmt,
  markdownTable,
  measure,
  node,
  nodeVersion,
  repoRoot,
} from './bench-measure.js';

const GIB = flag('gib', 1);
const REPEAT = flag('repeat', 2);
const MAX_RSS_MIB = 150;
const MIN_HASH_RATIO = 0.8;

/** A model file of random bytes (incompressible, as weights are), written once and kept in bench/data. */
async function modelFile(): Promise<string> {
  const file = join(BENCH_DATA_DIR, `model-${GIB}gib.bin`);
  const bytes = Math.round(GIB * 1024 ** 3);
  if (existsSync(file) && statSync(file).size === bytes) return file;
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const out = createWriteStream(file);
  const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (let written = 0; written < bytes; written += chunk.length) {
    randomFillSync(chunk);
    if (!out.write(chunk.subarray(0, Math.min(chunk.length, bytes - written)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

/** The sandbox in its own process: its memory is the server's, not the client's being measured. */
async function startSandbox(): Promise<{ env: Record<string, string>; stop: () => void }> {
  const child = spawn(node, ['--import', 'tsx', join(repoRoot, 'scripts/local-github-sandbox.ts')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const env: Record<string, string> = {};
  let text = '';
  for await (const chunk of child.stdout) {
    text += String(chunk);
    if (/^# .* is ready$/m.test(text)) break;
  }
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match !== null) env[match[1]!] = match[2]!.replace(/^'(.*)'$/, '$1');
  }
  return { env, stop: () => child.kill('SIGINT') };
}

function timedRow(label: string, command: readonly string[], env: Record<string, string>, bytes: number) {
  const previous = { ...process.env };
  Object.assign(process.env, env);
  try {
    const sample = measure(command, () => null, 1);
    return { label, seconds: sample.seconds, rssMiB: sample.rssMiB, mbps: bytes / 1e6 / sample.seconds };
  } finally {
    process.env = previous;
  }
}

/** A draft release for curl's transfers: the bytes moved alone, without anything mlgate checks. */
async function curlDraft(env: Record<string, string>): Promise<{ uploads: string; assets: string }> {
  const response = await fetch(`${env['GITHUB_API_URL']}/repos/${env['GITHUB_REPOSITORY']}/releases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${env['GITHUB_TOKEN']}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tag_name: 'curl-reference', target_commitish: env['GITHUB_SHA'], draft: true }),
  });
  if (!response.ok)
    throw new Error(`creating the reference draft: ${response.status} ${await response.text()}`);
  const release = (await response.json()) as { upload_url: string; url: string };
  return { uploads: release.upload_url.replace(/\{[^}]*\}$/, ''), assets: `${release.url}/assets` };
}

async function firstAssetUrl(assets: string, token: string): Promise<string> {
  const response = await fetch(assets, { headers: { authorization: `Bearer ${token}` } });
  const [asset] = (await response.json()) as { url: string }[];
  if (asset === undefined) throw new Error('curl uploaded nothing');
  return asset.url;
}

async function main(): Promise<void> {
  const file = await modelFile();
  const bytes = statSync(file).size;
  const dist = await bundleBench('dist-publish', { 'mlgate-sha256': 'bench/references/mlgate-sha256.ts' });
  const sandbox = await startSandbox();
  const restored = join(BENCH_DATA_DIR, 'publish-restored');
  const rows: { label: string; seconds: number; rssMiB: number; mbps: number }[] = [];
  try {
    const best = (label: string, run: (attempt: number) => readonly string[]) => {
      let fastest: (typeof rows)[number] | undefined;
      for (let attempt = 0; attempt < REPEAT; attempt++) {
        const row = timedRow(label, run(attempt), sandbox.env, bytes);
        if (fastest === undefined || row.seconds < fastest.seconds) fastest = row;
      }
      return fastest!;
    };
    rows.push(best('sha256sum', () => ['sha256sum', file]));
    rows.push(
      best("mlgate sha256 (the publisher's hashing)", () => [node, join(dist, 'mlgate-sha256.js'), file]),
    );
    const env = sandbox.env;
    const token = env['GITHUB_TOKEN']!;
    const draft = await curlDraft(env);
    // From a file, so the token is never on a command line or in an error message.
    const auth = `@${join(BENCH_DATA_DIR, 'curl-auth.header')}`;
    writeFileSync(auth.slice(1), `authorization: Bearer ${token}\n`, { mode: 0o600 });
    rows.push(
      best('curl upload (transfer only)', (attempt) => [
        'curl',
        '-sSf',
        '-o',
        '/dev/null',
        '-H',
        auth,
        '-H',
        'content-type: application/octet-stream',
        // -T streams the file with its Content-Length; --data-binary would read it all into memory first.
        '-X',
        'POST',
        '-T',
        file,
        `${draft.uploads}?name=curl-${attempt}.bin`,
      ]),
    );
    const curlAsset = await firstAssetUrl(draft.assets, token);
    rows.push(
      best('curl download (transfer only)', () => [
        'curl',
        '-sSfL',
        '-H',
        auth,
        '-H',
        'accept: application/octet-stream',
        '-o',
        join(BENCH_DATA_DIR, 'curl-download.bin'),
        curlAsset,
      ]),
    );
    rmSync(join(BENCH_DATA_DIR, 'curl-download.bin'), { force: true });
    let version = 0;
    const publish = best('mlgate model publish', () => [
      node,
      join(dist, 'mlgate.js'),
      'model',
      'publish',
      file,
      '--name',
      'bench',
      '--version',
      `1.0.${version++}`,
      '--repo',
      sandbox.env['GITHUB_REPOSITORY']!,
      '--commit',
      sandbox.env['GITHUB_SHA']!,
      '--require',
      'none',
    ]);
    rows.push(publish);
    rows.push(
      best('mlgate model download (and verify)', () => {
        rmSync(restored, { recursive: true, force: true });
        return [
          node,
          join(dist, 'mlgate.js'),
          'model',
          'download',
          'bench@latest',
          '--repo',
          sandbox.env['GITHUB_REPOSITORY']!,
          '--dir',
          restored,
        ];
      }),
    );
  } finally {
    sandbox.stop();
    rmSync(restored, { recursive: true, force: true });
    rmSync(join(BENCH_DATA_DIR, 'curl-auth.header'), { force: true });
  }

  // Each mlgate row against the reference that does the same work without it.
  const referenceOf = new Map([
    ["mlgate sha256 (the publisher's hashing)", 'sha256sum'],
    ['mlgate model publish', 'curl upload (transfer only)'],
    ['mlgate model download (and verify)', 'curl download (transfer only)'],
  ]);
  const byLabel = new Map(rows.map((row) => [row.label, row]));
  const speedRatio = (row: (typeof rows)[number]): number | null => {
    const reference = byLabel.get(referenceOf.get(row.label) ?? '');
    return reference === undefined ? null : reference.seconds / row.seconds;
  };
  console.log(
    `publish-model: a ${fmt(bytes / 1024 ** 3, 2)} GiB model of random bytes to the local GitHub (own process); best of ${REPEAT}; Node ${nodeVersion()}`,
  );
  console.log(
    markdownTable(
      ['command', 'seconds', 'MB/s', 'peak RSS MiB', 'speed vs reference'],
      rows.map((row) => {
        const ratio = speedRatio(row);
        return [
          row.label,
          fmt(row.seconds, 2),
          fmt(row.mbps, 0),
          fmt(row.rssMiB, 0),
          ratio === null ? '(reference)' : `${fmt(ratio, 2)}× ${referenceOf.get(row.label)!.split(' ')[0]}`,
        ];
      }),
    ),
  );
  const missed: string[] = [];
  const hashing = speedRatio(byLabel.get("mlgate sha256 (the publisher's hashing)")!)!;
  if (hashing < MIN_HASH_RATIO)
    missed.push(`hashing ${fmt(hashing, 2)}× sha256sum (target ≥ ${MIN_HASH_RATIO})`);
  for (const label of ['mlgate model publish', 'mlgate model download (and verify)']) {
    const row = byLabel.get(label)!;
    if (row.rssMiB > MAX_RSS_MIB)
      missed.push(`${row.label}: peak RSS ${fmt(row.rssMiB, 0)} MiB (target ≤ ${MAX_RSS_MIB})`);
  }
  if (missed.length > 0) {
    console.log(`\ntargets missed:\n${missed.map((line) => `- ${line}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nall targets met');
  }
}

await main();
