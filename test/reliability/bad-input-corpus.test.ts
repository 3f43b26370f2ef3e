import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoCli } from '../../scripts/repo-cli.js';
import { fingerprint, layOut } from './corpus/case-files.js';
import type { CliCase } from './corpus/corpus-case.js';
import { cliCases } from './corpus/cli-cases.js';

// Every case runs the CLI, bundled from the current sources, as its own process with a small heap and a
// deadline: a hang or a memory blow-up is then a failed case, not a stuck test run.
const DEADLINE_MS = 20_000;
const HEAP_MB = 256;

let cli: string;
const scratch = mkdtempSync(path.join(tmpdir(), 'mlgate-corpus-'));
beforeAll(async () => {
  cli = await repoCli();
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function runMlgate(dir: string, testCase: CliCase): Promise<Outcome> {
  const started = Date.now();
  const mlgate = [process.execPath, `--max-old-space-size=${HEAP_MB}`, cli, ...testCase.argv];
  // Piped input goes through a real pipe from a shell, as `cat file | mlgate …` gives it; Node's own stdio
  // pipes are sockets, which no user's shell hands over.
  const command =
    testCase.stdin === undefined
      ? mlgate
      : ['/bin/sh', '-c', 'cat "$0" | exec "$@"', path.join(dir, '.stdin'), ...mlgate];
  if (testCase.stdin !== undefined) writeFileSync(path.join(dir, '.stdin'), testCase.stdin);
  const child = spawn(command[0]!, command.slice(1), {
    cwd: dir,
    // Nothing from this machine's environment leaks in: no token, no GITHUB_* variables, no CI flag.
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, TMPDIR: dir, ...testCase.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // The whole process group: the shell and what it started.
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), DEADLINE_MS);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const STACK_LINE = /\n\s+at .+:\d+:\d+\)?/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `file`, `file:line` or `file:line:column`, not followed by more digits (so `d.csv:2` is not `d.csv:20`). */
function namesPlace(text: string, at: string): boolean {
  return new RegExp(`(^|[\\s'"(])${escapeRegExp(at)}(?![\\d])`, 'm').test(text);
}

const byKind = new Map<string, CliCase[]>();
for (const testCase of cliCases) byKind.set(testCase.kind, [...(byKind.get(testCase.kind) ?? []), testCase]);

let counter = 0;
for (const [kind, cases] of byKind) {
  describe(`corpus: ${kind}`, () => {
    for (const testCase of cases) {
      it(
        `mlgate ${testCase.argv[0] ?? ''}: ${testCase.title} → exit ${testCase.expect.exit}`,
        async () => {
          const dir = path.join(scratch, `case-${++counter}`);
          layOut(dir, testCase.files ?? {});
          const before = fingerprint(dir);
          const run = await runMlgate(dir, testCase);
          const output = `${run.stdout}\n${run.stderr}`;
          const seen = { exit: run.code, signal: run.signal, stderr: run.stderr.slice(0, 600) };

          expect(seen).toMatchObject({ exit: testCase.expect.exit, signal: null });
          expect(output).not.toMatch(STACK_LINE);
          expect(output).not.toMatch(/internal error/);
          if (testCase.expect.exit === 2) {
            const lines = run.stderr.trimEnd().split('\n');
            expect(lines).toHaveLength(1);
            expect(lines[0]).toMatch(/^mlgate[ :]/);
            expect(lines[0]).toMatch(testCase.expect.says);
            if (testCase.expect.at !== undefined)
              expect({ line: lines[0], at: namesPlace(lines[0]!, testCase.expect.at) }).toMatchObject({
                at: true,
              });
          } else {
            expect(output).toMatch(testCase.expect.says);
            if (testCase.expect.at !== undefined)
              expect({
                output: output.slice(0, 600),
                at: namesPlace(output, testCase.expect.at),
              }).toMatchObject({ at: true });
          }
          for (const text of testCase.never ?? []) {
            if (typeof text === 'string') expect(output).not.toContain(text);
            else expect(output).not.toMatch(text);
          }
          for (const file of testCase.noOutput ?? [])
            expect({ file, exists: existsSync(path.join(dir, file)) }).toEqual({ file, exists: false });
          const after = fingerprint(dir);
          for (const [file, sum] of Object.entries(before))
            expect({ file, sum: after[file] }).toEqual({ file, sum });
          // Nothing half-written beside the inputs either: no temp file left behind.
          expect(
            Object.keys(after).filter((file) => !(file in before) && /\.tmp|~$|\.partial/.test(file)),
          ).toEqual([]);
          rmSync(dir, { recursive: true, force: true });
        },
        DEADLINE_MS + 10_000,
      );
    }
  });
}
