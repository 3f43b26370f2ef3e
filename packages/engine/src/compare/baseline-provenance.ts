/**
 * Where a baseline came from. Stores return it with the metrics and every comparison report carries it, so
 * a reviewer can tell which commit the pull request was measured against. Commit SHA and date are required
 * wherever the store can know them.
 */
export type BaselineProvenance =
  /** `cache`: saved by a push to the default branch under `key` (`mlgate-baseline-<name>-<sha>`). */
  | {
      readonly source: 'cache';
      readonly key: string;
      readonly commit: string;
      /** ISO 8601, when the baseline was saved. */
      readonly date: string;
    }
  /** `git:<ref>`: the metrics file as committed at `ref`, which resolved to `commit`. */
  | {
      readonly source: 'git';
      readonly ref: string;
      readonly path: string;
      readonly commit: string;
      /** ISO 8601 commit date. */
      readonly date: string;
    }
  /** `release`: the metrics asset of the latest published model release. */
  | {
      readonly source: 'release';
      readonly tag: string;
      readonly asset: string;
      readonly commit: string;
      /** ISO 8601 publication date. */
      readonly date: string;
      readonly url?: string;
    }
  /** `file:<path>`, or a file given to the CLI: commit and date only when the file itself states them. */
  | {
      readonly source: 'file';
      readonly path: string;
      readonly commit?: string;
      readonly date?: string;
    }
  /** Nothing to compare against; `reason` says why (no cache entry yet, no release, …). */
  | { readonly source: 'none'; readonly reason: string };

export type BaselineSource = BaselineProvenance['source'];

export function hasBaseline(
  provenance: BaselineProvenance,
): provenance is Exclude<BaselineProvenance, { source: 'none' }> {
  return provenance.source !== 'none';
}

/** One line for people: `cache mlgate-baseline-model-abc123 (abc1234, 2026-05-01)`. */
export function describeBaseline(provenance: BaselineProvenance): string {
  const when = (commit?: string, date?: string): string => {
    const parts = [commit?.slice(0, 7), date?.slice(0, 10)].filter(
      (part) => part !== undefined && part !== '',
    );
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
  };
  switch (provenance.source) {
    case 'cache':
      return `cache ${provenance.key}${when(provenance.commit, provenance.date)}`;
    case 'git':
      return `git ${provenance.ref}:${provenance.path}${when(provenance.commit, provenance.date)}`;
    case 'release':
      return `release ${provenance.tag} ${provenance.asset}${when(provenance.commit, provenance.date)}`;
    case 'file':
      return `file ${provenance.path}${when(provenance.commit, provenance.date)}`;
    case 'none':
      return `none (${provenance.reason})`;
  }
}
