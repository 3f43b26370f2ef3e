// Reference: apache-arrow alone reads every record batch of the IPC file (random access over a file handle) and
// touches every column's values, the floor for any Arrow validator built on it.
import { open } from 'node:fs/promises';
import { RecordBatchReader } from 'apache-arrow';

const handle = await open(process.argv[2]!, 'r');
const reader = await RecordBatchReader.from(handle);
let rows = 0;
let bytes = 0;
for await (const batch of reader) {
  rows += batch.numRows;
  for (const child of batch.data.children) bytes += child.values.byteLength;
}
await handle.close().catch(() => undefined);
process.stdout.write(JSON.stringify({ rows, bytes, violations: null }));
