import { describe, expect, it } from '@jest/globals';
import { defaultColumn } from './check-plan.js';
import type { CheckPlan } from './check-plan.js';
import { KIND_OF_DECLARED_TYPE } from './columnar-schema-inference.js';
import { checkDeclaredTypes } from '../checks/columnar-checker.js';
import type { ColumnType } from '../readers/data-reader.js';

describe('the kind inferred for a declared column type', () => {
  it.each(Object.entries(KIND_OF_DECLARED_TYPE))(
    'is one the declared-type comparison accepts (%s → %s)',
    (type, kind) => {
      const plan: CheckPlan = {
        language: 'table-schema',
        columns: [defaultColumn('x', kind, 'fields[0].constraints')],
        fieldsMatch: 'exact',
        primaryKey: [],
        dataset: { maxNullFraction: {}, uniqueTogether: [] },
        mode: 'columns',
      };
      expect(checkDeclaredTypes(plan, [{ name: 'x', type: type as ColumnType, declared: type }])).toEqual([]);
    },
  );
});
