// npm run docs: rewrites the generated blocks of every action's README.md (the root README for the root
// action.yml, actions/<name>/README.md for the others) from its action.yml, starting a README for an action
// that has none, the mlgate.yml reference in docs/config.md from schemas/mlgate.schema.json, and the table
// of report kinds in docs/reports.md from the schemas in schemas/. npm run check-docs (`--check`) writes
// nothing and fails naming each stale block, so the documented inputs, outputs, config keys and report kinds
// cannot drift from the manifests and the schemas.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionManifest } from '@mlgate/runner-harness';
import { discoverActionManifests } from './action-discovery.js';
import { readmeScaffold } from './action-readme.js';
import { syncDocBlocks, type DocBlockKind } from './doc-blocks.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every action's README documents at least these, from its own action.yml. */
const REQUIRED_KINDS = ['inputs', 'outputs'] as const;
/** The mlgate.yml reference, and the schema (written from the engine's) it is generated from. */
const CONFIG_PAGE = path.join(repoRoot, 'docs', 'config.md');
const CONFIG_SCHEMA = path.join(repoRoot, 'schemas', 'mlgate.schema.json');
/** The report kinds page, and the folder of published schemas its table is generated from. */
const REPORTS_PAGE = path.join(repoRoot, 'docs', 'reports.md');
const SCHEMAS_DIR = path.join(repoRoot, 'schemas');

/** A page `npm run docs` keeps, and the blocks it must hold: each a kind and the file it renders from. */
interface GeneratedPage {
  readonly file: string;
  readonly required: readonly { readonly kind: DocBlockKind; readonly source: string }[];
  /** A page to start when there is none; pages without one are written by hand around their blocks. */
  readonly scaffold?: () => string;
}

function generatedPages(): GeneratedPage[] {
  const actionPages = discoverActionManifests(repoRoot).map((manifestFile) => ({
    file: path.join(path.dirname(manifestFile), 'README.md'),
    required: REQUIRED_KINDS.map((kind) => ({ kind, source: manifestFile })),
    scaffold: () => readmeScaffold(readActionManifest(manifestFile)),
  }));
  return [
    ...actionPages,
    { file: CONFIG_PAGE, required: [{ kind: 'config', source: CONFIG_SCHEMA }] },
    { file: REPORTS_PAGE, required: [{ kind: 'report-kinds', source: SCHEMAS_DIR }] },
  ];
}

async function main(check: boolean): Promise<number> {
  /** What `npm run docs` brings up to date. */
  const stale: string[] = [];
  /** What it cannot: a README without the blocks every action documents. */
  const incomplete: string[] = [];
  let written = 0;
  for (const { file: readme, required, scaffold } of generatedPages()) {
    const where = path.relative(repoRoot, readme);
    const exists = existsSync(readme);
    if (!exists && (check || scaffold === undefined)) {
      (scaffold === undefined ? incomplete : stale).push(
        `${where}: missing${scaffold === undefined ? '' : ' (`npm run docs` starts one)'}`,
      );
      continue;
    }
    const text = exists ? await readFile(readme, 'utf8') : scaffold!();
    const synced = await syncDocBlocks(readme, text, repoRoot);
    for (const { kind, source } of required) {
      const own = synced.blocks.some(
        (block) => block.kind === kind && path.resolve(path.dirname(readme), block.target) === source,
      );
      if (!own) incomplete.push(`${where}: no '${kind}' block for ${path.relative(repoRoot, source)}`);
    }
    for (const block of synced.stale) stale.push(`${where}:${block.line}: ${block.kind} of ${block.target}`);
    if (!check && synced.text !== text) {
      await writeFile(readme, synced.text);
      console.log(`action-docs: ${exists ? 'updated' : 'started'} ${where}`);
      written++;
    }
  }
  for (const line of incomplete) console.error(`action-docs: ${line}`);
  if (check && stale.length > 0) {
    console.error('action-docs: stale blocks; run `npm run docs` and commit the result:');
    for (const line of stale) console.error(`  ${line}`);
  }
  const failed = incomplete.length > 0 || (check && stale.length > 0);
  if (!failed && written === 0) console.log('action-docs: every README is up to date');
  return failed ? 1 : 0;
}

main(process.argv.includes('--check')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`action-docs failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
