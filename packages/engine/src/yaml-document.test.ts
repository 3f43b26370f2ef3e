import { describe, expect, it } from '@jest/globals';
import { UserError } from './user-error.js';
import { MAX_YAML_BYTES, parseYamlDocument } from './yaml-document.js';

function refusal(text: string): UserError {
  try {
    parseYamlDocument(text, 'm.yaml');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

/** 271 bytes that expand to 9^8 values. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    [...'bcdefgh'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]!}`).join(', ')}]`),
  )
  .join('\n');

describe('a YAML document a user gave', () => {
  it('parses, resolving a few aliases', () => {
    const { value } = parseYamlDocument('base: &b {lr: 0.1}\nrun: *b\n', 'c.yml');
    expect(value).toEqual({ base: { lr: 0.1 }, run: { lr: 0.1 } });
  });

  it('refuses an alias bomb quickly, at its first alias', () => {
    const started = Date.now();
    const error = refusal(ALIAS_BOMB);
    expect(error.message).toMatch(/^YAML aliases expand too far/);
    expect(error.location).toEqual({ file: 'm.yaml', line: 2, column: 8 });
    // Expanding the bomb would not end; 10 s leaves room for a loaded CI runner.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses nesting past the limit, written or built from aliases', () => {
    const written = refusal(`a: ${'['.repeat(101)}${']'.repeat(101)}\n`);
    expect(written.message).toBe('nested deeper than 100 levels');
    expect(written.location).toEqual({ file: 'm.yaml', line: 1, column: 103 });
    expect(refusal(`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`).message).toBe(
      'nested deeper than 100 levels',
    );
    const deep = `${'['.repeat(60)}1${']'.repeat(60)}`;
    const viaAliases = refusal(`a: &a ${deep}\nb: [${'['.repeat(60)}*a${']'.repeat(60)}]\n`);
    expect(viaAliases.message).toBe('YAML aliases make the document nested deeper than 100 levels');
  });

  it('reads a mapping of 40,000 keys in linear time (yaml checks unique keys pairwise)', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `k${i}: 0.5`).join('\n');
    const started = Date.now();
    expect(Object.keys(parseYamlDocument(text, 'm.yaml').value as object)).toHaveLength(40_000);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('still refuses a key given twice in one mapping, at the second', () => {
    const error = refusal('a: 1\nb:\n  c: 1\n  "c": 2\n1: x\n"1": y\n');
    expect(error.message).toBe("not valid YAML: Map keys must be unique ('c' is given twice)");
    expect(error.location).toEqual({ file: 'm.yaml', line: 4, column: 3 });
  });

  it('refuses YAML larger than it reads', () => {
    const error = refusal(`a: "${'x'.repeat(MAX_YAML_BYTES)}"\n`);
    expect(error.message).toMatch(/^YAML is read up to 4 MiB; this document has \d+ bytes/);
    expect(error.location).toEqual({ file: 'm.yaml' });
  });

  it('reports a syntax error as one line at its place', () => {
    const error = refusal('a: [1, 2\n');
    expect(error.message).toMatch(/^not valid YAML: /);
    expect(error.message).not.toContain('\n');
    expect(error.location?.file).toBe('m.yaml');
  });
});
