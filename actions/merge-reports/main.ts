// The wrapper is the only static import: it is in place before any module of the action is evaluated.
// The body is imported from its own module, not the package's index, so the bundle loads only what this
// action reaches (a dynamic import of the index keeps every export of every action).
import { runAction } from '@mlgate/github/action-runner';

void runAction(
  'merge-reports',
  async () => (await import('@mlgate/github/merge-reports-action')).mergeReportsAction,
);
