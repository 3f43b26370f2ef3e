import * as core from '@actions/core';
import { redactSecrets as redact, tokensIn } from '@mlgate/engine';

const secrets = new Set<string>();

/**
 * Registers every token in `env` with the runner (add-mask) and keeps it for `redactSecrets`. The runner
 * masks the secrets it knows of, but a token read from a file or built by an expression reaches the step
 * unmasked.
 */
export function maskTokens(env: NodeJS.ProcessEnv = process.env): void {
  for (const secret of tokensIn(env)) {
    if (secrets.has(secret)) continue;
    secrets.add(secret);
    core.setSecret(secret);
  }
}

/**
 * `text` with every masked token replaced by `***`. The runner masks the log, but the raw output reaches
 * whatever else reads the process: the runner's masking is the last line, not the only one.
 */
export function redactSecrets(text: string): string {
  return redact(text, secrets);
}
