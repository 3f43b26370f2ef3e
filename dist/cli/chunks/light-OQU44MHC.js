import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  require_light
} from "./chunk-EA4RPXMY.js";
import "./chunk-JY54KWOX.js";
export default require_light();
