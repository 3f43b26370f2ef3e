import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-MTKSRA4C.js";
import "../chunks/chunk-YKNMKEEN.js";
import "../chunks/chunk-LPQDUCI6.js";
import "../chunks/chunk-GPNEBVUZ.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/mlgate/main.ts
void runAction("mlgate", async () => (await import("../chunks/gate-action-NPILDDCE.js")).gateAction);
