import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-RQQ5NPFG.js";
import "../chunks/chunk-2FVGFAGU.js";
import "../chunks/chunk-LPQDUCI6.js";
import "../chunks/chunk-F2IDUSPK.js";
import "../chunks/chunk-GPNEBVUZ.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/comment/main.ts
void runAction("comment", async () => (await import("../chunks/comment-action-SAV37B4T.js")).commentAction);
