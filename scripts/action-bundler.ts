import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import * as esbuild from 'esbuild';
import { directEngineImports } from './direct-engine-imports.js';
import type { DistPlan } from './dist-plan.js';
import { precompiledDocuments } from './precompiled-document-validators.js';

/**
 * Bundled output runs as ES modules, but CommonJS dependencies call `require` for Node built-ins. Each output
 * file gets its own `require` from createRequire. `__dirname`/`__filename` are not declared the same way:
 * some ES module dependencies declare their own at top level (a collision esbuild cannot see in a banner),
 * so free references are defined as `import.meta.dirname`/`import.meta.filename` instead (Node >= 20.11).
 */
const COMMONJS_SHIM = [
  "import { createRequire as __mlgateCreateRequire } from 'node:module';",
  'const require = __mlgateCreateRequire(import.meta.url);',
].join('\n');

/**
 * Native add-ons that dependencies load inside try/catch and work without. Left out of the bundle, they
 * fail to resolve at run time and the dependency takes its pure-JS path; bundled, esbuild cannot load
 * `.node` files at all.
 */
const OPTIONAL_NATIVE_DEPENDENCIES = ['bufferutil', 'utf-8-validate', 'cpu-features', 'fsevents'];

/**
 * @actions/core imports its OIDC client at the top, and with it @actions/http-client and undici (~800 kB,
 * tens of milliseconds at every action's start), for `getIDToken` alone, which mlgate never calls. Each
 * entry reaches core, so esbuild's code splitting made every action load the chunk holding undici before
 * its first line, used or not. Here core gets a stand-in with the same `OidcClient.getIDToken` that loads
 * the real module (a chunk of its own) on the first call: same behaviour, paid for only when used.
 */
const CORE_OIDC_IMPORTER = /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/;

const lazyCoreOidcClient: esbuild.Plugin = {
  name: 'lazy-core-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      CORE_OIDC_IMPORTER.test(args.importer)
        ? { path: path.join(args.resolveDir, 'oidc-utils.js'), namespace: 'lazy-core-oidc' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-core-oidc' }, (args) => ({
      contents: [
        'export class OidcClient {',
        '  static async getIDToken(audience) {',
        `    const { OidcClient: Real } = await import(${JSON.stringify(args.path)});`,
        '    return Real.getIDToken(audience);',
        '  }',
        '}',
      ].join('\n'),
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * The config schema compiled at build time. Every action reads mlgate.yml at start, and compiling its schema
 * with ajv took ~50 ms of each start. The bundle gets ajv's standalone code for the same schema and options
 * in place of packages/engine/src/config/config-validator.ts; its runtime helpers are imported (and so
 * bundled), since the runner has no node_modules to `require` them from.
 */
const CONFIG_VALIDATOR_SOURCE = /[\\/]packages[\\/]engine[\\/]src[\\/]config[\\/]config-validator\.ts$/;

async function precompiledConfigValidator(): Promise<string> {
  const [{ Ajv }, standalone, { MLGATE_CONFIG_SCHEMA }, { CONFIG_AJV_OPTIONS }] = await Promise.all([
    import('ajv'),
    import('ajv/dist/standalone/index.js'),
    import('../packages/engine/src/config/mlgate-config-schema.js'),
    import('../packages/engine/src/config/config-validator.js'),
  ]);
  const ajv = new Ajv({ ...CONFIG_AJV_OPTIONS, code: { source: true, esm: true } });
  // A CommonJS module: under Node's interop its function is `default`, or `default.default` (tsx).
  type StandaloneCode = (ajv: InstanceType<typeof Ajv>, validate: ValidateFunction) => string;
  const loaded = standalone as unknown as { default: StandaloneCode | { default: StandaloneCode } };
  const toCode = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
  const helpers: string[] = [];
  const code = toCode(ajv, ajv.compile(MLGATE_CONFIG_SCHEMA))
    .replace(/^"use strict";/, '')
    .replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/g, (_match: string, module: string) => {
      const name = `runtimeHelper${helpers.length}`;
      helpers.push(
        `import * as ${name}Module from '${module}.js';\nconst ${name} = ${name}Module.default.default ?? ${name}Module.default;`,
      );
      return name;
    });
  if (/\brequire\(/.test(code))
    throw new BundleError('the precompiled config validator still calls require()');
  return [...helpers, code, 'export function configValidator() {\n  return validate;\n}', ''].join('\n');
}

const precompiledConfig: esbuild.Plugin = {
  name: 'precompiled-config-validator',
  setup(build) {
    build.onLoad({ filter: CONFIG_VALIDATOR_SOURCE }, async (args) => ({
      contents: await precompiledConfigValidator(),
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * The esbuild options every mlgate bundle uses: the committed dist/ and the test-only fixture actions alike.
 * The runner never runs npm, so everything but the optional native add-ons above is bundled. Output is
 * deterministic: content hashes only, paths relative to `absWorkingDir`, no timestamps, no minification
 * (reviewable diffs).
 */
export function actionBuildOptions(absWorkingDir: string, outdir: string): esbuild.BuildOptions {
  return {
    absWorkingDir,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    entryNames: '[dir]/[name]',
    banner: { js: COMMONJS_SHIM },
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    external: OPTIONAL_NATIVE_DEPENDENCIES,
    plugins: [
      lazyCoreOidcClient,
      precompiledConfig,
      precompiledDocuments,
      directEngineImports(path.join(absWorkingDir, 'packages/engine/src')),
    ],
    minify: false,
    sourcemap: false,
    legalComments: 'linked',
    charset: 'utf8',
    metafile: false,
    write: false,
    logLevel: 'silent',
  };
}

export class BundleError extends Error {
  override readonly name = 'BundleError';
}

/** A bundle held in memory: output path relative to outdir (forward slashes) → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

/**
 * Bundles `entries` (output name without `.js` → source file) into memory. Nothing is written, so a
 * check can compare against the committed files without touching them.
 */
export async function bundleEntries(
  absWorkingDir: string,
  outdir: string,
  entries: Readonly<Record<string, string>>,
): Promise<BundleFiles> {
  let result: esbuild.BuildResult<{ write: false }>;
  try {
    result = (await esbuild.build({
      ...actionBuildOptions(absWorkingDir, outdir),
      entryPoints: { ...entries },
    })) as esbuild.BuildResult<{ write: false }>;
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    const messages = failure.errors
      ? await esbuild.formatMessages(failure.errors, { kind: 'error', color: false })
      : [String(error)];
    throw new BundleError(`esbuild failed:\n${messages.join('\n')}`);
  }
  if (result.warnings.length > 0) {
    const messages = await esbuild.formatMessages(result.warnings, { kind: 'warning', color: false });
    console.warn(messages.join('\n'));
  }
  const files: BundleFiles = new Map();
  for (const file of result.outputFiles) {
    files.set(path.relative(outdir, file.path).split(path.sep).join('/'), file.contents);
  }
  await assertShimDoesNotCollide(files);
  files.set('package.json', new TextEncoder().encode('{ "type": "module" }\n'));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Everything dist/ holds for a plan: the action stages in one build (shared chunks under dist/chunks), each
 * separate bundle in its own build under dist/<dir>/ (its own chunks), one package.json marking all as ESM.
 */
export async function bundleDist(
  absWorkingDir: string,
  distDir: string,
  plan: Pick<DistPlan, 'entries' | 'separate'>,
): Promise<BundleFiles> {
  const files = await bundleEntries(absWorkingDir, distDir, plan.entries);
  for (const { dir, entries } of plan.separate) {
    const own = await bundleEntries(absWorkingDir, path.join(distDir, dir), entries);
    own.delete('package.json');
    for (const [name, contents] of own) files.set(`${dir}/${name}`, contents);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The shim declares a top-level `require`; an ES module dependency declaring one at its top level would
 * make the output a SyntaxError on load. Re-parse to catch that at build
 * time instead of in a workflow run.
 */
async function assertShimDoesNotCollide(files: BundleFiles): Promise<void> {
  const decoder = new TextDecoder();
  for (const [name, contents] of files) {
    if (!name.endsWith('.js')) continue;
    try {
      await esbuild.transform(decoder.decode(contents), { format: 'esm', loader: 'js', logLevel: 'silent' });
    } catch (error) {
      const failure = error as esbuild.TransformFailure;
      const first = failure.errors?.[0]?.text ?? String(error);
      throw new BundleError(`${name} does not parse after bundling: ${first}`);
    }
  }
}
