import path from 'node:path';

/**
 * A file as GitHub names it in annotations: relative to the repository root with forward slashes, or
 * undefined for a file outside it (an annotation there would point at nothing, or at the wrong file).
 */
export function repositoryPath(workspace: string, file: string): string | undefined {
  const relative = path.relative(workspace, path.resolve(workspace, file)).split(path.sep).join('/');
  return relative === '' || relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative;
}
