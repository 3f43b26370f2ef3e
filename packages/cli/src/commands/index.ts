import type { CliCommand } from '../cli-io.js';
import { compareCommand } from './compare-command.js';
import { driftCommand } from './drift-command.js';
import { evaluateCommand } from './evaluate-command.js';
import { initCommand } from './init-command.js';
import { mergeCommand } from './merge-command.js';
import { modelCommand } from './model-command.js';
import { profileCommand } from './profile-command.js';
import { reportCommand } from './report-command.js';
import { schemaCommand } from './schema-infer-command.js';
import { validateCommand } from './validate-command.js';

// Each command lives in its own module and is listed here once.
export const commands: readonly CliCommand[] = [
  initCommand,
  compareCommand,
  validateCommand,
  mergeCommand,
  schemaCommand,
  profileCommand,
  driftCommand,
  evaluateCommand,
  reportCommand,
  modelCommand,
];
