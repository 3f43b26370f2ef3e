import { COMPARISON_REPORT_SCHEMA } from '../compare/comparison-report-schema.js';
import { DRIFT_REPORT_SCHEMA } from '../drift/drift-report-schema.js';
import { EVALUATION_REPORT_SCHEMA } from '../evaluate/report/evaluation-report-schema.js';
import { MLGATE_CONFIG_SCHEMA } from '../config/mlgate-config-schema.js';
import { MODEL_MANIFEST_SCHEMA } from '../model/model-manifest-schema.js';
import { PROFILE_SCHEMA } from '../profile/profile-schema.js';
import { SCHEMA_DIFF_REPORT_SCHEMA } from '../schema-diff/schema-diff-report-schema.js';
import { VALIDATION_REPORT_SCHEMA } from '../validate/report/validation-report-schema.js';
import { VALIDATION_PARTIAL_SCHEMA } from '../validate/shards/validation-partial.js';

/** The JSON Schemas the repository publishes, by their path from the repository root. */
export const PUBLISHED_SCHEMAS: Readonly<Record<string, object>> = {
  'schemas/mlgate.schema.json': MLGATE_CONFIG_SCHEMA,
  'schemas/comparison-report.schema.json': COMPARISON_REPORT_SCHEMA,
  'schemas/validation-report.schema.json': VALIDATION_REPORT_SCHEMA,
  'schemas/model-manifest.schema.json': MODEL_MANIFEST_SCHEMA,
  'schemas/profile.schema.json': PROFILE_SCHEMA,
  'schemas/drift-report.schema.json': DRIFT_REPORT_SCHEMA,
  'schemas/schema-diff-report.schema.json': SCHEMA_DIFF_REPORT_SCHEMA,
  'schemas/evaluation-report.schema.json': EVALUATION_REPORT_SCHEMA,
  'schemas/validation-partial.schema.json': VALIDATION_PARTIAL_SCHEMA,
};
