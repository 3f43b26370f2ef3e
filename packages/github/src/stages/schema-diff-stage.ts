import path from 'node:path';
import {
  MAX_SCHEMA_BYTES,
  UserError,
  diffSchemas,
  parseSchemaText,
  readUserText,
  reportFileName,
  writeReportFile,
} from '@mlgate/engine';
import type { DatasetWork, SchemaDiffReport } from '@mlgate/engine';
import type { EventContext } from '../event-subject.js';
import { subjectOf } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';
import { readBaseFile } from './base-file-reader.js';

export interface SchemaDiffStageRequest {
  readonly workspace: string;
  readonly context: EventContext;
  readonly reportDir: string;
  /** The REST client when there is a token: reads the base version through the Contents API. */
  readonly client: (() => Promise<GitHubClient>) | undefined;
}

/** What became of one schema the plan uses; only `changed` writes a report. */
export type SchemaDiffOutcome = { readonly dataset: string; readonly schema: string } & (
  | { readonly status: 'changed'; readonly file: string; readonly report: SchemaDiffReport }
  | { readonly status: 'unchanged' }
  /** The base commit has no such file: the pull request adds the schema. */
  | { readonly status: 'new' }
  /** The base version could not be read or compared; `reason` is one line. */
  | { readonly status: 'not-compared'; readonly reason: string }
);

/** The base commit of the pull request the run is about; undefined on any other event. */
function pullRequestBase(context: EventContext): string | undefined {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') return undefined;
  const base = (context.payload['pull_request'] as { base?: { sha?: unknown } } | undefined)?.base;
  return typeof base?.sha === 'string' && /^[0-9a-f]{40}$/i.test(base.sha) ? base.sha : undefined;
}

/**
 * On a pull request, each schema the plan uses against its version at the base commit: a schema the pull
 * request changed is diffed and written as `schema-diff-<dataset>.json`. Nothing on other events: a push has
 * no base to compare with. A schema shared by several datasets is compared once, under the first one's name.
 */
export async function runSchemaDiffStage(
  datasets: readonly DatasetWork[],
  request: SchemaDiffStageRequest,
): Promise<SchemaDiffOutcome[]> {
  const baseSha = pullRequestBase(request.context);
  if (baseSha === undefined) return [];
  const seen = new Set<string>();
  const outcomes: SchemaDiffOutcome[] = [];
  for (const dataset of datasets) {
    const absolute = path.resolve(request.workspace, dataset.schema);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    outcomes.push(await compareWithBase(dataset.name, absolute, baseSha, request));
  }
  return outcomes;
}

async function compareWithBase(
  dataset: string,
  absolute: string,
  baseSha: string,
  request: SchemaDiffStageRequest,
): Promise<SchemaDiffOutcome> {
  const inRepo = path.relative(request.workspace, absolute);
  if (inRepo === '..' || inRepo.startsWith(`..${path.sep}`) || path.isAbsolute(inRepo)) {
    const reason = 'outside the workspace, so not in the repository';
    return { dataset, schema: absolute, status: 'not-compared', reason };
  }
  const schema = inRepo.split(path.sep).join('/');
  const syntax = /\.ya?ml$/i.test(schema) ? 'yaml' : 'json';
  const currentText = await readUserText(absolute, {
    what: 'schema file',
    shownAs: schema,
    maxBytes: MAX_SCHEMA_BYTES,
  });
  const at = baseSha.slice(0, 12);
  let baseText: string;
  try {
    const base = await readBaseFile(
      {
        workspace: request.workspace,
        repository: request.context.repo,
        sha: baseSha,
        client: request.client,
        maxBytes: MAX_SCHEMA_BYTES,
        what: 'schema file',
      },
      schema,
    );
    if (!base.found) return { dataset, schema, status: 'new' };
    baseText = base.content.toString('utf8');
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { dataset, schema, status: 'not-compared', reason: `base version unreadable: ${error.message}` };
  }
  if (baseText === currentText) return { dataset, schema, status: 'unchanged' };

  let report: SchemaDiffReport;
  try {
    const before = parseSchemaText(baseText, `${schema}@${at}`, syntax);
    report = diffSchemas(before, parseSchemaText(currentText, schema, syntax), subjectOf(request.context));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { dataset, schema, status: 'not-compared', reason: oneLine(error) };
  }
  const file = await writeReportFile(request.reportDir, reportFileName('schema-diff', dataset), report);
  return { dataset, schema, status: 'changed', file, report };
}

/** A UserError as one line, with where it is when it has a place (`schemas/x.json@abc:3:5: …`). */
function oneLine(error: UserError): string {
  const where = error.location;
  if (where === undefined) return error.message;
  return `${[where.file, where.line, where.column].filter((part) => part !== undefined).join(':')}: ${error.message}`;
}
