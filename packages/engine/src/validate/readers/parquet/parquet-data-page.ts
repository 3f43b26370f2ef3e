import type { DataPageHeader, DecodedArray } from 'hyparquet';
import { readDataPage } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { decodeHybrid, levelBitWidth } from './parquet-levels.js';

/** hyparquet does not export this type from its entry point. */
export type ColumnDecoder = Parameters<typeof readDataPage>[2];

/** The values of one page of a flat column, nulls excluded, in the cheapest form the encoding allows. */
export type PageValues =
  | { readonly kind: 'decoded'; readonly values: DecodedArray }
  /** Indices into the chunk's dictionary page. */
  | { readonly kind: 'indices'; readonly indices: Int32Array }
  /** PLAIN byte arrays left in the page (4-byte length, bytes, …) so no per-value object is made. */
  | { readonly kind: 'byte-arrays'; readonly page: Uint8Array; readonly offset: number }
  /**
   * PLAIN fixed-width numbers (FLOAT, DOUBLE, INT32, INT64) left in the page, little-endian as typed arrays
   * lay them out: the column builder copies the bytes straight into its own array, no array per page.
   */
  | {
      readonly kind: 'fixed';
      readonly page: Uint8Array;
      readonly offset: number;
      readonly width: 4 | 8;
      readonly count: number;
    };

/** Buffers a page decoder may reuse across pages (a column's), instead of fresh ones per page. */
export interface PageScratch {
  bytes(length: number): Uint8Array;
}

const FIXED_WIDTH: Partial<Record<string, 4 | 8>> = { FLOAT: 4, DOUBLE: 8, INT32: 4, INT64: 8 };

export interface FlatPage {
  /** One byte per row of the page (1 present), or undefined when the page has no nulls. */
  readonly present: Uint8Array | undefined;
  readonly values: PageValues;
}

function isDictionaryEncoding(encoding: string): boolean {
  return encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
}

/** Page-local validity from levels (any array of numbers); undefined when every row is present. */
export function presentFromLevels(
  levels: ArrayLike<number>,
  count: number,
  maxDefinition: number,
  into?: Uint8Array,
): Uint8Array | undefined {
  if (maxDefinition === 0 || levels.length === 0) return undefined;
  const present = into ? into.subarray(0, count) : new Uint8Array(count);
  let nulls = 0;
  for (let i = 0; i < count; i++) {
    const here = levels[i] === maxDefinition ? 1 : 0;
    present[i] = here;
    nulls += 1 - here;
  }
  return nulls === 0 ? undefined : present;
}

/**
 * A DATA_PAGE (v1) of a flat, non-repeated column. Definition levels (RLE) and dictionary indices are decoded
 * here into typed arrays, PLAIN byte arrays are left in place; any other encoding goes through hyparquet.
 */
export function readFlatDataPage(
  page: Uint8Array,
  header: DataPageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
  scratch?: PageScratch,
): FlatPage {
  const count = header.num_values;
  if (maxDefinition > 0 && header.definition_level_encoding !== 'RLE')
    return viaHyparquet(page, header, decoder, maxDefinition);
  let offset = 0;
  let present: Uint8Array | undefined;
  let nonNull = count;
  if (maxDefinition > 0) {
    const length = new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true);
    const levels = scratch ? scratch.bytes(count) : new Uint8Array(count);
    decodeHybrid(page, 4, 4 + length, levelBitWidth(maxDefinition), count, levels, 0);
    offset = 4 + length;
    // Levels become presence in place: 1 where the value is there. The builder copies it before the next page.
    present = presentFromLevels(levels, count, maxDefinition, scratch ? levels : undefined);
    if (present) {
      nonNull = 0;
      for (let i = 0; i < count; i++) nonNull += present[i]!;
    }
  }
  if (isDictionaryEncoding(header.encoding)) {
    const indices = new Int32Array(nonNull);
    const bitWidth = page[offset]!;
    if (bitWidth > 0 && nonNull > 0)
      decodeHybrid(page, offset + 1, page.length, bitWidth, nonNull, indices, 0);
    return { present, values: { kind: 'indices', indices } };
  }
  if (header.encoding === 'PLAIN') {
    if (decoder.type === 'BYTE_ARRAY') return { present, values: { kind: 'byte-arrays', page, offset } };
    const width = FIXED_WIDTH[decoder.type];
    if (width !== undefined) {
      if (offset + nonNull * width > page.length) throw new Error('a page ends inside its values');
      return { present, values: { kind: 'fixed', page, offset, width, count: nonNull } };
    }
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset };
    return {
      present,
      values: {
        kind: 'decoded',
        values: readPlain(reader, decoder.type, nonNull, decoder.element.type_length),
      },
    };
  }
  return viaHyparquet(page, header, decoder, maxDefinition);
}

function viaHyparquet(
  page: Uint8Array,
  header: DataPageHeader,
  decoder: ColumnDecoder,
  maxDefinition: number,
): FlatPage {
  const { definitionLevels, dataPage } = readDataPage(page, header, decoder);
  const present = presentFromLevels(definitionLevels ?? [], header.num_values, maxDefinition);
  return isDictionaryEncoding(header.encoding)
    ? { present, values: { kind: 'indices', indices: Int32Array.from(dataPage as ArrayLike<number>) } }
    : { present, values: { kind: 'decoded', values: dataPage } };
}
