import type { SpecOperation } from './openapi-validator.js';

/** What goes wrong, once matched. */
export type Fault =
  /** A server error with GitHub's body shape (500, 502, 503, 504…). */
  | { readonly kind: 'status'; readonly status: number; readonly message?: string }
  /** 403 with `retry-after` and GitHub's secondary-rate-limit message. */
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfterSeconds?: number }
  /** 429 with `x-ratelimit-remaining: 0` and a reset shortly after now. */
  | { readonly kind: 'rate-limit-429'; readonly resetAfterSeconds?: number }
  /** Answers normally after `ms`. */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Handles the request, then destroys the socket halfway through the response body. */
  | { readonly kind: 'reset' }
  /** Handles the request, then drops `field` (default: a field the schema requires) from the response. */
  | { readonly kind: 'malform-response'; readonly field?: string };

/** Which requests a fault applies to: an operationId, or a method and OpenAPI path template. */
export type FaultTarget =
  { readonly operationId: string } | { readonly method: string; readonly path: string };

export type FaultRule = FaultTarget & {
  readonly fault: Fault;
  /** How many matching requests it hits before it is spent; default 1. */
  readonly times?: number;
};

export interface FiredFault {
  readonly kind: Fault['kind'];
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

interface ArmedRule {
  readonly rule: FaultRule;
  remaining: number;
}

function targets(rule: FaultRule, operation: SpecOperation): boolean {
  if ('operationId' in rule) return rule.operationId === operation.operationId;
  return rule.method.toUpperCase() === operation.method && rule.path === operation.pathTemplate;
}

export class FaultInjector {
  private readonly armed: ArmedRule[] = [];
  readonly fired: FiredFault[] = [];

  add(rule: FaultRule): void {
    this.armed.push({ rule, remaining: rule.times ?? 1 });
  }

  clear(): void {
    this.armed.length = 0;
    this.fired.length = 0;
  }

  /** The faults that hit this request (each spends one of its `times`), in the order they were added. */
  take(operation: SpecOperation, requestPath: string): Fault[] {
    const hits: Fault[] = [];
    for (const armed of this.armed) {
      if (armed.remaining <= 0 || !targets(armed.rule, operation)) continue;
      armed.remaining -= 1;
      hits.push(armed.rule.fault);
      this.fired.push({
        kind: armed.rule.fault.kind,
        operationId: operation.operationId,
        method: operation.method,
        path: requestPath,
      });
    }
    return hits;
  }
}
