// Parsing of workflow commands written to stdout/stderr, exactly as the runner's ActionCommand.cs does it
// (actions/runner src/Runner.Common/ActionCommand.cs): the `::name k=v,k=v::data` form first, then the
// legacy `##[name k=v;k=v]data` form, which the runner finds anywhere in a line.

/** Every command the runner registers (ExtensionManager.cs), plus `stop-commands`. */
export const REGISTERED_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
] as const;

export interface WorkflowCommand {
  /** As written (the runner matches names without regard to case). */
  readonly command: string;
  /** Keys as written; later duplicates (in any case) replace earlier ones, as in the runner's dictionary. */
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
}

type EscapeMapping = readonly [token: string, replacement: string];

// The runner undoes escapes with one ordinal Replace per mapping, in this order. `%25` comes last, so
// `%250A` stays `%0A` after unescaping: it does not become a newline.
const DATA_MAPPINGS: readonly EscapeMapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_MAPPINGS: readonly EscapeMapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY_MAPPINGS: readonly EscapeMapping[] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescapeWith(mappings: readonly EscapeMapping[], escaped: string): string {
  let text = escaped;
  for (const [token, replacement] of mappings) text = text.split(replacement).join(token);
  return text;
}

function escapeWith(mappings: readonly EscapeMapping[], raw: string): string {
  let text = raw;
  for (const [token, replacement] of [...mappings].reverse()) text = text.split(token).join(replacement);
  return text;
}

export const unescapeData = (escaped: string): string => unescapeWith(DATA_MAPPINGS, escaped);
export const unescapeProperty = (escaped: string): string => unescapeWith(PROPERTY_MAPPINGS, escaped);
/** The escaping @actions/core applies to command data. */
export const escapeData = (raw: string): string => escapeWith(DATA_MAPPINGS, raw);
/** The escaping @actions/core applies to command property values. */
export const escapeProperty = (raw: string): string => escapeWith(PROPERTY_MAPPINGS, raw);

/** Sets `key` in a record whose keys compare without case, keeping the spelling first seen. */
export function setIgnoringCase(record: Record<string, string>, key: string, value: string): void {
  const lower = key.toLowerCase();
  const existing = Object.keys(record).find((k) => k.toLowerCase() === lower);
  record[existing ?? key] = value;
}

export function getIgnoringCase(record: Readonly<Record<string, string>>, key: string): string | undefined {
  const lower = key.toLowerCase();
  const existing = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return existing === undefined ? undefined : record[existing];
}

/**
 * .NET `Split('=', 2, RemoveEmptyEntries)` on one property, as the runner does: empty pieces are skipped
 * until one is found, the remainder (separators and all) is the second; anything but two pieces is ignored.
 */
function splitProperty(text: string): [string, string] | undefined {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length && pieces.length < 1; i++) {
    if (text[i] !== '=') continue;
    if (i > start) pieces.push(text.slice(start, i));
    start = i + 1;
  }
  const rest = text.slice(start);
  if (rest !== '') pieces.push(rest);
  return pieces.length === 2 ? (pieces as [string, string]) : undefined;
}

function isRegistered(name: string, registered: ReadonlySet<string>): boolean {
  return registered.has(name.toLowerCase());
}

/** `::command k=v,k=v::data` after leading whitespace (ActionCommand.TryParseV2). */
export function parseCommandV2(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!isRegistered(command, registered)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const piece of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (piece === '') continue;
      const pair = splitProperty(piece);
      if (pair) setIgnoringCase(properties, pair[0], unescapeProperty(pair[1]));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** `##[command k=v;k=v]data`, found anywhere in the line (ActionCommand.TryParse). */
export function parseCommandLegacy(
  line: string,
  registered: ReadonlySet<string>,
): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  if (bracket < 0) return undefined;
  const info = line.slice(prefix + 3, bracket);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!isRegistered(command, registered)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const piece of info.slice(space + 1).split(';')) {
      if (piece === '') continue;
      const pair = splitProperty(piece);
      if (pair) setIgnoringCase(properties, pair[0], unescapeWith(LEGACY_MAPPINGS, pair[1]));
    }
  }
  return { command, properties, data: unescapeWith(LEGACY_MAPPINGS, line.slice(bracket + 1)) };
}

/** The runner's order: the `::` form, then the legacy form. Names in `registered` are lower-case. */
export function parseWorkflowCommand(
  line: string,
  registered: ReadonlySet<string>,
): WorkflowCommand | undefined {
  if (line === '') return undefined;
  return parseCommandV2(line, registered) ?? parseCommandLegacy(line, registered);
}
