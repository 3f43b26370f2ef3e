// The runner's SecretMasker (actions/runner src/Sdk/DTLogging/Logging/SecretMasker.cs, ValueEncoders.cs):
// every registered value and its encoded forms are replaced by `***`; overlapping matches merge into one.

type ValueEncoder = (value: string) => string;

function base64Shift(value: string, shift: number): string {
  const bytes = Buffer.from(value, 'utf8');
  return (bytes.length > shift ? bytes.subarray(shift) : bytes).toString('base64');
}

/** Newtonsoft's JsonConvert.ToString without the surrounding quotes (default escape handling). */
function jsonStringEscape(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return out;
}

/** .NET Uri.EscapeDataString: everything but RFC 3986 unreserved characters is percent-encoded. */
function uriDataEscape(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function xmlDataEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function powerShellPreAmpersand(value: string): string {
  if (!value.includes('&')) return '';
  const section = value.includes('&+')
    ? value.slice(0, value.indexOf('&+') + 2)
    : value.slice(0, value.lastIndexOf('&') + 1);
  return section.length >= 6 ? section : '';
}

function powerShellPostAmpersand(value: string): string {
  if (!value.includes('&')) return '';
  let section = '';
  if (value.includes('&+')) {
    const after = value.indexOf('&+') + 2;
    if (value.length > after + 1) section = value.slice(after + 1);
  } else {
    section = value.slice(value.lastIndexOf('&') + 1);
  }
  return section.length >= 6 ? section : '';
}

/** The encoders the runner registers in HostContext.cs, in its order. */
const VALUE_ENCODERS: readonly ValueEncoder[] = [
  (v) => Buffer.from(v, 'utf8').toString('base64'),
  (v) => base64Shift(v, 1),
  (v) => base64Shift(v, 2),
  (v) => v.replace(/"/g, '\\"'),
  (v) => v.replace(/'/g, "''"),
  jsonStringEscape,
  uriDataEscape,
  xmlDataEscape,
  (v) => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : ''),
  powerShellPreAmpersand,
  powerShellPostAmpersand,
];

export class SecretMasker {
  private readonly originals = new Set<string>();
  private readonly values = new Set<string>();

  /** Registers a value and its encoded forms; empty values are ignored, as in the runner. */
  add(value: string): void {
    if (value === '' || this.originals.has(value)) return;
    this.originals.add(value);
    this.values.add(value);
    for (const encode of VALUE_ENCODERS) {
      const encoded = encode(value);
      if (encoded !== '') this.values.add(encoded);
    }
  }

  /** The values registered so far, without their encoded forms. */
  registered(): string[] {
    return [...this.originals];
  }

  mask(input: string): string {
    if (input === '' || this.values.size === 0) return input;
    const positions: { start: number; end: number }[] = [];
    for (const value of this.values) {
      for (let at = input.indexOf(value); at >= 0; at = input.indexOf(value, at + 1)) {
        positions.push({ start: at, end: at + value.length });
      }
    }
    if (positions.length === 0) return input;
    positions.sort((a, b) => a.start - b.start);
    let out = '';
    let cursor = 0;
    let current = { ...positions[0]! };
    const flush = (): void => {
      out += `${input.slice(cursor, current.start)}***`;
      cursor = current.end;
    };
    for (const position of positions.slice(1)) {
      if (position.start <= current.end) current.end = Math.max(current.end, position.end);
      else {
        flush();
        current = { ...position };
      }
    }
    flush();
    return out + input.slice(cursor);
  }
}
