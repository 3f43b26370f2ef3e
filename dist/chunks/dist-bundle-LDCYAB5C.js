import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-QZTRRLQR.js";
import "./chunk-2TD5VW6R.js";
import "./chunk-ZVTKYTMZ.js";
import "./chunk-JY54KWOX.js";
export {
  VERSION,
  retry
};
