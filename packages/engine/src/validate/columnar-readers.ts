import { openArrow } from './arrow-reader.js';
import type { ColumnarOpener } from './data-reader.js';
import { openParquet } from './parquet-reader.js';

/**
 * The columnar readers validation can use, by format. Parquet and Arrow readers implement the contract in
 * data-reader.ts and are listed here; a format without a reader is reported as a UserError, not a crash.
 */
export const COLUMNAR_OPENERS: Partial<Record<'parquet' | 'arrow', ColumnarOpener>> = {
  parquet: openParquet,
  arrow: openArrow,
};
