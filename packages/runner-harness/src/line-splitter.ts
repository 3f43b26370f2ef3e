/**
 * Splits a stream into lines as .NET's StreamReader.ReadLine does for the runner's ProcessInvoker: CR, LF
 * and CRLF each end a line (a CRLF split across two chunks still counts once); a last line without a
 * line break is still a line.
 */
export class LineSplitter {
  private buffer = '';
  private pendingCarriageReturn = false;

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    let index = 0;
    if (this.pendingCarriageReturn && chunk.startsWith('\n')) index = 1;
    this.pendingCarriageReturn = false;
    let start = index;
    for (; index < chunk.length; index++) {
      const char = chunk[index];
      if (char !== '\n' && char !== '\r') continue;
      this.onLine(this.buffer + chunk.slice(start, index));
      this.buffer = '';
      if (char === '\r') {
        if (index + 1 === chunk.length) this.pendingCarriageReturn = true;
        else if (chunk[index + 1] === '\n') index++;
      }
      start = index + 1;
    }
    this.buffer += chunk.slice(start);
  }

  end(): void {
    if (this.buffer !== '') this.onLine(this.buffer);
    this.buffer = '';
  }
}
