// What the runner's ExecutionContext records for one step (actions/runner src/Runner.Worker/ExecutionContext.cs):
// the log as written (masked), annotations ("issues"), debug lines, and whether a command failed the step.
import type { SecretMasker } from './secret-masker.js';

/** ExecutionContext._maxCountPerIssueType: the runner keeps at most 10 annotations of each level per step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** ExecutionContext._maxIssueMessageLength: longer annotation messages are cut. */
export const MAX_ANNOTATION_MESSAGE_LENGTH = 4096;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  /** Masked and cut to 4096 characters, as the runner stores it. */
  readonly message: string;
  /** Who raised it: the action (a workflow command) or the runner itself (a refused file, an odd input). */
  readonly source: 'action' | 'runner';
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
  readonly title?: string;
  /** Set when `file` was made relative to the workspace: the repository it belongs to. */
  readonly repo?: string;
  /** False past the 10th of its level in the step: logged, but not shown as an annotation. */
  readonly shown: boolean;
}

export type AnnotationProperties = {
  -readonly [K in 'file' | 'line' | 'endLine' | 'col' | 'endColumn' | 'title' | 'repo']?: Annotation[K];
};

const LOG_TAGS: Readonly<Record<AnnotationLevel, string>> = {
  error: '##[error]',
  warning: '##[warning]',
  notice: '##[notice]',
};

export class StepContext {
  readonly log: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly debugMessages: string[] = [];
  /** ExecutionContext.CommandResult = Failed: a command or file command the runner could not process. */
  commandFailed = false;
  /** `::echo::on|off`; starts as the step-debug setting. */
  echoCommands: boolean;

  constructor(
    readonly masker: SecretMasker,
    readonly stepDebug: boolean,
  ) {
    this.echoCommands = stepDebug;
  }

  output(line: string): void {
    this.log.push(this.masker.mask(line));
  }

  debug(message: string): void {
    this.debugMessages.push(this.masker.mask(message));
    if (this.stepDebug) this.output(`##[debug]${message}`);
  }

  addAnnotation(
    level: AnnotationLevel,
    message: string,
    source: Annotation['source'],
    properties: AnnotationProperties = {},
  ): void {
    const masked = this.masker.mask(message).slice(0, MAX_ANNOTATION_MESSAGE_LENGTH);
    const shown =
      this.annotations.filter((a) => a.level === level && a.shown).length < MAX_ANNOTATIONS_PER_LEVEL;
    this.annotations.push({ level, message: masked, source, ...properties, shown });
    if (masked !== '') this.output(`${LOG_TAGS[level]}${masked}`);
  }

  error(message: string): void {
    this.addAnnotation('error', message, 'runner');
  }

  warning(message: string): void {
    this.addAnnotation('warning', message, 'runner');
  }
}
