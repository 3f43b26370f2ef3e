import { describe, expect, it } from '@jest/globals';
import { fitToBytes } from './step-summary.js';

describe('fitting the job summary', () => {
  it('leaves a summary under the limit alone', () => {
    expect(fitToBytes('| a |\n| - |\n', 100)).toBe('| a |\n| - |\n');
  });

  it('cuts on a line boundary, counts bytes not characters, and says it cut', () => {
    const line = '| métrique | ✓ |\n';
    const markdown = line.repeat(20_000);
    const cut = fitToBytes(markdown, 64 * 1024);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(64 * 1024);
    expect(cut).toContain('cut here to fit');
    expect(
      cut
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .every((l) => l === line.trimEnd()),
    ).toBe(true);
  });
});
