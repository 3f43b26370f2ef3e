import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  run4 as run
} from "../chunks/chunk-A4FJ2MRA.js";
import "../chunks/chunk-VASYSEUE.js";
import "../chunks/chunk-UIJHY5RF.js";
import "../chunks/chunk-ESXPTWAE.js";
import "../chunks/chunk-EIOZAZP6.js";
import "../chunks/chunk-LPQDUCI6.js";
import "../chunks/chunk-JY54KWOX.js";

// actions/comment/main.ts
void run();
