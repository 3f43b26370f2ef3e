// What the demo saw, step by step: one verdict line each on the terminal, the expectations the story makes
// of every step checked, and everything written under .tmp/demo/ (week.json and the markdown files).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StepRecord {
  readonly step: string;
  /** One line: what happened, as a reader of the pull request would say it. */
  readonly verdict: string;
  readonly expected: string;
  /** Expectations this step broke; empty when the step went as the story says. */
  readonly broken: readonly string[];
  readonly seconds: number;
  readonly details: Readonly<Record<string, unknown>>;
}

export class WeekLog {
  private readonly steps: StepRecord[] = [];
  private readonly files = new Map<string, string>();

  constructor(
    private readonly out: string,
    private readonly say: (text?: string) => void,
  ) {}

  /** Checks one step's expectations (`[what, held]` pairs) and prints its verdict line. */
  step(
    step: string,
    verdict: string,
    expected: string,
    checks: readonly (readonly [string, boolean])[],
    started: number,
    details: Record<string, unknown> = {},
  ): StepRecord {
    const broken = checks.filter(([, held]) => !held).map(([what]) => what);
    const record = { step, verdict, expected, broken, seconds: (Date.now() - started) / 1000, details };
    this.steps.push(record);
    this.say(`${broken.length === 0 ? '✔' : '✘'} ${step.padEnd(24)} ${verdict}`);
    for (const what of broken) this.say(`    expected ${what}`);
    return record;
  }

  /** A markdown file to write under .tmp/demo/. */
  keep(name: string, text: string): void {
    this.files.set(name, text);
  }

  get failed(): readonly StepRecord[] {
    return this.steps.filter((step) => step.broken.length > 0);
  }

  async write(summary: Record<string, unknown>): Promise<void> {
    await rm(this.out, { recursive: true, force: true });
    await mkdir(this.out, { recursive: true });
    for (const [name, text] of this.files) await writeFile(path.join(this.out, name), text);
    const week = { ...summary, steps: this.steps, files: [...this.files.keys()] };
    await writeFile(path.join(this.out, 'week.json'), `${JSON.stringify(week, null, 2)}\n`);
  }
}
