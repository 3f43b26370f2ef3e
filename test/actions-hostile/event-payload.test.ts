import { describe, expect, it } from '@jest/globals';
import { ACTION_DIRS, expectRefusal, pullRequestEvent, runStep, type ActionDir } from './hostile-step.js';

// The runner writes the event file; a broken one (a runner bug, a self-hosted runner's script, a test) must
// still give one error line that names the file, from every action, never a stack trace before the
// action's error handling has started.
const pullRequestWithoutHead = (() => {
  const payload = structuredClone(pullRequestEvent().payload) as {
    pull_request: { head: Record<string, unknown> };
  };
  delete payload.pull_request.head['sha'];
  return JSON.stringify(payload);
})();

const BROKEN_EVENTS = [
  { case: 'is not JSON', eventFile: '{not json', message: /is not JSON/ },
  { case: 'is missing', eventFile: null, message: /does not exist/ },
  { case: 'is a JSON array', eventFile: '[1, 2]', message: /is a JSON array, not an object/ },
  {
    case: 'is a pull_request event without pull_request.head.sha',
    eventFile: pullRequestWithoutHead,
    message: /has no pull_request\.head\.sha/,
  },
] as const;

async function expectEventRefusal(
  action: ActionDir,
  eventFile: string | null,
  message: RegExp,
): Promise<void> {
  const run = await runStep(action, { event: pullRequestEvent(), eventFile });
  expectRefusal(run, message);
  expect(run.annotations[0]!.message).toMatch(/^the event file \S+event\.json /);
}

describe('a broken event file is one error line naming it, exit 2', () => {
  it.each(BROKEN_EVENTS)('validate-data, when the event file $case', async ({ eventFile, message }) => {
    await expectEventRefusal('validate-data', eventFile, message);
  });

  // The other actions share the reading; what differs is what each entry loads before it, so the
  // malformed file (which @actions/github once choked on while loading) and the payload check are enough.
  const others = ACTION_DIRS.filter((action) => action !== 'validate-data');
  it.each(others)('%s, when the event file is not JSON or lacks the head commit', async (action) => {
    await expectEventRefusal(action, BROKEN_EVENTS[0].eventFile, BROKEN_EVENTS[0].message);
    await expectEventRefusal(action, BROKEN_EVENTS[3].eventFile, BROKEN_EVENTS[3].message);
  });
});
