import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import {
  lintActionManifest,
  lintMlgateUsage,
  lintWithOfficialParser,
  loadManifests,
  type LintProblem,
} from './workflow-lint.js';

// Lints the copy-ready workflows and every action.yml; prints one line a problem, as an annotation in CI.
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
  problems.push(...lintMlgateUsage(file, content, manifests));
}
for (const p of problems) {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  console.log(
    process.env.GITHUB_ACTIONS === 'true'
      ? `::error file=${p.file},line=${p.line ?? 1}::${p.message}`
      : `${where}: ${p.message}`,
  );
}
console.log(
  `lint-workflows: ${workflowFiles.length} workflows, ${actionFiles.length} actions, ${problems.length} problems`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
