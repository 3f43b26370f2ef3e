// Where this repository keeps its actions: the root action.yml (the everyday flow) and one directory per
// sub-action under actions/. The build, the docs and the manifest checks all start from this list.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The root action.yml (when present) and every actions/<dir>/action.yml, in a stable order. */
export function discoverActionManifests(repoRoot: string): string[] {
  const found: string[] = [];
  const root = path.join(repoRoot, 'action.yml');
  if (existsSync(root)) found.push(root);
  const actionsDir = path.join(repoRoot, 'actions');
  if (existsSync(actionsDir)) {
    const dirs = readdirSync(actionsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const dir of dirs) {
      const file = path.join(actionsDir, dir, 'action.yml');
      if (existsSync(file)) found.push(file);
    }
  }
  return found;
}
