import { readBaselineFile } from '@mlgate/engine';
import type { BaselineStore } from './baseline-store.js';

/**
 * `file:<path>`: a metrics file or an `mlgate/baseline@1` snapshot in the workspace (downloaded by an earlier
 * step, or committed). The user named it, so a missing file is an error, not "no baseline".
 */
export function fileBaselineStore(workspace: string, file: string): BaselineStore {
  return { source: 'file', restore: () => readBaselineFile(file, workspace) };
}
