import { describe, expect, it } from '@jest/globals';
import {
  parseKeyValueFile,
  parsePathFile,
  processStepSummary,
  STEP_SUMMARY_LIMIT_BYTES,
} from './file-commands.js';

describe('parseKeyValueFile (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV)', () => {
  it('splits NAME=VALUE at the first = and skips empty lines', () => {
    expect(parseKeyValueFile('a=1\n\nb=x=y==z\nc=\n')).toEqual({
      pairs: [
        ['a', '1'],
        ['b', 'x=y==z'],
        ['c', ''],
      ],
    });
  });

  it('reads the heredoc form @actions/core writes, keeping inner blank lines and a trailing newline', () => {
    const d = 'ghadelimiter_5a4b';
    expect(parseKeyValueFile(`text<<${d}\nline 1\n\nline 3\n\n${d}\nnext=1\n`).pairs).toEqual([
      ['text', 'line 1\n\nline 3\n'],
      ['next', '1'],
    ]);
  });

  it('gives an empty value for a heredoc closed at once, and accepts a closing line without LF', () => {
    expect(parseKeyValueFile('a<<EOF\nEOF').pairs).toEqual([['a', '']]);
  });

  it('decides between = and << by whichever comes first', () => {
    expect(parseKeyValueFile('a=b<<c\n').pairs).toEqual([['a', 'b<<c']]);
    expect(parseKeyValueFile('a<<E=F\nv\nE=F\n').pairs).toEqual([['a', 'v']]);
  });

  it('keeps a CR before LF on Linux (only LF ends a line there), and honours CRLF on Windows', () => {
    expect(parseKeyValueFile('a=1\r\n').pairs).toEqual([['a', '1\r']]);
    expect(parseKeyValueFile('a=1\r\n', 'Windows').pairs).toEqual([['a', '1']]);
    // On Linux the CR belongs to the delimiter and the value: CRLF throughout works, mixed does not.
    expect(parseKeyValueFile('a<<EOF\r\nv\r\nEOF\r\n').pairs).toEqual([['a', 'v\r']]);
    expect(parseKeyValueFile('a<<EOF\nv\r\nEOF\r\n').error).toBe(
      "Invalid value. Matching delimiter not found 'EOF'",
    );
    expect(parseKeyValueFile('a<<EOF\r\nv\r\nEOF\r\n', 'Windows').pairs).toEqual([['a', 'v']]);
  });

  it('raises the runner errors, after the pairs read before them', () => {
    expect(parseKeyValueFile('ok=1\nbad<<EOF\nvalue\n')).toEqual({
      pairs: [['ok', '1']],
      error: "Invalid value. Matching delimiter not found 'EOF'",
    });
    expect(parseKeyValueFile('bad<<EOF\nvalue').error).toBe('Invalid value. EOF marker missing new line.');
    expect(parseKeyValueFile('<<EOF\nEOF\n').error).toBe(
      "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty",
    );
    expect(parseKeyValueFile('name<<\n').error).toBe(
      "Invalid format 'name<<'. Name must not be empty and delimiter must not be empty",
    );
    expect(parseKeyValueFile('just a line\n').error).toBe("Invalid format 'just a line'");
  });

  it('accepts an empty name in the = form, as the runner does (it checks the line, not the name)', () => {
    expect(parseKeyValueFile('=value\n').pairs).toEqual([['', 'value']]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(parseKeyValueFile('\uFEFFa=1').pairs).toEqual([['a', '1']]);
  });
});

describe('parsePathFile (GITHUB_PATH)', () => {
  it('takes one entry per line, any line ending, skipping empty lines', () => {
    expect(parsePathFile('/a\r\n\n/b\r/c')).toEqual(['/a', '/b', '/c']);
  });
});

describe('processStepSummary (GITHUB_STEP_SUMMARY)', () => {
  const identity = (line: string): string => line;

  it('attaches nothing for an empty file', () => {
    expect(processStepSummary(new Uint8Array(), identity)).toEqual({ kind: 'empty' });
  });

  it('masks line by line and ends every line with LF', () => {
    const bytes = Buffer.from('# Title\r\nsecret here\nlast');
    expect(processStepSummary(bytes, (l) => l.replace('secret', '***'))).toEqual({
      kind: 'attached',
      markdown: '# Title\n*** here\nlast\n',
    });
  });

  it('accepts exactly 1 MiB and refuses one byte more with the runner message', () => {
    expect(processStepSummary(Buffer.alloc(STEP_SUMMARY_LIMIT_BYTES, 'x'), identity).kind).toBe('attached');
    const refused = processStepSummary(Buffer.alloc(STEP_SUMMARY_LIMIT_BYTES + 1, 'x'), identity);
    expect(refused).toEqual({
      kind: 'too-large',
      error:
        '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary',
    });
  });
});
