import { findConfig } from '../config/config-discovery.js';
import type { MlgateConfig } from '../config/mlgate-config.js';
import type { MetricMap } from '../metrics/metric-collector.js';
import { expandMetricsPatterns } from '../metrics/metrics-file-patterns.js';
import { loadMetricsFiles } from '../metrics/metrics-loader.js';
import type { NamespaceMode } from '../metrics/metrics-loader.js';
import { MetricPolicy } from '../policy/metric-policy.js';
import { UserError } from '../user-error.js';

export interface ComparisonSetupOptions {
  readonly cwd: string;
  /** A config the user named (must exist); otherwise `mlgate.yml` when present. */
  readonly configFile?: string;
  /** Metrics files or globs of this run; empty: the config's `metrics.files`. */
  readonly metrics: readonly string[];
  /** How messages name where `metrics` came from: `--current`, `input 'metrics'`. */
  readonly metricsLabel: string;
  /** Overrides the config's `metrics.namespace`. */
  readonly namespace?: NamespaceMode;
}

/** Everything on the current side of a comparison, resolved the same way by the CLI and the actions. */
export interface ComparisonSetup {
  readonly config: MlgateConfig | undefined;
  readonly policy: MetricPolicy;
  readonly namespace: NamespaceMode;
  /** The metrics files after glob expansion, as given (relative to `cwd` unless absolute). */
  readonly currentFiles: readonly string[];
  readonly current: MetricMap;
}

export async function loadComparisonSetup(options: ComparisonSetupOptions): Promise<ComparisonSetup> {
  const { cwd } = options;
  const config = await findConfig(cwd, options.configFile);
  const namespace = options.namespace ?? config?.metrics.namespace ?? 'auto';
  const fromConfig = options.metrics.length === 0;
  const patterns = fromConfig ? (config?.metrics.files ?? []) : options.metrics;
  if (patterns.length === 0) {
    throw new UserError(
      `${options.metricsLabel} needs at least one metrics file (or metrics.files in mlgate.yml)`,
    );
  }
  const currentFiles = await expandMetricsPatterns(
    patterns,
    cwd,
    fromConfig ? 'metrics.files' : options.metricsLabel,
  );
  return {
    config,
    policy: config?.metrics.policy ?? MetricPolicy.builtin(),
    namespace,
    currentFiles,
    current: await loadMetricsFiles(currentFiles, { cwd, namespace }),
  };
}
