import { describe, expect, it } from '@jest/globals';
import { formatStamp, isNewerThan, parseStamp } from './comment-stamp.js';

const head = 'a'.repeat(40);
const oldHead = 'b'.repeat(40);

describe('comment stamp', () => {
  it('round-trips through the first line of a body', () => {
    const stamp = { id: 'quality', runId: 42, runAttempt: 2, sha: head };
    expect(parseStamp(`${formatStamp(stamp)}\n## mlgate`)).toEqual(stamp);
  });

  it('ignores a marker that is not on the first line, as when someone quotes the comment', () => {
    const quoted = `> ${formatStamp({ id: 'quality', runId: 1, runAttempt: 1, sha: head })}`;
    expect(parseStamp(`thanks!\n${quoted}`)).toBeUndefined();
    expect(parseStamp(quoted)).toBeUndefined();
  });

  it('refuses ids that could break out of the HTML comment', () => {
    expect(() => formatStamp({ id: 'x --> <img src=x>', runId: 1, runAttempt: 1, sha: head })).toThrow(
      TypeError,
    );
  });

  it('lets a report on the current head win over a later run for an older head', () => {
    const current = { id: 'q', runId: 10, runAttempt: 1, sha: head };
    const staleButLater = { id: 'q', runId: 11, runAttempt: 1, sha: oldHead };
    expect(isNewerThan(current, staleButLater, head)).toBe(true);
    expect(isNewerThan(staleButLater, current, head)).toBe(false);
  });

  it('orders reports on the same head by run, then attempt', () => {
    const first = { id: 'q', runId: 10, runAttempt: 1, sha: head };
    expect(isNewerThan({ ...first, runId: 11 }, first, head)).toBe(true);
    expect(isNewerThan({ ...first, runAttempt: 2 }, first, head)).toBe(true);
    expect(isNewerThan(first, first, head)).toBe(false);
  });
});
