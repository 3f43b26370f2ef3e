import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { renderReliabilityPage, type JestResults } from '../scripts/reliability-table.js';

const root = '/repo';
const results: JestResults = {
  testResults: [
    {
      name: path.join(root, 'test/reliability/bad-input-corpus.test.ts'),
      assertionResults: [
        { ancestorTitles: ['corpus: YAML bombs'], title: 'a bomb as metrics → exit 2', status: 'passed' },
        { ancestorTitles: ['corpus: YAML bombs'], title: 'a bomb as | config → exit 2', status: 'failed' },
        { ancestorTitles: ['corpus: deep nesting'], title: 'deep → exit 2', status: 'passed' },
      ],
    },
    {
      name: path.join(root, 'test/reliability/load.test.ts'),
      assertionResults: [{ ancestorTitles: ['load'], title: '1,000 comments', status: 'pending' }],
    },
    {
      name: path.join(root, 'test/cli/validate-command.test.ts'),
      assertionResults: [{ ancestorTitles: ['mlgate validate'], title: 'unrelated', status: 'passed' }],
    },
  ],
};

describe('docs/reliability.md', () => {
  const page = renderReliabilityPage(results, root);

  it('counts each class of the corpus from the test results, sorted by class', () => {
    expect(page).toContain('| YAML bombs | 2 | 1 | 1 | 0 |');
    expect(page).toContain('| deep nesting | 1 | 1 | 0 | 0 |');
    expect(page.indexOf('| deep nesting')).toBeLessThan(page.indexOf('| YAML bombs'));
  });

  it('names what did not hold, escaped for a table, and counts what was not run', () => {
    expect(page).toContain('- did not hold: YAML bombs: a bomb as \\| config → exit 2');
    expect(page).toContain('| load | 0 | 0 | 0 | 1 |');
    expect(page).toContain('3 tried, 2 held, 1 did not hold, 1 not run.');
  });

  it('leaves out tests that are not about reliability', () => {
    expect(page).not.toContain('unrelated');
    expect(page).toContain('_No results for this section in the last run._');
  });
});
