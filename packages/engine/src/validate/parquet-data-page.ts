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
  | { readonly kind: 'byte-arrays'; readonly page: Uint8Array; readonly offset: number };

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
): Uint8Array | undefined {
  if (maxDefinition === 0 || levels.length === 0) return undefined;
  const present = new Uint8Array(count);
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
): FlatPage {
  const count = header.num_values;
  if (maxDefinition > 0 && header.definition_level_encoding !== 'RLE')
    return viaHyparquet(page, header, decoder, maxDefinition);
  let offset = 0;
  let present: Uint8Array | undefined;
  let nonNull = count;
  if (maxDefinition > 0) {
    const length = new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true);
    const levels = new Uint8Array(count);
    decodeHybrid(page, 4, 4 + length, levelBitWidth(maxDefinition), count, levels, 0);
    offset = 4 + length;
    present = presentFromLevels(levels, count, maxDefinition);
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
