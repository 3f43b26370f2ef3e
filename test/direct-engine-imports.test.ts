import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexExports, rewriteImports } from '../scripts/direct-engine-imports.js';

// In the bundles, each name imported from @mlgate/engine comes from the module that defines it, so esbuild
// does not take an importer of one constant to reach the whole engine (scripts/direct-engine-imports.ts).

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engineSrc = path.join(repoRoot, 'packages/engine/src');
const exportsOf = indexExports(readFileSync(path.join(engineSrc, 'index.ts'), 'utf8'), engineSrc);
const at = (relative: string): string => JSON.stringify(path.join(engineSrc, relative));

describe('engine imports in the bundles', () => {
  it('read every name the engine index exports, with the module that defines it', () => {
    expect(exportsOf.get('ExitCode')).toEqual({
      module: path.join(engineSrc, 'user-error.ts'),
      name: 'ExitCode',
    });
    expect(exportsOf.get('MLGATE_VERSION')?.module).toBe(path.join(engineSrc, 'report/report-subject.ts'));
    expect(exportsOf.size).toBeGreaterThan(100);
  });

  it('split one import into one per defining module, keeping aliases and dropping types', () => {
    const source = [
      "import { ExitCode, isUserError, type SourceLocation, MLGATE_VERSION as version } from '@mlgate/engine';",
      "import type { ReportFile } from '@mlgate/engine';",
      'const kept = 1;',
    ].join('\n');
    expect(rewriteImports(source, exportsOf, 'entry.ts')).toBe(
      [
        `import { ExitCode, isUserError } from ${at('user-error.ts')}; ` +
          `import { MLGATE_VERSION as version } from ${at('report/report-subject.ts')};`,
        '',
        'const kept = 1;',
      ].join('\n'),
    );
  });

  it('keep the line count of an import written over several lines', () => {
    const source = "import {\n  ExitCode,\n  tokensIn,\n} from '@mlgate/engine';\nthrow new Error('line 5');";
    const rewritten = rewriteImports(source, exportsOf, 'entry.ts');
    expect(rewritten.split('\n')).toHaveLength(5);
    expect(rewritten.split('\n')[4]).toBe("throw new Error('line 5');");
  });

  it('fail the build on a name the index does not export', () => {
    expect(() =>
      rewriteImports("import { nothingLikeThis } from '@mlgate/engine';", exportsOf, 'x.ts'),
    ).toThrow("x.ts: @mlgate/engine's index does not export nothingLikeThis by name");
  });
});
