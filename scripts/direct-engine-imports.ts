import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as esbuild from 'esbuild';

/**
 * Imports of `@mlgate/engine` rewritten, in the bundle only, to the engine modules that define each name.
 *
 * The engine's index re-exports every module. esbuild drops the code nobody uses (the package says
 * `sideEffects: false`), but it places modules into chunks by following every import of every file it
 * keeps, the index's re-exports included: so a module that imports one constant from the index is taken to
 * reach the whole engine, and each action's entry loaded yaml, ajv, re2js and every validator before its
 * first line (~60 ms of parsing at each start). Importing each name from its own module gives esbuild the
 * real graph: an action loads what it uses, and code reached only through `import()` stays out of its start.
 * The sources keep importing the package (its index is the engine's public face); this changes no code that
 * runs, only which chunk holds it.
 */
export function directEngineImports(engineSrc: string): esbuild.Plugin {
  const indexPath = path.join(engineSrc, 'index.ts');
  return {
    name: 'direct-engine-imports',
    setup(build) {
      let exportsOf: Promise<ReadonlyMap<string, Origin>> | undefined;
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.startsWith(engineSrc + path.sep)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(ENGINE_SPECIFIER)) return undefined;
        exportsOf ??= readFile(indexPath, 'utf8').then((text) => indexExports(text, engineSrc));
        return { contents: rewriteImports(source, await exportsOf, args.path), loader: 'ts' };
      });
    },
  };
}

const ENGINE_SPECIFIER = "'@mlgate/engine'";

/** `export { a, b as c } from './x.js';` and `export type { … } from …`, over lines as prettier writes. */
const NAMED_REEXPORT = /^export\s+(type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)';/gm;

/** `import { a, type b } from '@mlgate/engine';` and `import type { … } from '@mlgate/engine';`. */
const ENGINE_IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s*from\s*'@mlgate\/engine';/gm;

/** Where a name the index exports is defined: the module's absolute path and the name inside it. */
export interface Origin {
  readonly module: string;
  readonly name: string;
}

/** Exported name → where it is defined, read from the index's re-exports. */
export function indexExports(indexSource: string, engineSrc: string): Map<string, Origin> {
  const found = new Map<string, Origin>();
  for (const [, , names, from] of indexSource.matchAll(NAMED_REEXPORT)) {
    const module = path.join(engineSrc, from!.replace(/\.js$/, '.ts'));
    for (const { name, local } of specifiers(names!)) found.set(local, { module, name });
  }
  const rest = indexSource.replace(NAMED_REEXPORT, '').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  if (/\bexport\b/.test(rest)) {
    throw new Error(`${indexPath(engineSrc)} exports something other than \`export { … } from './…'\``);
  }
  return found;
}

const indexPath = (engineSrc: string): string => path.join(engineSrc, 'index.ts');

/** One name of an `import { … }` or `export { … }` list: `type a as b` is name a, local b, type-only. */
interface Specifier {
  readonly typeOnly: boolean;
  readonly name: string;
  readonly local: string;
}

function specifiers(list: string): Specifier[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const typeOnly = /^type\s/.test(part);
      const [name, alias] = (typeOnly ? part.replace(/^type\s+/, '') : part).split(/\s+as\s+/);
      return { typeOnly, name: name!, local: alias ?? name! };
    });
}

/**
 * Each import of the package split into one import per defining module. Type-only names are dropped (they
 * have no run-time existence); a name the index does not re-export fails the build rather than guessing.
 */
export function rewriteImports(source: string, exportsOf: ReadonlyMap<string, Origin>, file: string): string {
  return source.replace(ENGINE_IMPORT, (statement, typeKeyword: string | undefined, names: string) => {
    // The same number of lines, so positions in the bundle's error messages still match the source.
    const lines = '\n'.repeat(statement.split('\n').length - 1);
    if (typeKeyword !== undefined) return lines;
    const byModule = new Map<string, string[]>();
    for (const { typeOnly, name, local } of specifiers(names)) {
      if (typeOnly) continue;
      const origin = exportsOf.get(name);
      if (origin === undefined) {
        throw new Error(`${file}: @mlgate/engine's index does not export ${name} by name`);
      }
      const text = origin.name === local ? local : `${origin.name} as ${local}`;
      byModule.set(origin.module, [...(byModule.get(origin.module) ?? []), text]);
    }
    const imports = [...byModule].map(
      ([module, list]) => `import { ${list.join(', ')} } from ${JSON.stringify(module)};`,
    );
    return imports.join(' ') + lines;
  });
}
