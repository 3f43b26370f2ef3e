import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-MFFYCUFW.js";
import "../chunks/chunk-RBU66TPT.js";
import "../chunks/chunk-LPQDUCI6.js";
import "../chunks/chunk-GPNEBVUZ.js";
import "../chunks/chunk-F2IDUSPK.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/mlgate/main.ts
void runAction("mlgate", async () => (await import("../chunks/gate-action-FRRH7WVS.js")).gateAction);
