import { combineMetricsFiles, parseMetricsText } from '@mlgate/engine';
import type { MetricsFile, NamespaceMode } from '@mlgate/engine';
import { noBaseline } from './baseline-store.js';
import type { BaselineStore } from './baseline-store.js';
import { FileNotAtRefError, readFileAtRef } from './git-file-at-ref.js';
import type { FileAtRef } from './git-file-at-ref.js';

export interface GitBaselineOptions {
  readonly workspace: string;
  readonly ref: string;
  /** The current run's metrics files: the baseline is the same files as committed at `ref`. */
  readonly files: readonly string[];
  readonly namespace: NamespaceMode;
}

/**
 * `git:<ref>`: the current metrics files as they are at `ref`, combined under the same naming rule. A file
 * that is not at the ref yet (the pull request adds it) has no baseline; an unknown ref is an error.
 */
export function gitBaselineStore(options: GitBaselineOptions): BaselineStore {
  const { workspace, ref } = options;
  return {
    source: 'git',
    async restore() {
      const found: { file: string; at: FileAtRef }[] = [];
      const absent: string[] = [];
      // One at a time: the first may fetch the ref into a shallow clone, the rest then find it there.
      for (const file of options.files) {
        try {
          found.push({ file, at: await readFileAtRef(workspace, ref, file) });
        } catch (error) {
          if (!(error instanceof FileNotAtRefError)) throw error;
          absent.push(file);
        }
      }
      const [first] = found;
      if (first === undefined) return noBaseline(`${absent.join(', ')} not at ${ref}`);
      // Messages name the file at the ref; the file itself keeps its name, which `stem` namespacing reads.
      const files: MetricsFile[] = found.map(({ file, at }) => ({
        file,
        metrics: parseMetricsText(at.content.toString('utf8'), `${ref}:${file}`),
      }));
      return {
        provenance: {
          source: 'git',
          ref,
          path: found.map(({ file }) => file).join(', '),
          commit: first.at.sha,
          date: first.at.date,
        },
        metrics: combineMetricsFiles(files, options.namespace),
      };
    },
  };
}
