import * as core from '@actions/core';

/**
 * Variables that carry a token into a step: the `token` input under any name a workflow gives it
 * (`INPUT_TOKEN`, or `INPUT_GITHUB-TOKEN` copied from another action's docs), and `GITHUB_TOKEN`, `GH_TOKEN`
 * or the runtime tokens in the step's env. The runner masks the secrets it knows of, but a token read from
 * a file or built by an expression reaches the step unmasked.
 */
const TOKEN_VARIABLE = /(^|[_-])TOKEN$/i;

const secrets = new Set<string>();

/**
 * Registers every token in `env` with the runner (add-mask) and keeps it for `redactSecrets`. Each line of
 * a multi-line value is masked on its own, as the runner masks line by line.
 */
export function maskTokens(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(env)) {
    if (!TOKEN_VARIABLE.test(name) || value === undefined) continue;
    for (const line of value.split(/\r?\n/)) {
      const secret = line.trim();
      if (secret === '' || secrets.has(secret)) continue;
      secrets.add(secret);
      core.setSecret(secret);
    }
  }
}

/**
 * `text` with every masked token replaced by `***`. The runner masks the log, but what mlgate prints must
 * not hold the token either (an input given the token by mistake is quoted back in its error): the raw
 * output reaches whatever else reads the process, and the runner's masking is the last line, not the only one.
 */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join('***');
  }
  return redacted;
}
