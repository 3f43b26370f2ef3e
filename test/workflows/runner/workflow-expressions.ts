// `${{ }}` templates and `if:` conditions evaluated as the runner does, with GitHub's own expression library
// (@actions/expressions: the parser and evaluator the Actions language service uses); the status functions,
// which depend on the job's steps so far, are given here.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { falsy } from '@actions/expressions/result';

/** The contexts a step's expressions read: `github`, `steps`, `needs`, `matrix`, `secrets`, `vars`, `env`, `inputs`, `job`. */
export type ExpressionContexts = Readonly<Record<string, unknown>>;

/** What success(), failure(), cancelled() see: whether an earlier step (or a needed job) failed. */
export interface JobStatus {
  readonly failed: boolean;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'] as const;

function evaluate(expression: string, contexts: ExpressionContexts, status: JobStatus): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const parser = new Parser(
    lexed.tokens,
    Object.keys(contexts),
    STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  );
  const answers: Record<(typeof STATUS_FUNCTIONS)[number], boolean> = {
    success: !status.failed,
    failure: status.failed,
    // Nothing in these runs is cancelled.
    cancelled: false,
    always: true,
  };
  const functions = new Map(
    STATUS_FUNCTIONS.map((name) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answers[name]) },
    ]),
  );
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(parser.parse(), context, functions).evaluate();
}

/** The `${{ … }}` spans of a template; an expression may hold `}}` inside a quoted string. */
function spans(template: string): { start: number; end: number; expression: string }[] {
  const found: { start: number; end: number; expression: string }[] = [];
  let at = template.indexOf('${{');
  while (at >= 0) {
    let i = at + 3;
    let quoted = false;
    for (; i < template.length - 1; i++) {
      if (template[i] === "'") quoted = !quoted;
      else if (!quoted && template[i] === '}' && template[i + 1] === '}') break;
    }
    if (i >= template.length - 1) throw new Error(`unterminated expression in '${template}'`);
    found.push({ start: at, end: i + 2, expression: template.slice(at + 3, i).trim() });
    at = template.indexOf('${{', i + 2);
  }
  return found;
}

/** A `with:`/`env:` value: every `${{ }}` replaced by its value as a string. */
export function evaluateTemplate(template: string, contexts: ExpressionContexts, status: JobStatus): string {
  let result = '';
  let from = 0;
  for (const span of spans(template)) {
    result += template.slice(from, span.start) + evaluate(span.expression, contexts, status).coerceString();
    from = span.end;
  }
  return result + template.slice(from);
}

/**
 * An `if:`, with or without `${{ }}`. As on GitHub, a condition that calls no status function is
 * `success() && (…)`: it runs only while nothing has failed.
 */
export function conditionHolds(
  condition: string | undefined,
  contexts: ExpressionContexts,
  status: JobStatus,
): boolean {
  if (condition === undefined) return !status.failed;
  const trimmed = condition.trim();
  const whole = spans(trimmed);
  const expression =
    whole.length === 1 && whole[0]!.start === 0 && whole[0]!.end === trimmed.length
      ? whole[0]!.expression
      : trimmed;
  const callsStatus = /\b(?:success|failure|cancelled|always)\s*\(/.test(expression);
  const full = callsStatus ? expression : `success() && (${expression})`;
  return !falsy(evaluate(full, contexts, status));
}
