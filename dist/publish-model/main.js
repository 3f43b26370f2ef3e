import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-TGLIHQ7H.js";
import "../chunks/chunk-VASYSEUE.js";
import "../chunks/chunk-F2IDUSPK.js";
import "../chunks/chunk-ESXPTWAE.js";
import "../chunks/chunk-EIOZAZP6.js";
import "../chunks/chunk-LPQDUCI6.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/publish-model/main.ts
void runAction("publish-model", async () => (await import("../chunks/src-K3Y5UD4R.js")).publishModelAction);
