/* global process */
// Every temporary file a test run makes goes under one directory, removed when the run ends: tests and the
// bundled actions they start use os.tmpdir(), which follows TMPDIR, so nothing is left behind even when a
// worker is stopped before its own cleanup runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'mlgate-test-run-'));
  process.env['MLGATE_TEST_TMP_ROOT'] = root;
  process.env['TMPDIR'] = root;
}

export async function teardown() {
  const root = process.env['MLGATE_TEST_TMP_ROOT'];
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
}
