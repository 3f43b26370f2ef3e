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

// actions/publish-model/main.ts
void runAction(
  "publish-model",
  async () => (await import("../chunks/publish-model-action-IH2DDJ65.js")).publishModelAction
);
