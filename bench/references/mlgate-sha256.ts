// The publisher's hashing alone (sha256File, as publish-model hashes each model file), for the bench to set
// against sha256sum on the same file.
import { statSync } from 'node:fs';
import { sha256File } from '../../packages/engine/src/validate/report/file-sha256.js';

const file = process.argv[2]!;
console.log(`${await sha256File(file, statSync(file).size)}  ${file}`);
