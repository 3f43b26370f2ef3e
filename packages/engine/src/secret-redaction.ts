/**
 * Variables that carry a token: `GITHUB_TOKEN`, `GH_TOKEN`, the runtime tokens, and the `token` input under
 * any name a workflow gives it (`INPUT_TOKEN`, or `INPUT_GITHUB-TOKEN` copied from another action's docs).
 */
const TOKEN_VARIABLE = /(^|[_-])TOKEN$/i;

/** Every token value in `env`, each line of a multi-line value on its own (as the runner masks them). */
export function tokensIn(env: NodeJS.ProcessEnv): string[] {
  const found = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!TOKEN_VARIABLE.test(name) || value === undefined) continue;
    for (const line of value.split(/\r?\n/)) {
      const secret = line.trim();
      if (secret !== '') found.add(secret);
    }
  }
  return [...found];
}

/**
 * `text` with every one of `secrets` replaced by `***`, longest first so a token that contains another is
 * hidden whole. What mlgate prints must never hold a token, even one given by mistake as another value.
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let redacted = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join('***');
  }
  return redacted;
}
