// The toolkit clients read their configuration from process.env at call time and report through
// @actions/core on stdout. A test runs each call as if it were a step of one job: the job's variables are
// set for the call only, and the workflow commands it prints are captured instead of cluttering jest output.

export interface JobCallResult<T> {
  readonly value: T;
  /** Everything the client wrote to stdout (`::warning::…`, `::debug::…`, plain info lines). */
  readonly log: string;
}

export async function inJobContext<T>(
  env: Record<string, string>,
  call: () => Promise<T>,
): Promise<JobCallResult<T>> {
  const saved = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  const write = process.stdout.write;
  let log = '';
  Object.assign(process.env, env);
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await call(), log };
  } catch (error) {
    if (error instanceof Error) error.message += `\n--- job log ---\n${log}`;
    throw error;
  } finally {
    process.stdout.write = write;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
