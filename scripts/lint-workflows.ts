import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { lintWithActionlint } from './actionlint-check.js';
import {
  formatProblem,
  lintActionManifest,
  lintMlgateUsage,
  lintWithOfficialParser,
  loadManifests,
  type LintProblem,
} from './workflow-lint.js';

// Lints the copy-ready workflows (GitHub's own parser, actionlint, mlgate's rules) and every action.yml; prints
// one line a problem, as an annotation in CI.
const root = process.cwd();
const actionFiles = await glob(['action.yml', 'actions/*/action.yml'], { cwd: root });
const workflowFiles = await glob(['workflows-examples/**/*.{yml,yaml}', '.github/workflows/*.{yml,yaml}'], {
  cwd: root,
});
const manifests = await loadManifests(root, actionFiles);
const problems: LintProblem[] = [];
for (const file of actionFiles) problems.push(...lintActionManifest(file, await readFile(file, 'utf8')));
for (const file of workflowFiles) {
  const content = await readFile(file, 'utf8');
  problems.push(...(await lintWithOfficialParser(file, content)));
  problems.push(...(await lintWithActionlint(file, content)));
  problems.push(...lintMlgateUsage(file, content, manifests));
}
const inActions = process.env.GITHUB_ACTIONS === 'true';
for (const problem of problems) console.log(formatProblem(problem, inActions));
console.log(
  `lint-workflows: ${workflowFiles.length} workflows, ${actionFiles.length} actions, ${problems.length} problems`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
