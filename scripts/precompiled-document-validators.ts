import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import * as esbuild from 'esbuild';

/**
 * The published documents' schemas compiled at build time. The comment action reads reports at start, and
 * compiling their schemas with ajv took most of its ~400 ms; publish-model reads a manifest; compare-metrics
 * and the root action write reports through the same modules. The bundle gets ajv's standalone code for
 * every schema in PUBLISHED_SCHEMAS but the config's (it has its own, action-bundler.ts), with the options
 * of packages/engine/src/report/document-validators.ts, in place of that module, looked up by the same
 * schema objects. Each validator is kept as text and made a function on its first use, as ajv makes its
 * generated code one (`new Function`), without generating it: parsed eagerly, the code of all of them
 * (~1.3 MB) cost more at every start than it saved. The code's `require()`s (ajv's runtime helpers,
 * ajv-formats' formats) become imports, so they are bundled: the runner has no node_modules.
 */
const DOCUMENT_VALIDATORS_SOURCE = /[\\/]packages[\\/]engine[\\/]src[\\/]report[\\/]document-validators\.ts$/;

export class PrecompileError extends Error {
  override readonly name = 'PrecompileError';
}

async function precompiledDocumentValidators(): Promise<string> {
  const [
    { Ajv },
    standalone,
    formats,
    { PUBLISHED_SCHEMAS },
    { DOCUMENT_AJV_OPTIONS },
    { MLGATE_CONFIG_SCHEMA },
  ] = await Promise.all([
    import('ajv'),
    import('ajv/dist/standalone/index.js'),
    import('ajv-formats'),
    import('../packages/engine/src/report/published-schemas.js'),
    import('../packages/engine/src/report/document-validators.js'),
    import('../packages/engine/src/config/mlgate-config-schema.js'),
  ]);
  // CommonJS modules: under Node's interop the function is `default`, or `default.default` (tsx).
  type StandaloneCode = (ajv: InstanceType<typeof Ajv>, validate: ValidateFunction) => string;
  type AddFormats = (ajv: InstanceType<typeof Ajv>) => InstanceType<typeof Ajv>;
  const interop = <T>(module: unknown): T => {
    const { default: first } = module as { default: T | { default: T } };
    return typeof first === 'function' ? first : (first as { default: T }).default;
  };
  const toCode = interop<StandaloneCode>(standalone);
  const addFormats = interop<AddFormats>(formats);
  const helpers = new Map<string, string>();
  const helper = (module: string): string => {
    if (!helpers.has(module)) helpers.set(module, `precompiledHelper${helpers.size}`);
    return helpers.get(module)!;
  };
  // The config has its own build-time validator, with its own options (config-validator.ts).
  const documents = Object.entries(PUBLISHED_SCHEMAS).filter(([, schema]) => schema !== MLGATE_CONFIG_SCHEMA);
  const loaderCode = documents.map(([schemaPath, schema]) => {
    const ajv = addFormats(new Ajv({ ...DOCUMENT_AJV_OPTIONS, code: { source: true } }));
    const code = toCode(ajv, ajv.compile(schema))
      // `require("x").default` is module.exports.default whichever way esbuild wraps the module: as the
      // namespace's `default` (module.exports, in Node's mode) or `default` itself (an __esModule module).
      .replace(/require\("([^"]+)"\)\.default\b/g, (_m, module: string) => {
        const name = helper(module);
        return `(${name}.default.default ?? ${name}.default)`;
      })
      .replace(/require\("([^"]+)"\)\.([A-Za-z_$][\w$]*)/g, (_m, module: string, member: string) => {
        return `${helper(module)}.${member}`;
      });
    if (/\brequire\(/.test(code)) {
      throw new PrecompileError(`the precompiled validator of ${schemaPath} still calls require()`);
    }
    // Minified (same semantics, a quarter less text): the text is read at every start, used or not.
    const { code: minified } = esbuild.transformSync(code, {
      minify: true,
      loader: 'js',
      logLevel: 'silent',
    });
    return `loaders.set(PUBLISHED_SCHEMAS[${JSON.stringify(schemaPath)}], () => compile(${JSON.stringify(minified)}));`;
  });
  return [
    ...[...helpers].map(([module, name]) => `import * as ${name} from '${module}.js';`),
    "import { PUBLISHED_SCHEMAS } from './published-schemas.js';",
    `const HELPERS = [${[...helpers.values()].join(', ')}];`,
    `const HELPER_NAMES = ${JSON.stringify([...helpers.values()])};`,
    'function compile(code) {',
    '  const module = { exports: {} };',
    "  new Function(...HELPER_NAMES, 'module', code)(...HELPERS, module);",
    '  return module.exports;',
    '}',
    'const loaders = new Map();',
    'const compiled = new Map();',
    ...loaderCode,
    'export function documentValidator(schema) {',
    '  let validator = compiled.get(schema);',
    '  if (validator === undefined) {',
    '    const load = loaders.get(schema);',
    "    if (load === undefined) throw new Error('documentValidator: not one of PUBLISHED_SCHEMAS');",
    '    validator = load().default;',
    '    compiled.set(schema, validator);',
    '  }',
    '  return validator;',
    '}',
    '',
  ].join('\n');
}

export const precompiledDocuments: esbuild.Plugin = {
  name: 'precompiled-document-validators',
  setup(build) {
    build.onLoad({ filter: DOCUMENT_VALIDATORS_SOURCE }, async (args) => ({
      contents: await precompiledDocumentValidators(),
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};
