import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { CsvKernel } from './csv-kernel.js';
import { createCsvKernel } from './csv-kernel.js';

let kernel: CsvKernel | undefined;

/** The kernel on the calling thread: CSV headers, small files, rows mode, and values from non-CSV readers. */
export function kernelOnThisThread(): CsvKernel {
  kernel ??= createCsvKernel({ fs, isUtf8 });
  return kernel;
}
