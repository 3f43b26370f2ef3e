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
  /**
   * Never answers: holds the request, unhandled, until the client gives up and closes the connection (or
   * the faults are cleared), then drops it. What a client without a timeout waits on forever.
   */
  | { readonly kind: 'hang' }
  /** Handles the request, then destroys the socket halfway through the response body. */
  | { readonly kind: 'reset' }
  /**
   * Destroys the connection while the request body arrives: an upload after half its declared bytes (nothing
   * is stored), any other request before it is handled. The client sees its request fail, with no answer.
   */
  | { readonly kind: 'reset-request' }
  /**
   * An upload whose storage fails upstream: 502 Bad Gateway, leaving an empty asset under the name, in state
   * `open` ("This may leave an empty asset with a state of `starter`. It can be safely deleted." — the
   * description of repos/upload-release-asset, whose schema only allows `uploaded` or `open`). A retry then
   * meets 422 already_exists until the client deletes it. On other operations, a plain 502.
   */
  | { readonly kind: 'upstream-failure' }
  /**
   * Holds each matching request until `parties` of them are waiting, then lets them all through together,
   * in the order they arrived: makes concurrent clients interleave (both look, then both act). After
   * `timeoutMs` (default 10 s) a request waiting alone goes through anyway, and the server logs it.
   */
  | { readonly kind: 'rendezvous'; readonly parties: number; readonly timeoutMs?: number }
  /** Handles the request, then drops `field` (default: a field the schema requires) from the response. */
  | { readonly kind: 'malform-response'; readonly field?: string };

/** Which requests a fault applies to: an operationId, or a method and OpenAPI path template. */
export type FaultTarget =
  { readonly operationId: string } | { readonly method: string; readonly path: string };

export type FaultRule = FaultTarget & {
  readonly fault: Fault;
  /** Matching requests it lets through untouched before it strikes; default 0 (`skip: 1`: the second). */
  readonly skip?: number;
  /** How many matching requests it hits before it is spent; default 1 (a rendezvous: its `parties`). */
  readonly times?: number;
};

export interface FiredFault {
  readonly kind: Fault['kind'];
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

type RendezvousFault = Extract<Fault, { kind: 'rendezvous' }>;

const DEFAULT_RENDEZVOUS_TIMEOUT_MS = 10_000;

interface ArmedRule {
  readonly rule: FaultRule;
  skipped: number;
  remaining: number;
}

interface Waiting {
  readonly release: (met: boolean) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * What a rule matches on. The REST server passes its spec operations; the Actions services name theirs
 * `<Service>/<Method>` for Twirp calls and `cache-blob/<download|upload>`, `artifact-blob/…` for blob transfers.
 */
export type FaultOperation = Pick<SpecOperation, 'operationId' | 'method' | 'pathTemplate'>;

function targets(rule: FaultRule, operation: FaultOperation): boolean {
  if ('operationId' in rule) return rule.operationId === operation.operationId;
  return rule.method.toUpperCase() === operation.method && rule.path === operation.pathTemplate;
}

export class FaultInjector {
  private readonly armed: ArmedRule[] = [];
  /** Requests held by a rendezvous, per fault, until enough of them are waiting. */
  private readonly waiting = new Map<RendezvousFault, Waiting[]>();
  readonly fired: FiredFault[] = [];
  /** Lets go of the requests a `hang` holds. */
  private readonly hanging = new Set<() => void>();

  add(rule: FaultRule): void {
    const times = rule.times ?? (rule.fault.kind === 'rendezvous' ? rule.fault.parties : 1);
    this.armed.push({ rule, skipped: 0, remaining: times });
  }

  /** Disarms every rule and lets any request a rendezvous holds go on. */
  clear(): void {
    this.armed.length = 0;
    this.fired.length = 0;
    for (const waiting of this.waiting.values()) {
      for (const party of waiting) {
        clearTimeout(party.timer);
        party.release(false);
      }
    }
    this.waiting.clear();
    for (const release of this.hanging) release();
    this.hanging.clear();
  }

  /** A `hang`: resolves once `clientGone` does, or when the faults are cleared, whichever comes first. */
  hold(clientGone: Promise<unknown>): Promise<void> {
    return new Promise<void>((resolve) => {
      const release = () => {
        this.hanging.delete(release);
        resolve();
      };
      this.hanging.add(release);
      void clientGone.finally(release);
    });
  }

  /** The faults that hit this request (each spends one of its `times`), in the order they were added. */
  take(operation: FaultOperation, requestPath: string): Fault[] {
    const hits: Fault[] = [];
    for (const armed of this.armed) {
      if (armed.remaining <= 0 || !targets(armed.rule, operation)) continue;
      if (armed.skipped < (armed.rule.skip ?? 0)) {
        armed.skipped += 1;
        continue;
      }
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

  /**
   * Waits at a rendezvous: resolves true when `fault.parties` requests are waiting (all of them at once), or
   * false when `fault.timeoutMs` passes first or the faults are cleared.
   */
  meet(fault: RendezvousFault): Promise<boolean> {
    const waiting = this.waiting.get(fault) ?? [];
    this.waiting.set(fault, waiting);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(party), 1);
        resolve(false);
      }, fault.timeoutMs ?? DEFAULT_RENDEZVOUS_TIMEOUT_MS);
      const party: Waiting = { release: resolve, timer };
      waiting.push(party);
      if (waiting.length < fault.parties) return;
      this.waiting.delete(fault);
      for (const met of waiting) {
        clearTimeout(met.timer);
        met.release(true);
      }
    });
  }
}
