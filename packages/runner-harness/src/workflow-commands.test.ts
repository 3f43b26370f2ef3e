import { describe, expect, it } from '@jest/globals';
import { SecretMasker } from './secret-masker.js';
import { StepContext } from './step-context.js';
import { WorkflowCommandProcessor, type StepValues } from './workflow-command-processor.js';
import {
  escapeData,
  escapeProperty,
  parseWorkflowCommand,
  REGISTERED_COMMANDS,
  unescapeData,
  unescapeProperty,
} from './workflow-commands.js';

const registered = new Set<string>(REGISTERED_COMMANDS);
const parse = (line: string): ReturnType<typeof parseWorkflowCommand> =>
  parseWorkflowCommand(line, registered);

describe('parseWorkflowCommand', () => {
  it('parses `::name k=v,k=v::data` with property and data escapes', () => {
    expect(parse('::error file=a%2Cb.csv,line=3,title=x%3Ay%25::50%25 done%0Anext%0D')).toEqual({
      command: 'error',
      properties: { file: 'a,b.csv', line: '3', title: 'x:y%' },
      data: '50% done\nnext\r',
    });
  });

  it('leaves `:` and `,` escapes alone in data, as the runner does', () => {
    expect(parse('::warning::a%3Ab%2Cc')?.data).toBe('a%3Ab%2Cc');
  });

  it('unescapes in the runner order, so %25 never produces a second escape', () => {
    expect(unescapeData('%250A')).toBe('%0A');
    expect(unescapeProperty('%252C')).toBe('%2C');
  });

  it('round-trips what @actions/core escapes', () => {
    const raw = '100% sure:\r\n a, b';
    expect(unescapeData(escapeData(raw))).toBe(raw);
    expect(unescapeProperty(escapeProperty(raw))).toBe(raw);
  });

  it('accepts leading whitespace and any case in the command name', () => {
    expect(parse('   ::ERROR::x')).toEqual({ command: 'ERROR', properties: {}, data: 'x' });
  });

  it('ignores unknown commands, a missing separator, and properties without both sides', () => {
    expect(parse('::frobnicate::x')).toBeUndefined();
    expect(parse('::error no separator')).toBeUndefined();
    expect(parse('::error a,=b,c=,d=e::x')?.properties).toEqual({ d: 'e' });
  });

  it('keeps everything after the first = of a property, and lets a later key replace one in another case', () => {
    expect(parse('::error title=a=b,TITLE=c::x')?.properties).toEqual({ title: 'c' });
    expect(parse('::error title=a=b::x')?.properties).toEqual({ title: 'a=b' });
  });

  it('finds the legacy `##[name k=v;k=v]data` form anywhere in a line', () => {
    expect(parse('prefix ##[warning file=x%3By.ts;line=2]a%5Db')).toEqual({
      command: 'warning',
      properties: { file: 'x;y.ts', line: '2' },
      data: 'a]b',
    });
  });

  it('does not treat `::` in ordinary text as a command', () => {
    expect(parse('std::vector<int> ::not a command')).toBeUndefined();
  });
});

function processor(options: { stepDebug?: boolean; allowUnsecureCommands?: boolean } = {}) {
  const masker = new SecretMasker();
  const context = new StepContext(masker, options.stepDebug ?? false);
  const values: StepValues = { outputs: {}, state: {}, env: {}, path: [] };
  const commands = new WorkflowCommandProcessor(context, values, {
    workspace: '/work/ws',
    repository: 'acme/models',
    allowUnsecureCommands: options.allowUnsecureCommands ?? false,
    allowUnsecureStopTokens: false,
  });
  const feed = (...lines: string[]): void => lines.forEach((line) => commands.processLine(line, 'stdout'));
  return { context, values, feed, masker };
}

describe('WorkflowCommandProcessor', () => {
  it('applies the runner line/column rules: columns need a line, and survive only on one line', () => {
    const { context, feed } = processor();
    feed(
      '::error file=a.ts,col=4::no line',
      '::error file=a.ts,endLine=5::end line only',
      '::error file=a.ts,line=2,endLine=4,col=1,endColumn=3::span',
      '::error file=a.ts,line=9,endLine=3::backwards',
    );
    expect(
      context.annotations.map(({ message, line, endLine, col, endColumn }) => ({
        message,
        line,
        endLine,
        col,
        endColumn,
      })),
    ).toEqual([
      { message: 'no line', line: undefined, endLine: undefined, col: undefined, endColumn: undefined },
      { message: 'end line only', line: 5, endLine: 5, col: undefined, endColumn: undefined },
      { message: 'span', line: 2, endLine: 4, col: undefined, endColumn: undefined },
      { message: 'backwards', line: undefined, endLine: undefined, col: undefined, endColumn: undefined },
    ]);
  });

  it('masks added values from the next line on, with their encoded forms and each line of a multi-line secret', () => {
    const { context, feed, masker } = processor();
    feed(
      'early s3cr3t',
      '::add-mask::s3cr3t',
      'late s3cr3t',
      `b64 ${Buffer.from('s3cr3t').toString('base64')}`,
    );
    feed('::add-mask::first line%0Asecond line', 'the second line alone');
    expect(context.log).toEqual(['early s3cr3t', 'late ***', 'b64 ***', 'the *** alone']);
    expect(masker.registered()).toEqual(['s3cr3t', 'first line\nsecond line', 'first line', 'second line']);
  });

  it('warns on an empty add-mask instead of masking everything', () => {
    const { context, feed } = processor();
    feed('::add-mask::   ');
    expect(context.annotations[0]?.message).toBe(
      "Can't add secret mask for empty string in ##[add-mask] command.",
    );
  });

  it('fails the step on set-env and add-path unless ACTIONS_ALLOW_UNSECURE_COMMANDS is true', () => {
    const refused = processor();
    refused.feed('::set-env name=A::1');
    expect(refused.context.commandFailed).toBe(true);
    expect(refused.context.annotations.map((a) => a.message)).toEqual([
      "Unable to process command '::set-env name=A::1' successfully.",
      expect.stringMatching(/^The `set-env` command is disabled\./),
    ]);
    const allowed = processor({ allowUnsecureCommands: true });
    allowed.feed('::set-env name=A::1', '::add-path::/x');
    expect(allowed.values.env).toEqual({ A: '1' });
    expect(allowed.values.path).toEqual(['/x']);
  });

  it('refuses a stop token that is a command name, failing the step', () => {
    const { context, feed } = processor();
    feed('::stop-commands::error');
    expect(context.commandFailed).toBe(true);
  });

  it('echoes commands and logs debug lines under step debug', () => {
    const { context, feed } = processor({ stepDebug: true });
    feed('::debug::details', '::set-output name=a::1', '::echo::off', '::set-output name=b::2');
    expect(context.log).toEqual([
      '##[debug]details',
      '::set-output name=a::1',
      expect.stringMatching(/^##\[warning\]The `set-output` command is deprecated/),
      '::echo::off',
      expect.stringMatching(/^##\[warning\]The `set-output` command is deprecated/),
    ]);
  });

  it('neutralises the runner own action markers in user output', () => {
    const { context, feed } = processor();
    feed('##[start-action] fake');
    expect(context.log).toEqual(['##[\\start-action] fake']);
  });
});

describe('SecretMasker', () => {
  it('merges overlapping matches into one ***', () => {
    const masker = new SecretMasker();
    masker.add('abcd');
    masker.add('cdef');
    expect(masker.mask('xxabcdefyy abcd')).toBe('xx***yy ***');
  });

  it('masks JSON- and URI-escaped forms', () => {
    const masker = new SecretMasker();
    masker.add('p@ss"word/1');
    expect(masker.mask('json "p@ss\\"word/1" uri p%40ss%22word%2F1')).toBe('json "***" uri ***');
  });
});
