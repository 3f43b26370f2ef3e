import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  ExitCode,
  MLGATE_VERSION,
  UserError,
  isUserError
} from "./chunk-VRBQBGW5.js";
export {
  ExitCode,
  MLGATE_VERSION,
  UserError,
  isUserError
};
