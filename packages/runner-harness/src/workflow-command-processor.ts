// The runner's handling of workflow commands, line by line, for one step
// (actions/runner src/Runner.Worker/ActionCommandManager.cs and Handlers/OutputManager.cs).
import path from 'node:path';
import type { AnnotationLevel, AnnotationProperties, StepContext } from './step-context.js';
import {
  getIgnoringCase,
  parseWorkflowCommand,
  REGISTERED_COMMANDS,
  setIgnoringCase,
  type WorkflowCommand,
} from './workflow-commands.js';

/** Constants.Runner.UnsupportedCommandMessage, shown for `set-output` and `save-state`. */
export const DEPRECATED_COMMAND_MESSAGE =
  'The `{0}` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/';
/** Constants.Runner.UnsupportedCommandMessageDisabled, raised for `set-env` and `add-path`. */
export const DISABLED_COMMAND_MESSAGE =
  'The `{0}` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/';
/** Constants.Runner.UnsupportedStopCommandTokenDisabled. */
export const INVALID_STOP_TOKEN_MESSAGE =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";

const format = (template: string, name: string): string => template.replace('{0}', name);

export interface RecordedCommand extends WorkflowCommand {
  readonly stream: 'stdout' | 'stderr';
}

/** What commands change beyond the log: shared with the file commands and the later stages. */
export interface StepValues {
  readonly outputs: Record<string, string>;
  /** Shared by pre, main and post (JobExtension.cs hands them one dictionary). */
  readonly state: Record<string, string>;
  /** Job environment: what GITHUB_ENV (or an allowed set-env) adds reaches the later stages. */
  readonly env: Record<string, string>;
  /** Prepended PATH entries, oldest first; the last added goes first on PATH. */
  readonly path: string[];
}

export interface CommandProcessorOptions {
  readonly workspace: string;
  readonly repository: string;
  /** ACTIONS_ALLOW_UNSECURE_COMMANDS in the step's environment. */
  readonly allowUnsecureCommands: boolean;
  /** ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS in the step's environment. */
  readonly allowUnsecureStopTokens: boolean;
}

class CommandError extends Error {}

function parseIntStrict(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isSafeInteger(number) && Math.abs(number) <= 2 ** 31 - 1 ? number : undefined;
}

export class WorkflowCommandProcessor {
  readonly commands: RecordedCommand[] = [];
  private readonly registered = new Set<string>(REGISTERED_COMMANDS);
  private stopToken: string | undefined;

  constructor(
    private readonly context: StepContext,
    private readonly values: StepValues,
    private readonly options: CommandProcessorOptions,
  ) {}

  /** One line of the step's stdout or stderr (both go through the runner's command parsing). */
  processLine(rawLine: string, stream: RecordedCommand['stream']): void {
    let line = rawLine;
    if (line !== '' && (line.includes('##[') || line.includes('::'))) {
      if (this.tryProcess(line, stream)) return;
    }
    // OutputManager.cs neutralises markers the runner itself uses.
    if (line.includes('##[start-action') || line.includes('##[end-action')) {
      line = line
        .replaceAll('##[start-action', '##[\\start-action')
        .replaceAll('##[end-action', '##[\\end-action');
    }
    this.context.output(line);
  }

  private tryProcess(line: string, stream: RecordedCommand['stream']): boolean {
    const command = parseWorkflowCommand(line, this.registered);
    if (command === undefined) return false;
    const name = command.command.toLowerCase();
    if (this.stopToken !== undefined) {
      if (name !== this.stopToken.toLowerCase()) {
        this.context.debug(
          `Process commands has been stopped and waiting for '##[${this.stopToken}]' to resume.`,
        );
        return false;
      }
      this.commands.push({ ...command, stream });
      this.context.output(line);
      this.context.debug('Resume processing commands');
      this.registered.delete(name);
      this.stopToken = undefined;
      return true;
    }
    this.commands.push({ ...command, stream });
    if (name === 'stop-commands') {
      this.stopCommands(command.data, line);
      return true;
    }
    const omitEcho = ['debug', 'warning', 'error', 'notice', 'add-mask'].includes(name);
    if (this.context.echoCommands && !omitEcho) this.context.output(line);
    try {
      this.run(name, command);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      this.context.error(`Unable to process command '${omitEcho ? name : line}' successfully.`);
      this.context.error(error.message);
      this.context.commandFailed = true;
    }
    return true;
  }

  private stopCommands(token: string, line: string): void {
    const invalid =
      this.registered.has(token.toLowerCase()) || token === '' || token.toLowerCase() === 'pause-logging';
    if (invalid && !this.options.allowUnsecureStopTokens) {
      // ValidateStopToken runs outside the runner's try/catch: the exception ends the step.
      this.context.error(INVALID_STOP_TOKEN_MESSAGE);
      this.context.commandFailed = true;
      return;
    }
    this.stopToken = token;
    this.registered.add(token.toLowerCase());
    if (token.length > 6) this.context.masker.add(token);
    this.context.output(line);
    this.context.debug(
      'Paused processing commands until the token you called ::stopCommands:: with is received',
    );
  }

  private run(name: string, command: WorkflowCommand): void {
    const { properties, data } = command;
    switch (name) {
      case 'debug':
        this.context.debug(data);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.annotate(name, command);
        return;
      case 'group':
        this.context.output(`##[group]${data}`);
        return;
      case 'endgroup':
        this.context.output('##[endgroup]');
        return;
      case 'add-mask':
        this.addMask(data);
        return;
      case 'set-output':
      case 'save-state': {
        this.context.addAnnotation('warning', format(DEPRECATED_COMMAND_MESSAGE, name), 'runner');
        const key = getIgnoringCase(properties, 'name');
        if (key === undefined || key === '') {
          throw new CommandError(`Required field 'name' is missing in ##[${name}] command.`);
        }
        setIgnoringCase(name === 'set-output' ? this.values.outputs : this.values.state, key, data);
        return;
      }
      case 'set-env': {
        if (!this.options.allowUnsecureCommands)
          throw new CommandError(format(DISABLED_COMMAND_MESSAGE, name));
        const key = getIgnoringCase(properties, 'name');
        if (key === undefined || key === '') {
          throw new CommandError("Required field 'name' is missing in ##[set-env] command.");
        }
        if (key.toUpperCase() === 'NODE_OPTIONS') {
          this.context.error("Can't update NODE_OPTIONS environment variable using ::set-env:: command.");
          return;
        }
        this.values.env[key] = data;
        return;
      }
      case 'add-path': {
        if (!this.options.allowUnsecureCommands)
          throw new CommandError(format(DISABLED_COMMAND_MESSAGE, name));
        if (data === '') throw new CommandError("Parameter 'path' cannot be null or empty.");
        const at = this.values.path.indexOf(data);
        if (at >= 0) this.values.path.splice(at, 1);
        this.values.path.push(data);
        return;
      }
      case 'echo': {
        const value = data.trim().toUpperCase();
        if (value === 'ON') this.context.echoCommands = true;
        else if (value === 'OFF') this.context.echoCommands = false;
        else {
          throw new CommandError(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${data}'.`,
          );
        }
        return;
      }
      default:
        // add-matcher / remove-matcher: recorded in `commands`; problem matchers are not modelled.
        return;
    }
  }

  private addMask(data: string): void {
    if (data.trim() === '') {
      this.context.warning("Can't add secret mask for empty string in ##[add-mask] command.");
      return;
    }
    if (this.context.echoCommands) this.context.output('::add-mask::***');
    this.context.masker.add(data);
    for (const piece of data.split(/[\r\n]/)) {
      const trimmed = piece.trim();
      if (trimmed !== '') this.context.masker.add(trimmed);
    }
  }

  /** IssueCommandExtension: line/column checks, then a workspace-relative file. */
  private annotate(level: AnnotationLevel, command: WorkflowCommand): void {
    const get = (key: string): string | undefined => getIgnoringCase(command.properties, key);
    const raw: Partial<Record<'line' | 'endLine' | 'col' | 'endColumn', string>> = {
      line: get('line'),
      endLine: get('endLine'),
      col: get('col'),
      endColumn: get('endColumn'),
    };
    const lineNumber = parseIntStrict(raw.line) ?? 0;
    const endLineNumber = parseIntStrict(raw.endLine) ?? 0;
    const colNumber = parseIntStrict(raw.col) ?? 0;
    const endColumnNumber = parseIntStrict(raw.endColumn) ?? 0;
    let hasStartLine = parseIntStrict(raw.line) !== undefined;
    const hasEndLine = parseIntStrict(raw.endLine) !== undefined;
    let hasStartColumn = parseIntStrict(raw.col) !== undefined;
    const hasEndColumn = parseIntStrict(raw.endColumn) !== undefined;
    const hasColumn = hasStartColumn || hasEndColumn;
    let lineText = raw.line;
    const dropColumns = (): void => {
      delete raw.col;
      delete raw.endColumn;
    };
    // ValidateLinesAndColumns, step by step (numbers that failed to parse count as 0, as in C#).
    if (hasEndLine && !hasStartLine) {
      raw.line = raw.endLine;
      hasStartLine = true;
      lineText = raw.endLine;
    }
    if (hasEndColumn && !hasStartColumn) {
      raw.col = raw.endColumn;
      hasStartColumn = true;
    }
    if (!hasStartLine && hasColumn) dropColumns();
    if (hasEndLine && lineText !== raw.endLine && hasColumn) dropColumns();
    if (hasStartLine && hasEndLine && endLineNumber < lineNumber) {
      delete raw.line;
      delete raw.endLine;
    }
    if (hasStartColumn && hasEndColumn && endColumnNumber < colNumber) dropColumns();
    const properties: AnnotationProperties = {};
    let file = get('file');
    if (file !== undefined && file !== '') {
      const relative = path.relative(this.options.workspace, file);
      if (path.isAbsolute(file) && !relative.startsWith('..') && !path.isAbsolute(relative)) {
        if (this.options.repository !== '') properties.repo = this.options.repository;
        if (relative !== '') file = relative.split(path.sep).join('/');
      }
      properties.file = file;
    }
    for (const key of ['line', 'endLine', 'col', 'endColumn'] as const) {
      const number = parseIntStrict(raw[key]);
      if (number !== undefined) properties[key] = number;
    }
    const title = get('title');
    if (title !== undefined) properties.title = title;
    this.context.addAnnotation(level, command.data, 'action', properties);
  }
}
