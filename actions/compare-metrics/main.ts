// The wrapper is the only static import: it is in place before any module of the action is evaluated.
import { runAction } from '@mlgate/github/action-runner';

void runAction('compare-metrics', async () => (await import('@mlgate/github')).compareMetricsAction);
