import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-ALZWKUDG.js";
import "./chunk-2TD5VW6R.js";
import "./chunk-EIOZAZP6.js";
import "./chunk-JY54KWOX.js";
export {
  context,
  getOctokit
};
