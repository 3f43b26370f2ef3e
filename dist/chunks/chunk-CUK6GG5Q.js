import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  PartialKeysBuffer,
  keysDigest,
  profileState,
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error,
  uploadPartialArtifact
} from "./chunk-GQFQRTPN.js";
import {
  COLUMNAR_OPENERS,
  ColumnarChecker,
  RangeWorkerPool,
  addHeaderProblems,
  checkDeclaredTypes,
  checkJsonRecords,
  csvRun,
  jsonLinesToCheck,
  mapColumns,
  recordChecker,
  schemaProfiler,
  validateAndProfileData,
  validateCsvPiece,
  validateFiles
} from "./chunk-ZEILNVVH.js";
import {
  VALIDATION_PARTIAL_KIND,
  detectFormat,
  expandFilePatterns,
  groupDigits,
  locateInYaml,
  parseJsonDocument,
  parseYamlDocument,
  readUserText,
  reportFileName,
  require_dist,
  require_formats,
  sha256File,
  shardItems,
  subjectOf,
  writeFileAtomically,
  writeReportFile
} from "./chunk-MJ5NRDFC.js";
import {
  MLGATE_VERSION
} from "./chunk-YKNMKEEN.js";
import {
  ExitCode,
  UserError
} from "./chunk-LPQDUCI6.js";
import {
  info,
  setOutput
} from "./chunk-GPNEBVUZ.js";
import {
  FileAccumulator,
  UnsupportedPattern,
  builtinPatternSource,
  compileTemporalPattern,
  defaultColumn,
  isoDateToDays,
  isoDatetimeToMillis,
  isoTimeToSeconds,
  keySpecs,
  linearRegExpEngine,
  patternSource,
  repeatedTemporalDirective
} from "./chunk-5JLT6RT2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-JY54KWOX.js";

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// packages/engine/src/validate/dataset-validation.ts
import path from "node:path";

// packages/engine/src/validate/schema/schema-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";

// packages/engine/src/validate/schema/json-schema-compiler.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var import_formats = __toESM(require_formats(), 1);

// packages/engine/src/validate/schema/schema-problem.ts
function pathText(path5) {
  if (path5.length === 0) return "(root)";
  return path5.map(
    (segment, index) => typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`
  ).join("");
}
var SchemaProblem = class extends UserError {
  path;
  constructor(message, path5, location) {
    super(message, location);
    this.path = path5;
  }
};

// packages/engine/src/validate/schema/dataset-extension.ts
var EXTENSION_KEY = "x-mlgate";
var FIELDS_MATCH_VALUES = [
  "exact",
  "equal",
  "subset",
  "superset",
  "partial"
];
function fail(schemaFile, path5, problem) {
  const full = [EXTENSION_KEY, ...path5];
  throw new SchemaProblem(`invalid schema: ${pathText(full)} ${problem}`, full, { file: schemaFile });
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function fraction(schemaFile, path5, value) {
  if (typeof value !== "number" || !(value >= 0 && value <= 1))
    fail(schemaFile, path5, "must be a number from 0 to 1");
  return value;
}
function count(schemaFile, path5, value) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(schemaFile, path5, "must be a non-negative integer");
  }
  return value;
}
function parseDatasetExtension(block, schemaFile, columnNames) {
  if (block === void 0) return { dataset: { maxNullFraction: {}, uniqueTogether: [] } };
  if (!isRecord(block)) fail(schemaFile, [], "must be an object");
  const known = /* @__PURE__ */ new Set(["rows", "maxNullFraction", "unique", "fieldsMatch"]);
  for (const key of Object.keys(block))
    if (!known.has(key)) fail(schemaFile, [key], "is not a known keyword");
  const known_columns = new Set(columnNames);
  const column = (path5, name) => {
    if (typeof name !== "string" || !known_columns.has(name)) {
      fail(schemaFile, path5, `names ${JSON.stringify(name)}, which is not a field of the schema`);
    }
    return name;
  };
  let minRows;
  let maxRows;
  if (block.rows !== void 0) {
    if (!isRecord(block.rows)) fail(schemaFile, ["rows"], "must be an object with min and/or max");
    for (const key of Object.keys(block.rows))
      if (key !== "min" && key !== "max") fail(schemaFile, ["rows", key], "is not a known keyword");
    minRows = count(schemaFile, ["rows", "min"], block.rows.min);
    maxRows = count(schemaFile, ["rows", "max"], block.rows.max);
  }
  const maxNullFraction = {};
  const nulls = block.maxNullFraction;
  if (typeof nulls === "number") maxNullFraction["*"] = fraction(schemaFile, ["maxNullFraction"], nulls);
  else if (isRecord(nulls)) {
    for (const [name, value] of Object.entries(nulls)) {
      if (name !== "*") column(["maxNullFraction", name], name);
      maxNullFraction[name] = fraction(schemaFile, ["maxNullFraction", name], value);
    }
  } else if (nulls !== void 0)
    fail(schemaFile, ["maxNullFraction"], "must be a number or an object of column: fraction");
  const uniqueTogether = [];
  if (block.unique !== void 0) {
    if (!Array.isArray(block.unique))
      fail(schemaFile, ["unique"], "must be an array of column names or arrays of them");
    block.unique.forEach((entry, i) => {
      const names = Array.isArray(entry) ? entry : [entry];
      if (names.length === 0) fail(schemaFile, ["unique", i], "must name at least one column");
      uniqueTogether.push(names.map((name) => column(["unique", i], name)));
    });
  }
  let fieldsMatch;
  if (block.fieldsMatch !== void 0) {
    if (!FIELDS_MATCH_VALUES.includes(block.fieldsMatch)) {
      fail(schemaFile, ["fieldsMatch"], `must be one of ${FIELDS_MATCH_VALUES.join(", ")}`);
    }
    fieldsMatch = block.fieldsMatch;
  }
  return {
    dataset: {
      ...minRows !== void 0 ? { minRows } : {},
      ...maxRows !== void 0 ? { maxRows } : {},
      maxNullFraction,
      uniqueTogether
    },
    ...fieldsMatch !== void 0 ? { fieldsMatch } : {}
  };
}

// packages/engine/src/validate/schema/json-schema-subschemas.ts
var SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
var SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
var SCHEMAS = [
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else"
];
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function* subschemas(schema, path5 = []) {
  if (!isRecord2(schema)) return;
  yield { path: path5, schema };
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isRecord2(map))
      for (const [name, value] of Object.entries(map)) yield* subschemas(value, [...path5, key, name]);
  }
  if (isRecord2(schema.dependencies)) {
    for (const [name, value] of Object.entries(schema.dependencies))
      yield* subschemas(value, [...path5, "dependencies", name]);
  }
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list))
      for (const [i, value] of list.entries()) yield* subschemas(value, [...path5, key, i]);
  }
  for (const key of SCHEMAS) {
    const value = schema[key];
    if (key === "items" && Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* subschemas(item, [...path5, key, i]);
    } else yield* subschemas(value, [...path5, key]);
  }
}
function keywordPath(schema, keyword, where = () => true) {
  for (const { path: path5, schema: node } of subschemas(schema))
    if (Object.hasOwn(node, keyword) && where(node)) return [...path5, keyword];
  return void 0;
}

// packages/engine/src/validate/schema/json-schema-compiler.ts
var DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
var DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "default",
  "examples",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly"
]);
var ROOT_SIMPLE = /* @__PURE__ */ new Set([
  ...ANNOTATIONS,
  "$schema",
  "$id",
  "type",
  "properties",
  "required",
  "additionalProperties",
  EXTENSION_KEY
]);
var PROPERTY_SIMPLE = /* @__PURE__ */ new Set([
  ...ANNOTATIONS,
  "type",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "const",
  "format"
]);
var SCALAR_TYPES = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean"]);
var TEMPORAL_FORMATS = /* @__PURE__ */ new Set(["date", "date-time", "time"]);
var FORMAT_MAX_CHARS = { email: 320, hostname: 253 };
var DEFAULT_FORMAT_MAX_CHARS = 2048;
function capFormatLengths(ajv) {
  for (const [name, format] of Object.entries(import_formats.fullFormats)) {
    const test = format instanceof RegExp ? (text) => format.test(text) : typeof format === "function" ? format : void 0;
    if (test === void 0) continue;
    const max = FORMAT_MAX_CHARS[name] ?? DEFAULT_FORMAT_MAX_CHARS;
    ajv.addFormat(name, {
      type: "string",
      validate: (text) => text.length <= max && test(text)
    });
  }
}
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function compileJsonSchema(schema, schemaFile) {
  if (!isRecord3(schema))
    throw new UserError("invalid JSON Schema: the root must be an object", { file: schemaFile });
  const problem = (path5, message) => {
    throw path5 === void 0 ? new UserError(message, { file: schemaFile }) : new SchemaProblem(message, path5, { file: schemaFile });
  };
  const dialect = schema.$schema;
  if (dialect !== void 0 && (typeof dialect !== "string" || !(DRAFT_07.test(dialect) || DRAFT_2020.test(dialect)))) {
    problem(
      ["$schema"],
      `invalid JSON Schema: $schema ${JSON.stringify(dialect)} is not supported (use draft 2020-12 or draft-07)`
    );
  }
  const options = {
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    logger: false,
    // `pattern` and `patternProperties` run on RE2 (linear time), never on a backtracking RegExp.
    code: { regExp: linearRegExpEngine }
  };
  const ajv = typeof dialect === "string" && DRAFT_07.test(dialect) ? new import_ajv.Ajv(options) : new import__.Ajv2020(options);
  addFormats(ajv);
  capFormatLengths(ajv);
  ajv.addKeyword({ keyword: EXTENSION_KEY, schemaType: "object" });
  if (!ajv.validateSchema(schema)) {
    const [first] = ajv.errors ?? [];
    const path5 = first ? pointerPath(first.instancePath) : void 0;
    problem(
      path5,
      `invalid JSON Schema: ${path5 ? `${pathText(path5)} ` : ""}${first?.message ?? "does not match its meta-schema"}`
    );
  }
  refuseIgnoredKeywords(ajv, schema, problem);
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    if (error instanceof UnsupportedPattern) return refusePattern(schema, error, problem);
    const message = error.message.replace(/^strict mode: /, "");
    return problem(strictModePath(schema, message), `invalid JSON Schema: ${message}`);
  }
  const properties = isRecord3(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  const extension = parseDatasetExtension(schema[EXTENSION_KEY], schemaFile, names);
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const simple = Object.keys(schema).every((key) => ROOT_SIMPLE.has(key)) && (schema.type === void 0 || schema.type === "object") && (schema.additionalProperties === void 0 || typeof schema.additionalProperties === "boolean") && [...required].every((name) => name in properties) && names.every((name) => simpleProperty(properties[name]));
  const columns = names.map((name) => {
    const property = properties[name];
    return simple ? simpleColumn(name, property, required.has(name)) : castOnlyColumn(name, property, required.has(name));
  });
  if (schema.additionalProperties === false && (extension.fieldsMatch === "subset" || extension.fieldsMatch === "partial")) {
    problem(
      [EXTENSION_KEY, "fieldsMatch"],
      `invalid schema: ${EXTENSION_KEY}.fieldsMatch ${extension.fieldsMatch} allows columns that additionalProperties: false forbids; keep one of them`
    );
  }
  const plan = {
    language: "json-schema",
    columns,
    fieldsMatch: extension.fieldsMatch ?? (schema.additionalProperties === false ? "superset" : "partial"),
    primaryKey: [],
    dataset: extension.dataset,
    mode: simple ? "columns" : "rows"
  };
  return { plan, rowValidator: (row) => violations(validate, row) };
}
function pointerPath(pointer) {
  const fragment = pointer.startsWith("#");
  const bare = fragment ? pointer.slice(1) : pointer;
  if (bare === "") return [];
  return bare.slice(1).split("/").map((segment) => (fragment ? safeDecode(segment) : segment).replace(/~1/g, "/").replace(/~0/g, "~"));
}
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function strictModePath(schema, message) {
  const at = /at path "(#[^"]*)"/.exec(message);
  const format = /unknown format "([^"]*)"/.exec(message);
  if (at) return [...pointerPath(at[1]), ...format ? ["format"] : []];
  const reference = /can't resolve reference (\S+)/.exec(message);
  if (reference) return keywordPath(schema, "$ref", (node) => node.$ref === reference[1]);
  const keyword = /"([^"]+)"/.exec(message);
  return keyword ? keywordPath(schema, keyword[1]) : void 0;
}
function refusePattern(schema, error, problem) {
  let path5;
  for (const { path: at, schema: node } of subschemas(schema)) {
    if (node.pattern === error.pattern) path5 = [...at, "pattern"];
    else if (isRecord3(node.patternProperties) && Object.hasOwn(node.patternProperties, error.pattern))
      path5 = [...at, "patternProperties", error.pattern];
    if (path5) break;
  }
  const where = path5 ? ` (${pathText(path5)})` : "";
  return problem(
    path5,
    `JSON Schema pattern ${JSON.stringify(error.pattern)}${where} is not supported by mlgate: it ${error.reason}; patterns run in linear time (RE2), which cannot run this`
  );
}
var UNCHECKED_ANNOTATIONS = {
  contentEncoding: "JSON Schema makes it an annotation that validators do not check; use pattern instead",
  contentMediaType: "JSON Schema makes it an annotation that validators do not check",
  contentSchema: "JSON Schema makes it an annotation that validators do not check"
};
function hasApplicableType(types, type) {
  return types.includes(type) || type === "number" && types.includes("integer");
}
function refuseIgnoredKeywords(ajv, schema, problem) {
  for (const { path: path5, schema: node } of subschemas(schema)) {
    if (path5.length > 0 && Object.hasOwn(node, EXTENSION_KEY))
      problem(
        [...path5, EXTENSION_KEY],
        `invalid schema: ${pathText([...path5, EXTENSION_KEY])} is read only at the top level of the schema`
      );
    for (const keyword of ["properties", "dependentRequired", "dependentSchemas", "dependencies"]) {
      const map = node[keyword];
      if (isRecord3(map) && Object.hasOwn(map, "__proto__")) {
        problem(
          [...path5, keyword, "__proto__"],
          `JSON Schema ${pathText([...path5, keyword, "__proto__"])}: a property named __proto__ cannot be checked (ajv ignores it); rename the field`
        );
      }
    }
    for (const [keyword, reason] of Object.entries(UNCHECKED_ANNOTATIONS)) {
      if (Object.hasOwn(node, keyword)) {
        const where = pathText([...path5, keyword]);
        problem(
          [...path5, keyword],
          `JSON Schema '${keyword}' (${where}) is not supported by mlgate: ${reason}`
        );
      }
    }
    if (node.type === void 0) continue;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    for (const keyword of Object.keys(node)) {
      const rule = ajv.RULES.all[keyword];
      let applies = typeof rule === "object" ? rule.definition.type : [];
      if (keyword === "format" && typeof node.format === "string") {
        const definition = ajv.formats[node.format];
        if (definition === void 0) continue;
        applies = [isRecord3(definition) && typeof definition.type === "string" ? definition.type : "string"];
      }
      if (applies.length > 0 && !applies.some((type) => hasApplicableType(types, type))) {
        problem(
          [...path5, keyword],
          `invalid JSON Schema: ${pathText([...path5, keyword])} never applies: it constrains ${applies.join(" or ")} values, and the type here is ${types.join(" or ")}`
        );
      }
    }
  }
}
function typesOf(property) {
  const type = property.type;
  if (type === void 0) return void 0;
  return Array.isArray(type) ? type : [type];
}
function simpleProperty(property) {
  if (!isRecord3(property)) return false;
  if (!Object.keys(property).every((key) => PROPERTY_SIMPLE.has(key))) return false;
  const types = typesOf(property);
  if (!types) return false;
  const nonNull = types.filter((t) => t !== "null");
  if (nonNull.length !== 1 || !SCALAR_TYPES.has(nonNull[0])) return false;
  if (typeof property.format === "string" && !TEMPORAL_FORMATS.has(property.format)) {
    if (!(import_formats.fullFormats[property.format] instanceof RegExp)) return false;
  }
  const scalars = [
    ...property.enum ?? [],
    ..."const" in property ? [property.const] : []
  ];
  return scalars.every(
    (v) => v === null || (nonNull[0] === "string" ? typeof v === "string" : typeof v === (nonNull[0] === "boolean" ? "boolean" : "number"))
  );
}
function kindOf(types) {
  if (!types) return { kind: "any", nullable: true };
  const nonNull = types.filter((t) => t !== "null");
  const kind = nonNull.length === 1 && SCALAR_TYPES.has(nonNull[0]) ? nonNull[0] : "any";
  return { kind, nullable: types.includes("null") };
}
var JSON_BOOLEANS = { trueValues: ["true"], falseValues: ["false"] };
function castOnlyColumn(name, property, _required) {
  const { kind } = kindOf(isRecord3(property) ? typesOf(property) : void 0);
  return {
    ...defaultColumn(name, kind, `properties.${name}`),
    ...JSON_BOOLEANS,
    integralNumbersAreIntegers: true
  };
}
function simpleColumn(name, property, required) {
  const { kind, nullable } = kindOf(typesOf(property));
  const numeric = (key) => typeof property[key] === "number" ? { [key]: property[key] } : {};
  const values = [...property.enum ?? []];
  const allowed = "const" in property ? [property.const] : property.enum !== void 0 ? values : void 0;
  const nonNullAllowed = allowed?.filter((v) => v !== null);
  let enumValues;
  if (nonNullAllowed) {
    enumValues = kind === "string" ? nonNullAllowed : kind === "boolean" ? nonNullAllowed.map((b) => b ? 1 : 0) : nonNullAllowed;
  }
  let format;
  if (typeof property.format === "string" && kind === "string") {
    const known = import_formats.fullFormats[property.format];
    format = TEMPORAL_FORMATS.has(property.format) ? property.format : builtinPatternSource(known.source, known.flags, property.format);
  }
  return {
    ...defaultColumn(name, kind, `properties.${name}`),
    ...JSON_BOOLEANS,
    integralNumbersAreIntegers: true,
    // A required, non-nullable property: an empty cell leaves it out of the row, which `required` refuses.
    required: required && !nullable,
    ...numeric("minimum"),
    ...numeric("maximum"),
    ...numeric("exclusiveMinimum"),
    ...numeric("exclusiveMaximum"),
    ...numeric("minLength"),
    ...numeric("maxLength"),
    ...typeof property.pattern === "string" ? { pattern: patternSource(property.pattern) } : {},
    ...enumValues ? { enum: enumValues } : {},
    ...format ? { format } : {}
  };
}
function topField(error) {
  if (error.keyword === "required") return error.params.missingProperty;
  if (error.keyword === "additionalProperties")
    return error.params.additionalProperty;
  const match = /^\/([^/]*)/.exec(error.instancePath);
  return match ? match[1].replace(/~1/g, "/").replace(/~0/g, "~") : null;
}
function violations(validate, row) {
  if (validate(row)) return [];
  return (validate.errors ?? []).map((error) => {
    const field = topField(error);
    const code = error.keyword === "type" ? "type-error" : error.keyword === "additionalProperties" ? "extra-cell" : "constraint-error";
    const where = error.instancePath.split("/").length > 2 ? `${error.instancePath} ` : "";
    return {
      code,
      field,
      message: `${where}${error.message ?? error.keyword}`,
      value: field === null ? void 0 : row[field]
    };
  });
}

// packages/engine/src/validate/schema/table-schema-compiler.ts
var KINDS = [
  "string",
  "number",
  "integer",
  "boolean",
  "date",
  "datetime",
  "time",
  "year",
  "yearmonth",
  "duration",
  "object",
  "array",
  "geopoint",
  "any"
];
var FIELD_KEYS = /* @__PURE__ */ new Set([
  "name",
  "type",
  "format",
  "title",
  "description",
  "example",
  "constraints",
  "missingValues",
  "trueValues",
  "falseValues",
  "decimalChar",
  "groupChar",
  "bareNumber",
  "rdfType",
  "categories",
  "categoriesOrdered"
]);
var CONSTRAINT_KEYS = /* @__PURE__ */ new Set([
  "required",
  "unique",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "enum"
]);
var SCHEMA_KEYS = /* @__PURE__ */ new Set([
  "$schema",
  "name",
  "title",
  "description",
  "fields",
  "missingValues",
  "primaryKey",
  "fieldsMatch",
  "uniqueKeys",
  EXTENSION_KEY
]);
var LIST_TYPE = "list values are not split into items; declare the field as a string (with a pattern) instead";
var UNSUPPORTED_SCHEMA_KEYS = {
  foreignKeys: "references to other fields or tables are not checked; remove it, or check them another way"
};
var UNSUPPORTED_FIELD_KEYS = {
  delimiter: LIST_TYPE,
  itemType: LIST_TYPE
};
var UNSUPPORTED_CONSTRAINT_KEYS = {
  jsonSchema: "values are not checked against an embedded JSON Schema; use a JSON Schema for the rows instead"
};
var UNSUPPORTED_TYPES = {
  list: LIST_TYPE,
  geojson: "GeoJSON is not checked; declare the field as an object instead"
};
var BOUND_KINDS = /* @__PURE__ */ new Set([
  "number",
  "integer",
  "year",
  "date",
  "datetime",
  "time",
  "yearmonth"
]);
var ENUM_KINDS = /* @__PURE__ */ new Set([...BOUND_KINDS, "string", "boolean"]);
var NOT_CHECKED_ON = {
  bounds: { kinds: /* @__PURE__ */ new Set(["duration"]), reason: "durations are checked for their form, not compared" },
  length: { kinds: /* @__PURE__ */ new Set(["array", "object"]), reason: "lengths are checked on strings only" },
  enum: {
    kinds: /* @__PURE__ */ new Set(["duration", "geopoint", "object", "array", "any"]),
    reason: "enum is checked on strings, numbers, booleans, dates and times only"
  }
};
var CATEGORY_KINDS = /* @__PURE__ */ new Set(["string", "integer"]);
var STRING_FORMATS = {
  email: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
  uri: "^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$",
  uuid: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
  binary: "^[A-Za-z0-9+/]*={0,2}$"
};
function isRecord4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function looksLikeTableSchema(schema) {
  return isRecord4(schema) && Array.isArray(schema.fields);
}
function compileTableSchema(schema, schemaFile) {
  const fail2 = (path5, problem) => {
    throw new SchemaProblem(`invalid Table Schema: ${pathText(path5)} ${problem}`, path5, { file: schemaFile });
  };
  const unsupported = (path5, what, reason) => {
    const where = path5.length > 1 ? ` (${pathText(path5)})` : "";
    throw new SchemaProblem(`Table Schema ${what}${where} is not supported by mlgate: ${reason}`, path5, {
      file: schemaFile
    });
  };
  if (!isRecord4(schema)) fail2([], "must be an object");
  const root = schema;
  for (const key of Object.keys(root)) {
    if (key === "foreignKeys" && Array.isArray(root[key]) && root[key].length === 0) continue;
    const reason = UNSUPPORTED_SCHEMA_KEYS[key];
    if (reason !== void 0) unsupported([key], `'${key}'`, reason);
    if (!SCHEMA_KEYS.has(key)) fail2([key], "is not a Table Schema keyword");
  }
  if (!Array.isArray(root.fields) || root.fields.length === 0) fail2(["fields"], "must be a non-empty array");
  const missingValues = missingValueList(root.missingValues, ["missingValues"], fail2) ?? [""];
  const names = /* @__PURE__ */ new Set();
  const columns = root.fields.map((field, index) => {
    const at = ["fields", index];
    if (!isRecord4(field)) return fail2(at, "must be an object");
    for (const key of Object.keys(field)) {
      const reason = UNSUPPORTED_FIELD_KEYS[key];
      if (reason !== void 0) unsupported([...at, key], `'${key}'`, reason);
      if (!FIELD_KEYS.has(key)) fail2([...at, key], "is not a field keyword");
    }
    if (typeof field.name !== "string" || field.name === "")
      fail2([...at, "name"], "must be a non-empty string");
    const name = field.name;
    if (names.has(name)) fail2([...at, "name"], `repeats the field name ${JSON.stringify(name)}`);
    names.add(name);
    const kind = field.type ?? "string";
    const typeReason = typeof field.type === "string" ? UNSUPPORTED_TYPES[field.type] : void 0;
    if (typeReason !== void 0) unsupported([...at, "type"], `type '${field.type}'`, typeReason);
    if (!KINDS.includes(kind))
      fail2([...at, "type"], `must be one of ${KINDS.join(", ")} (got ${JSON.stringify(field.type)})`);
    return compileField(field, at, name, kind, missingValues, fail2, unsupported);
  });
  const primaryKey = root.primaryKey === void 0 ? [] : typeof root.primaryKey === "string" ? [root.primaryKey] : root.primaryKey;
  if (!Array.isArray(primaryKey) || primaryKey.some((key) => typeof key !== "string" || !names.has(key))) {
    fail2(["primaryKey"], "must name fields of the schema");
  }
  let fieldsMatch = "exact";
  if (root.fieldsMatch !== void 0) {
    if (!FIELDS_MATCH_VALUES.includes(root.fieldsMatch))
      fail2(["fieldsMatch"], `must be one of ${FIELDS_MATCH_VALUES.join(", ")}`);
    fieldsMatch = root.fieldsMatch;
  }
  const extension = parseDatasetExtension(root[EXTENSION_KEY], schemaFile, [...names]);
  if (root.fieldsMatch !== void 0 && extension.fieldsMatch !== void 0)
    fail2([EXTENSION_KEY, "fieldsMatch"], "repeats the top-level fieldsMatch; keep one of them");
  const uniqueKeys = root.uniqueKeys === void 0 ? [] : root.uniqueKeys;
  if (!Array.isArray(uniqueKeys) || uniqueKeys.some((key) => !Array.isArray(key) || key.some((n) => !names.has(n)))) {
    fail2(["uniqueKeys"], "must be an array of arrays of field names");
  }
  return {
    language: "table-schema",
    columns: columns.map(
      (column) => primaryKey.includes(column.name) ? { ...column, required: true } : column
    ),
    fieldsMatch: extension.fieldsMatch ?? fieldsMatch,
    primaryKey,
    dataset: {
      ...extension.dataset,
      uniqueTogether: [...extension.dataset.uniqueTogether, ...uniqueKeys]
    },
    mode: "columns"
  };
}
function stringList(value, path5, fail2) {
  if (value === void 0) return void 0;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    fail2(path5, "must be an array of strings");
  return value;
}
function labelledValues(value, path5, fail2) {
  if (value === void 0) return void 0;
  if (!Array.isArray(value)) return fail2(path5, "must be an array");
  return value.map((entry, i) => {
    if (!isRecord4(entry)) return entry;
    const keys = Object.keys(entry);
    if (!("value" in entry) || keys.some((key) => key !== "value" && key !== "label"))
      fail2([...path5, i], "must be a value or a { value, label } object");
    if (entry.label !== void 0 && typeof entry.label !== "string")
      fail2([...path5, i, "label"], "must be a string");
    return entry.value;
  });
}
function missingValueList(value, path5, fail2) {
  const values = labelledValues(value, path5, fail2);
  values?.forEach((v, i) => {
    if (typeof v !== "string") fail2([...path5, i], "must be a string (or a { value, label } object with one)");
  });
  return values;
}
function compileField(field, at, name, kind, schemaMissingValues, fail2, unsupported) {
  const base = defaultColumn(name, kind, `${pathText(at)}.constraints`);
  const constraintsPath = [...at, "constraints"];
  const constraint = (key) => [...constraintsPath, key];
  const constraints = field.constraints ?? {};
  if (!isRecord4(constraints)) fail2(constraintsPath, "must be an object");
  const c = constraints;
  for (const key of Object.keys(c)) {
    const reason = UNSUPPORTED_CONSTRAINT_KEYS[key];
    if (reason !== void 0) unsupported(constraint(key), `'${key}'`, reason);
    if (!CONSTRAINT_KEYS.has(key)) fail2(constraint(key), "is not a constraint keyword");
  }
  const notOn = (key, group) => group !== void 0 && NOT_CHECKED_ON[group].kinds.has(kind) ? unsupported(constraint(key), `'${key}' on ${kind} fields`, NOT_CHECKED_ON[group].reason) : fail2(constraint(key), `does not apply to type ${kind}`);
  const formatPath = [...at, "format"];
  const format = field.format;
  if (format !== void 0 && typeof format !== "string") fail2(formatPath, "must be a string");
  let temporalPattern;
  let formatCheck;
  const temporal = kind === "date" || kind === "datetime" || kind === "time";
  if (typeof format === "string" && format !== "default") {
    if (temporal) {
      if (format !== "any") {
        const repeated = repeatedTemporalDirective(format);
        if (repeated !== void 0) fail2(formatPath, `repeats %${repeated}: each directive may appear once`);
        temporalPattern = compileTemporalPattern(format);
        if (!temporalPattern)
          fail2(formatPath, `is not a supported date/time pattern (${JSON.stringify(format)})`);
      }
    } else if (kind === "string") {
      const known = STRING_FORMATS[format];
      if (!known) fail2(formatPath, `must be one of default, ${Object.keys(STRING_FORMATS).join(", ")}`);
      else formatCheck = patternSource(known, format);
    } else if (kind === "geopoint" && (format === "array" || format === "object")) {
      unsupported(
        formatPath,
        `format '${format}' of geopoint fields`,
        'geopoints are checked in the default "lon, lat" form only'
      );
    } else
      fail2(formatPath, `must be default: type ${kind} has no other format (got ${JSON.stringify(format)})`);
  }
  const trueValues = stringList(field.trueValues, [...at, "trueValues"], fail2) ?? base.trueValues;
  const falseValues = stringList(field.falseValues, [...at, "falseValues"], fail2) ?? base.falseValues;
  const boolean = (key) => {
    const value = c[key];
    if (value !== void 0 && typeof value !== "boolean") fail2(constraint(key), "must be a boolean");
    return value === true;
  };
  const length = (key) => {
    const value = c[key];
    if (value === void 0) return void 0;
    if (kind !== "string") notOn(key, "length");
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
      fail2(constraint(key), "must be a non-negative integer");
    return value;
  };
  const toNumber = (path5, value) => {
    const problem = `must be a value of the field's type (${kind})`;
    if (kind === "number" || kind === "integer" || kind === "year") {
      const n = typeof value === "string" ? Number(value) : value;
      if (typeof n !== "number" || Number.isNaN(n)) fail2(path5, problem);
      return n;
    }
    if (kind === "boolean") {
      if (value === true || typeof value === "string" && trueValues.includes(value)) return 1;
      if (value === false || typeof value === "string" && falseValues.includes(value)) return 0;
      return fail2(path5, problem);
    }
    if (typeof value !== "string") return fail2(path5, problem);
    const parsed = kind === "date" ? isoDateToDays(value) : kind === "datetime" ? isoDatetimeToMillis(value) : kind === "time" ? isoTimeToSeconds(value) : kind === "yearmonth" && /^\d{4}-\d{2}$/.test(value) ? Number(value.slice(0, 4)) * 12 + Number(value.slice(5)) - 1 : void 0;
    if (parsed === void 0) fail2(path5, `${problem}, in ISO 8601 form`);
    return parsed;
  };
  const bound = (key) => {
    if (c[key] === void 0) return void 0;
    if (!BOUND_KINDS.has(kind)) notOn(key, "bounds");
    return toNumber(constraint(key), c[key]);
  };
  const allowedValues = (path5, values) => kind === "string" ? values.map((v, i) => typeof v === "string" ? v : fail2([...path5, i], "must be a string")) : values.map((v, i) => toNumber([...path5, i], v));
  let pattern;
  if (c.pattern !== void 0) {
    if (kind !== "string") notOn("pattern");
    if (typeof c.pattern !== "string") fail2(constraint("pattern"), "must be a string");
    const source = `^(?:${c.pattern})$`;
    try {
      new RegExp(source, "u");
    } catch (error) {
      fail2(constraint("pattern"), `is not a valid regular expression (${error.message})`);
    }
    try {
      pattern = patternSource(source, c.pattern);
    } catch (error) {
      if (!(error instanceof UnsupportedPattern)) throw error;
      unsupported(
        constraint("pattern"),
        `pattern ${JSON.stringify(c.pattern)}`,
        `it ${error.reason}; patterns run in linear time (RE2), which cannot run this`
      );
    }
  }
  let allowed;
  if (c.enum !== void 0) {
    if (!ENUM_KINDS.has(kind)) notOn("enum", "enum");
    if (!Array.isArray(c.enum) || c.enum.length === 0) fail2(constraint("enum"), "must be a non-empty array");
    allowed = allowedValues(constraint("enum"), c.enum);
  }
  const categoriesPath = [...at, "categories"];
  const categories = labelledValues(field.categories, categoriesPath, fail2);
  if (categories !== void 0) {
    if (!CATEGORY_KINDS.has(kind)) fail2(categoriesPath, `applies to string and integer fields, not ${kind}`);
    if (categories.length === 0) fail2(categoriesPath, "must be a non-empty array");
    const values = allowedValues(categoriesPath, categories);
    values.forEach((v, i) => {
      if (kind === "integer" && !Number.isInteger(v)) fail2([...categoriesPath, i], "must be an integer");
    });
    if (allowed === void 0) allowed = values;
    else if (allowed.some((v) => !values.includes(v)))
      fail2(constraint("enum"), "must be a subset of the field's categories");
  }
  if (field.categoriesOrdered !== void 0 && typeof field.categoriesOrdered !== "boolean")
    fail2([...at, "categoriesOrdered"], "must be a boolean");
  if (field.rdfType !== void 0 && typeof field.rdfType !== "string")
    fail2([...at, "rdfType"], "must be a string (the URI of an RDF class)");
  const missingValues = missingValueList(field.missingValues, [...at, "missingValues"], fail2) ?? schemaMissingValues;
  const decimalChar = field.decimalChar ?? ".";
  const groupChar = field.groupChar ?? "";
  if (typeof decimalChar !== "string" || decimalChar.length !== 1)
    fail2([...at, "decimalChar"], "must be one character");
  if (typeof groupChar !== "string" || groupChar.length > 1)
    fail2([...at, "groupChar"], "must be one character");
  if (field.bareNumber !== void 0 && typeof field.bareNumber !== "boolean")
    fail2([...at, "bareNumber"], "must be a boolean");
  const optional = (key, value) => value === void 0 ? {} : { [key]: value };
  return {
    ...base,
    required: boolean("required"),
    unique: boolean("unique"),
    missingValues,
    trueValues,
    falseValues,
    decimalChar,
    groupChar,
    bareNumber: field.bareNumber !== false,
    ...optional("minimum", bound("minimum")),
    ...optional("maximum", bound("maximum")),
    ...optional("exclusiveMinimum", bound("exclusiveMinimum")),
    ...optional("exclusiveMaximum", bound("exclusiveMaximum")),
    ...optional("minLength", length("minLength")),
    ...optional("maxLength", length("maxLength")),
    ...optional("pattern", pattern),
    ...optional("enum", allowed),
    ...optional("format", formatCheck),
    ...optional("temporalPattern", temporalPattern),
    ...temporal && format === "any" ? { anyTemporalFormat: true } : {}
  };
}

// packages/engine/src/validate/schema/schema-file.ts
var MAX_SCHEMA_BYTES = 16 * 1024 * 1024;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
function compileSchema(document, displayPath2) {
  if (looksLikeTableSchema(document))
    return { language: "table-schema", plan: compileTableSchema(document, displayPath2) };
  const compiled = compileJsonSchema(document, displayPath2);
  return { language: "json-schema", plan: compiled.plan, rowValidator: compiled.rowValidator };
}
async function loadSchema(path5, displayPath2) {
  const text = await readUserText(path5, {
    what: "schema file",
    shownAs: displayPath2,
    maxBytes: MAX_SCHEMA_BYTES
  });
  return parseSchemaText(text, displayPath2, /\.ya?ml$/i.test(path5) ? "yaml" : "json");
}
function parseSchemaText(text, displayPath2, syntax) {
  const document = syntax === "yaml" ? parseYamlDocument(text, displayPath2).value : parseJsonDocument(text, displayPath2, "the schema");
  const sha256 = createHash("sha256").update(canonicalJson(document)).digest("hex");
  try {
    return { path: displayPath2, sha256, ...compileSchema(document, displayPath2) };
  } catch (error) {
    throw error instanceof SchemaProblem ? located(error, text, displayPath2) : error;
  }
}
function located(problem, text, displayPath2) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: false });
  const { line, column } = locateInYaml(document, lineCounter, problem.path.map(String), "key");
  return new SchemaProblem(problem.message, problem.path, { file: displayPath2, line, column });
}

// packages/engine/src/validate/dataset-validation.ts
function displayPath(cwd, file) {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === "") return ".";
  return (relative.startsWith("..") ? path.resolve(cwd, file) : relative).split(path.sep).join("/");
}
async function validateAndProfileDataset(request, profile) {
  const { cwd, schema: schemaFile, data, dataFrom, format = "auto", ...options } = request;
  const schema = await loadSchema(path.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files = await expandFilePatterns(data, cwd, dataFrom);
  return validateAndProfileData(
    files.map((file) => ({ path: path.resolve(cwd, file), displayPath: displayPath(cwd, file) })),
    schema,
    { ...options, format },
    profile
  );
}

// packages/github/src/stages/validation-stage.ts
async function runValidationStage(datasets, request) {
  const files = [];
  for (const dataset of datasets) {
    const { report, profile } = await validateAndProfileDataset(
      {
        cwd: request.workspace,
        schema: dataset.schema,
        data: dataset.data,
        dataFrom: dataset.dataFrom,
        format: dataset.format,
        maxErrors: request.report.maxErrors,
        examplesPerColumn: request.report.examplesPerColumn,
        subject: request.subject
      },
      request.profile === true ? { mode: "sketch", dataset: dataset.name } : void 0
    );
    const file = await writeReportFile(request.reportDir, reportFileName("validation", dataset.name), report);
    files.push({ file, report, dataset: dataset.name, ...profile !== void 0 ? { profile } : {} });
  }
  return files;
}

// packages/github/src/actions/shard-step.ts
import { mkdir } from "node:fs/promises";
import path4 from "node:path";

// packages/engine/src/validate/shards/shard-run.ts
import path3 from "node:path";

// packages/engine/src/validate/shards/dataset-shard.ts
import { statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// packages/engine/src/validate/pieces/file-piece.ts
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
function unitRange(units, piece) {
  return {
    from: Math.floor(units * piece.index / piece.count),
    to: Math.floor(units * (piece.index + 1) / piece.count)
  };
}
async function validateFilePiece(file, schema, options, piece, profiler) {
  const format = await detectFormat(file.path, file.displayPath, options.format);
  const keys = keySpecs(schema.plan).map(() => new KeyHashCollector());
  const sink = (k, hashes, baseLine) => keys[k].add(hashes, baseLine);
  let result;
  if (format === "parquet" || format === "arrow")
    result = await validateUnitPiece(file, format, schema.plan, options, piece, profiler);
  else if (format === "csv" || format === "tsv") {
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
    const pool = workers > 1 ? new RangeWorkerPool(workers) : void 0;
    try {
      const run = csvRun(file, format, schema, options, pool, profiler);
      const outcome = await validateCsvPiece(run, piece, sink);
      result = { format, ...outcome, keys: keys.map((c) => c.finish()) };
    } finally {
      await pool?.close();
    }
  } else if (format === "jsonl") {
    result = await validateJsonLines(file, schema, options, piece, sink, profiler);
    result = { ...result, keys: keys.map((c) => c.finish()) };
  } else
    throw new UserError(`${format} files are not split between shards: give each shard whole files`, {
      file: file.displayPath
    });
  const bytes = piece.index === 0 ? statSync(file.path).size : 0;
  const whole = piece.index === 0 ? { bytes, sha256: await sha256File(file.path, bytes) } : void 0;
  return {
    ...result,
    ...whole !== void 0 ? { whole } : {}
  };
}
async function validateUnitPiece(file, format, plan, options, piece, profiler) {
  const keys = keySpecs(plan);
  const collectors = keys.map(() => new KeyHashCollector());
  const sink = (k, hashes, baseLine) => collectors[k].add(hashes, baseLine);
  const accumulator = new FileAccumulator(
    file.displayPath,
    plan,
    keys,
    options.examplesPerColumn,
    profiler,
    sink
  );
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: file.displayPath });
  const source = await opener(file.path, file.displayPath);
  try {
    if (source.units === void 0)
      throw new UserError("an Arrow stream has no footer to split it by: give it to one shard whole", {
        file: file.displayPath
      });
    const problems = checkDeclaredTypes(plan, source.columns);
    const mapping = mapColumns(
      source.columns.map((c) => c.name),
      plan
    );
    if (piece.index === 0) addHeaderProblems(accumulator, plan, problems, mapping.problems);
    const checker = new ColumnarChecker(
      plan,
      keys,
      options.examplesPerColumn,
      problems.map((p) => p.field),
      profiler?.mode
    );
    for await (const batch of source.batches(unitRange(source.units, piece))) {
      accumulator.addBatch(checker.check(batch), (batch.firstRow ?? 0) + 1);
      if (accumulator.stopped) break;
    }
    return {
      format,
      present: mapping.present,
      piece: accumulator.piece(),
      keys: collectors.map((c) => c.finish())
    };
  } finally {
    accumulator.dispose();
    await source.close?.();
  }
}
async function validateJsonLines(file, schema, options, piece, sink, profiler) {
  const accumulator = new FileAccumulator(
    file.displayPath,
    schema.plan,
    keySpecs(schema.plan),
    options.examplesPerColumn,
    profiler,
    sink
  );
  try {
    const size = statSync(file.path).size;
    const range = {
      start: Math.floor(size * piece.index / piece.count),
      end: Math.floor(size * (piece.index + 1) / piece.count),
      covered: { start: 0, end: 0, lines: 0 }
    };
    const { groups, scanned } = jsonLinesToCheck(file.path, schema, options, profiler, range);
    const checker = recordChecker(schema, options, profiler);
    const present = await checkJsonRecords(groups, accumulator, checker, scanned);
    if (piece.index === 0 && size === 0) accumulator.stop("the file is empty", null);
    return {
      format: "jsonl",
      present,
      piece: accumulator.piece(),
      keys: [],
      range: { ...range.covered }
    };
  } finally {
    accumulator.dispose();
  }
}
var KeyHashCollector = class {
  hashes = new Uint32Array(2048);
  rows = new Uint32Array(1024);
  count = 0;
  add(batch, baseLine) {
    if (this.count + batch.count > this.rows.length) {
      const size = Math.max(2 * this.rows.length, this.count + batch.count);
      const hashes = new Uint32Array(2 * size);
      hashes.set(this.hashes.subarray(0, 2 * this.count));
      this.hashes = hashes;
      const rows = new Uint32Array(size);
      rows.set(this.rows.subarray(0, this.count));
      this.rows = rows;
    }
    this.hashes.set(batch.hashes.subarray(0, 2 * batch.count), 2 * this.count);
    for (let i = 0; i < batch.count; i++) this.rows[this.count + i] = baseLine + batch.lines[i];
    this.count += batch.count;
  }
  finish() {
    return {
      hashes: this.hashes.subarray(0, 2 * this.count),
      rows: this.rows.subarray(0, this.count),
      count: this.count
    };
  }
};

// packages/engine/src/validate/shards/dataset-shard.ts
async function validateDatasetShard(request, shard, keys, profile = false) {
  const { cwd, schema: schemaFile, data, dataFrom, format = "auto", name, ...rest } = request;
  const options = { ...rest, format };
  const schema = await loadSchema(path2.resolve(cwd, schemaFile), displayPath(cwd, schemaFile));
  const files = (await expandFilePatterns(data, cwd, dataFrom)).map((file) => ({
    path: path2.resolve(cwd, file),
    displayPath: displayPath(cwd, file)
  }));
  if (files.length === 0) throw new UserError("no data files given");
  const planned = await Promise.all(
    files.map((file) => plannedFile(file, options, files.length < shard.count))
  );
  const items = shardItems(planned, shard);
  const profiler = profile ? schemaProfiler(schema, "sketch") : void 0;
  const wholePositions = items.filter((item) => item.piece === void 0).map((item) => item.position);
  const results = await validateFiles(
    wholePositions.map((position) => files[position]),
    schema,
    options,
    profiler
  );
  const pieces = [];
  for (const item of items) {
    if (item.piece === void 0) continue;
    const result = await validateFilePiece(files[item.position], schema, options, item.piece, profiler);
    pieces.push({
      position: item.position,
      piece: item.piece,
      format: result.format,
      present: result.present,
      state: result.piece,
      keys: result.keys.map((hashes) => keys.append(hashes)),
      ..."range" in result ? { range: result.range } : {},
      ...result.whole !== void 0 ? { whole: result.whole } : {}
    });
  }
  return {
    name,
    schema: { path: schema.path, language: schema.language, sha256: schema.sha256 },
    limits: { maxErrors: options.maxErrors, examplesPerColumn: options.examplesPerColumn },
    files: files.map((file) => file.displayPath),
    results: results.map((result, i) => ({ position: wholePositions[i], ...result })),
    pieces,
    finish: finishPlan(schema),
    ...profiler !== void 0 ? { profile: profileState(profiler) } : {}
  };
}
function finishPlan(schema) {
  const { plan } = schema;
  const { minRows, maxRows, maxNullFraction } = plan.dataset;
  return {
    plan: {
      columns: plan.columns.map((column) => ({ name: column.name, kind: column.kind })),
      dataset: {
        ...minRows !== void 0 ? { minRows } : {},
        ...maxRows !== void 0 ? { maxRows } : {},
        maxNullFraction
      }
    },
    keys: keySpecs(plan).map((key) => ({ columns: [...key.columns], code: key.code, label: key.label }))
  };
}
async function plannedFile(file, options, mayVary) {
  const size = sizeOf(file.path, file.displayPath);
  if (!mayVary) return { size };
  const format = await detectFormat(file.path, file.displayPath, options.format);
  if (format === "csv" || format === "tsv" || format === "jsonl") return { size, byteRanges: true };
  if (format !== "parquet" && format !== "arrow") return { size };
  const opener = (options.columnar ?? COLUMNAR_OPENERS)[format];
  if (opener === void 0) return { size };
  const source = await opener(file.path, file.displayPath);
  try {
    return source.units === void 0 ? { size } : { size, units: source.units };
  } finally {
    await source.close?.();
  }
}
function sizeOf(file, shownAs) {
  const stats = statSync2(file);
  if (!stats.isFile())
    throw new UserError("a sharded run reads regular files only (every shard must see the same data)", {
      file: shownAs
    });
  return stats.size;
}

// packages/engine/src/validate/shards/shard-run.ts
async function validateShard(datasets, shard, subject, options = {}) {
  const keys = new PartialKeysBuffer();
  const parts = [];
  for (const dataset of datasets)
    parts.push(await validateDatasetShard(dataset, shard, keys, options.profile === true));
  return {
    partial: {
      kind: VALIDATION_PARTIAL_KIND,
      mlgateVersion: MLGATE_VERSION,
      shard,
      subject,
      datasets: parts
    },
    keys
  };
}
async function writePartial(target, run) {
  const files = [target];
  let partial = run.partial;
  if (run.keys.size > 0) {
    const contents = run.keys.contents();
    const name = `${path3.basename(target)}.keys`;
    const keysTarget = path3.join(path3.dirname(target), name);
    await writeFileAtomically(keysTarget, contents);
    partial = { ...partial, keysFile: { name, bytes: contents.length, sha256: keysDigest(contents) } };
    files.push(keysTarget);
  }
  await writeFileAtomically(target, `${JSON.stringify(partial)}
`);
  return { partial, files };
}
function shardSummary(dataset) {
  const rows = dataset.results.reduce((sum, result) => sum + result.file.rows, 0) + dataset.pieces.reduce((sum, piece) => sum + piece.state.rows, 0);
  const pieces = dataset.pieces.length > 0 ? `, a piece of ${dataset.pieces.length} more` : "";
  return `${dataset.results.length} of ${dataset.files.length} files whole${pieces}, ${groupDigits(rows)} rows`;
}

// packages/github/src/stages/shard-stage.ts
async function runShardStage(datasets, request) {
  return validateShard(
    datasets.map((dataset) => ({
      name: dataset.name,
      cwd: request.workspace,
      schema: dataset.schema,
      data: dataset.data,
      dataFrom: dataset.dataFrom,
      format: dataset.format,
      maxErrors: request.report.maxErrors,
      examplesPerColumn: request.report.examplesPerColumn
    })),
    request.shard,
    request.subject
  );
}

// packages/github/src/actions/shard-step.ts
async function runShardStep({ step, datasets, report, shard, reportDir, partialOutput }, { workspace, context }) {
  if (datasets.length === 0)
    throw new UserError(
      `shard ${shard.index}/${shard.count}: nothing to validate: a shard validates the datasets of \`datasets:\` in mlgate.yml or of inputs 'schema' and 'data'`
    );
  const run = await runShardStage(datasets, { workspace, subject: subjectOf(context), report, shard });
  const file = path4.join(reportDir, `partial-${shard.index}-of-${shard.count}.json`);
  await mkdir(reportDir, { recursive: true });
  const written = await writePartial(file, run);
  const uploaded = await uploadPartialArtifact(written.files, shard);
  setOutput(partialOutput, file);
  for (const dataset of written.partial.datasets)
    info(
      `${step}: shard ${shard.index}/${shard.count}, dataset ${dataset.name}: ${shardSummary(dataset)}`
    );
  info(`${step}: partial uploaded as artifact '${uploaded.name}'; merge-reports judges the whole run`);
  return ExitCode.passed;
}

export {
  MAX_SCHEMA_BYTES,
  parseSchemaText,
  runValidationStage,
  runShardStep
};
