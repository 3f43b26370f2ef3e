import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { OpenAPIBackend } from 'openapi-backend';

/**
 * Only the api.github.com description: the package's index loads every variant (GHES, GHEC, dereferenced
 * copies), hundreds of megabytes.
 */
const SPEC_FILE = 'generated/api.github.com.json';

/** Formats the description uses that ajv-formats does not define; GitHub documents them, nothing checks them. */
const DESCRIPTIVE_FORMATS = ['repo.nwo', 'timestamp'];

export interface SpecParameter {
  readonly name: string;
  readonly in: string;
}

/** One operation of the description, with what routing and error bodies need. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  readonly pathTemplate: string;
  /** Served from the `servers` override (uploads.github.com), not from the API root. */
  readonly onUploadHost: boolean;
  readonly documentationUrl: string;
  readonly responseStatuses: readonly string[];
  /** The declared statuses whose response has content (a body, of any media type). */
  readonly responseStatusesWithBody: readonly string[];
}

export interface RequestToValidate {
  readonly method: string;
  /** The path with each parameter percent-encoded into one segment, as the template matcher expects. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly query: Record<string, string | string[]>;
  readonly body: unknown;
}

export interface OpenApiValidator {
  readonly operations: readonly SpecOperation[];
  operation(operationId: string): SpecOperation | undefined;
  validateRequest(operationId: string, request: RequestToValidate): readonly ErrorObject[];
  /** Errors for a JSON body sent with `status`; none when the description declares no schema for it. */
  validateResponse(operationId: string, status: number, body: unknown): readonly ErrorObject[];
  /** The names a response object must carry (for arrays, each item), from the response schema. */
  requiredResponseFields(operationId: string, status: number): readonly string[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function specFilePath(): string {
  const packageJson = createRequire(import.meta.url).resolve('@octokit/openapi/package.json');
  return path.join(path.dirname(packageJson), SPEC_FILE);
}

/**
 * OpenAPI 3.0 `nullable: true` admits null, but ajv applies `enum` separately and rejects null unless the enum
 * lists it (ajv docs, "nullable"); GitHub sends `conclusion: null` on a running check run, so say so in the enum.
 */
function admitNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) admitNullInNullableEnums(item);
    return;
  }
  if (!isObject(node)) return;
  const values = node['enum'];
  if (node['nullable'] === true && Array.isArray(values) && !values.includes(null)) values.push(null);
  for (const value of Object.values(node)) admitNullInNullableEnums(value);
}

/**
 * A path segment is text: `workflow_id`'s `oneOf: [integer, string]` matches a numeric id as both once ajv
 * coerces it, and `oneOf` then refuses it. For path parameters "one of" can only mean "any of".
 */
function pathParameterOneOfAsAnyOf(definition: JsonObject): void {
  const parameters = [
    ...Object.values((definition['components'] as JsonObject | undefined)?.['parameters'] ?? {}),
    ...Object.values(definition['paths'] ?? {}).flatMap((item) =>
      isObject(item)
        ? Object.values(item).flatMap((operation) =>
            isObject(operation) && Array.isArray(operation['parameters']) ? operation['parameters'] : [],
          )
        : [],
    ),
  ];
  for (const parameter of parameters) {
    if (!isObject(parameter) || parameter['in'] !== 'path' || !isObject(parameter['schema'])) continue;
    const schema = parameter['schema'];
    if (Array.isArray(schema['oneOf'])) {
      schema['anyOf'] = schema['oneOf'];
      delete schema['oneOf'];
    }
  }
}

async function buildValidator(): Promise<OpenApiValidator> {
  const definition = JSON.parse(readFileSync(specFilePath(), 'utf8')) as JsonObject;
  admitNullInNullableEnums(definition);
  pathParameterOneOfAsAnyOf(definition);
  const backend = new OpenAPIBackend({
    definition: definition as unknown as ConstructorParameters<typeof OpenAPIBackend>[0]['definition'],
    quick: true,
    strict: false,
    ajvOpts: { strict: false },
    customizeAjv: (ajv) => {
      for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format);
      for (const name of DESCRIPTIVE_FORMATS) ajv.addFormat(name, true);
      return ajv;
    },
  });
  await backend.init();

  const operations: SpecOperation[] = backend.router.getOperations().map((operation) => ({
    operationId: operation.operationId ?? `${operation.method} ${operation.path}`,
    method: operation.method.toUpperCase(),
    pathTemplate: operation.path,
    onUploadHost: Array.isArray(operation.servers) && operation.servers.length > 0,
    documentationUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
    responseStatuses: Object.keys(operation.responses ?? {}),
    responseStatusesWithBody: Object.entries(operation.responses ?? {})
      .filter(([, response]) => isObject(response) && isObject(response['content']))
      .map(([status]) => status),
  }));
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const rawById = new Map(
    backend.router.getOperations().map((operation) => [operation.operationId, operation]),
  );

  const responseSchema = (operationId: string, status: number): unknown => {
    const responses = (rawById.get(operationId)?.responses ?? {}) as JsonObject;
    const response = responses[String(status)];
    if (!isObject(response) || !isObject(response['content'])) return undefined;
    const json = response['content']['application/json'];
    return isObject(json) ? json['schema'] : undefined;
  };

  return {
    operations,
    operation: (operationId) => byId.get(operationId),
    validateRequest: (operationId, request) =>
      backend.validateRequest(
        {
          method: request.method,
          path: request.path,
          headers: request.headers,
          query: request.query,
          body: request.body,
        },
        operationId,
      ).errors ?? [],
    validateResponse: (operationId, status, body) =>
      backend.validateResponse(body, operationId, status).errors ?? [],
    requiredResponseFields: (operationId, status) => {
      const schema = responseSchema(operationId, status);
      const objectSchema = isObject(schema) && schema['type'] === 'array' ? schema['items'] : schema;
      const required = isObject(objectSchema) ? objectSchema['required'] : undefined;
      return Array.isArray(required)
        ? required.filter((name): name is string => typeof name === 'string')
        : [];
    },
  };
}

let shared: Promise<OpenApiValidator> | undefined;

/** The description is parsed once per process and shared by every server started in it (~0.3 s). */
export function loadOpenApiValidator(): Promise<OpenApiValidator> {
  shared ??= buildValidator();
  return shared;
}
