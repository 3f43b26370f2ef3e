import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE, loadConfig } from './config-loader.js';
import type { MlgateConfig } from './mlgate-config.js';

/**
 * The config a command runs under: a file the user named must exist; without one, `mlgate.yml` is used only
 * when it is there, so a repository without a config still runs on the built-in policy.
 */
export async function findConfig(cwd: string, file?: string): Promise<MlgateConfig | undefined> {
  if (file !== undefined) return loadConfig(file, { cwd });
  return existsSync(path.join(cwd, DEFAULT_CONFIG_FILE))
    ? loadConfig(DEFAULT_CONFIG_FILE, { cwd })
    : undefined;
}
