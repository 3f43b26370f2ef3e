import type { SpecOperation } from './openapi-validator.js';

/**
 * Parameters GitHub lets span several segments when they end the path (`git/ref/heads/main`,
 * `contents/docs/README.md`); octokit percent-encodes the slashes, other clients and GitHub's own links do not.
 */
const MULTI_SEGMENT_TRAILING_PARAMETERS = new Set(['ref', 'path']);

export type RouteMatch =
  | { readonly kind: 'operation'; readonly operation: SpecOperation; readonly params: Record<string, string> }
  /** The path exists in the description, the method does not: GitHub answers 404 as for an unknown path. */
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'unknown-path' };

interface CompiledTemplate {
  readonly operation: SpecOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Literal characters: more literal text is more specific (`releases/latest` before `releases/{id}`). */
  readonly specificity: number;
}

function compile(operation: SpecOperation): CompiledTemplate {
  const names: string[] = [];
  const segments = operation.pathTemplate.split(/(\{[^}]+\})/);
  const last = segments.filter((segment) => segment !== '').at(-1);
  const source = segments
    .map((segment) => {
      const parameter = /^\{([^}]+)\}$/.exec(segment)?.[1];
      if (parameter === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(parameter);
      return segment === last && MULTI_SEGMENT_TRAILING_PARAMETERS.has(parameter) ? '(.+)' : '([^/]+)';
    })
    .join('');
  return {
    operation,
    pattern: new RegExp(`^${source}$`),
    names,
    specificity: operation.pathTemplate.replace(/\{[^}]+\}/g, '').length,
  };
}

function decodeParams(names: readonly string[], found: RegExpExecArray): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1] ?? '');
    });
  } catch {
    return undefined; // a malformed percent-escape names nothing
  }
  return params;
}

export interface OperationRouter {
  /** `uploadHost`: the request came in under the uploads prefix, where only upload operations live. */
  match(method: string, path: string, uploadHost: boolean): RouteMatch;
}

export function createOperationRouter(operations: readonly SpecOperation[]): OperationRouter {
  const templates = operations.map(compile).sort((a, b) => b.specificity - a.specificity);
  return {
    match(method, path, uploadHost) {
      const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
      let pathKnown = false;
      for (const template of templates) {
        if (template.operation.onUploadHost !== uploadHost) continue;
        const found = template.pattern.exec(trimmed);
        if (found === null) continue;
        pathKnown = true;
        if (template.operation.method !== method) continue;
        const params = decodeParams(template.names, found);
        if (params === undefined) return { kind: 'unknown-path' };
        return { kind: 'operation', operation: template.operation, params };
      }
      return pathKnown ? { kind: 'method-not-allowed' } : { kind: 'unknown-path' };
    },
  };
}

/** The path with every parameter encoded into one segment, so a template matcher reads it back unchanged. */
export function expandTemplate(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ''));
}
