import { MAX_NESTING_DEPTH, NESTED_TOO_DEEP } from '../nesting-depth.js';
import { UserError } from '../user-error.js';
import { MetricCollector, childName } from './metric-collector.js';
import type { MetricMap } from './metric-collector.js';
import { readMetricText } from './metric-text.js';
import { numberValue } from './metric-value.js';

/**
 * Reads a JSON metrics file into flattened metrics: nested objects become dotted names, arrays are indexed
 * (`per_class.0.recall`). A hand-written parser rather than JSON.parse, for two reasons: Python's json.dumps
 * writes the bare tokens `NaN`, `Infinity` and `-Infinity` (invalid JSON, common in ML), which are read here on
 * purpose; and every value keeps its line, so a bad value is reported where it is.
 */
export function readJsonMetrics(text: string, file: string): MetricMap {
  return new JsonMetricsParser(text, file).parse();
}

const enum Char {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Minus = 45,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

const NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonMetricsParser {
  private position = 0;
  /** Open objects and arrays around the position: the parser recurses per level, so it is bounded. */
  private depth = 0;
  private line = 1;
  private lineStart = 0;
  private readonly collector: MetricCollector;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.collector = new MetricCollector(file);
  }

  parse(): MetricMap {
    this.skipWhitespace();
    if (this.position >= this.text.length) throw this.error('the file is empty');
    const first = this.text.charCodeAt(this.position);
    if (first !== Char.OpenBrace && first !== Char.OpenBracket) {
      throw this.error('expected a JSON object or array of metrics at the top level');
    }
    this.value('');
    this.skipWhitespace();
    if (this.position < this.text.length) throw this.error('unexpected text after the JSON value');
    return this.collector.metrics;
  }

  private value(name: string): void {
    const code = this.text.charCodeAt(this.position);
    const line = this.line;
    const column = this.column();
    if (code === Char.OpenBrace || code === Char.OpenBracket) {
      if (this.depth === MAX_NESTING_DEPTH) {
        throw new UserError(NESTED_TOO_DEEP, { file: this.file, line, column });
      }
      this.depth++;
      if (code === Char.OpenBrace) this.object(name);
      else this.array(name);
      this.depth--;
      return;
    }
    if (code === Char.Quote) {
      const reading = readMetricText(this.string(), 'string');
      if (!reading.ok) this.collector.refuse(name, reading.problem, line, column);
      return this.collector.add(name, reading.value, line, column);
    }
    if (code === Char.Minus || (code >= 48 && code <= 57)) {
      if (this.text.startsWith('-Infinity', this.position)) {
        this.position += 9;
        return this.collector.add(name, { type: 'infinity', sign: -1 }, line, column);
      }
      NUMBER_TOKEN.lastIndex = this.position;
      const match = NUMBER_TOKEN.exec(this.text);
      if (match === null) throw this.error('invalid number');
      this.position += match[0].length;
      // `1e400` overflows to Infinity: it must be the infinity case, not a `number` (whose JSON is null).
      return this.collector.add(name, numberValue(Number(match[0])), line, column);
    }
    for (const [word, value] of KEYWORDS) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return this.collector.add(name, value, line, column);
      }
    }
    throw this.error(this.position >= this.text.length ? 'unexpected end of file' : 'unexpected character');
  }

  private object(name: string): void {
    this.position++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.position) === Char.CloseBrace) {
      this.position++;
      return;
    }
    for (;;) {
      if (this.text.charCodeAt(this.position) !== Char.Quote) throw this.error('expected a quoted key');
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.position) !== Char.Colon) throw this.error("expected ':' after the key");
      this.position++;
      this.skipWhitespace();
      this.value(childName(name, key));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.position);
      this.position++;
      if (next === Char.CloseBrace) return;
      if (next !== Char.Comma) {
        this.position--;
        throw this.error("expected ',' or '}'");
      }
      this.skipWhitespace();
    }
  }

  private array(name: string): void {
    this.position++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.position) === Char.CloseBracket) {
      this.position++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(childName(name, String(index)));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.position);
      this.position++;
      if (next === Char.CloseBracket) return;
      if (next !== Char.Comma) {
        this.position--;
        throw this.error("expected ',' or ']'");
      }
      this.skipWhitespace();
    }
  }

  private string(): string {
    const start = ++this.position;
    let cursor = start;
    let escaped = false;
    for (;;) {
      const code = this.text.charCodeAt(cursor);
      if (code === Char.Quote) break;
      if (Number.isNaN(code) || code === Char.Newline) {
        this.position = cursor;
        throw this.error('unterminated string');
      }
      if (code === Char.Backslash) {
        escaped = true;
        cursor += 2;
      } else {
        cursor++;
      }
    }
    this.position = cursor + 1;
    if (!escaped) return this.text.slice(start, cursor);
    try {
      return JSON.parse(this.text.slice(start - 1, cursor + 1)) as string;
    } catch {
      this.position = start;
      throw this.error('invalid escape in string');
    }
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.position);
      if (code === Char.Newline) {
        this.position++;
        this.line++;
        this.lineStart = this.position;
      } else if (code === Char.Space || code === Char.Tab || code === Char.Return) {
        this.position++;
      } else {
        return;
      }
    }
  }

  private column(): number {
    return this.position - this.lineStart + 1;
  }

  private error(problem: string): UserError {
    return new UserError(`not valid JSON: ${problem}`, {
      file: this.file,
      line: this.line,
      column: this.column(),
    });
  }
}

const KEYWORDS = [
  ['true', { type: 'boolean', value: true }],
  ['false', { type: 'boolean', value: false }],
  ['null', { type: 'null' }],
  ['NaN', { type: 'nan' }],
  ['Infinity', { type: 'infinity', sign: 1 }],
] as const;
