// Runs a bundled JavaScript action the way the GitHub runner does: pre, main, post as separate Node 24
// processes with fresh command files per step, the runner's environment, and its output handling
// (actions/runner: ActionRunner.cs, Handlers/NodeScriptActionHandler.cs, FileCommandManager.cs).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ACTION_NODE_RUNTIME,
  readActionManifest,
  type ActionManifest,
  type ActionStage,
} from './action-manifest.js';
import { HarnessError, resolveInputs } from './action-inputs.js';
import { ENV_BLOCK_LIST, parseKeyValueFile, parsePathFile, processStepSummary } from './file-commands.js';
import { LineSplitter } from './line-splitter.js';
import { actionNodeBinary } from './node-runtime.js';
import {
  githubContext,
  runnerContext,
  runnerEnvironment,
  type GitHubRunOptions,
  type WebhookEvent,
} from './runner-env.js';
import { SecretMasker } from './secret-masker.js';
import { StepContext, type Annotation } from './step-context.js';
import { webhookEvent } from './webhook-payloads.js';
import {
  WorkflowCommandProcessor,
  type RecordedCommand,
  type StepValues,
} from './workflow-command-processor.js';
import { setIgnoringCase } from './workflow-commands.js';

export const DEFAULT_STEP_TIMEOUT_MS = 30_000;

export interface RunActionOptions {
  /** The step's `with:`. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Default: the recorded `push` example. */
  readonly event?: WebhookEvent;
  /**
   * The event file's text in place of the event payload's JSON, or null for no file at all: what a broken
   * or hostile runner might hand a step. The GITHUB_* variables still come from `event`.
   */
  readonly eventFile?: string | null;
  /** GITHUB_WORKSPACE and the working directory; default: an empty directory removed after the run. */
  readonly workspace?: string;
  /**
   * RUNNER_TEMP. A runner empties it once per job, so a job's steps see each other's files there (a report an
   * earlier step wrote, a checksum file the next step attests); default: a directory removed after the run.
   */
  readonly runnerTemp?: string;
  /** Job and step `env:` (also where ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL and the like go). */
  readonly env?: Readonly<Record<string, string>>;
  readonly github?: GitHubRunOptions;
  /** ACTIONS_STEP_DEBUG: debug lines reach the log and commands are echoed. */
  readonly stepDebug?: boolean;
  /** `uses: owner/repo/path@ref` (remote) or `uses: ./path` (local, where the runner skips `pre`). */
  readonly reference?: 'remote' | 'local';
  readonly timeoutMs?: number;
}

export type StepOutcome = 'success' | 'failure' | 'skipped';

export interface StepRun {
  readonly stage: ActionStage;
  readonly outcome: StepOutcome;
  /** The process's exit code; null when skipped or killed (timeout). */
  readonly exitCode: number | null;
  readonly inputs: Readonly<Record<string, string>>;
  readonly outputs: Readonly<Record<string, string>>;
  /** All state saved so far (pre, main and post share it), as the next stage sees it. */
  readonly state: Readonly<Record<string, string>>;
  /** What this step exported through GITHUB_ENV (or an allowed set-env). */
  readonly env: Readonly<Record<string, string>>;
  /** What this step added through GITHUB_PATH, in file order. */
  readonly path: readonly string[];
  /** The step summary as the runner attaches it (masked, LF); undefined when empty or refused. */
  readonly summary: string | undefined;
  /** Every annotation; `shown` marks the ones within the runner's 10-per-level display limit. */
  readonly annotations: readonly Annotation[];
  /** Values this step registered with add-mask. */
  readonly masks: readonly string[];
  /** The log as the runner writes it: masked, commands consumed, stdout and stderr interleaved. */
  readonly log: readonly string[];
  readonly rawStdout: string;
  readonly stderr: string;
  readonly commands: readonly RecordedCommand[];
  readonly debug: readonly string[];
  readonly durationMs: number;
}

export interface ActionRun extends StepRun {
  readonly pre?: StepRun;
  readonly post?: StepRun;
}

/** The per-step command files, in the order FileCommandManager processes them. */
const FILE_COMMANDS = [
  { env: 'GITHUB_PATH', prefix: 'add_path_', context: 'path' },
  { env: 'GITHUB_ENV', prefix: 'set_env_', context: 'env' },
  { env: 'GITHUB_STEP_SUMMARY', prefix: 'step_summary_', context: 'step_summary' },
  { env: 'GITHUB_STATE', prefix: 'save_state_', context: 'state' },
  { env: 'GITHUB_OUTPUT', prefix: 'set_output_', context: 'output' },
] as const;
type FileCommand = (typeof FILE_COMMANDS)[number];

/** `pre-if`/`post-if`: the status functions are what action manifests use. */
function conditionHolds(condition: string, jobFailed: boolean): boolean {
  switch (condition.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim()) {
    case 'always()':
    case '!cancelled()':
      return true;
    case 'success()':
      return !jobFailed;
    case 'failure()':
      return jobFailed;
    case 'cancelled()':
      return false;
    default:
      throw new HarnessError(
        `the harness evaluates only status functions in pre-if/post-if, not '${condition}'`,
      );
  }
}

function skipped(stage: ActionStage, state: Record<string, string>): StepRun {
  return {
    stage,
    outcome: 'skipped',
    exitCode: null,
    inputs: {},
    outputs: {},
    state: { ...state },
    env: {},
    path: [],
    summary: undefined,
    annotations: [],
    masks: [],
    log: [],
    rawStdout: '',
    stderr: '',
    commands: [],
    debug: [],
    durationMs: 0,
  };
}

interface RunLayout {
  readonly manifest: ActionManifest;
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly toolCache: string;
  readonly commandDir: string;
  readonly eventPath: string;
  readonly event: WebhookEvent;
  readonly options: RunActionOptions;
  readonly masker: SecretMasker;
  readonly state: Record<string, string>;
  readonly jobEnv: Record<string, string>;
  readonly jobPath: string[];
}

/** Runs the action in `actionDir` (holding action.yml) through pre, main and post. */
export async function runAction(actionDir: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const manifest = readActionManifest(path.join(actionDir, 'action.yml'));
  if (manifest.runs.using !== ACTION_NODE_RUNTIME) {
    throw new HarnessError(`${manifest.file}: runs.using must be '${ACTION_NODE_RUNTIME}'`);
  }
  if (manifest.runs.main === undefined) throw new HarnessError(`${manifest.file}: runs.main is missing`);
  const root = await mkdtemp(path.join(tmpdir(), 'mlgate-runner-'));
  try {
    const runnerTemp = options.runnerTemp ?? path.join(root, '_temp');
    const workspace = options.workspace ?? path.join(root, 'workspace');
    const layout: RunLayout = {
      manifest,
      workspace,
      runnerTemp,
      toolCache: path.join(root, '_tool'),
      commandDir: path.join(runnerTemp, '_runner_file_commands'),
      eventPath: path.join(root, '_github_workflow', 'event.json'),
      event: options.event ?? webhookEvent('push'),
      options,
      masker: new SecretMasker(),
      state: {},
      jobEnv: { ...options.env },
      jobPath: [],
    };
    for (const dir of [workspace, layout.toolCache, layout.commandDir, path.dirname(layout.eventPath)]) {
      await mkdir(dir, { recursive: true });
    }
    if (options.eventFile !== null) {
      await writeFile(layout.eventPath, options.eventFile ?? JSON.stringify(layout.event.payload, null, 2));
    }
    // The runner registers the job token as a secret before any step runs.
    if (options.github?.token) layout.masker.add(options.github.token);

    let jobFailed = false;
    let postRegistered = false;
    const localPreWarning =
      manifest.runs.pre !== undefined && options.reference === 'local'
        ? `\`pre\` execution is not supported for local action from '${path.relative(workspace, actionDir) || '.'}'`
        : undefined;

    let pre: StepRun | undefined;
    if (manifest.runs.pre !== undefined && localPreWarning === undefined) {
      if (conditionHolds(manifest.runs['pre-if'] ?? 'always()', jobFailed)) {
        pre = await runStage(layout, 'pre', manifest.runs.pre, []);
        postRegistered = true;
        jobFailed ||= pre.outcome === 'failure';
      } else {
        pre = skipped('pre', layout.state);
      }
    }
    let main: StepRun;
    if (jobFailed) {
      main = skipped('main', layout.state);
    } else {
      main = await runStage(layout, 'main', manifest.runs.main, localPreWarning ? [localPreWarning] : []);
      postRegistered = true;
      jobFailed ||= main.outcome === 'failure';
    }
    let post: StepRun | undefined;
    if (manifest.runs.post !== undefined && postRegistered) {
      post = conditionHolds(manifest.runs['post-if'] ?? 'always()', jobFailed)
        ? await runStage(layout, 'post', manifest.runs.post, [])
        : skipped('post', layout.state);
    }
    return { ...main, ...(pre ? { pre } : {}), ...(post ? { post } : {}) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function runStage(
  layout: RunLayout,
  stage: ActionStage,
  script: string,
  runnerWarnings: readonly string[],
): Promise<StepRun> {
  const { manifest, options, masker } = layout;
  const target = path.resolve(manifest.dir, script);
  if (!existsSync(target))
    throw new HarnessError(`${manifest.file}: runs.${stage} file ${target} does not exist`);
  const started = performance.now();
  const context = new StepContext(masker, options.stepDebug === true);
  const masksBefore = new Set(masker.registered());

  // FileCommandManager.InitializeFiles: a fresh, empty file per command per step.
  const suffix = randomUUID();
  const files = Object.fromEntries(
    FILE_COMMANDS.map((c) => [c.env, path.join(layout.commandDir, `${c.prefix}${suffix}`)]),
  ) as Record<FileCommand['env'], string>;
  for (const file of Object.values(files)) await writeFile(file, '');

  const envInput = {
    event: layout.event,
    eventPath: layout.eventPath,
    workspace: layout.workspace,
    runnerTemp: layout.runnerTemp,
    toolCache: layout.toolCache,
    actionPath: manifest.dir,
    stepDebug: options.stepDebug === true,
    github: options.github ?? {},
  };
  const inputs = resolveInputs(manifest, options.inputs ?? {}, {
    github: githubContext(envInput),
    runner: runnerContext(envInput),
    env: layout.jobEnv,
  });
  for (const warning of [...runnerWarnings, ...inputs.warnings]) context.warning(warning);

  // ActionRunner: env context, then STATE_*; the handler adds INPUT_*, the PATH prepends, the contexts.
  const env: Record<string, string> = {};
  // The runner's own process environment on a hosted runner: only what a child needs to start.
  for (const key of ['PATH', 'HOME'] as const) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  Object.assign(env, layout.jobEnv);
  for (const [key, value] of Object.entries(layout.state)) env[`STATE_${key}`] = value;
  Object.assign(env, inputs.env);
  if (layout.jobPath.length > 0) {
    env['PATH'] = [...layout.jobPath]
      .reverse()
      .concat(env['PATH'] ? [env['PATH']] : [])
      .join(path.delimiter);
  }
  Object.assign(env, runnerEnvironment(envInput));
  for (const command of FILE_COMMANDS) env[command.env] = files[command.env];
  delete env['NODE_ICU_DATA'];

  const values: StepValues = { outputs: {}, state: layout.state, env: {}, path: [] };
  const processor = new WorkflowCommandProcessor(context, values, {
    workspace: layout.workspace,
    repository: githubContext(envInput)['repository'] ?? '',
    allowUnsecureCommands: env['ACTIONS_ALLOW_UNSECURE_COMMANDS']?.toLowerCase() === 'true',
    allowUnsecureStopTokens: env['ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS']?.toLowerCase() === 'true',
  });

  const { exitCode, rawStdout, stderr } = await runNode(
    target,
    layout.workspace,
    env,
    options.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
    processor,
    context,
  );

  // FileCommandManager.ProcessFiles, always, in its order; a failure fails the step but not the others.
  let summary: string | undefined;
  for (const command of FILE_COMMANDS) {
    const content = await readFile(files[command.env]);
    const failure = applyFileCommand(command, content, values, context, masker, (markdown) => {
      summary = markdown;
    });
    if (failure !== undefined) {
      context.error(`Unable to process file command '${command.context}' successfully.`);
      context.error(failure);
      context.commandFailed = true;
    }
    await rm(files[command.env], { force: true });
  }

  Object.assign(layout.jobEnv, values.env);
  for (const entry of values.path) {
    const at = layout.jobPath.indexOf(entry);
    if (at >= 0) layout.jobPath.splice(at, 1);
    layout.jobPath.push(entry);
  }
  return {
    stage,
    outcome: exitCode !== 0 || context.commandFailed ? 'failure' : 'success',
    exitCode,
    inputs: inputs.values,
    outputs: values.outputs,
    state: { ...layout.state },
    env: values.env,
    path: values.path,
    summary,
    annotations: context.annotations,
    masks: masker.registered().filter((m) => !masksBefore.has(m)),
    log: context.log,
    rawStdout,
    stderr,
    commands: processor.commands,
    debug: context.debugMessages,
    durationMs: Math.round(performance.now() - started),
  };
}

/** One file command, as its IFileCommandExtension does; returns the runner's exception message on failure. */
function applyFileCommand(
  command: FileCommand,
  content: Buffer,
  values: StepValues,
  context: StepContext,
  masker: SecretMasker,
  attachSummary: (markdown: string) => void,
): string | undefined {
  switch (command.context) {
    case 'path':
      for (const entry of parsePathFile(content.toString('utf8'))) {
        const at = values.path.indexOf(entry);
        if (at >= 0) values.path.splice(at, 1);
        values.path.push(entry);
      }
      return undefined;
    case 'step_summary': {
      const result = processStepSummary(content, (line) => masker.mask(line));
      if (result.kind === 'too-large') context.error(result.error);
      if (result.kind === 'attached') attachSummary(result.markdown);
      return undefined;
    }
    case 'env':
    case 'state':
    case 'output': {
      const parsed = parseKeyValueFile(content.toString('utf8'));
      for (const [name, value] of parsed.pairs) {
        if (command.context === 'env') {
          const blocked = ENV_BLOCK_LIST.find((b) => b.toLowerCase() === name.toLowerCase());
          if (blocked !== undefined) {
            context.error(`Can't store ${blocked} output parameter using '$GITHUB_ENV' command.`);
            continue;
          }
          values.env[name] = value;
        } else {
          setIgnoringCase(command.context === 'state' ? values.state : values.outputs, name, value);
        }
      }
      return parsed.error;
    }
  }
}

async function runNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  processor: WorkflowCommandProcessor,
  context: StepContext,
): Promise<{ exitCode: number | null; rawStdout: string; stderr: string }> {
  const child = spawn(actionNodeBinary(), [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let rawStdout = '';
  let stderr = '';
  const stdoutLines = new LineSplitter((line) => processor.processLine(line, 'stdout'));
  const stderrLines = new LineSplitter((line) => processor.processLine(line, 'stderr'));
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    rawStdout += chunk;
    stdoutLines.push(chunk);
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    stderrLines.push(chunk);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  stdoutLines.end();
  stderrLines.end();
  if (timedOut) context.error(`The action has timed out after ${timeoutMs} ms.`);
  return { exitCode: timedOut ? null : exitCode, rawStdout, stderr };
}
