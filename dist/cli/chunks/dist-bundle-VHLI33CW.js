import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-TMN6RCYG.js";
import "./chunk-2TD5VW6R.js";
import "./chunk-EA4RPXMY.js";
import "./chunk-JY54KWOX.js";
export {
  VERSION,
  retry
};
