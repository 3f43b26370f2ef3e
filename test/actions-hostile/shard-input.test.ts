import { describe, it } from '@jest/globals';
import { expectRefusal, runStep, workspaceWith } from './hostile-step.js';

// `shard` on the two actions that take it (validate-data and the root action): whatever a matrix expression
// or a hand-edited workflow puts there, the step refuses it in one line before reading any data or calling
// any service, and a well-formed shard with nothing to validate is refused too rather than uploading an
// empty partial.

const HOSTILE_SHARDS = [
  '0/4',
  '5/4',
  '-1/2',
  '1/0',
  '1/1e309',
  '1/99999',
  'NaN/NaN',
  '1/2\n2/2',
  '١/٢', // Arabic-Indic digits, which Number() would not read either
  `1/${'2'.repeat(100_000)}`,
];

const data = {
  'people.schema.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] }),
  'people.csv': 'id\n1\n2\n',
};

describe('shard inputs that are not k/n, and a shard with nothing to validate', () => {
  describe.each([
    ['validate-data', 'validate-data'],
    ['the root action', '.'],
  ] as const)('%s', (_, action) => {
    it.each(HOSTILE_SHARDS.map((shard) => [JSON.stringify(shard.slice(0, 20)), shard]))(
      'refuses %s: exit 2, one line',
      async (__, shard) => {
        const run = await runStep(action, {
          workspace: await workspaceWith(data),
          inputs: { schema: 'people.schema.json', data: 'people.csv', shard },
        });
        expectRefusal(
          run,
          /^input 'shard' must be k\/n with 1 ≤ k ≤ n ≤ \d+ \(the k-th of n shards\), got ".*"$/,
        );
      },
    );
  });

  describe('the root action with a shard and nothing to validate', () => {
    it('is refused in one line (exit 2), not an empty partial', async () => {
      const run = await runStep('.', { workspace: await workspaceWith({}), inputs: { shard: '1/2' } });
      expectRefusal(run, /^shard 1\/2: nothing to validate/);
    });
  });
});
