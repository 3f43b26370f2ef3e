import { describe, it } from '@jest/globals';
import { expectRefusal, runStep, workspaceWith } from './hostile-step.js';

const SCHEMA = JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] });

// The log shows an annotation's message, not its file: a message about a directory must name it itself.
describe('an error about a directory names it in the line the log shows', () => {
  it('a schema input naming a directory', async () => {
    const run = await runStep('validate-data', {
      inputs: { schema: 'schemas', data: 'data.csv' },
      workspace: await workspaceWith({ 'schemas/people.json': SCHEMA, 'data.csv': 'id\n1\n' }),
    });
    expectRefusal(run, /^schemas: the schema file is a folder, not a file$/);
  });

  it('a reports input naming a directory', async () => {
    const run = await runStep('comment', {
      inputs: { reports: 'reports' },
      workspace: await workspaceWith({ 'reports/validation-data.json': '{}' }),
    });
    expectRefusal(run, /^input 'reports': reports is a directory, not a file \(a glob such as reports\/\* /);
  });

  it('a report-dir naming a file: exit 2, not an internal error', async () => {
    const run = await runStep('validate-data', {
      inputs: { schema: 'schema.json', data: 'data.csv', 'report-dir': 'data.csv' },
      workspace: await workspaceWith({ 'schema.json': SCHEMA, 'data.csv': 'id\n1\n' }),
    });
    expectRefusal(run, /^input 'report-dir': data\.csv is a file, not a directory$/);
  });
});
