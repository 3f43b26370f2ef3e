import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-SLIKYG7C.js";
import "../chunks/chunk-EMYEQWT6.js";
import "../chunks/chunk-GPNEBVUZ.js";
import "../chunks/chunk-XUY3SBQT.js";
import "../chunks/chunk-LPQDUCI6.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/compare-metrics/main.ts
void runAction(
  "compare-metrics",
  async () => (await import("../chunks/compare-metrics-action-T4TWKX2H.js")).compareMetricsAction
);
