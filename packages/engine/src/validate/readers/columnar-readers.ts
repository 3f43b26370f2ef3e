import type { ColumnarOpener } from './data-reader.js';

/**
 * The columnar readers validation can use, by format. Parquet and Arrow readers implement the contract in
 * data-reader.ts and are listed here; a format without a reader is reported as a UserError, not a crash.
 * They are loaded on first use: apache-arrow and hyparquet are large, and a CSV run or a metrics comparison
 * should not pay for parsing them.
 */
export const COLUMNAR_OPENERS: Partial<Record<'parquet' | 'arrow', ColumnarOpener>> = {
  parquet: async (file, display) => (await import('./parquet/parquet-reader.js')).openParquet(file, display),
  arrow: async (file, display) => (await import('./arrow-reader.js')).openArrow(file, display),
};
